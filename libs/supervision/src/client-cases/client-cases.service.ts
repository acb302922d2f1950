import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, clientCaseReadableSql, threadReadableSql, today } from '@alliance/access';
import { AuditService } from '@alliance/audit';
import { Actor, Connection, decodeCursor, DomainError, loaderOf, RequestContext, toConnection, UnitOfWork } from '@alliance/core';
import { CaseThread } from '@alliance/discussion';
import { PhiGuard } from '@alliance/privacy';
import { ProgramRole } from '@alliance/programs';
import { ClientCaseStatus } from '../supervision-enums';
import { ClientCase } from './client-case.entity';
import { ClientCasesArgs, OpenClientCaseInput, UpdateClientCaseInput } from './client-case.inputs';

/**
 * Client cases: a trainee opens one per client (alias only), the trainee and the
 * supervisors assigned to them read it and everything attached to it. Program admins are
 * not clinical readers. Reads and writes are audited.
 */
@Injectable()
export class ClientCasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly guard: PhiGuard,
  ) {}

  async open(actor: Actor, input: OpenClientCaseInput): Promise<ClientCase> {
    if (input.startedOn > today()) throw DomainError.badInput('A case cannot start in the future', [{ field: 'startedOn', message: 'must not be in the future' }]);
    await this.access.requireRole(actor, input.programId, [ProgramRole.TRAINEE]);
    const texts = await this.guard.check({ alias: input.alias }, input.phi);
    const alias = texts.alias.trim();
    return this.uow.run(async ({ manager }) => {
      await this.requireAliasFree(manager, input.programId, actor.userId, alias);
      const clientCase = await manager.save(
        manager.create(ClientCase, { programId: input.programId, traineeId: actor.userId, alias, startedOn: input.startedOn, status: ClientCaseStatus.ACTIVE, endedPrematurely: false }),
      );
      await this.audit.record(manager, actor, { action: 'client_case.opened', targetType: 'client_case', targetId: clientCase.id, programId: clientCase.programId, metadata: { ...texts.auditMetadata } });
      return Object.assign(clientCase, { redactions: texts.redactions });
    });
  }

  /** The trainee or an assigned supervisor changes the status or the premature-ending flag; only the trainee renames. */
  async update(actor: Actor, input: UpdateClientCaseInput): Promise<ClientCase> {
    const texts = await this.guard.check({ alias: input.alias }, input.phi);
    return this.uow.run(async ({ manager }) => {
      const clientCase = await this.requireReadable(manager, actor, input.clientCaseId, { lock: true });
      const isTrainee = clientCase.traineeId === actor.userId;
      if (texts.alias !== undefined && !isTrainee) throw DomainError.forbidden('Only the trainee can rename a client case');
      const status = input.status ?? clientCase.status;
      const endedPrematurely = input.endedPrematurely ?? (status === ClientCaseStatus.ACTIVE ? false : clientCase.endedPrematurely);
      if (endedPrematurely && status === ClientCaseStatus.ACTIVE) {
        throw DomainError.badInput('An ACTIVE case has not ended, prematurely or otherwise', [{ field: 'endedPrematurely', message: 'needs a status other than ACTIVE' }]);
      }
      const alias = texts.alias?.trim();
      if (alias !== undefined && alias.toLowerCase() !== clientCase.alias.toLowerCase()) await this.requireAliasFree(manager, clientCase.programId, clientCase.traineeId, alias);
      await manager.update(ClientCase, { id: clientCase.id }, { status, endedPrematurely, ...(alias !== undefined ? { alias } : {}) });
      const fields = [input.status !== undefined ? 'status' : null, input.endedPrematurely !== undefined ? 'endedPrematurely' : null, alias !== undefined ? 'alias' : null].filter(Boolean);
      await this.audit.record(manager, actor, {
        action: 'client_case.updated',
        targetType: 'client_case',
        targetId: clientCase.id,
        programId: clientCase.programId,
        metadata: { fields, from: clientCase.status, to: status, endedPrematurely, ...texts.auditMetadata },
      });
      const updated = await manager.findOneByOrFail(ClientCase, { id: clientCase.id });
      return Object.assign(updated, { redactions: texts.redactions });
    });
  }

  async get(actor: Actor, clientCaseId: string): Promise<ClientCase> {
    const clientCase = await this.requireReadable(this.dataSource.manager, actor, clientCaseId);
    await this.audit.record(this.dataSource.manager, actor, { action: 'client_case.read', targetType: 'client_case', targetId: clientCase.id, programId: clientCase.programId });
    return clientCase;
  }

  /** Cases the actor may read in a program, newest first (keyset pagination). */
  async list(actor: Actor, args: ClientCasesArgs): Promise<Connection<ClientCase>> {
    await this.access.requireMember(actor, args.programId);
    const params: unknown[] = [args.programId, actor.userId, today()];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = ['c.program_id = $1', clientCaseReadableSql('c', '$2', '$3')];
    if (args.traineeId) where.push(`c.trainee_id = ${add(args.traineeId)}`);
    if (args.status?.length) where.push(`c.status = ANY(${add(args.status)}::text[])`);
    if (args.after) {
      const cursor = decodeCursor(args.after);
      where.push(`(c.created_at, c.id) < (${add(cursor.key)}::timestamptz, ${add(cursor.id)}::uuid)`);
    }
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT c.id FROM client_cases c WHERE ${where.join(' AND ')} ORDER BY c.created_at DESC, c.id DESC LIMIT ${add(args.first + 1)}`,
      params,
    );
    const cases = rows.length ? await this.dataSource.getRepository(ClientCase).createQueryBuilder('c').where('c.id IN (:...ids)', { ids: rows.map((row) => row.id) }).getMany() : [];
    const byId = new Map(cases.map((c) => [c.id, c]));
    const connection = toConnection(rows.map((row) => byId.get(row.id)!).filter(Boolean), args.first, (c) => ({ key: c.createdAt.toISOString(), id: c.id }));
    await this.audit.recordMany(
      this.dataSource.manager,
      actor,
      connection.edges.map(({ node }) => ({ action: 'client_case.listed', targetType: 'client_case', targetId: node.id, programId: node.programId })),
    );
    return connection;
  }

  /** The case's threads the actor may read, most recently active first. */
  /**
   * The threads of a case the actor may read, most recently active first (at most 100 a
   * case), batched per request: a list of cases costs one query and one audit insert.
   */
  threads(context: RequestContext, actor: Actor, clientCase: ClientCase): Promise<CaseThread[]> {
    return loaderOf<string, CaseThread[]>(context, 'clientCaseThreads', async (caseIds) => {
      const threads: CaseThread[] = await this.dataSource
        .getRepository(CaseThread)
        .createQueryBuilder('t')
        .where(`t.id IN (SELECT r.id FROM (SELECT t2.id, row_number() OVER (PARTITION BY t2.client_case_id ORDER BY t2.last_activity_at DESC, t2.id DESC) AS n
                  FROM case_threads t2 WHERE t2.client_case_id = ANY(:caseIds) AND ${threadReadableSql('t2', ':actorId', ':today')}) r WHERE r.n <= 100)`, {
          caseIds: [...caseIds],
          actorId: actor.userId,
          today: today(),
        })
        .orderBy('t.last_activity_at', 'DESC')
        .addOrderBy('t.id', 'DESC')
        .getMany();
      await this.audit.recordMany(
        this.dataSource.manager,
        actor,
        threads.map((thread) => ({ action: 'thread.listed', targetType: 'case_thread', targetId: thread.id, programId: thread.programId, metadata: { clientCaseId: thread.clientCaseId } })),
      );
      return caseIds.map((caseId) => threads.filter((thread) => thread.clientCaseId === caseId));
    }).load(clientCase.id);
  }

  /**
   * The case, when the actor may read it (its trainee or an assigned supervisor).
   * @throws NOT_FOUND otherwise: a case one cannot see does not exist.
   */
  async requireReadable(manager: EntityManager, actor: Actor, clientCaseId: string, options: { lock?: boolean } = {}): Promise<ClientCase> {
    const query = manager.getRepository(ClientCase).createQueryBuilder('c').where('c.id = :id', { id: clientCaseId });
    if (options.lock) query.setLock('pessimistic_write');
    const clientCase = await query.getOne();
    if (!clientCase || !(await this.access.readableClientCaseIds(actor, [clientCaseId], today(), manager)).has(clientCaseId)) throw DomainError.notFound('Client case');
    return clientCase;
  }

  private async requireAliasFree(manager: EntityManager, programId: string, traineeId: string, alias: string): Promise<void> {
    const taken: unknown[] = await manager.query(`SELECT 1 FROM client_cases WHERE program_id = $1 AND trainee_id = $2 AND lower(alias) = lower($3)`, [programId, traineeId, alias]);
    if (taken.length) throw DomainError.conflict('You already have a client case with this alias in the program', { field: 'alias' });
  }
}
