import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@alliance/core';
import { User } from '@alliance/identity';
import { CaseThread } from '../entities/case-thread.entity';
import { Comment } from '../entities/comment.entity';
import { ProgramActivityType, ThreadEventType } from '../discussion-enums';

@ObjectType()
export class CaseThreadConnection extends ConnectionType(CaseThread) {}

@ObjectType()
export class CommentConnection extends ConnectionType(Comment) {}

/** One event of a thread's live stream, replayable from its cursor. */
@ObjectType()
export class ThreadEvent {
  @Field({ description: 'Strictly increasing per thread, assigned by the server.' })
  seq: string;

  @Field({ description: 'Pass as `after` to resume right after this event.' })
  cursor: string;

  @Field(() => ThreadEventType)
  type: ThreadEventType;

  @Field(() => ID)
  threadId: string;

  @Field(() => Comment, { nullable: true })
  comment: Comment | null;

  @Field(() => CaseThread, { nullable: true, description: 'The thread as it is after a THREAD_UPDATED.' })
  thread: CaseThread | null;

  @Field()
  occurredAt: Date;
}

@ObjectType()
export class ProgramActivity {
  @Field(() => ProgramActivityType)
  type: ProgramActivityType;

  @Field(() => ID)
  programId: string;

  @Field(() => CaseThread, { nullable: true, description: 'The thread, for thread activity.' })
  thread: CaseThread | null;

  @Field(() => ID, { nullable: true })
  clientCaseId: string | null;

  @Field(() => ID, { nullable: true, description: 'The trainee the activity is about.' })
  traineeId: string | null;

  @Field(() => String, { nullable: true, description: 'A short explanation without case text.' })
  summary: string | null;

  @Field()
  occurredAt: Date;
}

@ObjectType()
export class TypingIndicator {
  @Field(() => ID)
  threadId: string;

  @Field(() => User)
  user: User;

  @Field()
  at: Date;
}
