/**
 * Types of the hour-requirement rule engine. Everything here is plain data:
 * JSON-serialisable, free of NestJS and TypeORM, so a requirement set can be stored
 * as a JSON column and a template copied and edited by a program administrator.
 */

/** A calendar date `YYYY-MM-DD`, always read as a UTC day. */
export type IsoDate = string;

/**
 * The kinds of hours a trainee logs.
 *
 * A const object plus a union of its values (rather than a TypeScript `enum`) so that
 * rule sets written as JSON type-check, and so that the values of any string enum the
 * entity layer declares with the same members are assignable to it.
 */
export const HourCategory = {
  DIRECT_INDIVIDUAL: 'DIRECT_INDIVIDUAL',
  DIRECT_COUPLE_FAMILY: 'DIRECT_COUPLE_FAMILY',
  DIRECT_GROUP: 'DIRECT_GROUP',
  ASSESSMENT: 'ASSESSMENT',
  INDIRECT: 'INDIRECT',
  SUPERVISION_INDIVIDUAL: 'SUPERVISION_INDIVIDUAL',
  SUPERVISION_TRIADIC: 'SUPERVISION_TRIADIC',
  SUPERVISION_GROUP: 'SUPERVISION_GROUP',
  DIDACTIC: 'DIDACTIC',
} as const;
export type HourCategory = (typeof HourCategory)[keyof typeof HourCategory];

/** How a session took place. */
export const HourModality = { IN_PERSON: 'IN_PERSON', TELEHEALTH: 'TELEHEALTH' } as const;
export type HourModality = (typeof HourModality)[keyof typeof HourModality];

/**
 * The life of an hour entry. Only VERIFIED hours count toward rules; SUBMITTED hours
 * are reported as "pending", never added to verified figures.
 */
export const HourEntryStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  VERIFIED: 'VERIFIED',
  RETURNED: 'RETURNED',
} as const;
export type HourEntryStatus = (typeof HourEntryStatus)[keyof typeof HourEntryStatus];

/**
 * Named category groups a rule may use in place of listing categories
 * (see `CATEGORY_GROUPS` in groups.ts for their members).
 */
export const CategoryGroupName = {
  DIRECT: 'DIRECT',
  RELATIONAL: 'RELATIONAL',
  SUPERVISION: 'SUPERVISION',
  ALL: 'ALL',
} as const;
export type CategoryGroupName = (typeof CategoryGroupName)[keyof typeof CategoryGroupName];

/** A category or a named group; a rule's `categories` is the union of its refs. */
export type CategoryRef = HourCategory | CategoryGroupName;

/**
 * One aggregated row handed to the engine by the hours service: the sum of minutes
 * for one trainee, day, category, modality and status. The engine never sees raw
 * entries. All rows given to one evaluation belong to one trainee.
 */
export interface HourAggregateRow {
  traineeId?: string;
  date: IsoDate;
  category: HourCategory;
  modality: HourModality;
  status: HourEntryStatus;
  minutes: number;
}

/** A window over which period rules are judged. */
export type PeriodWindow =
  | { unit: 'WEEK' }
  | { unit: 'MONTH' }
  | { unit: 'ROLLING_DAYS'; days: number };

interface RuleBase {
  /** Unique within a set; keeps its meaning across versions of the set. */
  id: string;
  /** Optional noun phrase used in explanations, e.g. "individual/triadic supervision". */
  label?: string;
}

/** At least `hours` over `categories` (default ALL), counted after caps. */
export interface TotalMinRule extends RuleBase {
  kind: 'TOTAL_MIN';
  hours: number;
  categories?: CategoryRef[];
}

/** At least `hours` in a category group, counted after caps. */
export interface CategoryMinRule extends RuleBase {
  kind: 'CATEGORY_MIN';
  categories: CategoryRef[];
  hours: number;
}

/**
 * `categories` count for at most `maxHours` and/or at most `maxPercent` % of the
 * counted hours of `of` (default ALL). The excess is reported, never deleted: raw
 * hours stay in totals, only counted hours shrink.
 */
export interface CategoryCapRule extends RuleBase {
  kind: 'CATEGORY_CAP';
  categories: CategoryRef[];
  of?: CategoryRef[];
  maxHours?: number;
  maxPercent?: number;
}

/** Telehealth hours in `categories` (default ALL) count for at most `maxHours` and/or `maxPercent` %. */
export interface TelehealthCapRule extends RuleBase {
  kind: 'TELEHEALTH_CAP';
  categories?: CategoryRef[];
  maxHours?: number;
  maxPercent?: number;
}

/**
 * At least `hours` of `categories` (e.g. supervision) for every `perHours` of
 * `perCategories` (e.g. direct), judged per ISO week, per calendar month, or
 * cumulatively.
 */
