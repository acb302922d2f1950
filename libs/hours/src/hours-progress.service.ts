import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '@alliance/access';
import { Actor, DomainError } from '@alliance/core';
import { CohortProgressArgs, HoursProgressArgs } from './dto/progress.args';
import { CategoryHours, HoursProgress, RuleProgress } from './dto/progress.models';
import { RequirementVersion } from './entities/requirement-version.entity';
import { RequirementsService } from './requirements.service';
import {
  ALL_HOUR_CATEGORIES,
  atRiskFlags,
  evaluateRequirements,
  HourAggregateRow,
  HourCategory,
  HourModality,
  projectCompletion,
  RequirementSet,
  RuleResult,
} from './rules';

/** An aggregated row as the database returns it; SUPERSEDED marks verified minutes a verified correction replaced. */
export interface StoredHourRow {
  traineeId: string;
  date: string;
  category: HourCategory;
  modality: HourModality;
  status: 'DRAFT' | 'SUBMITTED' | 'VERIFIED' | 'RETURNED' | 'SUPERSEDED';
  minutes: number;
}

/**
 * The one aggregate behind every progress figure: minutes per trainee, day, category,
 * modality and status. A verified entry that a verified correction replaced is reported
 * as SUPERSEDED, so it is shown but never counted.
 */
export const HOURS_AGGREGATE_SQL = `
  SELECT e.trainee_id AS "traineeId", to_char(e.occurred_on, 'YYYY-MM-DD') AS date, e.category, e.modality,
         CASE WHEN e.status = 'VERIFIED' AND c.id IS NOT NULL THEN 'SUPERSEDED' ELSE e.status END AS status,
         SUM(e.minutes)::int AS minutes
    FROM hour_entries e
    -- At most one correction per entry (uq_hour_entries_corrects): a join, not a subquery per row.
    LEFT JOIN hour_entries c ON c.corrects_id = e.id AND c.status = 'VERIFIED'
   WHERE e.program_id = $1 AND e.trainee_id = ANY($2::uuid[])
   GROUP BY 1, 2, 3, 4, 5`;

const toHours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Progress against the program's requirements, computed from {@link HOURS_AGGREGATE_SQL}
 * (never by loading entries) and judged by the rule engine. `cohortProgress` costs the
 * same two queries whatever the number of trainees.
 */
@Injectable()
export class HoursProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly requirements: RequirementsService,
  ) {}

  /** One trainee's progress; FORBIDDEN unless the actor oversees the trainee. */
  async progress(actor: Actor, args: HoursProgressArgs): Promise<HoursProgress> {
    await this.access.requireMember(actor, args.programId);
    const allowed = await this.access.traineesOverseenBy(actor, args.programId, [args.traineeId]);
    if (!allowed.has(args.traineeId)) throw DomainError.forbidden('You may not see this trainee’s hours');
    const [rows, versions] = await Promise.all([
      this.aggregate(args.programId, [args.traineeId]),
      this.requirements.versionsOf(args.programId),
    ]);
    return evaluateTrainee(args.traineeId, rows.get(args.traineeId) ?? [], versions, args.asOf ?? todayUtc(), args.targetEndDate ?? undefined);
  }

  /** Every trainee the actor oversees (all of them for a program admin), in the order they joined. */
  async cohort(actor: Actor, args: CohortProgressArgs): Promise<HoursProgress[]> {
    await this.access.requireMember(actor, args.programId);
    const trainees: Array<{ user_id: string }> = await this.dataSource.query(
      `SELECT user_id FROM memberships WHERE program_id = $1 AND role = 'TRAINEE' ORDER BY created_at, user_id`,
      [args.programId],
    );
    const allowed = await this.access.traineesOverseenBy(actor, args.programId, trainees.map((t) => t.user_id));
    const traineeIds = trainees.map((t) => t.user_id).filter((id) => allowed.has(id));
    if (traineeIds.length === 0) return [];
    const [rows, versions] = await Promise.all([this.aggregate(args.programId, traineeIds), this.requirements.versionsOf(args.programId)]);
    const asOf = args.asOf ?? todayUtc();
    return traineeIds.map((id) => evaluateTrainee(id, rows.get(id) ?? [], versions, asOf, args.targetEndDate ?? undefined));
  }

  /** {@link HOURS_AGGREGATE_SQL} for the given trainees, grouped by trainee. */
  async aggregate(programId: string, traineeIds: string[], manager?: EntityManager): Promise<Map<string, StoredHourRow[]>> {
    const rows: StoredHourRow[] = await (manager ?? this.dataSource).query(HOURS_AGGREGATE_SQL, [programId, traineeIds]);
    const byTrainee = new Map<string, StoredHourRow[]>();
    for (const row of rows) {
      const list = byTrainee.get(row.traineeId);
      if (list) list.push(row);
      else byTrainee.set(row.traineeId, [row]);
    }
    return byTrainee;
  }
}

