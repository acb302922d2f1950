import { CapOutcome, CountedCells, countedMinutes } from './caps';
import { EPSILON_MINUTES, formatHours, hoursPhrase, joinWords, sentence, toHours } from './format';
import { describeCategories, expandCategories } from './groups';
import { HourLedger, sumMinutes } from './ledger';
import { currentPeriod, JudgedPeriod, measurePeriod, PeriodRule, periodUnit } from './period-rules';
import { addMonths, describePeriod, fromDay } from './periods';
import {
  BrokenPeriod,
  CategoryCapRule,
  CategoryMinRule,
  MinSpanRule,
  RatioRule,
  RuleResult,
  TelehealthCapRule,
  TotalMinRule,
} from './types';

/** What every rule evaluator may read. */
export interface RuleContext {
  ledger: HourLedger;
  cells: CountedCells;
  capOutcomes: Map<string, CapOutcome>;
  versionEffectiveFrom: string;
}

type Figures = Pick<RuleResult, 'countedHours' | 'countedMinutes' | 'remainingHours' | 'remainingMinutes'>;

function figures(counted: number, remaining: number): Figures {
  return {
    countedMinutes: counted,
    countedHours: toHours(counted),
    remainingMinutes: remaining,
    remainingHours: toHours(remaining),
  };
}

/** "direct hours", "hours" (for ALL), "individual/triadic supervision hours". */
function hoursOf(words: string): string {
  return words ? `${words} hours` : 'hours';
}

/** TOTAL_MIN and CATEGORY_MIN: counted (capped) verified hours against a minimum. */
export function evaluateMinimum(rule: TotalMinRule | CategoryMinRule, ctx: RuleContext): RuleResult {
  const categories = expandCategories(rule.categories);
  const counted = countedMinutes(ctx.cells.counted, categories);
  const raw = countedMinutes(ctx.cells.raw, categories);
  const required = rule.hours * 60;
  const remaining = Math.max(0, required - counted);
  const pending = sumMinutes(ctx.ledger.pending, categories);
  const met = remaining <= EPSILON_MINUTES;
  const words = hoursOf(describeCategories(rule.categories, rule.label));

  let explanation = `You have ${formatHours(counted)} of ${formatHours(required)} ${words}; `;
  explanation += met ? 'requirement met.' : `${formatHours(remaining)} to go.`;
  if (raw - counted > EPSILON_MINUTES) explanation += ` ${hoursPhrase(raw - counted)} over a cap are not counted.`;
  if (pending > 0 && !met) explanation += ` ${hoursPhrase(pending)} await verification.`;

  return {
    ruleId: rule.id,
    kind: rule.kind,
    status: met ? 'MET' : 'NOT_MET',
    requiredHours: rule.hours,
    ...figures(counted, met ? 0 : remaining),
    pendingHours: toHours(pending),
    brokenPeriods: [],
    versionEffectiveFrom: ctx.versionEffectiveFrom,
    explanation,
  };
}

/** CATEGORY_CAP and TELEHEALTH_CAP: never failing, they report what does not count. */
export function evaluateCap(rule: CategoryCapRule | TelehealthCapRule, ctx: RuleContext): RuleResult {
  const outcome = ctx.capOutcomes.get(rule.id) ?? { rawMinutes: 0, allowedMinutes: Infinity, countedMinutes: 0, excessMinutes: 0 };
  const groupWords = describeCategories(rule.categories, rule.kind === 'CATEGORY_CAP' ? rule.label : undefined);
  const words = rule.kind === 'TELEHEALTH_CAP' ? rule.label ?? `telehealth ${groupWords}`.trim() : groupWords;
  const limits: string[] = [];
  if (rule.maxHours !== undefined) limits.push(hoursPhrase(rule.maxHours * 60));
  if (rule.maxPercent !== undefined) {
    const base = rule.kind === 'CATEGORY_CAP' ? describeCategories(rule.of) : groupWords;
    limits.push(`${rule.maxPercent}% of counted ${hoursOf(base)}`);
  }
  const limitText = limits.join(' and ');

  const explanation =
    outcome.excessMinutes > EPSILON_MINUTES
      ? `Only ${formatHours(outcome.countedMinutes)} of your ${formatHours(outcome.rawMinutes)} ${hoursOf(words)} count, ` +
        `because they count for at most ${limitText}; the other ${formatHours(outcome.excessMinutes)} stay in your log.`
      : `All ${formatHours(outcome.rawMinutes)} of your ${hoursOf(words)} count; they are within the cap of ${limitText}.`;

  return {
    ruleId: rule.id,
    kind: rule.kind,
    status: 'MET',
    limitHours: Number.isFinite(outcome.allowedMinutes) ? toHours(outcome.allowedMinutes) : undefined,
    ...figures(outcome.countedMinutes, 0),
    excessHours: toHours(outcome.excessMinutes),
    excessMinutes: outcome.excessMinutes,
    brokenPeriods: [],
    versionEffectiveFrom: ctx.versionEffectiveFrom,
    explanation,
  };
}

