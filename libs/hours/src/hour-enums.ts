import { registerEnumType } from '@nestjs/graphql';
import { HourCategory, HourEntryStatus, HourModality } from './rules';

/**
 * GraphQL enums of the hours domain. The categories, modalities and statuses are the
 * rule engine's own constants, so the API, the database CHECKs and the rules share one
 * vocabulary.
 */

export const HourEntryEventKind = {
  LOGGED: 'LOGGED',
  EDITED: 'EDITED',
  SUBMITTED: 'SUBMITTED',
  VERIFIED: 'VERIFIED',
  RETURNED: 'RETURNED',
} as const;
export type HourEntryEventKind = (typeof HourEntryEventKind)[keyof typeof HourEntryEventKind];

/** What `verifyLedger` found wrong with a verified entry. */
export const LedgerProblem = {
  /** The entry's content no longer matches the signature made when it was verified. */
  CONTENT_CHANGED: 'CONTENT_CHANGED',
  /** The entry was verified but is no longer marked VERIFIED. */
  STATUS_CHANGED: 'STATUS_CHANGED',
  /** A verification was recorded for an entry that no longer exists. */
  ENTRY_MISSING: 'ENTRY_MISSING',
  /** The entry is marked VERIFIED but no verification was ever recorded for it. */
  UNRECORDED_VERIFICATION: 'UNRECORDED_VERIFICATION',
} as const;
export type LedgerProblem = (typeof LedgerProblem)[keyof typeof LedgerProblem];

export const HourRuleKindEnum = {
  TOTAL_MIN: 'TOTAL_MIN',
  CATEGORY_MIN: 'CATEGORY_MIN',
  CATEGORY_CAP: 'CATEGORY_CAP',
  TELEHEALTH_CAP: 'TELEHEALTH_CAP',
  RATIO: 'RATIO',
  PERIOD_MIN: 'PERIOD_MIN',
  PERIOD_MAX: 'PERIOD_MAX',
  MIN_SPAN: 'MIN_SPAN',
} as const;

export const RuleStatusEnum = { MET: 'MET', NOT_MET: 'NOT_MET', VIOLATED: 'VIOLATED' } as const;

export const AtRiskCodeEnum = { BEHIND_PACE: 'BEHIND_PACE', BROKEN_RATIO: 'BROKEN_RATIO' } as const;

export const AtRiskReasonEnum = {
  PROJECTED_AFTER_TARGET: 'PROJECTED_AFTER_TARGET',
  NO_PACE_BEFORE_TARGET: 'NO_PACE_BEFORE_TARGET',
  INACTIVE: 'INACTIVE',
} as const;

registerEnumType(HourCategory, { name: 'HourCategory', description: 'The kind of hours logged.' });
registerEnumType(HourModality, { name: 'HourModality' });
registerEnumType(HourEntryStatus, {
  name: 'HourEntryStatus',
  description: 'DRAFT -> SUBMITTED -> VERIFIED, or RETURNED (with a reason) and resubmitted. A VERIFIED entry never changes.',
});
registerEnumType(HourEntryEventKind, { name: 'HourEntryEventKind' });
registerEnumType(LedgerProblem, { name: 'LedgerProblem' });
registerEnumType(HourRuleKindEnum, { name: 'HourRuleKind' });
registerEnumType(RuleStatusEnum, { name: 'RuleStatus' });
registerEnumType(AtRiskCodeEnum, { name: 'AtRiskCode' });
registerEnumType(AtRiskReasonEnum, { name: 'AtRiskReason' });
