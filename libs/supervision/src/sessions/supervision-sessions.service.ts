import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService } from '@alliance/access';
import { AuditService } from '@alliance/audit';
import { Actor, alignTo, Connection, decodeCursor, DomainError, FieldError, loaderOf, RequestContext, toConnection, UnitOfWork } from '@alliance/core';
import { CaseThread, ProgramActivityService, ProgramActivityType } from '@alliance/discussion';
import { HourEntriesService, HourEntry } from '@alliance/hours';
import { PhiGuard } from '@alliance/privacy';
import { ProgramRole } from '@alliance/programs/program-enums';
import { CancelSupervisionSessionInput, CompleteSupervisionSessionInput, RecordSupervisionSessionInput, SupervisionSessionsArgs } from './dto/supervision-session.inputs';
import { SupervisionSession, SupervisionSessionAttendee, SupervisionSessionThread } from './entities/supervision-session.entity';
import { ATTENDEES_BY_KIND, HOUR_CATEGORY_BY_KIND, SupervisionSessionKind, SupervisionSessionStatus } from './supervision-session-enums';

/** SQL: the session aliased `s` is visible to the user in parameter `actor`: its supervisor, an attendee, or a program admin. */
export function sessionVisibleSql(s: string, actor: string): string {
  return `(${s}.supervisor_id = ${actor}
    OR EXISTS (SELECT 1 FROM supervision_session_attendees va WHERE va.session_id = ${s}.id AND va.trainee_id = ${actor})
    OR EXISTS (SELECT 1 FROM memberships vm WHERE vm.program_id = ${s}.program_id AND vm.user_id = ${actor} AND vm.role = 'PROGRAM_ADMIN'))`;
}

/** The UTC calendar date of an instant, `YYYY-MM-DD`: the date a session's hours are logged on. */
export function sessionDateOf(startsAt: Date): string {
  return startsAt.toISOString().slice(0, 10);
}

/**
 * Supervision sessions: a supervisor records a session with the trainees who attend and
 * the threads discussed, then completes it (crediting each attendee a verified
 * SUPERVISION_* hour entry, in the same transaction) or cancels it.
 *
 * Rules:
 * - INDIVIDUAL takes exactly 1 trainee and TRIADIC exactly 2 (CACREP triadic supervision:
 *   one supervisor with two trainees), each assigned to the supervisor on the session's
 *   date; GROUP takes 1 or more trainee members of a supervision group the supervisor leads
 *   (`groupId` required), whether or not they are individually assigned to them.
 * - The session's date is the UTC date of `startsAt`; the hours are dated on it.
 * - Completing happens once (a second completion is CONFLICT), not before the session
 *   starts. The supervisor verifies the attendees' hours; they are never an attendee, so
 *   nobody verifies their own hours.
 * - Only a SCHEDULED session is cancelled. A COMPLETED session's hours are verified ledger
 *   entries; the ledger refuses zero-minute entries (ck_hour_entries_minutes), so a
 *   completed session cannot be undone by a correction that removes its minutes. Cancelling
 *   one is CONFLICT, pointing to `correctHourEntry` for the trainee to fix an entry.
 * - Private notes are the supervisor's alone: everyone else reads `privateNotes: null`.
 *
 * Readers: the supervisor, the attendees and program admins.
 */
