import { applyCaps, countedMinutes, isCapRule } from './caps';
import { toHours } from './format';
import { ALL_HOUR_CATEGORIES } from './groups';
import { buildLedger, HourLedger } from './ledger';
import { currentPeriod, isPeriodRule, judgePeriods, PeriodRule } from './period-rules';
import { fromDay, todayUtc, toDay } from './periods';
import {
  evaluateCap,
  evaluateCumulativeRatio,
  evaluateMinimum,
  evaluateMinSpan,
  evaluatePeriodRule,
  RuleContext,
} from './rule-results';
import {
  CategoryTotal,
  EvaluationOptions,
  HourAggregateRow,
  HourRule,
  RequirementEvaluation,
  RequirementSet,
  RuleResult,
} from './types';
import { sortVersions, VersionSpan, versionInEffect, versionSpans } from './versions';

/**
 * Judges one trainee's aggregated hours against a requirement and its versions.
 *
 * Which version applies:
 * - Totals (TOTAL_MIN, CATEGORY_MIN, caps, CUMULATIVE ratios, MIN_SPAN) use the
 *   version in effect on `asOf` for all hours, whenever they were logged: a trainee
 *   is held to the requirement as it stands today.
 * - Period rules (RATIO per week/month, PERIOD_MIN, PERIOD_MAX) judge each period by
 *   the rule with the same id in the version in effect on that period's first day,
 *   so a week that was fine under last term's rules is not broken retroactively. A
 *   period rule that only older versions have is still reported, with its past
 *   breaches, after the current rules.
 * - Days before the earliest version are judged by the earliest version.
 *
 * Only VERIFIED rows count; SUBMITTED rows are reported as pending; rows dated after
 * `asOf` are ignored. Throws a RangeError for rows of several trainees, versions of
 * different requirements, or malformed dates (validate sets with `validateRuleSet`).
 *
 * @example
 * const result = evaluateRequirements(rows, [practicum2025, practicum2026], { asOf: '2026-04-30' });
 * result.rules.find((r) => r.ruleId === 'direct')?.explanation;
 * // "You have 32.5 of 40 direct hours; 7.5 to go."
 */
export function evaluateRequirements(
  rows: readonly HourAggregateRow[],
  versions: RequirementSet | readonly RequirementSet[],
  options: EvaluationOptions = {},
): RequirementEvaluation {
  const asOf = options.asOf ?? todayUtc();
  const ledger = buildLedger(rows, toDay(asOf));
  const spans = versionSpans(sortVersions(versions));
  const current = versionInEffect(spans, ledger.asOfDay);
  const { cells, outcomes: capOutcomes } = applyCaps(ledger.verified, current.rules);
  const ctx: RuleContext = { ledger, cells, capOutcomes, versionEffectiveFrom: current.effectiveFrom };

  const results = current.rules.map((rule) => evaluateRule(rule, ctx, spans));
  const currentIds = new Set(current.rules.map((r) => r.id));
  for (const retired of retiredPeriodRules(spans, currentIds)) {
    const judged = judgePeriods(retired.rule.id, spans, ledger);
    results.push(
      evaluatePeriodRule(retired.rule, judged, undefined, { ...ctx, versionEffectiveFrom: retired.effectiveFrom }),
    );
  }

  return {
    requirementId: current.id,
    name: current.name,
    source: current.source,
    versionEffectiveFrom: current.effectiveFrom,
    asOf,
    rules: results,
    categoryTotals: categoryTotals(ledger, cells.counted),
    firstVerifiedDate: ledger.firstVerifiedDay === null ? null : fromDay(ledger.firstVerifiedDay),
    lastVerifiedDate: ledger.lastVerifiedDay === null ? null : fromDay(ledger.lastVerifiedDay),
  };
}

function evaluateRule(rule: HourRule, ctx: RuleContext, spans: readonly VersionSpan[]): RuleResult {
  if (isPeriodRule(rule)) {
    const judged = judgePeriods(rule.id, spans, ctx.ledger);
    return evaluatePeriodRule(rule, judged, ruleForCurrentPeriod(rule, spans, ctx.ledger.asOfDay), ctx);
  }
  if (isCapRule(rule)) return evaluateCap(rule, ctx);
  switch (rule.kind) {
    case 'TOTAL_MIN':
    case 'CATEGORY_MIN':
      return evaluateMinimum(rule, ctx);
    case 'RATIO':
      return evaluateCumulativeRatio(rule, ctx);
    case 'MIN_SPAN':
      return evaluateMinSpan(rule, ctx);
  }
}

/** The rule that governs the period containing the evaluation date: the version in effect on that period's first day. */
function ruleForCurrentPeriod(rule: PeriodRule, spans: readonly VersionSpan[], asOfDay: number): PeriodRule {
  const start = currentPeriod(rule, asOfDay).start;
  const earlier = versionInEffect(spans, start).rules.find((r) => r.id === rule.id);
  return earlier && isPeriodRule(earlier) ? earlier : rule;
}

function retiredPeriodRules(spans: readonly VersionSpan[], currentIds: ReadonlySet<string>) {
  const latest = new Map<string, { rule: PeriodRule; effectiveFrom: string }>();
  for (const span of spans) {
    for (const rule of span.set.rules) {
      if (!currentIds.has(rule.id) && isPeriodRule(rule)) latest.set(rule.id, { rule, effectiveFrom: span.set.effectiveFrom });
    }
  }
  return [...latest.values()];
}

/**
 * Verified, counted (after caps) and pending hours of every category, zeros included.
 * Pending never enters a verified figure.
 */
export function categoryTotals(ledger: HourLedger, counted: Parameters<typeof countedMinutes>[0]): CategoryTotal[] {
  return ALL_HOUR_CATEGORIES.map((category) => {
    const only = new Set([category]);
    const verifiedMinutes = sum(ledger.verified, category);
    const pendingMinutes = sum(ledger.pending, category);
    const countedMins = countedMinutes(counted, only);
    return {
      category,
      verifiedMinutes,
      verifiedHours: toHours(verifiedMinutes),
      countedMinutes: countedMins,
      countedHours: toHours(countedMins),
      telehealthVerifiedMinutes: sum(ledger.verified.filter((r) => r.modality === 'TELEHEALTH'), category),
      pendingMinutes,
      pendingHours: toHours(pendingMinutes),
    };
  });
}

function sum(rows: HourLedger['verified'], category: string): number {
  return rows.reduce((total, r) => (r.category === category ? total + r.minutes : total), 0);
}
