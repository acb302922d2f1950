import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { AccessService } from '@alliance/access';
import { AuditService } from '@alliance/audit';
import { Actor, alignTo, DomainError, loaderOf, RequestContext, UnitOfWork } from '@alliance/core';
import { CaseThread, Comment, ThreadEventsService, ThreadEventType } from '@alliance/discussion';
import { ProgramRole } from '@alliance/programs/program-enums';
import { TagCommentInput } from './dto/supervision-session.inputs';
import { CommentTag } from './entities/comment-tag.entity';

/**
 * Supervision tags on comments (the discrimination model: focus x role).
 *
 * Who tags: a SUPERVISOR of the program who can read the thread and did not write it
 * (never the trainee). What is tagged: a comment written by a supervisor of the program,
 * not deleted, since the tag describes a supervisor's intervention.
 *
 * One current tag per comment. Re-tagging (by any supervisor who may tag) supersedes the
 * current tag and keeps it as history (`comment_tags.superseded_at`, and an audit event
 * naming the previous focus and role); tagging again with the same focus and role
 * changes nothing.
 */
/** Rolls back a re-tag that changes nothing, so it takes no sequence number. */
class UnchangedTag extends Error {
  constructor(readonly comment: Comment) {
    super('unchanged tag');
  }
}

@Injectable()
export class CommentTagsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: ThreadEventsService,
  ) {}

  async tag(actor: Actor, input: TagCommentInput): Promise<Comment> {
    return this.uow.run(async ({ manager, afterCommit }) => {
      const found = await manager.findOneBy(Comment, { id: input.commentId });
      if (!found || !(await this.access.readableThreadIds(actor, [found.threadId], manager)).has(found.threadId)) {
        throw DomainError.notFound('Comment');
      }
      // Thread row first, then the comment, in the order every comment write takes them.
      const { seq, occurredAt } = await this.events.nextSeq(manager, found.threadId);
      const comment = await manager.findOneOrFail(Comment, { where: { id: input.commentId }, lock: { mode: 'pessimistic_write' } });
      const thread = await manager.findOneByOrFail(CaseThread, { id: comment.threadId });
      const roles = await this.access.rolesIn(actor, thread.programId, manager);
      if (thread.authorId === actor.userId || !roles.has(ProgramRole.SUPERVISOR)) {
        throw DomainError.forbidden('Only a supervisor reading the thread may tag its comments');
      }
      if (comment.deletedAt) throw DomainError.conflict('This comment was deleted');
      const authorIsSupervisor: unknown[] = await manager.query(
        `SELECT 1 FROM memberships WHERE program_id = $1 AND user_id = $2 AND role = 'SUPERVISOR'`,
        [thread.programId, comment.authorId],
      );
      if (authorIsSupervisor.length === 0) {
        throw DomainError.badInput('Only a supervisor’s comment records what supervision addressed', [
          { field: 'commentId', message: 'must be a comment written by a supervisor of the program' },
        ]);
      }
      const current = await manager.findOneBy(CommentTag, { commentId: comment.id, supersededAt: IsNull() });
      if (current && current.focus === input.focus && current.role === input.role) throw new UnchangedTag(comment);
      if (current) await manager.query(`UPDATE comment_tags SET superseded_at = now() WHERE id = $1`, [current.id]);
      await manager.insert(CommentTag, { commentId: comment.id, focus: input.focus, role: input.role, taggedById: actor.userId });
      await this.audit.record(manager, actor, {
        action: current ? 'supervision.comment_retagged' : 'supervision.comment_tagged',
        targetType: 'comment',
        targetId: comment.id,
        programId: thread.programId,
        metadata: {
          threadId: thread.id,
          focus: input.focus,
          role: input.role,
          ...(current ? { previous: { focus: current.focus, role: current.role, taggedById: current.taggedById } } : {}),
        },
      });
      await this.events.record(manager, thread.id, seq, ThreadEventType.COMMENT_TAGGED, actor.userId, comment.id, occurredAt);
      afterCommit(() =>
        this.events.publish({ threadId: thread.id, programId: thread.programId, seq, type: ThreadEventType.COMMENT_TAGGED, occurredAt: occurredAt.toISOString(), comment, thread: null }),
      );
      return comment;
    }).catch((error: unknown) => {
      // Tagging again with the same focus and role changes nothing: no event, no sequence number.
      if (error instanceof UnchangedTag) return error.comment;
      throw error;
    });
  }

  /** The current tag of a comment, batched per request (the parent comment was access-checked). */
  currentTag(context: RequestContext, commentId: string): Promise<CommentTag | null> {
    return loaderOf<string, CommentTag | null>(context, 'supervisionTagByComment', async (ids) => {
      const rows = await this.dataSource.getRepository(CommentTag).findBy({ commentId: In([...ids]), supersededAt: IsNull() });
      return alignTo(ids, rows, (row) => row.commentId);
    }).load(commentId);
  }
}
