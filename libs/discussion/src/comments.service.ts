import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '@alliance/access';
import { AuditService } from '@alliance/audit';
import { Actor, Connection, DomainError, encodeCursor, ErrorCode, PageArgs, toConnection, UnitOfWork } from '@alliance/core';
import { ProgramRole } from '@alliance/programs';
import { CaseThreadsService } from './case-threads.service';
import { CommentKind, ThreadEventType, ThreadStatus } from './discussion-enums';
import { EditCommentInput, PostCommentInput } from './dto/thread.inputs';
import { CaseThread } from './entities/case-thread.entity';
import { Comment, CommentRevision } from './entities/comment.entity';
import { PhiGuard } from '@alliance/privacy';
import { seqFromCursor } from './thread-cursor';
import { ThreadEventsService } from './thread-events.service';

class DuplicateMutation extends Error {}

/**
 * Comments on case threads: posting (idempotent by `clientMutationId`), replies one level
 * deep, supervisor GUIDANCE, @mentions, edits with history and deletion as a tombstone.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly threads: CaseThreadsService,
    private readonly events: ThreadEventsService,
    private readonly guard: PhiGuard,
  ) {}

  async post(actor: Actor, input: PostCommentInput): Promise<Comment> {
    if (input.clientMutationId) {
      const earlier = await this.findByMutationId(actor, input);
      if (earlier) return earlier;
    }
    const texts = await this.guard.check({ body: input.body }, input.phi);
    try {
      return await this.uow.run(async ({ manager, afterCommit }) => {
        const thread = await this.threads.lockReadable(manager, actor, input.threadId);
        if (thread.status === ThreadStatus.ARCHIVED) throw new DomainError(ErrorCode.CONFLICT, 'This thread is archived; reopen it to comment', { reason: 'THREAD_ARCHIVED' });
        if (input.parentId) await this.requireTopLevelParent(manager, thread, input.parentId);
        if (input.kind === CommentKind.GUIDANCE) await this.requireSupervisorReader(manager, actor, thread);
        if (input.mentionIds.length) {
          const readers = await this.access.threadReaders(thread.id, input.mentionIds, manager);
          const outsiders = input.mentionIds.filter((id) => !readers.has(id));
          if (outsiders.length) throw DomainError.badInput('You can only mention people who can see this thread', [{ field: 'mentionIds', message: `cannot see the thread: ${outsiders.join(', ')}` }]);
        }
        const { seq, occurredAt } = await this.events.nextSeq(manager, thread.id);
        const [inserted]: Array<{ id: string }> = await manager.query(
          `INSERT INTO comments (thread_id, author_id, parent_id, kind, body, seq, client_mutation_id, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
           ON CONFLICT (author_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL DO NOTHING RETURNING id`,
          [thread.id, actor.userId, input.parentId ?? null, input.kind, texts.body, seq, input.clientMutationId ?? null, occurredAt],
        );
        // A concurrent retry with the same clientMutationId won: roll back and answer with its comment.
        if (!inserted) throw new DuplicateMutation();
        await this.events.record(manager, thread.id, seq, ThreadEventType.COMMENT_ADDED, actor.userId, inserted.id, occurredAt);
        if (input.mentionIds.length) {
          await manager.query(`INSERT INTO comment_mentions (comment_id, user_id) SELECT $1, unnest($2::uuid[])`, [inserted.id, input.mentionIds]);
        }
        const comment = await manager.findOneByOrFail(Comment, { id: inserted.id });
        await this.audit.record(manager, actor, { action: 'comment.posted', targetType: 'comment', targetId: comment.id, programId: thread.programId, metadata: { threadId: thread.id, kind: input.kind, mentions: input.mentionIds.length, ...texts.auditMetadata } });
        afterCommit(() => this.events.publish({ threadId: thread.id, programId: thread.programId, seq, type: ThreadEventType.COMMENT_ADDED, occurredAt: occurredAt.toISOString(), comment, thread: null }));
        return Object.assign(comment, { redactions: texts.redactions });
      });
    } catch (error) {
      if (error instanceof DuplicateMutation) {
        const earlier = await this.findByMutationId(actor, input);
        if (earlier) return earlier;
      }
      throw error;
    }
  }

  async edit(actor: Actor, input: EditCommentInput): Promise<Comment> {
    const texts = await this.guard.check({ body: input.body }, input.phi);
    return this.uow.run(async ({ manager, afterCommit }) => {
      const { comment, thread } = await this.ownComment(manager, actor, input.commentId);
      if (comment.version !== input.expectedVersion) throw DomainError.conflict('The comment changed since you loaded it; reload and edit again', { currentVersion: comment.version });
      await manager.insert(CommentRevision, { commentId: comment.id, version: comment.version, body: comment.body });
      const { seq, occurredAt } = await this.events.nextSeq(manager, thread.id);
      await manager.update(Comment, { id: comment.id }, { body: texts.body, version: comment.version + 1 });
      await this.events.record(manager, thread.id, seq, ThreadEventType.COMMENT_EDITED, actor.userId, comment.id, occurredAt);
      const edited = await manager.findOneByOrFail(Comment, { id: comment.id });
      await this.audit.record(manager, actor, { action: 'comment.edited', targetType: 'comment', targetId: comment.id, programId: thread.programId, metadata: { threadId: thread.id, ...texts.auditMetadata } });
      afterCommit(() => this.events.publish({ threadId: thread.id, programId: thread.programId, seq, type: ThreadEventType.COMMENT_EDITED, occurredAt: occurredAt.toISOString(), comment: edited, thread: null }));
      return Object.assign(edited, { redactions: texts.redactions });
    });
  }

  /** Deletes by the author: the comment stays as a visible tombstone; its text and history go. */
  async delete(actor: Actor, commentId: string): Promise<Comment> {
    return this.uow.run(async ({ manager, afterCommit }) => {
      const { comment, thread } = await this.ownComment(manager, actor, commentId);
      const { seq, occurredAt } = await this.events.nextSeq(manager, thread.id);
      await manager.delete(CommentRevision, { commentId: comment.id });
      await manager.update(Comment, { id: comment.id }, { body: '', deletedAt: occurredAt, version: comment.version + 1 });
      await this.events.record(manager, thread.id, seq, ThreadEventType.COMMENT_DELETED, actor.userId, comment.id, occurredAt);
      const tombstone = await manager.findOneByOrFail(Comment, { id: comment.id });
      await this.audit.record(manager, actor, { action: 'comment.deleted', targetType: 'comment', targetId: comment.id, programId: thread.programId, metadata: { threadId: thread.id } });
      afterCommit(() => this.events.publish({ threadId: thread.id, programId: thread.programId, seq, type: ThreadEventType.COMMENT_DELETED, occurredAt: occurredAt.toISOString(), comment: tombstone, thread: null }));
      return tombstone;
    });
  }

  /** A page of a thread's comments in posting order; the caller has checked the thread is readable. */
  async page(actor: Actor, thread: CaseThread, args: PageArgs): Promise<Connection<Comment>> {
    const after = seqFromCursor(args.after);
    const rows = await this.dataSource
      .getRepository(Comment)
      .createQueryBuilder('c')
      .where('c.thread_id = :threadId AND c.seq > :after', { threadId: thread.id, after })
      .orderBy('c.seq', 'ASC')
      .limit(args.first + 1)
      .getMany();
    await this.audit.record(this.dataSource.manager, actor, { action: 'thread.comments_read', targetType: 'case_thread', targetId: thread.id, programId: thread.programId, metadata: { count: Math.min(rows.length, args.first) } });
    return toConnection(rows, args.first, (comment) => ({ key: comment.seq, id: comment.id }));
  }

  cursorOf(comment: Comment): string {
    return encodeCursor({ key: comment.seq, id: comment.id });
  }

  async revisions(commentId: string): Promise<CommentRevision[]> {
    return this.dataSource.getRepository(CommentRevision).find({ where: { commentId }, order: { version: 'ASC' } });
  }

  private async findByMutationId(actor: Actor, input: PostCommentInput): Promise<Comment | null> {
    const earlier = await this.dataSource.getRepository(Comment).findOneBy({ authorId: actor.userId, clientMutationId: input.clientMutationId });
    if (earlier && earlier.threadId !== input.threadId) {
      throw DomainError.conflict('This clientMutationId was already used for a comment on another thread');
    }
    return earlier;
  }

  private async requireTopLevelParent(manager: EntityManager, thread: CaseThread, parentId: string): Promise<void> {
    const parent = await manager.findOneBy(Comment, { id: parentId });
    if (!parent || parent.threadId !== thread.id) throw DomainError.badInput('The comment you reply to is not in this thread', [{ field: 'parentId', message: 'must be a comment of this thread' }]);
    if (parent.parentId) throw DomainError.badInput('Replies go one level deep: reply to the top-level comment instead', [{ field: 'parentId', message: 'must be a top-level comment' }]);
  }

  private async requireSupervisorReader(manager: EntityManager, actor: Actor, thread: CaseThread): Promise<void> {
    const roles = await this.access.rolesIn(actor, thread.programId, manager);
    if (thread.authorId === actor.userId || !roles.has(ProgramRole.SUPERVISOR)) {
      throw DomainError.forbidden('Only a supervisor of the thread can post GUIDANCE');
    }
  }

  private async ownComment(manager: EntityManager, actor: Actor, commentId: string): Promise<{ comment: Comment; thread: CaseThread }> {
    const found = await manager.findOneBy(Comment, { id: commentId });
    if (!found) throw DomainError.notFound('Comment');
    const thread = await this.threads.lockReadable(manager, actor, found.threadId);
    const comment = await manager.findOneByOrFail(Comment, { id: commentId });
    if (comment.authorId !== actor.userId) throw DomainError.forbidden('Only the author can change a comment');
    if (comment.deletedAt) throw DomainError.conflict('This comment was deleted');
    return { comment, thread };
  }
}
