import { registerEnumType } from '@nestjs/graphql';

export enum ThreadTopic {
  COUNTERTRANSFERENCE = 'COUNTERTRANSFERENCE',
  ALLIANCE_RUPTURE = 'ALLIANCE_RUPTURE',
  POOR_FIT = 'POOR_FIT',
  REFERRAL = 'REFERRAL',
  BOUNDARIES = 'BOUNDARIES',
  ETHICS = 'ETHICS',
  RISK = 'RISK',
  DIAGNOSIS_AND_TREATMENT = 'DIAGNOSIS_AND_TREATMENT',
  SELF_CARE = 'SELF_CARE',
  OTHER = 'OTHER',
}

export enum ThreadAudience {
  /** The author's assigned supervisors. */
  SUPERVISORS = 'SUPERVISORS',
  /** One supervision group the author belongs to. */
  GROUP = 'GROUP',
}

export enum Urgency {
  ROUTINE = 'ROUTINE',
  SOON = 'SOON',
  URGENT = 'URGENT',
}

export enum ThreadStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  ARCHIVED = 'ARCHIVED',
}

export enum CommentKind {
  COMMENT = 'COMMENT',
  /** A supervisor's marked recommendation, also listed on the thread. */
  GUIDANCE = 'GUIDANCE',
}

export enum ThreadEventType {
  COMMENT_ADDED = 'COMMENT_ADDED',
  COMMENT_EDITED = 'COMMENT_EDITED',
  COMMENT_DELETED = 'COMMENT_DELETED',
  /** A supervisor tagged the comment with what supervision addressed (focus and role). */
  COMMENT_TAGGED = 'COMMENT_TAGGED',
  THREAD_UPDATED = 'THREAD_UPDATED',
}

export enum ProgramActivityType {
  THREAD_CREATED = 'THREAD_CREATED',
  URGENT_POST = 'URGENT_POST',
  /** An alliance check-in crossed the program's rupture thresholds. */
  RUPTURE_ALERT = 'RUPTURE_ALERT',
  REFERRAL_CONSIDERED = 'REFERRAL_CONSIDERED',
  REFERRAL_DECIDED = 'REFERRAL_DECIDED',
  REFERRAL_ACKNOWLEDGED = 'REFERRAL_ACKNOWLEDGED',
  /** A referral decision's follow-up date has come. */
  REFERRAL_FOLLOW_UP_DUE = 'REFERRAL_FOLLOW_UP_DUE',
  SUPERVISION_SESSION_COMPLETED = 'SUPERVISION_SESSION_COMPLETED',
}

registerEnumType(ThreadTopic, { name: 'ThreadTopic' });
registerEnumType(ThreadAudience, { name: 'ThreadAudience' });
registerEnumType(Urgency, { name: 'Urgency' });
registerEnumType(ThreadStatus, { name: 'ThreadStatus' });
registerEnumType(CommentKind, { name: 'CommentKind' });
registerEnumType(ThreadEventType, { name: 'ThreadEventType' });
registerEnumType(ProgramActivityType, { name: 'ProgramActivityType' });