function ratioWords(rule: RatioRule): { subject: string; num: string; den: string; per: string } {
  const num = describeCategories(rule.categories, rule.label);
  const den = describeCategories(rule.perCategories);
  return { subject: num || 'logged time', num, den, per: `${hoursPhrase(rule.hours * 60)} per ${formatHours(rule.perHours * 60)} ${hoursOf(den)}` };
}

/** RATIO over the whole log: supervision owed for all direct hours so far. */
export function evaluateCumulativeRatio(rule: RatioRule, ctx: RuleContext): RuleResult {
  const { ledger } = ctx;
  const num = sumMinutes(ledger.verified, expandCategories(rule.categories));
  const den = sumMinutes(ledger.verified, expandCategories(rule.perCategories));
  const required = (den * rule.hours) / rule.perHours;
  const remaining = Math.max(0, required - num);
  const met = remaining <= EPSILON_MINUTES;
  const w = ratioWords(rule);
  const brokenPeriods: BrokenPeriod[] =
    met || ledger.firstVerifiedDay === null || ledger.lastVerifiedDay === null
      ? []
      : [{ from: fromDay(ledger.firstVerifiedDay), to: fromDay(ledger.lastVerifiedDay), hours: toHours(num), requiredHours: toHours(required) }];
  const explanation = met
    ? `You have ${hoursPhrase(num, w.num)} for ${formatHours(den)} ${hoursOf(w.den)}, at least the ${w.per} required.`
    : `You have ${hoursPhrase(num, w.num)} for ${formatHours(den)} ${hoursOf(w.den)}; ${w.per} needs ${formatHours(required)}, so ${formatHours(remaining)} to go.`;
  return {
    ruleId: rule.id,
    kind: rule.kind,
    status: met ? 'MET' : 'NOT_MET',
    requiredHours: toHours(required),
    ...figures(num, met ? 0 : remaining),
    brokenPeriods,
    versionEffectiveFrom: ctx.versionEffectiveFrom,
    explanation,
  };
}

const UNIT_NOUN = { WEEK: 'week', MONTH: 'month', ROLLING_DAYS: 'window' } as const;

function listPeriods(broken: readonly JudgedPeriod[]): string {
  const described = broken.map((p) => describePeriod(p.unit, p.range));
  if (described.length <= 3) return joinWords(described);
  const noun = UNIT_NOUN[broken[0].unit];
  return `${described.length} ${noun}s, most recently ${described[described.length - 1]}`;
}

function toBrokenPeriod(p: JudgedPeriod): BrokenPeriod {
  return {
    from: fromDay(p.range.start),
    to: fromDay(p.range.end),
    hours: toHours(p.minutes),
    ...(p.requiredMinutes !== undefined ? { requiredHours: toHours(p.requiredMinutes) } : {}),
    ...(p.limitMinutes !== undefined ? { limit: toHours(p.limitMinutes) } : {}),
  };
}

/**
 * RATIO per week/month, PERIOD_MIN and PERIOD_MAX. `judged` comes from
 * `judgePeriods` (past periods, each by its own version); `currentRule` is the rule
 * in force for the period containing the evaluation date, or undefined when the rule
 * has been dropped from the set and only its past breaches are reported.
 */
