import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '@alliance/access';
import { AuditService } from '@alliance/audit';
import { Actor, Connection, decodeCursor, DomainError, toConnection, UnitOfWork } from '@alliance/core';
import { CaseThread, CommentKind, CommentsService, PostCommentInput } from '@alliance/discussion';
import { PhiGuard, PhiOptionsInput } from '@alliance/privacy';
import { ProgramRole } from '@alliance/programs';
import { Reflection } from './reflection.entity';
import { ReflectionsArgs, SaveReflectionInput } from './reflection.inputs';

const ANSWERS = ['feeling', 'beganWhen', 'remindsOf', 'influenceOnWork', 'wantFromSupervision'] as const;
const HEADINGS: Record<(typeof ANSWERS)[number], string> = {
  feeling: 'What I felt',
  beganWhen: 'When it began',
  remindsOf: 'Whom or what it reminds me of',
  influenceOnWork: 'How it shaped what I did',
  wantFromSupervision: 'What I want from supervision',
};

/**
 * Countertransference reflections. A reflection is the trainee's alone: anyone else gets
 * NOT_FOUND, supervisors included, until the trainee shares it into one of their threads.
 * Sharing posts it through {@link CommentsService} (so it is an ordinary comment with live
 * events, idempotent per reflection) and then marks it shared; a shared reflection is
 * readable by the thread's readers and no longer editable.
 */
