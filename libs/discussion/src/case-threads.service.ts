import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, threadReadableSql, today } from '@alliance/access';
import { AuditEvent, AuditService } from '@alliance/audit';
import { Actor, Connection, decodeCursor, DomainError, PageArgs, toConnection, UnitOfWork } from '@alliance/core';
import { ProgramRole } from '@alliance/programs';
import { CaseThreadsArgs, CreateCaseThreadInput, UpdateCaseThreadInput } from './dto/thread.inputs';
import { CaseThread, CaseThreadRevision } from './entities/case-thread.entity';
import { ProgramActivityType, ThreadAudience, ThreadEventType, ThreadStatus, Urgency } from './discussion-enums';
import { ThreadEventsService } from './thread-events.service';
import { ProgramActivityService } from './program-activity.service';
import { PhiGuard } from '@alliance/privacy';


/** Fields only the author may change; supervisors who read the thread may change the rest. */
const AUTHOR_ONLY = ['title', 'body', 'topics', 'clientAlias'] as const;

/**
 * Case threads: creation with an audience, optimistic-concurrency edits with revisions,
 * listing with filters and full-text search, read marks. Every read and write leaves an
 * audit event; every change others should see becomes a thread event after commit.
 */
@Injectable()
export class CaseThreadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: ThreadEventsService,
    private readonly guard: PhiGuard,
    private readonly activity: ProgramActivityService,
  ) {}

  async create(actor: Actor, input: CreateCaseThreadInput): Promise<CaseThread> {
    await this.access.requireRole(actor, input.programId, [ProgramRole.TRAINEE]);
    const texts = await this.guard.check({ title: input.title, body: input.body, clientAlias: input.clientAlias }, input.phi);
    return this.uow.run(async ({ manager, afterCommit }) => {
      await this.requireAudience(manager, actor, input);
      if (input.clientCaseId) await this.requireOwnClientCase(manager, actor, input.programId, input.clientCaseId);
      const thread = await manager.save(
        manager.create(CaseThread, {
          programId: input.programId,
          authorId: actor.userId,
          audience: input.audience,
          groupId: input.audience === ThreadAudience.GROUP ? input.groupId : null,
          title: texts.title.trim(),
          body: texts.body,
          topics: input.topics,
          clientAlias: texts.clientAlias.trim(),
          urgency: input.urgency,
          clientCaseId: input.clientCaseId ?? null,
          status: ThreadStatus.OPEN,
          version: 1,
          lastActivityAt: new Date(),
        }),
      );
      await this.audit.record(manager, actor, { action: 'thread.created', targetType: 'case_thread', targetId: thread.id, programId: thread.programId, metadata: { topics: input.topics, urgency: input.urgency, ...texts.auditMetadata } });
      afterCommit(() => this.announce(thread, ProgramActivityType.THREAD_CREATED));
      if (thread.urgency === Urgency.URGENT) afterCommit(() => this.announce(thread, ProgramActivityType.URGENT_POST));
      return Object.assign(thread, { redactions: texts.redactions });
    });
  }

  async update(actor: Actor, input: UpdateCaseThreadInput): Promise<CaseThread> {
    const texts = await this.guard.check({ title: input.title, body: input.body, clientAlias: input.clientAlias, resolutionSummary: input.resolutionSummary ?? undefined }, input.phi);
    return this.uow.run(async ({ manager, afterCommit }) => {
      const thread = await this.lockReadable(manager, actor, input.threadId);
      const isAuthor = thread.authorId === actor.userId;
      const changesContent = AUTHOR_ONLY.some((field) => input[field] !== undefined);
      if (changesContent && !isAuthor) throw DomainError.forbidden('Only the author can change the title, body, topics or client alias');
      if (!isAuthor && !(await this.access.rolesIn(actor, thread.programId, manager)).has(ProgramRole.SUPERVISOR)) {
        throw DomainError.forbidden('Only the author or a supervisor can change this thread');
      }
      if (thread.version !== input.expectedVersion) {
        throw DomainError.conflict('The thread changed since you loaded it; reload and apply your edit again', { currentVersion: thread.version });
      }
      await manager.insert(CaseThreadRevision, {
        threadId: thread.id,
        version: thread.version,
        title: thread.title,
        body: thread.body,
        topics: thread.topics,
        clientAlias: thread.clientAlias,
        urgency: thread.urgency,
        status: thread.status,
        resolutionSummary: thread.resolutionSummary,
        editedById: actor.userId,
      });
      const escalated = input.urgency === Urgency.URGENT && thread.urgency !== Urgency.URGENT;
      const changes: Partial<CaseThread> = {
        ...(texts.title !== undefined ? { title: texts.title.trim() } : {}),
        ...(texts.body !== undefined ? { body: texts.body } : {}),
        ...(input.topics ? { topics: input.topics } : {}),
        ...(texts.clientAlias !== undefined ? { clientAlias: texts.clientAlias.trim() } : {}),
        ...(input.urgency ? { urgency: input.urgency } : {}),
        ...(input.status ? { status: input.status } : {}),
        ...(input.resolutionSummary !== undefined ? { resolutionSummary: texts.resolutionSummary ?? null } : {}),
        version: thread.version + 1,
      };
      await manager.update(CaseThread, { id: thread.id }, changes);
      const event = await this.events.append(manager, thread.id, ThreadEventType.THREAD_UPDATED, actor.userId);
      const updated = await manager.findOneByOrFail(CaseThread, { id: thread.id });
      await this.audit.record(manager, actor, { action: 'thread.updated', targetType: 'case_thread', targetId: thread.id, programId: thread.programId, metadata: { fields: Object.keys(changes).filter((f) => f !== 'version'), ...texts.auditMetadata } });
      afterCommit(() =>
        this.events.publish({ threadId: thread.id, programId: thread.programId, seq: event.seq, type: ThreadEventType.THREAD_UPDATED, occurredAt: event.occurredAt.toISOString(), comment: null, thread: updated }),
      );
      if (escalated) afterCommit(() => this.announce(updated, ProgramActivityType.URGENT_POST));
      return Object.assign(updated, { redactions: texts.redactions });
    });
  }

  async get(actor: Actor, threadId: string): Promise<CaseThread> {
    const thread = await this.dataSource.getRepository(CaseThread).findOneBy({ id: threadId });
    if (!thread || !(await this.access.readableThreadIds(actor, [threadId])).has(threadId)) throw DomainError.notFound('Thread');
    await this.audit.record(this.dataSource.manager, actor, { action: 'thread.read', targetType: 'case_thread', targetId: thread.id, programId: thread.programId });
    return thread;
  }

  /** Threads the actor may read, most recently active first (keyset pagination). */
  async list(actor: Actor, args: CaseThreadsArgs): Promise<Connection<CaseThread>> {
    await this.access.requireMember(actor, args.programId);
    const params: unknown[] = [args.programId, actor.userId, today()];
    const where = ['t.program_id = $1', threadReadableSql('t', '$2', '$3')];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const f = args.filter;
    if (f?.topics?.length) where.push(`t.topics && ${add(f.topics)}::text[]`);
    if (f?.status?.length) where.push(`t.status = ANY(${add(f.status)}::text[])`);
    if (f?.urgency?.length) where.push(`t.urgency = ANY(${add(f.urgency)}::text[])`);
    if (f?.authorId) where.push(`t.author_id = ${add(f.authorId)}`);
    if (f?.search) {
      const q = add(f.search);
      where.push(`(t.search @@ websearch_to_tsquery('english', ${q})
        OR EXISTS (SELECT 1 FROM comments c WHERE c.thread_id = t.id AND c.deleted_at IS NULL AND c.search @@ websearch_to_tsquery('english', ${q})))`);
    }
    if (args.after) {
      const cursor = decodeCursor(args.after);
      where.push(`(t.last_activity_at, t.id) < (${add(cursor.key)}::timestamptz, ${add(cursor.id)}::uuid)`);
    }
    const ids: Array<{ id: string }> = await this.dataSource.query(
      `SELECT t.id FROM case_threads t WHERE ${where.join(' AND ')} ORDER BY t.last_activity_at DESC, t.id DESC LIMIT ${add(args.first + 1)}`,
      params,
    );
    const threads = ids.length ? await this.dataSource.getRepository(CaseThread).createQueryBuilder('t').where('t.id IN (:...ids)', { ids: ids.map((row) => row.id) }).getMany() : [];
    const byId = new Map(threads.map((thread) => [thread.id, thread]));
    const ordered = ids.map((row) => byId.get(row.id)!).filter(Boolean);
    const connection = toConnection(ordered, args.first, (thread) => ({ key: thread.lastActivityAt.toISOString(), id: thread.id }));
    await this.audit.recordMany(
      this.dataSource.manager,
      actor,
      connection.edges.map(({ node }) => ({ action: 'thread.listed', targetType: 'case_thread', targetId: node.id, programId: node.programId })),
    );
    return connection;
  }

  /**
   * The audit trail of a thread and its comments, for the program's admins and for
   * supervisors who read the thread. Trainees, the author included, do not list it.
   */
  async auditTrail(actor: Actor, threadId: string, page: PageArgs): Promise<Connection<AuditEvent>> {
    const thread = await this.dataSource.getRepository(CaseThread).findOneBy({ id: threadId });
    if (!thread) throw DomainError.notFound('Thread');
    const roles = await this.access.rolesIn(actor, thread.programId);
    const isAdmin = roles.has(ProgramRole.PROGRAM_ADMIN);
    const isReadingSupervisor = roles.has(ProgramRole.SUPERVISOR) && (await this.access.readableThreadIds(actor, [threadId])).has(threadId);
    if (!isAdmin && !isReadingSupervisor) {
      if (roles.size === 0) throw DomainError.notFound('Thread');
      throw DomainError.forbidden('Only program admins and the thread’s supervisors can list its audit trail');
    }
    return this.audit.listConcerning(threadId, 'threadId', page);
  }

  async revisions(threadId: string): Promise<CaseThreadRevision[]> {
    return this.dataSource.getRepository(CaseThreadRevision).find({ where: { threadId }, order: { version: 'ASC' } });
  }

  /** Marks everything up to the thread's latest event as read by the actor. */
  async markRead(actor: Actor, threadId: string): Promise<CaseThread> {
    const thread = await this.get(actor, threadId);
    await this.dataSource.query(
      `INSERT INTO thread_reads (thread_id, user_id, last_read_seq) VALUES ($1, $2, $3)
       ON CONFLICT (thread_id, user_id) DO UPDATE SET last_read_seq = GREATEST(thread_reads.last_read_seq, EXCLUDED.last_read_seq), updated_at = now()`,
      [thread.id, actor.userId, thread.lastEventSeq],
    );
    return thread;
  }

  /** Locks the thread row for the rest of the transaction, after checking the actor may read it. */
  async lockReadable(manager: EntityManager, actor: Actor, threadId: string): Promise<CaseThread> {
    const thread = await manager.getRepository(CaseThread).createQueryBuilder('t').setLock('pessimistic_write').where('t.id = :id', { id: threadId }).getOne();
    if (!thread || !(await this.access.readableThreadIds(actor, [threadId], manager)).has(threadId)) throw DomainError.notFound('Thread');
    return thread;
  }

  private async requireAudience(manager: EntityManager, actor: Actor, input: CreateCaseThreadInput): Promise<void> {
    if (input.audience === ThreadAudience.GROUP) {
      const member: unknown[] = await manager.query(
        `SELECT 1 FROM supervision_group_members gm JOIN supervision_groups g ON g.id = gm.group_id
          WHERE gm.group_id = $1 AND g.program_id = $2 AND gm.user_id = $3 AND gm.role = 'TRAINEE'`,
        [input.groupId, input.programId, actor.userId],
      );
      if (member.length === 0) throw DomainError.badInput('You can only post to a supervision group you belong to', [{ field: 'groupId', message: 'must be a group you belong to' }]);
      return;
    }
    const supervisors = await this.access.supervisorsOf(input.programId, actor.userId, today(), manager);
    if (supervisors.length === 0) {
      throw DomainError.badInput('You have no supervisor assigned in this program yet, so nobody could read this thread', [{ field: 'audience', message: 'needs an assigned supervisor' }]);
    }
  }

  private async requireOwnClientCase(manager: EntityManager, actor: Actor, programId: string, clientCaseId: string): Promise<void> {
    const own: unknown[] = await manager.query(`SELECT 1 FROM client_cases WHERE id = $1 AND program_id = $2 AND trainee_id = $3`, [clientCaseId, programId, actor.userId]);
    if (own.length === 0) throw DomainError.badInput('A thread can only be about one of your own client cases in this program', [{ field: 'clientCaseId', message: 'must be one of your client cases in this program' }]);
  }

  private async announce(thread: CaseThread, type: ProgramActivityType): Promise<void> {
    await this.activity.announce({ type, programId: thread.programId, threadId: thread.id, traineeId: thread.authorId });
  }
}