/**
 * Judges one trainee's aggregated rows against a program's requirement versions with the
 * rule engine, and adds what the engine leaves out: draft, returned and superseded
 * hours per category, so no hour silently drops out of the picture.
 */
export function evaluateTrainee(
  traineeId: string,
  rows: readonly StoredHourRow[],
  versions: readonly RequirementVersion[],
  asOf: string,
  targetEndDate?: string,
): HoursProgress {
  const engineRows: HourAggregateRow[] = rows
    .filter((r) => r.status === 'VERIFIED' || r.status === 'SUBMITTED')
    .map((r) => ({ date: r.date, category: r.category, modality: r.modality, status: r.status as 'VERIFIED' | 'SUBMITTED', minutes: r.minutes }));
  const sets: RequirementSet[] = versions.map((v) => v.ruleSet);
  // Without requirements the engine still totals the hours, against a set with no rules.
  const judged = sets.length ? sets : [{ id: 'none', name: 'No requirements', source: 'none', effectiveFrom: asOf, rules: [] }];
  const evaluation = evaluateRequirements(engineRows, judged, { asOf });
  const others = new Map<string, number>();
  for (const r of rows) {
    if (r.date > asOf || r.status === 'VERIFIED' || r.status === 'SUBMITTED') continue;
    const key = `${r.category}|${r.status}`;
    others.set(key, (others.get(key) ?? 0) + r.minutes);
  }
  const totals = new Map(evaluation.categoryTotals.map((t) => [t.category, t]));
  const categories: CategoryHours[] = ALL_HOUR_CATEGORIES.map((category) => {
    const t = totals.get(category)!;
    return {
      category,
      verifiedHours: t.verifiedHours,
      countedHours: t.countedHours,
      telehealthVerifiedHours: toHours(t.telehealthVerifiedMinutes),
      pendingHours: t.pendingHours,
      draftHours: toHours(others.get(`${category}|DRAFT`) ?? 0),
      returnedHours: toHours(others.get(`${category}|RETURNED`) ?? 0),
      supersededHours: toHours(others.get(`${category}|SUPERSEDED`) ?? 0),
    };
  });
  const verifiedMinutes = evaluation.categoryTotals.reduce((sum, t) => sum + t.verifiedMinutes, 0);
  const pendingMinutes = evaluation.categoryTotals.reduce((sum, t) => sum + t.pendingMinutes, 0);
  const hasRules = sets.length > 0;
  const projection = hasRules ? projectCompletion(engineRows, sets, asOf, { evaluation }) : null;
  return {
    traineeId,
    asOf,
    requirement: hasRules
      ? { id: evaluation.requirementId, name: evaluation.name, source: evaluation.source, versionEffectiveFrom: evaluation.versionEffectiveFrom }
      : null,
    categories,
    verifiedHours: toHours(verifiedMinutes),
    pendingHours: toHours(pendingMinutes),
    rules: evaluation.rules.map(toRuleProgress),
    projection: projection && {
      paceWindow: projection.paceWindow,
      projectedCompletionDate: projection.projectedCompletionDate,
      rules: projection.rules.map((r) => ({
        ruleId: r.ruleId,
        remainingHours: r.remainingHours,
        paceHoursPerWeek: r.paceHoursPerWeek,
        projectedDate: r.projectedDate,
      })),
    },
    atRisk: hasRules ? atRiskFlags(engineRows, sets, { asOf, targetEndDate, evaluation, projection: projection ?? undefined }) : [],
    firstVerifiedDate: evaluation.firstVerifiedDate,
    lastVerifiedDate: evaluation.lastVerifiedDate,
  };
}

function toRuleProgress(r: RuleResult): RuleProgress {
  return {
    ruleId: r.ruleId,
    kind: r.kind,
    status: r.status,
    requiredHours: r.requiredHours,
    limitHours: r.limitHours,
    countedHours: r.countedHours,
    remainingHours: r.remainingHours,
    excessHours: r.excessHours,
    pendingHours: r.pendingHours,
    brokenPeriods: r.brokenPeriods,
    currentPeriod: r.currentPeriod,
    span: r.span,
    versionEffectiveFrom: r.versionEffectiveFrom,
    explanation: r.explanation,
  };
}
