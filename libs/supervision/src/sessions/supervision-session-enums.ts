import { registerEnumType } from '@nestjs/graphql';

/**
 * How many trainees a session brings together. INDIVIDUAL: one supervisor with exactly one
 * trainee. TRIADIC (CACREP): one supervisor with exactly two trainees. GROUP: the
 * supervisor of a supervision group with one or more of its trainee members.
 */
export enum SupervisionSessionKind {
  INDIVIDUAL = 'INDIVIDUAL',
  TRIADIC = 'TRIADIC',
  GROUP = 'GROUP',
}

/** SCHEDULED until completed (which credits the hours) or cancelled. */
export enum SupervisionSessionStatus {
  SCHEDULED = 'SCHEDULED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** What a supervisor's comment addressed (Bernard's discrimination model). */
export enum SupervisionFocus {
  INTERVENTION = 'INTERVENTION',
  CONCEPTUALIZATION = 'CONCEPTUALIZATION',
  PERSONALIZATION = 'PERSONALIZATION',
}

/** The role the supervisor took in a comment (Bernard's discrimination model). */
export enum SupervisorRole {
  TEACHER = 'TEACHER',
  COUNSELOR = 'COUNSELOR',
  CONSULTANT = 'CONSULTANT',
}

/** Whose sessions and comments a supervision summary covers. */
export enum SupervisionSummaryScope {
  /** A program admin: every session and every supervisor comment of the program. */
  PROGRAM = 'PROGRAM',
  /** A supervisor: their own sessions and comments. */
  SUPERVISOR = 'SUPERVISOR',
}

/** The attendees a session of each kind takes: [min, max]. */
export const ATTENDEES_BY_KIND: Record<SupervisionSessionKind, readonly [number, number]> = {
  INDIVIDUAL: [1, 1],
  TRIADIC: [2, 2],
  GROUP: [1, 200],
};

/** The hour category each kind of session credits. */
export const HOUR_CATEGORY_BY_KIND = {
  INDIVIDUAL: 'SUPERVISION_INDIVIDUAL',
  TRIADIC: 'SUPERVISION_TRIADIC',
  GROUP: 'SUPERVISION_GROUP',
} as const satisfies Record<SupervisionSessionKind, string>;

registerEnumType(SupervisionSessionKind, {
  name: 'SupervisionSessionKind',
  description: 'INDIVIDUAL: exactly 1 trainee; TRIADIC: exactly 2 trainees with one supervisor; GROUP: 1 or more trainee members of a group the supervisor leads.',
});
registerEnumType(SupervisionSessionStatus, { name: 'SupervisionSessionStatus' });
registerEnumType(SupervisionFocus, { name: 'SupervisionFocus', description: 'Discrimination model: what the supervision addressed.' });
registerEnumType(SupervisorRole, { name: 'SupervisorRole', description: 'Discrimination model: the role the supervisor took.' });
registerEnumType(SupervisionSummaryScope, { name: 'SupervisionSummaryScope' });
