import { evaluateRequirements } from './evaluate';
import { buildLedger } from './ledger';
import { judgePeriods } from './period-rules';
import { fromDay, todayUtc, toDay } from './periods';
import { CompletionProjection, projectCompletion } from './projection';
import { HourAggregateRow, IsoDate, RequirementEvaluation, RequirementSet } from './types';
import { sortVersions, versionSpans } from './versions';

export type AtRiskCode = 'BEHIND_PACE' | 'BROKEN_RATIO';

/** A reason to look at a trainee's progress now. */
export interface AtRiskFlag {
  code: AtRiskCode;
  /** BEHIND_PACE: why. */
  reason?: 'PROJECTED_AFTER_TARGET' | 'NO_PACE_BEFORE_TARGET' | 'INACTIVE';
  /** BROKEN_RATIO: the ratio rule. */
  ruleId?: string;
  message: string;
}

export interface AtRiskOptions {
  asOf?: IsoDate;
  /** When the trainee should be done (end of practicum, licence deadline). */
  targetEndDate?: IsoDate;
  /** Weeks without any verified or submitted hours that count as inactive. Default 4. */
  inactiveWeeks?: number;
  paceWeeks?: number;
  /** The evaluation and projection of the same rows, versions and `asOf`, when the caller already has them. */
  evaluation?: RequirementEvaluation;
  projection?: CompletionProjection;
}

/**
 * Flags a trainee who needs attention:
 * - BEHIND_PACE when a minimum (TOTAL_MIN, CATEGORY_MIN, MIN_SPAN) is unmet and either
 *   the projected completion falls after `targetEndDate` (or cannot be projected
 *   before it), or nothing was verified or submitted for `inactiveWeeks` weeks. A
 *   trainee who has never logged anything is not flagged inactive: without a start
 *   date the engine cannot tell "not started" from "stalled".
 * - BROKEN_RATIO for each RATIO rule whose latest judged week/month is broken, or
 *   whose cumulative ratio is unmet.
 */
export function atRiskFlags(
  rows: readonly HourAggregateRow[],
  versions: RequirementSet | readonly RequirementSet[],
  options: AtRiskOptions = {},
): AtRiskFlag[] {
  const asOf = options.asOf ?? todayUtc();
  const asOfDay = toDay(asOf);
  const evaluation = options.evaluation ?? evaluateRequirements(rows, versions, { asOf });
  const flags: AtRiskFlag[] = [];

  const unmet = evaluation.rules.some(
    (r) => (r.kind === 'TOTAL_MIN' || r.kind === 'CATEGORY_MIN' || r.kind === 'MIN_SPAN') && r.status === 'NOT_MET',
  );
  if (unmet) {
    if (options.targetEndDate !== undefined) {
      const projection = options.projection ?? projectCompletion(rows, versions, asOf, { paceWeeks: options.paceWeeks, evaluation });
      const projected = projection.projectedCompletionDate;
      if (projected === null) {
        flags.push({
          code: 'BEHIND_PACE',
          reason: 'NO_PACE_BEFORE_TARGET',
          message: `There are no recent verified hours to finish by ${options.targetEndDate}.`,
        });
      } else if (projected > options.targetEndDate) {
        flags.push({
          code: 'BEHIND_PACE',
          reason: 'PROJECTED_AFTER_TARGET',
          message: `At the recent pace you would finish on ${projected}, after the target of ${options.targetEndDate}.`,
        });
      }
    }
    const lastActivity = buildLedger(rows, asOfDay).lastActivityDay;
    const inactiveDays = (options.inactiveWeeks ?? 4) * 7;
    if (lastActivity !== null && asOfDay - lastActivity >= inactiveDays) {
      flags.push({
        code: 'BEHIND_PACE',
        reason: 'INACTIVE',
        message: `No hours have been logged since ${fromDay(lastActivity)}.`,
      });
    }
  }

  const spans = versionSpans(sortVersions(versions));
  const ledger = buildLedger(rows, asOfDay);
  for (const result of evaluation.rules) {
    // Rules dropped from the set still list their old breaches but raise no flag.
    if (result.kind !== 'RATIO' || result.versionEffectiveFrom !== evaluation.versionEffectiveFrom) continue;
    const judged = judgePeriods(result.ruleId, spans, ledger);
    const latestBroken = judged.length ? judged[judged.length - 1].broken : result.status === 'NOT_MET';
    if (latestBroken) {
      flags.push({ code: 'BROKEN_RATIO', ruleId: result.ruleId, message: result.explanation });
    }
  }
  return flags;
}
