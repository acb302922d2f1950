import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { Actor, Connection, CurrentActor, CurrentContext, DomainError, PageArgs, RequestContext } from '@alliance/core';
import { User, UserDirectory } from '@alliance/identity';
import { AuditEvent, AuditEventConnection } from '@alliance/audit';
import { CaseThreadsService } from './case-threads.service';
import { CommentsService } from './comments.service';
import { CaseThreadsArgs, CommentsArgs, CreateCaseThreadInput, EditCommentInput, PostCommentInput, UpdateCaseThreadInput } from './dto/thread.inputs';
import { CaseThreadConnection, CommentConnection, ProgramActivity, ThreadEvent, TypingIndicator } from './dto/thread.models';
import { CaseThread, CaseThreadRevision } from './entities/case-thread.entity';
import { Comment, CommentRevision } from './entities/comment.entity';
import { LiveService } from './live.service';
import { ThreadStatsLoader } from './thread-stats.loader';

const id = new ParseUUIDPipe({ exceptionFactory: () => DomainError.badInput('Invalid id', [{ field: 'id', message: 'must be an id' }]) });

@Resolver(() => CaseThread)
export class CaseThreadResolver {
  constructor(
    private readonly threads: CaseThreadsService,
    private readonly commentsService: CommentsService,
    private readonly live: LiveService,
    private readonly users: UserDirectory,
    private readonly stats: ThreadStatsLoader,
  ) {}

  @Mutation(() => CaseThread, { description: 'For trainees: a de-identified case for their supervisors or one of their groups.' })
  createCaseThread(@CurrentActor() actor: Actor, @Args('input') input: CreateCaseThreadInput): Promise<CaseThread> {
    return this.threads.create(actor, input);
  }

  @Mutation(() => CaseThread, { description: 'CONFLICT when `expectedVersion` is stale.' })
  updateCaseThread(@CurrentActor() actor: Actor, @Args('input') input: UpdateCaseThreadInput): Promise<CaseThread> {
    return this.threads.update(actor, input);
  }

  @Query(() => CaseThreadConnection, { description: 'Threads the signed-in person may read, most recently active first.' })
  caseThreads(@CurrentActor() actor: Actor, @Args() args: CaseThreadsArgs): Promise<Connection<CaseThread>> {
    return this.threads.list(actor, args);
  }