export function evaluatePeriodRule(
  rule: PeriodRule,
  judged: readonly JudgedPeriod[],
  currentRule: PeriodRule | undefined,
  ctx: RuleContext,
): RuleResult {
  const broken = judged.filter((p) => p.broken);
  const unit = periodUnit(rule);
  const noun = unit === 'ROLLING_DAYS' && rule.kind === 'PERIOD_MAX' && rule.window.unit === 'ROLLING_DAYS'
    ? `${rule.window.days}-day window`
    : UNIT_NOUN[unit];

  let explanation: string;
  if (rule.kind === 'RATIO') {
    const w = ratioWords(rule);
    explanation = broken.length
      ? `${sentence(w.subject)} was below ${w.per} in ${listPeriods(broken)}.`
      : `${sentence(w.subject)} has kept to at least ${w.per} in every ${noun} so far.`;
  } else {
    const amount = hoursPhrase(rule.hours * 60, describeCategories(rule.categories, rule.label));
    if (rule.kind === 'PERIOD_MIN') {
      explanation = broken.length
        ? `You had fewer than ${amount} in ${listPeriods(broken)}.`
        : `You have had at least ${amount} in every ${noun} so far.`;
    } else {
      explanation = broken.length
        ? `You logged more than ${amount} in ${listPeriods(broken)}.`
        : `You have stayed within ${amount} in every ${noun}.`;
    }
  }

  let current: JudgedPeriod | undefined;
  if (currentRule) {
    current = measurePeriod(currentRule, ctx.ledger, currentPeriod(currentRule, ctx.ledger.asOfDay));
    const stillNeeded = Math.max(0, (current.requiredMinutes ?? 0) - current.minutes);
    if (currentRule.kind !== 'PERIOD_MAX' && stillNeeded > EPSILON_MINUTES) {
      explanation += ` This ${UNIT_NOUN[periodUnit(currentRule)]}: ${formatHours(stillNeeded)} more needed.`;
    }
  } else {
    explanation += ' This rule is no longer part of the requirement.';
  }

  const remaining = !current
    ? 0
    : current.limitMinutes !== undefined
      ? Math.max(0, current.limitMinutes - current.minutes)
      : Math.max(0, (current.requiredMinutes ?? 0) - current.minutes);

  return {
    ruleId: rule.id,
    kind: rule.kind,
    status: broken.length ? 'VIOLATED' : 'MET',
    ...(current?.requiredMinutes !== undefined ? { requiredHours: toHours(current.requiredMinutes) } : {}),
    ...(current?.limitMinutes !== undefined ? { limitHours: toHours(current.limitMinutes) } : {}),
    ...figures(current?.minutes ?? 0, remaining),
    brokenPeriods: broken.map(toBrokenPeriod),
    ...(current ? { currentPeriod: { from: fromDay(current.range.start), to: fromDay(current.range.end) } } : {}),
    versionEffectiveFrom: ctx.versionEffectiveFrom,
    explanation,
  };
}

/** The first day on which hours starting on `firstDay` span the rule's minimum. */
export function spanMetOnOrAfter(rule: MinSpanRule, firstDay: number): number {
  return rule.span.unit === 'WEEK' ? firstDay + 7 * rule.span.count : addMonths(firstDay, rule.span.count);
}

/** MIN_SPAN: the first and last counted dates must lie far enough apart. */
export function evaluateMinSpan(rule: MinSpanRule, ctx: RuleContext): RuleResult {
  const categories = expandCategories(rule.categories);
  const days = ctx.ledger.verified.filter((r) => categories.has(r.category) && r.minutes > 0).map((r) => r.day);
  const counted = sumMinutes(ctx.ledger.verified, categories);
  const unit = `${rule.span.count} ${rule.span.unit === 'WEEK' ? 'week' : 'month'}${rule.span.count === 1 ? '' : 's'}`;
  const base = {
    ruleId: rule.id,
    kind: rule.kind,
    ...figures(counted, 0),
    brokenPeriods: [],
    versionEffectiveFrom: ctx.versionEffectiveFrom,
  };
  if (days.length === 0) {
    return {
      ...base,
      status: 'NOT_MET',
      span: { from: null, to: null, metOnOrAfter: null },
      explanation: `No verified hours yet; your hours must span at least ${unit}.`,
    };
  }
  const first = Math.min(...days);
  const last = Math.max(...days);
  const metOn = spanMetOnOrAfter(rule, first);
  const met = last >= metOn;
  return {
    ...base,
    status: met ? 'MET' : 'NOT_MET',
    span: { from: fromDay(first), to: fromDay(last), metOnOrAfter: fromDay(metOn) },
    explanation: met
      ? `Your hours run from ${fromDay(first)} to ${fromDay(last)}, at least the ${unit} required.`
      : `Your hours run from ${fromDay(first)} to ${fromDay(last)}; they must span at least ${unit}, so keep logging until ${fromDay(metOn)} or later.`,
  };
}