@Injectable()
export class SupervisionSessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly phi: PhiGuard,
    private readonly hours: HourEntriesService,
    private readonly activity: ProgramActivityService,
  ) {}

  /** Records a SCHEDULED session led by the actor (a SUPERVISOR of the program). */
  async record(actor: Actor, input: RecordSupervisionSessionInput): Promise<SupervisionSession> {
    await this.access.requireRole(actor, input.programId, [ProgramRole.SUPERVISOR]);
    const guarded = await this.phi.check(presentTexts({ privateNotes: input.privateNotes }), input.phi);
    return this.uow.run(async ({ manager }) => {
      const date = sessionDateOf(input.startsAt);
      await this.checkAttendees(manager, actor, input.programId, input.kind, input.groupId ?? null, input.traineeIds, date);
      await this.checkThreads(manager, actor, input.programId, input.threadIds);
      const session = manager.create(SupervisionSession, {
        programId: input.programId,
        supervisorId: actor.userId,
        kind: input.kind,
        groupId: input.kind === SupervisionSessionKind.GROUP ? input.groupId! : null,
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes,
        status: SupervisionSessionStatus.SCHEDULED,
        privateNotes: guarded.privateNotes ?? null,
      });
      await manager.save(session);
      await manager.insert(SupervisionSessionAttendee, input.traineeIds.map((traineeId) => ({ sessionId: session.id, traineeId, hourEntryId: null })));
      if (input.threadIds.length) {
        await manager.insert(SupervisionSessionThread, input.threadIds.map((threadId) => ({ sessionId: session.id, threadId })));
      }
      await this.audit.record(manager, actor, {
        action: 'supervision.session_recorded',
        targetType: 'supervision_session',
        targetId: session.id,
        programId: input.programId,
        metadata: { kind: input.kind, attendees: input.traineeIds.length, threads: input.threadIds.length, durationMinutes: input.durationMinutes, ...guarded.auditMetadata },
      });
      return manager.findOneByOrFail(SupervisionSession, { id: session.id });
    });
  }

  /**
   * Completes a SCHEDULED session led by the actor: one verified hour entry per attendee,
   * linked both ways, in the same transaction; attendees are told after commit.
   */
  async complete(actor: Actor, input: CompleteSupervisionSessionInput): Promise<SupervisionSession> {
    return this.uow.run(async ({ manager, afterCommit }) => {
      const session = await this.lockOwn(manager, actor, input.sessionId, 'complete');
      if (session.status !== SupervisionSessionStatus.SCHEDULED) {
        throw DomainError.conflict(`This session is already ${session.status.toLowerCase()}`);
      }
      if (session.startsAt.getTime() > Date.now()) throw DomainError.conflict('A session is completed once it has started');
      const date = sessionDateOf(session.startsAt);
      const attendees = await manager.findBy(SupervisionSessionAttendee, { sessionId: session.id });
      const traineeIds = attendees.map((a) => a.traineeId);
      // Assignments and group membership may have changed since the session was recorded.
      await this.checkAttendees(manager, actor, session.programId, session.kind, session.groupId, traineeIds, date, true);
      const entries = await this.hours.creditSupervisionSession(manager, actor, {
        programId: session.programId,
        supervisionSessionId: session.id,
        traineeIds,
        date,
        minutes: session.durationMinutes,
        category: HOUR_CATEGORY_BY_KIND[session.kind],
        modality: input.modality,
        site: input.site,
      });
      await manager.query(
        `UPDATE supervision_session_attendees a SET hour_entry_id = e.id
           FROM hour_entries e
          WHERE a.session_id = $1 AND e.supervision_session_id = $1 AND e.trainee_id = a.trainee_id`,
        [session.id],
      );
      await manager.query(`UPDATE supervision_sessions SET status = 'COMPLETED', completed_at = now(), updated_at = now() WHERE id = $1`, [session.id]);
      await this.audit.record(manager, actor, {
        action: 'supervision.session_completed',
        targetType: 'supervision_session',
        targetId: session.id,
        programId: session.programId,
        metadata: { kind: session.kind, attendees: traineeIds.length, minutes: session.durationMinutes, hourEntryIds: entries.map((e: HourEntry) => e.id) },
      });
      afterCommit(() =>
        this.activity.announce({
          type: ProgramActivityType.SUPERVISION_SESSION_COMPLETED,
          programId: session.programId,
          recipientIds: traineeIds,
          summary: `${session.kind.toLowerCase()} supervision session completed: ${session.durationMinutes} minutes verified`,
        }),
      );
      return manager.findOneByOrFail(SupervisionSession, { id: session.id });
    });
  }

  /** Cancels a SCHEDULED session led by the actor, with a reason. A completed one is CONFLICT (see the class notes). */
  async cancel(actor: Actor, input: CancelSupervisionSessionInput): Promise<SupervisionSession> {
    const guarded = await this.phi.check({ reason: input.reason }, input.phi);
    return this.uow.run(async ({ manager }) => {
      const session = await this.lockOwn(manager, actor, input.sessionId, 'cancel');
      if (session.status === SupervisionSessionStatus.CANCELLED) throw DomainError.conflict('This session is already cancelled');
      // Its hours are verified ledger entries: they are voided by corrections, never changed.
      const voided = session.status === SupervisionSessionStatus.COMPLETED ? await this.hours.voidSupervisionSession(manager, actor, session.id, guarded.reason.trim()) : [];
      await manager.query(
        `UPDATE supervision_sessions SET status = 'CANCELLED', cancelled_at = now(), cancel_reason = $2, updated_at = now() WHERE id = $1`,
        [session.id, guarded.reason.trim()],
      );
      await this.audit.record(manager, actor, {
        action: 'supervision.session_cancelled',
        targetType: 'supervision_session',
        targetId: session.id,
        programId: session.programId,
        metadata: { kind: session.kind, voidedEntries: voided.length, ...guarded.auditMetadata },
      });
      return manager.findOneByOrFail(SupervisionSession, { id: session.id });
    });
  }

  /** One session; NOT_FOUND unless the actor is its supervisor, an attendee or a program admin. */
  async get(actor: Actor, sessionId: string): Promise<SupervisionSession> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT s.id FROM supervision_sessions s WHERE s.id = $1 AND ${sessionVisibleSql('s', '$2')}`,
      [sessionId, actor.userId],
    );
    if (rows.length === 0) throw DomainError.notFound('Supervision session');
    return this.dataSource.getRepository(SupervisionSession).findOneByOrFail({ id: sessionId });
  }

  /**
   * Sessions of the program starting in [from, to] (UTC dates), earliest first, that the
   * actor may read: admins all, supervisors the ones they lead, trainees the ones they attend.
   */
  async list(actor: Actor, args: SupervisionSessionsArgs): Promise<Connection<SupervisionSession>> {
    await this.access.requireMember(actor, args.programId);
    if (args.from > args.to) throw DomainError.badInput('The period ends before it starts', [{ field: 'to', message: 'must not be before from' }]);
    const qb = this.dataSource
      .getRepository(SupervisionSession)
      .createQueryBuilder('s')
      .where('s.program_id = :programId', { programId: args.programId })
      .andWhere(`s.starts_at >= (CAST(:from AS date)::timestamp AT TIME ZONE 'UTC')`, { from: args.from })
      .andWhere(`s.starts_at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'UTC')`, { to: args.to })
      .andWhere(sessionVisibleSql('s', ':actorId'), { actorId: actor.userId })
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(args.first + 1);
    if (args.after) {
      const cursor = decodeCursor(args.after);
      if (Number.isNaN(Date.parse(cursor.key))) throw DomainError.badInput('The cursor is not valid', [{ field: 'after', message: 'is not a cursor from this list' }]);
      qb.andWhere('(s.starts_at, s.id) > (CAST(:key AS timestamptz), CAST(:id AS uuid))', { key: cursor.key, id: cursor.id });
    }
    return toConnection(await qb.getMany(), args.first, (s) => ({ key: s.startsAt.toISOString(), id: s.id }));
  }

  /** The private notes, for the session's supervisor only; null for everyone else. */
  privateNotesFor(actor: Actor, session: SupervisionSession): string | null {
    return session.supervisorId === actor.userId ? session.privateNotes : null;
  }

  /** The attendees of a session, batched per request (the parent session was access-checked). */
  attendees(context: RequestContext, sessionId: string): Promise<SupervisionSessionAttendee[]> {
    return loaderOf<string, SupervisionSessionAttendee[]>(context, 'supervisionSessionAttendees', async (ids) => {
      const rows = await this.dataSource
        .getRepository(SupervisionSessionAttendee)
        .find({ where: { sessionId: In([...ids]) }, order: { traineeId: 'ASC' } });
      return ids.map((id) => rows.filter((r) => r.sessionId === id));
    }).load(sessionId);
  }

  /** An attendee's hour entry, batched per request (the parent session was access-checked). */
  hourEntry(context: RequestContext, entryId: string): Promise<HourEntry | null> {
    return loaderOf<string, HourEntry | null>(context, 'supervisionSessionHourEntries', async (ids) =>
      alignTo(ids, await this.hours.byIds(ids), (e) => e.id),
    ).load(entryId);
  }

  /** How many threads the session discussed, whoever asks. */
  async discussedThreadCount(context: RequestContext, sessionId: string): Promise<number> {
    return (await this.threadLinks(context, sessionId)).length;
  }

  /** The threads discussed that the actor may read (program admins read no case content). */
  discussedThreads(context: RequestContext, actor: Actor, sessionId: string): Promise<CaseThread[]> {
    return loaderOf<string, CaseThread[]>(context, 'supervisionSessionReadableThreads', async (ids) => {
      const links = await Promise.all(ids.map((id) => this.threadLinks(context, id)));
      const readable = await this.access.readableThreadIds(actor, [...new Set(links.flat())]);
      const threads = readable.size ? await this.dataSource.getRepository(CaseThread).findBy({ id: In([...readable]) }) : [];
      const byId = new Map(threads.map((t) => [t.id, t]));
      return links.map((threadIds) => threadIds.map((id) => byId.get(id)).filter((t): t is CaseThread => t !== undefined));
    }).load(sessionId);
  }

  private threadLinks(context: RequestContext, sessionId: string): Promise<string[]> {
    return loaderOf<string, string[]>(context, 'supervisionSessionThreadIds', async (ids) => {
      const rows = await this.dataSource.getRepository(SupervisionSessionThread).find({ where: { sessionId: In([...ids]) }, order: { threadId: 'ASC' } });
      return ids.map((id) => rows.filter((r) => r.sessionId === id).map((r) => r.threadId));
    }).load(sessionId);
  }

  /**
   * Refuses attendees the actor may not credit, reporting each by position: someone who is
   * not a trainee of the program, a trainee not assigned to the actor on `date`
   * (INDIVIDUAL, TRIADIC) or not a trainee member of the actor's group (GROUP), and a
   * count that does not fit the kind.
   */
  private async checkAttendees(
    manager: EntityManager,
    actor: Actor,
    programId: string,
    kind: SupervisionSessionKind,
    groupId: string | null,
    traineeIds: string[],
    date: string,
    atCompletion = false,
  ): Promise<void> {
    const fields: FieldError[] = [];
    const [min, max] = ATTENDEES_BY_KIND[kind];
    if (traineeIds.length < min || traineeIds.length > max) {
      const wanted = min === max ? `exactly ${min}` : `${min} to ${max}`;
      fields.push({ field: 'traineeIds', message: `a ${kind} session takes ${wanted} trainee${max === 1 ? '' : 's'}` });
    }
    const members: Array<{ user_id: string }> = await manager.query(
      `SELECT user_id FROM memberships WHERE program_id = $1 AND role = 'TRAINEE' AND user_id = ANY($2::uuid[])`,
      [programId, traineeIds],
    );
    const trainees = new Set(members.map((m) => m.user_id));
    let eligible = new Set<string>();
    let reason: string;
    if (kind === SupervisionSessionKind.GROUP) {
      reason = 'is not a trainee member of the group';
      if (!groupId || !(await this.access.groupsLedBy(programId, actor.userId, [groupId], manager)).has(groupId)) {
        fields.push({ field: 'groupId', message: 'must be a supervision group you lead in this program' });
      } else {
        eligible = await this.access.traineesInGroup(groupId, traineeIds, manager);
      }
    } else {
      reason = `is not assigned to you on ${date}`;
      if (groupId) fields.push({ field: 'groupId', message: `must be absent for a ${kind} session` });
      const keys = await this.access.supervisedOn(programId, actor.userId, traineeIds.map((traineeId) => ({ traineeId, onDate: date })), manager);
      eligible = new Set(traineeIds.filter((id) => keys.has(`${id}|${date}`)));
    }
    traineeIds.forEach((id, i) => {
      if (id === actor.userId) fields.push({ field: `traineeIds.${i}`, message: 'must not be you: a supervisor does not verify their own hours' });
      else if (!trainees.has(id)) fields.push({ field: `traineeIds.${i}`, message: 'is not a trainee of this program' });
      else if (!eligible.has(id) && !fields.some((f) => f.field === 'groupId')) fields.push({ field: `traineeIds.${i}`, message: reason });
    });
    if (fields.length === 0) return;
    const summary = fields.map((f) => `${f.field} ${f.message}`).join('; ');
    if (atCompletion) throw DomainError.conflict(`The attendees changed since the session was recorded: ${summary}`, { fields });
    throw DomainError.badInput(`The session cannot be recorded: ${summary}`, fields);
  }

  /** Refuses threads that are not in the program or that the actor cannot read. */
  private async checkThreads(manager: EntityManager, actor: Actor, programId: string, threadIds: string[]): Promise<void> {
    if (threadIds.length === 0) return;
    const inProgram: Array<{ id: string }> = await manager.query(`SELECT id FROM case_threads WHERE program_id = $1 AND id = ANY($2::uuid[])`, [programId, threadIds]);
    const readable = await this.access.readableThreadIds(actor, inProgram.map((r) => r.id), manager);
    const fields = threadIds.flatMap((id, i) => (readable.has(id) ? [] : [{ field: `threadIds.${i}`, message: 'is not a thread of this program you can read' }]));
    if (fields.length) throw DomainError.badInput(`The session cannot be recorded: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`, fields);
  }

  /** The session, locked: NOT_FOUND when the actor cannot see it, FORBIDDEN unless they lead it. */
  private async lockOwn(manager: EntityManager, actor: Actor, sessionId: string, verb: string): Promise<SupervisionSession> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT s.id FROM supervision_sessions s WHERE s.id = $1 AND ${sessionVisibleSql('s', '$2')} FOR UPDATE OF s`,
      [sessionId, actor.userId],
    );
    if (rows.length === 0) throw DomainError.notFound('Supervision session');
    const session = await manager.findOneByOrFail(SupervisionSession, { id: sessionId });
    if (session.supervisorId !== actor.userId) throw DomainError.forbidden(`Only the session’s supervisor may ${verb} it`);
    return session;
  }
}

/** The free-text fields a write carries, for the de-identification guard. */
function presentTexts(texts: Record<string, string | null | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
}