@Injectable()
export class ReflectionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly guard: PhiGuard,
    private readonly comments: CommentsService,
  ) {}

  async save(actor: Actor, input: SaveReflectionInput): Promise<Reflection> {
    await this.access.requireRole(actor, input.programId, [ProgramRole.TRAINEE]);
    const texts = await this.guard.check(
      { feeling: input.feeling, beganWhen: input.beganWhen ?? undefined, remindsOf: input.remindsOf ?? undefined, influenceOnWork: input.influenceOnWork ?? undefined, wantFromSupervision: input.wantFromSupervision ?? undefined },
      input.phi,
    );
    const answers = Object.fromEntries(ANSWERS.map((field) => [field, texts[field]?.trim() || null])) as Record<(typeof ANSWERS)[number], string | null>;
    return this.uow.run(async ({ manager }) => {
      if (input.clientCaseId) await this.requireOwnCase(manager, actor, input.programId, input.clientCaseId);
      let reflection: Reflection;
      if (input.reflectionId) {
        const existing = await manager.getRepository(Reflection).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id: input.reflectionId }).getOne();
        if (!existing || existing.traineeId !== actor.userId || existing.programId !== input.programId) throw DomainError.notFound('Reflection');
        if (existing.sharedAt) throw DomainError.conflict('This reflection was shared and can no longer change', { reason: 'REFLECTION_SHARED' });
        await manager.update(Reflection, { id: existing.id }, { ...answers, feeling: answers.feeling!, clientCaseId: input.clientCaseId ?? existing.clientCaseId });
        reflection = await manager.findOneByOrFail(Reflection, { id: existing.id });
      } else {
        reflection = await manager.save(manager.create(Reflection, { programId: input.programId, traineeId: actor.userId, clientCaseId: input.clientCaseId ?? null, ...answers, feeling: answers.feeling! }));
      }
      await this.audit.record(manager, actor, {
        action: input.reflectionId ? 'reflection.updated' : 'reflection.created',
        targetType: 'reflection',
        targetId: reflection.id,
        programId: reflection.programId,
        metadata: { answered: ANSWERS.filter((field) => answers[field] !== null), ...texts.auditMetadata },
      });
      return Object.assign(reflection, { redactions: texts.redactions });
    });
  }

  /** The actor's own reflections in a program, newest first. */
  async list(actor: Actor, args: ReflectionsArgs): Promise<Connection<Reflection>> {
    await this.access.requireMember(actor, args.programId);
    const query = this.dataSource
      .getRepository(Reflection)
      .createQueryBuilder('r')
      .where('r.trainee_id = :me AND r.program_id = :programId', { me: actor.userId, programId: args.programId })
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(args.first + 1);
    if (args.after) {
      const cursor = decodeCursor(args.after);
      query.andWhere('(r.created_at, r.id) < (:at::timestamptz, :id::uuid)', { at: cursor.key, id: cursor.id });
    }
    const connection = toConnection(await query.getMany(), args.first, (r) => ({ key: r.createdAt.toISOString(), id: r.id }));
    await this.audit.recordMany(this.dataSource.manager, actor, connection.edges.map(({ node }) => ({ action: 'reflection.listed', targetType: 'reflection', targetId: node.id, programId: node.programId })));
    return connection;
  }

  /** Its trainee's; once shared, also the readers of the thread it was shared into. */
  async get(actor: Actor, reflectionId: string): Promise<Reflection> {
    const reflection = await this.dataSource.getRepository(Reflection).findOneBy({ id: reflectionId });
    const visible =
      reflection &&
      (reflection.traineeId === actor.userId ||
        (reflection.sharedAt !== null && reflection.sharedThreadId !== null && (await this.access.readableThreadIds(actor, [reflection.sharedThreadId])).has(reflection.sharedThreadId)));
    if (!reflection || !visible) throw DomainError.notFound('Reflection');
    await this.audit.record(this.dataSource.manager, actor, { action: 'reflection.read', targetType: 'reflection', targetId: reflection.id, programId: reflection.programId });
    return reflection;
  }

  /** Posts the reflection as a comment into one of the trainee's threads and marks it shared. */
  async share(actor: Actor, reflectionId: string, threadId: string, phi?: PhiOptionsInput | null): Promise<Reflection> {
    const reflection = await this.dataSource.getRepository(Reflection).findOneBy({ id: reflectionId });
    if (!reflection || reflection.traineeId !== actor.userId) throw DomainError.notFound('Reflection');
    if (reflection.sharedAt) {
      if (reflection.sharedThreadId === threadId) return reflection;
      throw DomainError.conflict('This reflection was already shared into another thread', { reason: 'REFLECTION_SHARED' });
    }
    const thread = await this.dataSource.getRepository(CaseThread).findOneBy({ id: threadId });
    if (!thread || !(await this.access.readableThreadIds(actor, [threadId])).has(threadId)) throw DomainError.notFound('Thread');
    if (thread.authorId !== actor.userId || thread.programId !== reflection.programId) {
      throw DomainError.badInput('A reflection is shared into one of your own threads in its program', [{ field: 'threadId', message: 'must be one of your threads in the program' }]);
    }
    // Keyed by the reflection, so a retry (or a concurrent second share) gets the same comment.
    const comment = await this.comments.post(
      actor,
      Object.assign(new PostCommentInput(), { threadId, body: asComment(reflection), kind: CommentKind.COMMENT, mentionIds: [], clientMutationId: `reflection:${reflection.id}`, phi: phi ?? null }),
    );
    return this.uow.run(async ({ manager }) => {
      await manager.query(
        `UPDATE reflections SET shared_thread_id = $2, shared_comment_id = $3, shared_at = now(), updated_at = now() WHERE id = $1 AND shared_at IS NULL`,
        [reflection.id, comment.threadId, comment.id],
      );
      await this.audit.record(manager, actor, { action: 'reflection.shared', targetType: 'reflection', targetId: reflection.id, programId: reflection.programId, metadata: { threadId: comment.threadId, commentId: comment.id } });
      return manager.findOneByOrFail(Reflection, { id: reflection.id });
    });
  }

  private async requireOwnCase(manager: EntityManager, actor: Actor, programId: string, clientCaseId: string): Promise<void> {
    const own: unknown[] = await manager.query(`SELECT 1 FROM client_cases WHERE id = $1 AND program_id = $2 AND trainee_id = $3`, [clientCaseId, programId, actor.userId]);
    if (own.length === 0) throw DomainError.badInput('A reflection can only be about one of your own client cases', [{ field: 'clientCaseId', message: 'must be one of your client cases in this program' }]);
  }
}

/** The comment a shared reflection becomes: each answered question as a short section. */
function asComment(reflection: Reflection): string {
  const sections = ANSWERS.filter((field) => reflection[field]).map((field) => `**${HEADINGS[field]}:** ${reflection[field]}`);
  return ['*Countertransference reflection*', ...sections].join('\n\n');
}
