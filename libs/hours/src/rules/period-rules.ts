import { EPSILON_MINUTES } from './format';
import { expandCategories } from './groups';
import { dailyMinutes, HourLedger, sumMinutes } from './ledger';
import { CalendarUnit, DayRange, periodContaining, periodsBetween } from './periods';
import { HourRule, PeriodMaxRule, PeriodMinRule, RatioRule } from './types';
import { VersionSpan } from './versions';

/** Rules judged period by period. A CUMULATIVE ratio is judged once, like a total. */
export type PeriodRule = PeriodMinRule | PeriodMaxRule | (RatioRule & { period: 'WEEK' | 'MONTH' });

/** True for RATIO per week/month, PERIOD_MIN and PERIOD_MAX. */
export function isPeriodRule(rule: HourRule): rule is PeriodRule {
  return (
    rule.kind === 'PERIOD_MIN' ||
    rule.kind === 'PERIOD_MAX' ||
    (rule.kind === 'RATIO' && rule.period !== 'CUMULATIVE')
  );
}

export type PeriodUnit = CalendarUnit | 'ROLLING_DAYS';

/** The unit a period rule is judged in. */
export function periodUnit(rule: PeriodRule): PeriodUnit {
  return rule.kind === 'RATIO' ? rule.period : rule.window.unit;
}

/** One period judged against the rule of the version in effect at its start. */
export interface JudgedPeriod {
  range: DayRange;
  unit: PeriodUnit;
  minutes: number;
  requiredMinutes?: number;
  limitMinutes?: number;
  broken: boolean;
}

/** Figures of one period for one rule, whether or not the period is over. */
export function measurePeriod(rule: PeriodRule, ledger: HourLedger, range: DayRange): JudgedPeriod {
  const unit = periodUnit(rule);
  const minutes = sumMinutes(ledger.verified, expandCategories(rule.categories), range.start, range.end);
  if (rule.kind === 'PERIOD_MAX') {
    const limitMinutes = rule.hours * 60;
    return { range, unit, minutes, limitMinutes, broken: minutes > limitMinutes + EPSILON_MINUTES };
  }
  const requiredMinutes =
    rule.kind === 'PERIOD_MIN'
      ? rule.hours * 60
      : (sumMinutes(ledger.verified, expandCategories(rule.perCategories), range.start, range.end) * rule.hours) /
        rule.perHours;
  return { range, unit, minutes, requiredMinutes, broken: minutes < requiredMinutes - EPSILON_MINUTES };
}

/** The period containing the evaluation date (for rolling windows: the N days ending on it). */
export function currentPeriod(rule: PeriodRule, asOfDay: number): DayRange {
  if (rule.kind === 'PERIOD_MAX' && rule.window.unit === 'ROLLING_DAYS') {
    return { start: asOfDay - rule.window.days + 1, end: asOfDay };
  }
  return periodContaining(periodUnit(rule) as CalendarUnit, asOfDay);
}

function activeDays(ledger: HourLedger, rule: PeriodRule): number[] {
  const categories = expandCategories(rule.kind === 'RATIO' ? rule.perCategories : rule.categories);
  return [...dailyMinutes(ledger.verified, categories)].filter(([, m]) => m > 0).map(([d]) => d);
}

function uniquePeriods(unit: CalendarUnit, days: readonly number[]): DayRange[] {
  const byStart = new Map<number, DayRange>();
  for (const day of days) {
    const p = periodContaining(unit, day);
    byStart.set(p.start, p);
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/**
 * The periods a version's rule is responsible for: those that start inside the
 * version's span.
 *
 * - PERIOD_MIN: every week/month from the first to the last verified day of any
 *   category, including silent ones in between (a month without supervision while
 *   the trainee was active is exactly what the rule is about), once the period is over.
 * - RATIO: every week/month with hours of the `perCategories` (no direct hours, no
 *   supervision owed), once the period is over, since supervision may still come later
 *   in the week.
 * - PERIOD_MAX on weeks/months: every period with hours, including the current one,
 *   because a maximum can already be exceeded.
 * - PERIOD_MAX on a rolling window of N days: the N-day window ending on each day
 *   with hours; the busiest window is always one that ends on such a day.
 */
function periodsFor(rule: PeriodRule, ledger: HourLedger, span: VersionSpan): DayRange[] {
  const inSpan = (p: DayRange) => p.start >= span.from && p.start <= span.to;
  const over = (p: DayRange) => p.end < ledger.asOfDay;
  if (rule.kind === 'PERIOD_MAX' && rule.window.unit === 'ROLLING_DAYS') {
    const days = rule.window.days;
    return activeDays(ledger, rule)
      .sort((a, b) => a - b)
      .map((d) => ({ start: d - days + 1, end: d }))
      .filter(inSpan);
  }
  const unit = periodUnit(rule) as CalendarUnit;
  if (rule.kind === 'PERIOD_MIN') {
    if (ledger.firstVerifiedDay === null || ledger.lastVerifiedDay === null) return [];
    return periodsBetween(unit, ledger.firstVerifiedDay, ledger.lastVerifiedDay).filter((p) => inSpan(p) && over(p));
  }
  const periods = uniquePeriods(unit, activeDays(ledger, rule)).filter(inSpan);
  return rule.kind === 'RATIO' ? periods.filter(over) : periods;
}

/**
 * Overlapping broken rolling windows describe one stretch of overwork; report the
 * heaviest window of each stretch rather than every window of it.
 */
function heaviestPerStretch(broken: JudgedPeriod[]): JudgedPeriod[] {
  const out: JudgedPeriod[] = [];
  let stretchEnd = -Infinity;
  for (const p of broken) {
    if (p.range.start <= stretchEnd && out.length) {
      if (p.minutes > out[out.length - 1].minutes) out[out.length - 1] = p;
    } else {
      out.push(p);
    }
    stretchEnd = Math.max(stretchEnd, p.range.end);
  }
  return out;
}

/**
 * Judges a period rule across every version of its set: each period is judged by the
 * rule with the same id in the version in effect on the period's first day. Versions
 * without the rule judge nothing. Rolling windows are reported broken-only and merged
 * per stretch; calendar periods are all returned in date order.
 */
export function judgePeriods(ruleId: string, spans: readonly VersionSpan[], ledger: HourLedger): JudgedPeriod[] {
  const judged: JudgedPeriod[] = [];
  let rolling = false;
  for (const span of spans) {
    const rule = span.set.rules.find((r) => r.id === ruleId);
    if (!rule || !isPeriodRule(rule)) continue;
    rolling = rolling || periodUnit(rule) === 'ROLLING_DAYS';
    for (const range of periodsFor(rule, ledger, span)) judged.push(measurePeriod(rule, ledger, range));
  }
  judged.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return rolling ? heaviestPerStretch(judged.filter((p) => p.broken)) : judged;
}
