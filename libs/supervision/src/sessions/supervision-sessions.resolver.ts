import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Connection, CurrentActor, CurrentContext, DomainError, RequestContext, PageArgs } from '@alliance/core';
import { CaseThread, Comment } from '@alliance/discussion';
import { HourEntry } from '@alliance/hours';
import { User, UserDirectory } from '@alliance/identity';
import { CommentTagsService } from './comment-tags.service';
import {
  CancelSupervisionSessionInput,
  CompleteSupervisionSessionInput,
  RecordSupervisionSessionInput,
  SupervisionPeriodArgs,
  TagCommentInput,
} from './dto/supervision-session.inputs';
import { SupervisionSessionConnection, SupervisionSummary } from './dto/supervision-summary.models';
import { CommentTag } from './entities/comment-tag.entity';
import { SupervisionSession, SupervisionSessionAttendee } from './entities/supervision-session.entity';
import { SupervisionSessionsService } from './supervision-sessions.service';
import { SupervisionSummaryService } from './supervision-summary.service';

const id = new ParseUUIDPipe({ exceptionFactory: () => DomainError.badInput('Invalid id', [{ field: 'id', message: 'must be an id' }]) });

@Resolver(() => SupervisionSession)
export class SupervisionSessionResolver {
  constructor(
    private readonly sessions: SupervisionSessionsService,
    private readonly summaries: SupervisionSummaryService,
    private readonly users: UserDirectory,
  ) {}

  @Mutation(() => SupervisionSession, { description: 'For supervisors: a SCHEDULED session with trainees assigned to you (or members of your group).' })
  recordSupervisionSession(@CurrentActor() actor: Actor, @Args('input') input: RecordSupervisionSessionInput): Promise<SupervisionSession> {
    return this.sessions.record(actor, input);
  }

  @Mutation(() => SupervisionSession, { description: 'By the session’s supervisor, once: credits each attendee a verified SUPERVISION_* hour entry.' })
  completeSupervisionSession(@CurrentActor() actor: Actor, @Args('input') input: CompleteSupervisionSessionInput): Promise<SupervisionSession> {
    return this.sessions.complete(actor, input);
  }

  @Mutation(() => SupervisionSession, { description: 'By the session’s supervisor, while SCHEDULED. A completed session is CONFLICT: its hours are fixed with correctHourEntry.' })
  cancelSupervisionSession(@CurrentActor() actor: Actor, @Args('input') input: CancelSupervisionSessionInput): Promise<SupervisionSession> {
    return this.sessions.cancel(actor, input);
  }

  @Query(() => SupervisionSession, { description: 'NOT_FOUND unless you lead it, attend it or administer the program.' })
  supervisionSession(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, id) sessionId: string): Promise<SupervisionSession> {
    return this.sessions.get(actor, sessionId);
  }

  @Query(() => SupervisionSessionConnection, { description: 'Sessions starting in [from, to] (UTC dates) you lead, attend, or (admins) of the program; earliest first.' })
  supervisionSessions(@CurrentActor() actor: Actor, @Args() period: SupervisionPeriodArgs, @Args() page: PageArgs): Promise<Connection<SupervisionSession>> {
    return this.sessions.list(actor, { ...period, ...page });
  }

  @Query(() => SupervisionSummary, { description: 'PROGRAM_ADMIN: the program; SUPERVISOR: your own sessions and comments. Counts and minutes only, no case text.' })
  supervisionSummary(@CurrentActor() actor: Actor, @Args() args: SupervisionPeriodArgs): Promise<SupervisionSummary> {
    return this.summaries.summary(actor, args);
  }

  @ResolveField(() => String, { description: 'YYYY-MM-DD (UTC): the date the hours are logged on.' })
  date(@Parent() session: SupervisionSession): string {
    return session.startsAt.toISOString().slice(0, 10);
  }

  @ResolveField(() => String, { nullable: true, description: 'For the session’s supervisor only; null for everyone else.' })
  privateNotes(@CurrentActor() actor: Actor, @Parent() session: SupervisionSession): string | null {
    return this.sessions.privateNotesFor(actor, session);
  }

  @ResolveField(() => User)
  supervisor(@CurrentContext() context: RequestContext, @Parent() session: SupervisionSession): Promise<User | null> {
    return this.users.load(context, session.supervisorId);
  }

  @ResolveField(() => [SupervisionSessionAttendee])
  attendees(@CurrentContext() context: RequestContext, @Parent() session: SupervisionSession): Promise<SupervisionSessionAttendee[]> {
    return this.sessions.attendees(context, session.id);
  }

  @ResolveField(() => Int, { description: 'Threads discussed, whether or not you can read them.' })
  discussedThreadCount(@CurrentContext() context: RequestContext, @Parent() session: SupervisionSession): Promise<number> {
    return this.sessions.discussedThreadCount(context, session.id);
  }

  @ResolveField(() => [CaseThread], { description: 'The threads discussed that you can read.' })
  discussedThreads(@CurrentContext() context: RequestContext, @CurrentActor() actor: Actor, @Parent() session: SupervisionSession): Promise<CaseThread[]> {
    return this.sessions.discussedThreads(context, actor, session.id);
  }
}

@Resolver(() => SupervisionSessionAttendee)
export class SupervisionSessionAttendeeResolver {
  constructor(
    private readonly users: UserDirectory,
    private readonly sessions: SupervisionSessionsService,
  ) {}

  @ResolveField(() => HourEntry, { nullable: true, description: 'The verified entry the completed session credited.' })
  hourEntry(@CurrentContext() context: RequestContext, @Parent() attendee: SupervisionSessionAttendee): Promise<HourEntry | null> {
    return attendee.hourEntryId ? this.sessions.hourEntry(context, attendee.hourEntryId) : Promise.resolve(null);
  }

  @ResolveField(() => User)
  trainee(@CurrentContext() context: RequestContext, @Parent() attendee: SupervisionSessionAttendee): Promise<User | null> {
    return this.users.load(context, attendee.traineeId);
  }
}

/** The discrimination-model tag of a comment, added to libs/discussion's `Comment` type. */
@Resolver(() => Comment)
export class CommentSupervisionTagResolver {
  constructor(private readonly tags: CommentTagsService) {}

  @Mutation(() => Comment, { description: 'For a supervisor reading the thread (not its author): tags a supervisor’s comment; re-tagging replaces the tag and keeps the old one as history.' })
  tagComment(@CurrentActor() actor: Actor, @Args('input') input: TagCommentInput): Promise<Comment> {
    return this.tags.tag(actor, input);
  }

  @ResolveField(() => CommentTag, { nullable: true, description: 'What the comment addressed and the supervisor’s role (discrimination model), if tagged.' })
  supervisionTag(@CurrentContext() context: RequestContext, @Parent() comment: Comment): Promise<CommentTag | null> {
    return this.tags.currentTag(context, comment.id);
  }
}

@Resolver(() => CommentTag)
export class SupervisionTagResolver {
  constructor(private readonly users: UserDirectory) {}

  @ResolveField(() => User)
  taggedBy(@CurrentContext() context: RequestContext, @Parent() tag: CommentTag): Promise<User | null> {
    return this.users.load(context, tag.taggedById);
  }
}
