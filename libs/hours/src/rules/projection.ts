import { EPSILON_MINUTES, toHours } from './format';
import { expandCategories } from './groups';
import { buildLedger, sumMinutes } from './ledger';
import { fromDay, todayUtc, toDay } from './periods';
import { evaluateRequirements } from './evaluate';
import { spanMetOnOrAfter } from './rule-results';
import { HourAggregateRow, HourRuleKind, IsoDate, RequirementEvaluation, RequirementSet } from './types';
import { sortVersions, versionInEffect, versionSpans } from './versions';

/** Projection of one TOTAL_MIN or CATEGORY_MIN rule. */
export interface RuleProjection {
  ruleId: string;
  kind: HourRuleKind;
  remainingHours: number;
  /** Verified hours per week in the pace window, in the rule's categories. */
  paceHoursPerWeek: number;
  /** `asOf` when already met; null when unmet and there is no recent pace. */
  projectedDate: IsoDate | null;
}

export interface CompletionProjection {
  asOf: IsoDate;
  /** The days whose verified hours set the pace. */
  paceWindow: { from: IsoDate; to: IsoDate };
  /**
   * When every minimum (and any MIN_SPAN) would be met at the recent pace; `asOf`
   * when all are met, null when some unmet minimum has no pace.
   */
  projectedCompletionDate: IsoDate | null;
  rules: RuleProjection[];
}

export interface ProjectionOptions {
  /** Weeks of recent verified hours that set the pace. Default 8. */
  paceWeeks?: number;
  /** The evaluation of the same rows, versions and `asOf`, when the caller already has it. */
  evaluation?: RequirementEvaluation;
}

/**
 * Projects when a trainee will meet the TOTAL_MIN and CATEGORY_MIN rules of the
 * version in effect on `asOf`, assuming the verified pace of the last `paceWeeks`
 * weeks (ending on `asOf`) continues. The pace window starts no earlier than the
 * first verified day, so a trainee who began three weeks ago is not averaged over
 * eight. An unmet MIN_SPAN pushes the overall date to the day the span is long enough.
 *
 * The pace uses raw verified hours, so hours beyond a cap make a capped category look
 * faster than it counts.
 *
 * @example
 * projectCompletion(rows, cacrepPracticum, '2026-03-31').projectedCompletionDate; // "2026-05-12"
 */
export function projectCompletion(
  rows: readonly HourAggregateRow[],
  versions: RequirementSet | readonly RequirementSet[],
  asOf: IsoDate = todayUtc(),
  options: ProjectionOptions = {},
): CompletionProjection {
  const paceWeeks = options.paceWeeks ?? 8;
  const asOfDay = toDay(asOf);
  const ledger = buildLedger(rows, asOfDay);
  const current = versionInEffect(versionSpans(sortVersions(versions)), asOfDay);
  const evaluation = options.evaluation ?? evaluateRequirements(rows, versions, { asOf });
  const windowStart = Math.max(asOfDay - paceWeeks * 7 + 1, ledger.firstVerifiedDay ?? asOfDay);
  const windowDays = asOfDay - windowStart + 1;

  const rules: RuleProjection[] = [];
  let overall: number | null = asOfDay;
  for (const rule of current.rules) {
    if (rule.kind === 'MIN_SPAN') {
      const result = evaluation.rules.find((r) => r.ruleId === rule.id);
      const first = ledger.firstVerifiedDay;
      if (result?.status === 'NOT_MET' && overall !== null && first !== null) {
        overall = Math.max(overall, spanMetOnOrAfter(rule, first));
      }
      continue;
    }
    if (rule.kind !== 'TOTAL_MIN' && rule.kind !== 'CATEGORY_MIN') continue;
    const result = evaluation.rules.find((r) => r.ruleId === rule.id);
    const remaining = result?.remainingMinutes ?? 0;
    const paceMinutesPerDay = sumMinutes(ledger.verified, expandCategories(rule.categories), windowStart, asOfDay) / windowDays;
    let projected: number | null = asOfDay;
    if (remaining > EPSILON_MINUTES) {
      projected = paceMinutesPerDay > 0 ? asOfDay + Math.ceil(remaining / paceMinutesPerDay - EPSILON_MINUTES) : null;
    }
    overall = projected === null || overall === null ? null : Math.max(overall, projected);
    rules.push({
      ruleId: rule.id,
      kind: rule.kind,
      remainingHours: toHours(remaining),
      paceHoursPerWeek: toHours(paceMinutesPerDay * 7),
      projectedDate: projected === null ? null : fromDay(projected),
    });
  }
  return {
    asOf,
    paceWindow: { from: fromDay(windowStart), to: asOf },
    projectedCompletionDate: overall === null ? null : fromDay(overall),
    rules,
  };
}