  @Query(() => CaseThread, { description: 'NOT_FOUND unless the signed-in person is in its audience.' })
  caseThread(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, id) threadId: string): Promise<CaseThread> {
    return this.threads.get(actor, threadId);
  }

  @Query(() => AuditEventConnection, { description: 'Who read or changed the thread and its comments, newest first. Program admins and the thread’s supervisors.' })
  threadAuditEvents(@CurrentActor() actor: Actor, @Args('threadId', { type: () => ID }, id) threadId: string, @Args() page: PageArgs): Promise<Connection<AuditEvent>> {
    return this.threads.auditTrail(actor, threadId, page);
  }

  @Mutation(() => CaseThread, { description: 'Marks the thread read up to its latest event.' })
  markThreadRead(@CurrentActor() actor: Actor, @Args('threadId', { type: () => ID }, id) threadId: string): Promise<CaseThread> {
    return this.threads.markRead(actor, threadId);
  }

  @Mutation(() => Boolean, { description: 'Tells the thread you are typing; never stored.' })
  reportTyping(@CurrentActor() actor: Actor, @Args('threadId', { type: () => ID }, id) threadId: string): Promise<boolean> {
    return this.live.reportTyping(actor, threadId);
  }

  @Subscription(() => ThreadEvent, { description: 'Replays every event after `after` (a cursor from an event or the comments connection), then goes live.' })
  threadEvents(@CurrentActor() actor: Actor, @Args('threadId', { type: () => ID }, id) threadId: string, @Args('after', { type: () => String, nullable: true }) after?: string | null) {
    return this.live.threadEvents(actor, threadId, after);
  }

  @Subscription(() => ProgramActivity, { description: 'New threads and URGENT posts in the audiences you belong to.' })
  programActivity(@CurrentActor() actor: Actor, @Args('programId', { type: () => ID }, id) programId: string) {
    return this.live.programActivity(actor, programId);
  }

  @Subscription(() => TypingIndicator, { description: 'Who else is typing in the thread.' })
  typing(@CurrentActor() actor: Actor, @Args('threadId', { type: () => ID }, id) threadId: string) {
    return this.live.typing(actor, threadId);
  }

  @ResolveField(() => User)
  author(@CurrentContext() context: RequestContext, @Parent() thread: CaseThread): Promise<User | null> {
    return this.users.load(context, thread.authorId);
  }

  @ResolveField(() => Int)
  async commentCount(@CurrentContext() context: RequestContext, @Parent() thread: CaseThread): Promise<number> {
    return (await this.stats.stats(context, thread.id)).commentCount;
  }

  @ResolveField(() => Comment, { nullable: true })
  async lastComment(@CurrentContext() context: RequestContext, @Parent() thread: CaseThread): Promise<Comment | null> {
    return (await this.stats.stats(context, thread.id)).lastComment;
  }

  @ResolveField(() => Int, { description: "Comments by others since you last marked the thread read." })
  unreadCount(@CurrentActor() actor: Actor, @CurrentContext() context: RequestContext, @Parent() thread: CaseThread): Promise<number> {
    return this.stats.unread(context, actor.userId, thread.id);
  }

  @ResolveField(() => [Comment], { description: "Supervisors' GUIDANCE comments, oldest first." })
  guidance(@CurrentContext() context: RequestContext, @Parent() thread: CaseThread): Promise<Comment[]> {
    return this.stats.guidance(context, thread.id);
  }

  @ResolveField(() => CommentConnection, { description: 'In posting order; each cursor also resumes `threadEvents`.' })
  comments(@CurrentActor() actor: Actor, @Parent() thread: CaseThread, @Args() args: CommentsArgs): Promise<Connection<Comment>> {
    return this.commentsService.page(actor, thread, args as PageArgs);
  }

  @ResolveField(() => [CaseThreadRevision])
  revisions(@Parent() thread: CaseThread): Promise<CaseThreadRevision[]> {
    return this.threads.revisions(thread.id);
  }
}

@Resolver(() => Comment)
export class CommentResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly users: UserDirectory,
    private readonly stats: ThreadStatsLoader,
  ) {}

  @Mutation(() => Comment, { description: 'Idempotent by `clientMutationId`.' })
  postComment(@CurrentActor() actor: Actor, @Args('input') input: PostCommentInput): Promise<Comment> {
    return this.comments.post(actor, input);
  }

  @Mutation(() => Comment, { description: 'By the author; CONFLICT when `expectedVersion` is stale.' })
  editComment(@CurrentActor() actor: Actor, @Args('input') input: EditCommentInput): Promise<Comment> {
    return this.comments.edit(actor, input);
  }

  @Mutation(() => Comment, { description: 'By the author; the comment stays as a tombstone.' })
  deleteComment(@CurrentActor() actor: Actor, @Args('commentId', { type: () => ID }, id) commentId: string): Promise<Comment> {
    return this.comments.delete(actor, commentId);
  }

  @ResolveField(() => User)
  author(@CurrentContext() context: RequestContext, @Parent() comment: Comment): Promise<User | null> {
    return this.users.load(context, comment.authorId);
  }

  @ResolveField(() => Boolean)
  deleted(@Parent() comment: Comment): boolean {
    return comment.deletedAt !== null && comment.deletedAt !== undefined;
  }

  @ResolveField(() => String, { description: 'Pass as `after` to threadEvents or the comments connection.' })
  cursor(@Parent() comment: Comment): string {
    return this.comments.cursorOf(comment);
  }

  @ResolveField(() => [User])
  async mentions(@CurrentContext() context: RequestContext, @Parent() comment: Comment): Promise<Array<User | null>> {
    const ids = await this.stats.mentions(context, comment.id);
    return Promise.all(ids.map((userId) => this.users.load(context, userId)));
  }

  @ResolveField(() => [CommentRevision], { description: 'Earlier bodies, oldest first.' })
  revisions(@Parent() comment: Comment): Promise<CommentRevision[]> {
    return this.comments.revisions(comment.id);
  }
}