export interface RatioRule extends RuleBase {
  kind: 'RATIO';
  categories: CategoryRef[];
  hours: number;
  perCategories: CategoryRef[];
  perHours: number;
  period: 'WEEK' | 'MONTH' | 'CUMULATIVE';
}

/** At least `hours` of `categories` in every ISO week or calendar month of activity. */
export interface PeriodMinRule extends RuleBase {
  kind: 'PERIOD_MIN';
  categories: CategoryRef[];
  hours: number;
  window: { unit: 'WEEK' } | { unit: 'MONTH' };
}

/** At most `hours` of `categories` in any ISO week, calendar month or rolling window of N days. */
export interface PeriodMaxRule extends RuleBase {
  kind: 'PERIOD_MAX';
  categories?: CategoryRef[];
  hours: number;
  window: PeriodWindow;
}

/** The counted dates of `categories` (default ALL) must span at least `count` weeks or months. */
export interface MinSpanRule extends RuleBase {
  kind: 'MIN_SPAN';
  categories?: CategoryRef[];
  span: { unit: 'WEEK' | 'MONTH'; count: number };
}

export type HourRule =
  | TotalMinRule
  | CategoryMinRule
  | CategoryCapRule
  | TelehealthCapRule
  | RatioRule
  | PeriodMinRule
  | PeriodMaxRule
  | MinSpanRule;

export type HourRuleKind = HourRule['kind'];

/**
 * One version of a requirement set. Versions of the same requirement share `id` and
 * differ by `effectiveFrom`.
 */
export interface RequirementSet {
  id: string;
  name: string;
  /** Citation of the standard or regulation the rules come from. */
  source: string;
  effectiveFrom: IsoDate;
  rules: HourRule[];
}

export type RuleStatus = 'MET' | 'NOT_MET' | 'VIOLATED';

/** A period in which a period rule (RATIO, PERIOD_MIN, PERIOD_MAX) was broken. */
export interface BrokenPeriod {
  from: IsoDate;
  to: IsoDate;
  hours: number;
  /** For minimums and ratios: what the period needed. */
  requiredHours?: number;
  /** For maximums: the most the period allowed. */
  limit?: number;
}

/**
 * The outcome of one rule. Hours are minutes / 60 rounded to 2 decimals; the
 * unrounded minutes are given alongside for arithmetic.
 *
 * For period rules (RATIO per week/month, PERIOD_MIN, PERIOD_MAX) `countedHours`,
 * `requiredHours`/`limitHours` and `remainingHours` describe the current period (the
 * one containing the evaluation date); past periods appear in `brokenPeriods`.
 * `remainingHours` is what is still needed (minimums) or still allowed (maximums).
 */
export interface RuleResult {
  ruleId: string;
  kind: HourRuleKind;
  status: RuleStatus;
  requiredHours?: number;
  limitHours?: number;
  countedHours: number;
  countedMinutes: number;
  remainingHours: number;
  remainingMinutes: number;
  /** CATEGORY_CAP / TELEHEALTH_CAP: hours beyond the cap, still in the log but not counted. */
  excessHours?: number;
  excessMinutes?: number;
  /** Minimum rules: SUBMITTED hours in the rule's categories awaiting verification. */
  pendingHours?: number;
  brokenPeriods: BrokenPeriod[];
  currentPeriod?: { from: IsoDate; to: IsoDate };
  /** MIN_SPAN: first and last counted date, and the first date on which the span is long enough. */
  span?: { from: IsoDate | null; to: IsoDate | null; metOnOrAfter: IsoDate | null };
  /** The `effectiveFrom` of the set version whose rule produced the totals figures. */
  versionEffectiveFrom: IsoDate;
  explanation: string;
}

/** Verified and pending hours of one category, never mixed. */
export interface CategoryTotal {
  category: HourCategory;
  verifiedMinutes: number;
  verifiedHours: number;
  /** Verified minutes that count after the caps of the set in effect. */
  countedMinutes: number;
  countedHours: number;
  telehealthVerifiedMinutes: number;
  pendingMinutes: number;
  pendingHours: number;
}

export interface RequirementEvaluation {
  requirementId: string;
  name: string;
  source: string;
  /** The version in effect on `asOf`, whose rules apply to the totals. */
  versionEffectiveFrom: IsoDate;
  asOf: IsoDate;
  rules: RuleResult[];
  categoryTotals: CategoryTotal[];
  firstVerifiedDate: IsoDate | null;
  lastVerifiedDate: IsoDate | null;
}

export interface EvaluationOptions {
  /** Evaluation date; rows after it are ignored. Defaults to today (UTC). */
  asOf?: IsoDate;
}
