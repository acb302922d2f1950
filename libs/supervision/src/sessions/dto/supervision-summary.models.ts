import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ThreadTopic } from '@alliance/discussion';
import { ConnectionType } from '@alliance/core';
import { SupervisionSession } from '../entities/supervision-session.entity';
import { SupervisionFocus, SupervisionSessionKind, SupervisionSummaryScope, SupervisorRole } from '../supervision-session-enums';

@ObjectType()
export class SupervisionSessionConnection extends ConnectionType(SupervisionSession) {}

@ObjectType({ description: 'Completed sessions of one kind.' })
export class SessionKindSummary {
  @Field(() => SupervisionSessionKind)
  kind: SupervisionSessionKind;

  @Field(() => Int)
  sessions: number;

  @Field(() => Int, { description: 'Supervision time: the sum of the sessions’ durations.' })
  minutes: number;

  @Field(() => Int, { description: 'Trainee places: one per attendee per session.' })
  attendances: number;

  @Field(() => Int, { description: 'Hours credited to trainees, in minutes: duration times attendees.' })
  traineeMinutes: number;
}

@ObjectType()
export class TopicCount {
  @Field(() => ThreadTopic)
  topic: ThreadTopic;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Supervision comments on threads with this topic (a thread with several topics counts under each).' })
export class TopicCommentSummary {
  @Field(() => ThreadTopic)
  topic: ThreadTopic;

  @Field(() => Int)
  comments: number;

  @Field(() => Int)
  taggedComments: number;
}

@ObjectType()
export class FocusCount {
  @Field(() => SupervisionFocus)
  focus: SupervisionFocus;

  @Field(() => Int)
  comments: number;
}

@ObjectType()
export class RoleCount {
  @Field(() => SupervisorRole)
  role: SupervisorRole;

  @Field(() => Int)
  comments: number;
}

@ObjectType()
export class FocusRoleCount {
  @Field(() => SupervisionFocus)
  focus: SupervisionFocus;

  @Field(() => SupervisorRole)
  role: SupervisorRole;

  @Field(() => Int)
  comments: number;
}

/**
 * How supervision time and comments were spent in a period: counts and minutes only,
 * never case text (no titles, bodies, aliases or notes).
 */
@ObjectType()
export class SupervisionSummary {
  @Field(() => ID)
  programId: string;

  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => SupervisionSummaryScope, { description: 'PROGRAM for admins; SUPERVISOR: your own sessions and comments only.' })
  scope: SupervisionSummaryScope;

  @Field(() => Int, { description: 'Completed sessions.' })
  sessions: number;

  @Field(() => Int)
  scheduledSessions: number;

  @Field(() => Int)
  cancelledSessions: number;

  @Field(() => Int, { description: 'Minutes of completed sessions.' })
  sessionMinutes: number;

  @Field(() => Int, { description: 'Distinct trainees who attended a completed session.' })
  attendees: number;

  @Field(() => Int, { description: 'Trainee places across completed sessions.' })
  attendances: number;

  @Field(() => [SessionKindSummary], { description: 'Completed sessions by kind (every kind listed).' })
  byKind: SessionKindSummary[];

  @Field(() => Int, { description: 'Distinct threads discussed in completed sessions.' })
  threadsDiscussed: number;

  @Field(() => [TopicCount], { description: 'Threads discussed in completed sessions, by topic.' })
  threadsDiscussedByTopic: TopicCount[];

  @Field(() => Int, { description: 'Supervision comments posted in the period (supervisors’ comments; deleted ones excluded).' })
  comments: number;

  @Field(() => Int, { description: 'Of those, comments with a current supervision tag.' })
  taggedComments: number;

  @Field(() => [TopicCommentSummary])
  commentsByTopic: TopicCommentSummary[];

  @Field(() => [FocusCount], { description: 'Tagged comments by focus (every focus listed).' })
  taggedByFocus: FocusCount[];

  @Field(() => [RoleCount], { description: 'Tagged comments by role (every role listed).' })
  taggedByRole: RoleCount[];

  @Field(() => [FocusRoleCount], { description: 'Tagged comments by focus and role (only pairs that occur).' })
  taggedByFocusAndRole: FocusRoleCount[];
}
