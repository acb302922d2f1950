import { registerEnumType } from '@nestjs/graphql';

export enum ClientCaseStatus {
  ACTIVE = 'ACTIVE',
  REFERRED = 'REFERRED',
  TRANSFERRED = 'TRANSFERRED',
  ENDED = 'ENDED',
}

/** Why a trainee considers referring a client. */
export enum ReferralReason {
  OUTSIDE_COMPETENCE = 'OUTSIDE_COMPETENCE',
  LACK_OF_PROGRESS = 'LACK_OF_PROGRESS',
  HIGHER_LEVEL_OF_CARE = 'HIGHER_LEVEL_OF_CARE',
  DUAL_RELATIONSHIP = 'DUAL_RELATIONSHIP',
  CLINICIAN_IMPAIRMENT = 'CLINICIAN_IMPAIRMENT',
  CLIENT_REQUEST = 'CLIENT_REQUEST',
  POOR_FIT = 'POOR_FIT',
  PERSONAL_VALUES_CONFLICT = 'PERSONAL_VALUES_CONFLICT',
}

/** What the supervisor decided about a referral consideration. */
export enum ReferralOutcome {
  CONTINUE_WITH_SUPPORT = 'CONTINUE_WITH_SUPPORT',
  SEEK_CONSULTATION = 'SEEK_CONSULTATION',
  REFER = 'REFER',
  TRANSFER_WITHIN_SITE = 'TRANSFER_WITHIN_SITE',
}

/** Observable signs of a strain in the alliance (Safran and Muran). */
export enum RuptureMarker {
  WITHDRAWAL = 'WITHDRAWAL',
  CONFRONTATION = 'CONFRONTATION',
}

/** Bordin's three dimensions of the working alliance. */
export enum AllianceDimension {
  GOAL = 'GOAL',
  TASK = 'TASK',
  BOND = 'BOND',
}

export enum RuptureReasonKind {
  /** A dimension fell at least the program's threshold below the case's running mean. */
  DIMENSION_DROP = 'DIMENSION_DROP',
  /** Rupture markers were recorded in the program's number of consecutive check-ins. */
  CONSECUTIVE_MARKERS = 'CONSECUTIVE_MARKERS',
}

registerEnumType(ClientCaseStatus, { name: 'ClientCaseStatus' });
registerEnumType(ReferralReason, { name: 'ReferralReason' });
registerEnumType(ReferralOutcome, { name: 'ReferralOutcome', description: 'A supervisor’s decision on a referral consideration.' });
registerEnumType(RuptureMarker, { name: 'RuptureMarker' });
registerEnumType(AllianceDimension, { name: 'AllianceDimension' });
registerEnumType(RuptureReasonKind, { name: 'RuptureReasonKind' });
