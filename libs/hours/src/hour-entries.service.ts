import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { AccessService } from '@alliance/access';
import { AuditEntry, AuditService } from '@alliance/audit';
import { Actor, Connection, decodeCursor, DomainError, ErrorCode, FieldError, toConnection, UnitOfWork } from '@alliance/core';
import { ProgramRole } from '@alliance/programs/program-enums';
import { CorrectHourEntryInput } from './dto/correct-hour-entry.input';
import { HourEntriesArgs } from './dto/hour-entries.args';
import { HourEntryIdsInput, ReturnHoursInput } from './dto/hour-entry-ids.input';
import { BulkHoursPayload, HourEntryOutcome, HourEntryProblem } from './dto/hours.models';
import { LogHoursInput } from './dto/log-hours.input';
import { HourEntryChangesInput, UpdateHourEntryInput } from './dto/update-hour-entry.input';
import { HourEntry } from './entities/hour-entry.entity';
import { HourEntryEventKind } from './hour-enums';
import { acceptsCategory, RequirementsService } from './requirements.service';
import { HourCategory, HourEntryStatus, HourModality } from './rules';
import { PhiGuard } from '@alliance/privacy';

/** The content of an entry that logging, editing and correcting validate alike. */
interface EntryContent {
  supervisorId: string;
  site: string;
  date: string;
  minutes: number;
  category: HourCategory;
  modality: HourModality;
  note: string | null;
}

/** What a completed supervision session credits: the same minutes to each attendee. */
export interface SupervisionSessionHours {
  programId: string;
  supervisionSessionId: string;
  traineeIds: string[];
  /** YYYY-MM-DD, the session's date. */
  date: string;
  minutes: number;
  category: Extract<HourCategory, 'SUPERVISION_INDIVIDUAL' | 'SUPERVISION_TRIADIC' | 'SUPERVISION_GROUP'>;
  modality: HourModality;
  site: string;
}

/** The latest date an entry may carry: today in the earliest time zone (UTC+14), so no trainee's today is refused. */
export function latestLoggableDate(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

const EDITABLE: readonly HourEntryStatus[] = ['DRAFT', 'RETURNED'];

/**
 * Hour entries and their life: a trainee logs, edits and submits their own entries; a
 * supervisor assigned to the trainee on an entry's date verifies or returns it. Every
 * method takes the actor first, runs in one transaction when it writes, records each
 * state change (who, when) in `hour_entry_events` and an audit event.
 *
 * Who verifies: any supervisor assigned to the trainee (PRIMARY or SECONDARY) on the
 * entry's date, not only the one the entry names, and never the trainee themself.
 *
 * Bulk actions (submit, verify, return) judge every entry apart and answer with an
 * outcome per entry; a refused entry never blocks or changes the others.
 */
@Injectable()
export class HourEntriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly requirements: RequirementsService,
    private readonly phi: PhiGuard,
  ) {}

  /** Logs the actor's own hours as a DRAFT, or SUBMITTED when `input.submit`. */
  async log(actor: Actor, input: LogHoursInput): Promise<HourEntry> {
    await this.access.requireRole(actor, input.programId, [ProgramRole.TRAINEE]);
    const content: EntryContent = { ...pickContent(input), note: input.note ?? null };
    await this.phi.check(presentTexts({ note: content.note }));
    return this.uow.run(async ({ manager }) => {
      await this.checkContent(manager, input.programId, actor.userId, content);
      const entry = await this.insertEntry(manager, actor, input.programId, content, input.submit, null);
      await this.audit.record(manager, actor, auditOf('hours.logged', entry));
      return entry;
    });
  }

  /** Edits a DRAFT or RETURNED entry of the actor's own; a RETURNED entry stays returned until resubmitted. */
  async update(actor: Actor, input: UpdateHourEntryInput): Promise<HourEntry> {
    await this.phi.check(presentTexts({ note: input.note }));
    return this.uow.run(async ({ manager }) => {
      const entry = await this.ownEntry(manager, actor, input.id, 'edit');
      if (!EDITABLE.includes(entry.status)) {
        throw DomainError.conflict(
          entry.status === 'VERIFIED'
            ? 'A verified entry never changes: log a correction instead'
            : 'A submitted entry cannot be edited until the supervisor returns it',
        );
      }
      const content = mergeContent(entry, input);
      await this.checkContent(manager, entry.programId, entry.traineeId, content);
      await manager.query(
        `UPDATE hour_entries SET supervisor_id = $2, site = $3, occurred_on = $4, minutes = $5, category = $6, modality = $7, note = $8
          WHERE id = $1`,
        [entry.id, content.supervisorId, content.site, content.date, content.minutes, content.category, content.modality, content.note],
      );
      await this.recordEvents(manager, actor, [entry], 'EDITED');
      await this.audit.record(manager, actor, auditOf('hours.edited', entry));
      return this.reload(manager, entry.id);
    });
  }

  /**
   * Logs a correction of a verified entry of the actor's own: a new entry with the
   * original's content changed as given, pointing to the original, with a reason. It
   * is verified like any entry and then counts instead of the original.
   */
  async correct(actor: Actor, input: CorrectHourEntryInput): Promise<HourEntry> {
    await this.phi.check(presentTexts({ note: input.note, reason: input.reason }));
    return this.uow.run(async ({ manager }) => {
      const original = await this.ownEntry(manager, actor, input.entryId, 'correct');
      if (original.status !== 'VERIFIED') {
        throw DomainError.conflict('Only a verified entry is corrected; edit this one while it is a draft or returned');
      }
      const existing: unknown[] = await manager.query(`SELECT 1 FROM hour_entries WHERE corrects_id = $1`, [original.id]);
      if (existing.length > 0) {
        throw DomainError.conflict('This entry already has a correction; correct the correction instead');
      }
      const content = mergeContent(original, input);
      await this.checkContent(manager, original.programId, original.traineeId, content);
      const entry = await this.insertEntry(manager, actor, original.programId, content, input.submit, {
        correctsId: original.id,
        reason: input.reason,
      });
      await this.audit.record(manager, actor, { ...auditOf('hours.corrected', entry), metadata: { correctsId: original.id } });
      return entry;
    });
  }

  /** Submits DRAFT or RETURNED entries of the actor's own for verification, each apart. */
  submit(actor: Actor, input: HourEntryIdsInput): Promise<BulkHoursPayload> {
    return this.bulk(actor, input.entryIds, 'SUBMITTED', async (manager, entries) => {
      return entries.map((entry) => {
        if (entry.traineeId !== actor.userId) return problem(ErrorCode.FORBIDDEN, 'Only the trainee submits their hours');
        if (!EDITABLE.includes(entry.status)) return problem(ErrorCode.CONFLICT, `The entry is ${entry.status.toLowerCase()}, not a draft or returned`);
        return null;
      });
    }, async (manager, ids) => {
      await manager.query(
        `UPDATE hour_entries SET status = 'SUBMITTED', submitted_at = now(), return_reason = NULL WHERE id = ANY($1::uuid[])`,
        [ids],
      );
    });
  }

  /** Verifies SUBMITTED entries: the actor must be assigned to each entry's trainee on its date, and not be the trainee. */
  verify(actor: Actor, input: HourEntryIdsInput): Promise<BulkHoursPayload> {
    return this.bulk(actor, input.entryIds, 'VERIFIED', (manager, entries) => this.supervisorProblems(manager, actor, entries, 'verify'), async (manager, ids) => {
      await manager.query(
        `UPDATE hour_entries SET status = 'VERIFIED', verified_by_id = $2, verified_at = now() WHERE id = ANY($1::uuid[])`,
        [ids, actor.userId],
      );
    });
  }

  /** Returns SUBMITTED entries to the trainee with a reason; the same supervisors who may verify may return. */
  async returnEntries(actor: Actor, input: ReturnHoursInput): Promise<BulkHoursPayload> {
    await this.phi.check(presentTexts({ reason: input.reason }));
    return this.bulk(
      actor,
      input.entryIds,
      'RETURNED',
      (manager, entries) => this.supervisorProblems(manager, actor, entries, 'return'),
      async (manager, ids) => {
        await manager.query(`UPDATE hour_entries SET status = 'RETURNED', return_reason = $2 WHERE id = ANY($1::uuid[])`, [ids, input.reason]);
      },
      input.reason,
    );
  }

  /**
   * Entries the actor may read, newest date first, as a keyset-paginated connection:
   * trainees their own, supervisors their assigned trainees' (drafts included, read
   * only), program admins everyone's.
   */
  async list(actor: Actor, args: HourEntriesArgs): Promise<Connection<HourEntry>> {
    await this.access.requireMember(actor, args.programId);
    const traineeIds = await this.readableTrainees(actor, args.programId, args.traineeId ?? undefined, true);
    const qb = this.dataSource
      .getRepository(HourEntry)
      .createQueryBuilder('e')
      .where('e.program_id = :programId', { programId: args.programId })
      // Besides the trainees overseen today, a supervisor keeps seeing the entries they were
      // named on or assigned to on the entry's date (e.g. what they verified before an
      // assignment ended).
      .andWhere(
        new Brackets((w) => {
          if (traineeIds.length) w.where('e.trainee_id IN (:...traineeIds)', { traineeIds });
          w.orWhere('e.supervisor_id = :me', { me: actor.userId }).orWhere(
            `EXISTS (SELECT 1 FROM supervisor_assignments a WHERE a.program_id = e.program_id AND a.supervisor_id = :me
                AND a.trainee_id = e.trainee_id AND a.starts_on <= e.occurred_on AND (a.ends_on IS NULL OR a.ends_on >= e.occurred_on))`,
          );
        }),
      )
      .orderBy('e.occurred_on', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(args.first + 1);
    if (args.traineeId) qb.andWhere('e.trainee_id = :traineeId', { traineeId: args.traineeId });
    if (args.statuses?.length) qb.andWhere('e.status IN (:...statuses)', { statuses: args.statuses });
    if (args.from) qb.andWhere('e.occurred_on >= :from', { from: args.from });
    if (args.to) qb.andWhere('e.occurred_on <= :to', { to: args.to });
    if (args.after) {
      const cursor = decodeCursor(args.after);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(cursor.key)) throw DomainError.badInput('The cursor is not valid', [{ field: 'after', message: 'is not a cursor from this list' }]);
      qb.andWhere(
        new Brackets((w) =>
          w.where('e.occurred_on < :key', { key: cursor.key }).orWhere('(e.occurred_on = :key AND e.id < :id)', { id: cursor.id }),
        ),
      );
    }
    const rows = await qb.getMany();
    return toConnection(rows, args.first, (row) => ({ key: row.date, id: row.id }));
  }

  /**
   * The trainees whose records the actor may read: one named trainee (FORBIDDEN when not
   * theirs to see) or every trainee of the program they oversee.
   */
  async readableTrainees(actor: Actor, programId: string, traineeId?: string, allowPastSupervision = false): Promise<string[]> {
    if (traineeId) {
      const allowed = await this.access.traineesOverseenBy(actor, programId, [traineeId]);
      if (allowed.has(traineeId)) return [traineeId];
      if (allowPastSupervision && (await this.access.everSupervised(actor, programId, traineeId))) return [];
      throw DomainError.forbidden('You may not see this trainee’s hours');
    }
    const trainees: Array<{ user_id: string }> = await this.dataSource.query(
      `SELECT user_id FROM memberships WHERE program_id = $1 AND role = 'TRAINEE' ORDER BY created_at, user_id`,
      [programId],
    );
    const ids = trainees.map((t) => t.user_id);
    const allowed = await this.access.traineesOverseenBy(actor, programId, ids);
    return ids.filter((id) => allowed.has(id));
  }

  /**
   * Credits the hours of a completed supervision session, inside the caller's transaction:
   * one entry per attendee, dated on the session's date, already VERIFIED by the actor (the
   * session's supervisor) and linked to the session. Each row is inserted SUBMITTED and
   * then verified by the UPDATE the ledger trigger sanctions (which signs it), with
   * LOGGED, SUBMITTED and VERIFIED events by the actor and audit events, as on the normal
   * path.
   *
   * The caller has checked that the actor led the session for these trainees (assignment
   * or group); this checks the ledger's own rules: not in the future, a category the
   * program accepts on that date, never the actor's own hours.
   *
   * @example
   *   const entries = await hours.creditSupervisionSession(manager, actor, {
   *     programId, supervisionSessionId: session.id, traineeIds, date: '2025-03-03',
   *     minutes: 90, category: 'SUPERVISION_GROUP', modality: 'IN_PERSON', site: 'Clinic',
   *   });
   */
  async creditSupervisionSession(manager: EntityManager, actor: Actor, hours: SupervisionSessionHours): Promise<HourEntry[]> {
    const fields: FieldError[] = [];
    if (hours.date > latestLoggableDate()) fields.push({ field: 'date', message: 'must not be in the future' });
    if (hours.traineeIds.includes(actor.userId)) fields.push({ field: 'traineeIds', message: 'must not include the verifying supervisor' });
    const versions = await this.requirements.versionsOf(hours.programId, manager);
    if (!acceptsCategory(versions, hours.date, hours.category)) {
      fields.push({ field: 'category', message: `is not an hour category this program accepts on ${hours.date}` });
    }
    if (fields.length) throw DomainError.badInput(`The session's hours cannot be credited: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`, fields);
    if (hours.traineeIds.length === 0) return [];
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO hour_entries
         (program_id, trainee_id, supervisor_id, site, occurred_on, minutes, category, modality, status, submitted_at,
          supervision_session_id, created_by_id)
       SELECT $1, t.trainee_id, $2, $3, $4, $5, $6, $7, 'SUBMITTED', now(), $8, $2
         FROM unnest($9::uuid[]) AS t(trainee_id)
       RETURNING id`,
      [hours.programId, actor.userId, hours.site.trim(), hours.date, hours.minutes, hours.category, hours.modality, hours.supervisionSessionId, hours.traineeIds],
    );
    const ids = rows.map((r) => r.id);
    await manager.query(
      `UPDATE hour_entries SET status = 'VERIFIED', verified_by_id = $2, verified_at = now() WHERE id = ANY($1::uuid[])`,
      [ids, actor.userId],
    );
    // One statement per kind, stamped with clock_timestamp(), so the events of an entry read in the order they happened.
    for (const kind of ['LOGGED', 'SUBMITTED', 'VERIFIED'] as const) {
      await manager.query(
        `INSERT INTO hour_entry_events (entry_id, program_id, kind, actor_id, occurred_at)
         SELECT e.id, e.program_id, $2, $3, clock_timestamp() FROM hour_entries e WHERE e.id = ANY($1::uuid[])`,
        [ids, kind, actor.userId],
      );
    }
    const entries = await this.reloadMany(manager, ids);
    await this.audit.recordMany(
      manager,
      actor,
      entries.flatMap((e) => [
        { ...auditOf('hours.logged', e), metadata: { supervisionSessionId: hours.supervisionSessionId } },
        { ...auditOf('hours.verified', e), metadata: { from: 'SUBMITTED', to: 'VERIFIED', supervisionSessionId: hours.supervisionSessionId } },
      ]),
    );
    return entries;
  }

  /**
   * Voids the hours a cancelled supervision session credited, per the ledger rules: each
   * attendee's verified entry gets a correction of 0 minutes with the reason, verified by
   * the same supervisor, so the original stays in the ledger but no longer counts.
   * Runs inside the caller's transaction; answers the corrections.
   */
  async voidSupervisionSession(manager: EntityManager, actor: Actor, supervisionSessionId: string, reason: string): Promise<HourEntry[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO hour_entries
         (program_id, trainee_id, supervisor_id, site, occurred_on, minutes, category, modality, status, submitted_at,
          corrects_id, correction_reason, supervision_session_id, created_by_id)
       SELECT e.program_id, e.trainee_id, e.supervisor_id, e.site, e.occurred_on, 0, e.category, e.modality, 'SUBMITTED', now(),
              e.id, $3, e.supervision_session_id, $2
         FROM hour_entries e
        WHERE e.supervision_session_id = $1 AND e.status = 'VERIFIED' AND e.corrects_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM hour_entries c WHERE c.corrects_id = e.id)
       RETURNING id`,
      [supervisionSessionId, actor.userId, reason],
    );
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return [];
    await manager.query(`UPDATE hour_entries SET status = 'VERIFIED', verified_by_id = $2, verified_at = now() WHERE id = ANY($1::uuid[])`, [ids, actor.userId]);
    for (const kind of ['LOGGED', 'SUBMITTED', 'VERIFIED'] as const) {
      await manager.query(
        `INSERT INTO hour_entry_events (entry_id, program_id, kind, actor_id, occurred_at)
         SELECT e.id, e.program_id, $2, $3, clock_timestamp() FROM hour_entries e WHERE e.id = ANY($1::uuid[])`,
        [ids, kind, actor.userId],
      );
    }
    const corrections = await this.reloadMany(manager, ids);
    await this.audit.recordMany(
      manager,
      actor,
      corrections.map((e) => ({ ...auditOf('hours.voided', e), metadata: { correctsId: e.correctsId, supervisionSessionId } })),
    );
    return corrections;
  }

  /** Entries by id, for field resolvers (no access check: the parent was checked). */
  byIds(ids: readonly string[]): Promise<HourEntry[]> {
    return this.dataSource.getRepository(HourEntry).findBy({ id: In([...ids]) });
  }

  /** Corrections of the given entries, keyed by the entry they correct. */
  async correctionsOf(ids: readonly string[]): Promise<HourEntry[]> {
    return this.dataSource.getRepository(HourEntry).findBy({ correctsId: In([...ids]) });
  }

  private async bulk(
    actor: Actor,
    entryIds: string[],
    to: HourEntryStatus,
    judge: (manager: EntityManager, entries: HourEntry[]) => Promise<Array<HourEntryProblem | null>>,
    apply: (manager: EntityManager, ids: string[]) => Promise<void>,
    reason?: string,
  ): Promise<BulkHoursPayload> {
    return this.uow.run(async ({ manager }) => {
      // Locked so that two supervisors acting at once cannot both change one entry.
      const found = await manager.getRepository(HourEntry).find({ where: { id: In(entryIds) }, lock: { mode: 'pessimistic_write' } });
      const visible = await this.visibleTo(manager, actor, found);
      const candidates = found.filter((e) => visible.has(e.id));
      const verdicts = await judge(manager, candidates);
      const problems = new Map<string, HourEntryProblem>();
      candidates.forEach((entry, i) => {
        const verdict = verdicts[i];
        if (verdict) problems.set(entry.id, verdict);
      });
      const accepted = candidates.filter((e) => !problems.has(e.id));
      if (accepted.length > 0) {
        await apply(manager, accepted.map((e) => e.id));
        await this.recordEvents(manager, actor, accepted, to as HourEntryEventKind, reason);
        await this.audit.recordMany(
          manager,
          actor,
          accepted.map((e) => ({ ...auditOf(`hours.${to.toLowerCase()}`, e), metadata: { from: e.status, to } })),
        );
      }
      const after = new Map((await this.reloadMany(manager, accepted.map((e) => e.id))).map((e) => [e.id, e]));
      const outcomes: HourEntryOutcome[] = entryIds.map((entryId) => {
        const entry = after.get(entryId);
        if (entry) return { entryId, ok: true, entry, problem: null };
        return { entryId, ok: false, entry: null, problem: problems.get(entryId) ?? problem(ErrorCode.NOT_FOUND, 'Hour entry not found') };
      });
      const succeeded = outcomes.filter((o) => o.ok).length;
      return { outcomes, succeeded, failed: outcomes.length - succeeded };
    });
  }

  /** Why the actor may not verify or return each entry, or null where they may. */
  private async supervisorProblems(
    manager: EntityManager,
    actor: Actor,
    entries: HourEntry[],
    verb: 'verify' | 'return',
  ): Promise<Array<HourEntryProblem | null>> {
    const assigned = new Set<string>();
    for (const [programId, ofProgram] of groupBy(entries, (e) => e.programId)) {
      const keys = await this.access.supervisedOn(
        programId,
        actor.userId,
        ofProgram.map((e) => ({ traineeId: e.traineeId, onDate: e.date })),
        manager,
      );
      keys.forEach((k) => assigned.add(`${programId}|${k}`));
    }
    return entries.map((entry) => {
      if (entry.traineeId === actor.userId) return problem(ErrorCode.FORBIDDEN, `Nobody may ${verb} their own hours`);
      if (!assigned.has(`${entry.programId}|${entry.traineeId}|${entry.date}`)) {
        return problem(ErrorCode.FORBIDDEN, `Only a supervisor assigned to the trainee on ${entry.date} may ${verb} this entry`);
      }
      if (entry.status !== 'SUBMITTED') return problem(ErrorCode.CONFLICT, `The entry is ${entry.status.toLowerCase()}, not submitted`);
      return null;
    });
  }

  /**
   * Ids of `entries` the actor may see: those of trainees they oversee today (see
   * AccessService.traineesOverseenBy) and those dated on a day they supervised the
   * trainee, so a supervisor whose assignment has ended can still verify its entries.
   */
  private async visibleTo(manager: EntityManager, actor: Actor, entries: HourEntry[]): Promise<Set<string>> {
    const visible = new Set<string>();
    for (const [programId, ofProgram] of groupBy(entries, (e) => e.programId)) {
      const trainees = await this.access.traineesOverseenBy(actor, programId, [...new Set(ofProgram.map((e) => e.traineeId))], undefined, manager);
      const rest = ofProgram.filter((e) => !trainees.has(e.traineeId));
      const supervised = await this.access.supervisedOn(programId, actor.userId, rest.map((e) => ({ traineeId: e.traineeId, onDate: e.date })), manager);
      ofProgram
        .filter((e) => trainees.has(e.traineeId) || supervised.has(`${e.traineeId}|${e.date}`))
        .forEach((e) => visible.add(e.id));
    }
    return visible;
  }

  /** The actor's own entry, locked: NOT_FOUND when they cannot see it, FORBIDDEN when it is someone else's. */
  private async ownEntry(manager: EntityManager, actor: Actor, id: string, verb: string): Promise<HourEntry> {
    const entry = await manager.getRepository(HourEntry).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!entry || !(await this.visibleTo(manager, actor, [entry])).has(entry.id)) throw DomainError.notFound('Hour entry');
    if (entry.traineeId !== actor.userId) throw DomainError.forbidden(`Only the trainee may ${verb} their hours`);
    return entry;
  }

  /**
   * Refuses content that cannot be stored, reporting every problem by field: a date in
   * the future, a supervisor not assigned to the trainee on that date, a category the
   * program does not accept on that date.
   */
  private async checkContent(manager: EntityManager, programId: string, traineeId: string, content: EntryContent): Promise<void> {
    const fields: FieldError[] = [];
    if (content.date > latestLoggableDate()) fields.push({ field: 'date', message: 'must not be in the future' });
    else if (!(await this.access.isAssignedSupervisor(programId, content.supervisorId, traineeId, content.date, manager))) {
      fields.push({ field: 'supervisorId', message: `is not a supervisor assigned to the trainee on ${content.date}` });
    }
    const versions = await this.requirements.versionsOf(programId, manager);
    if (!acceptsCategory(versions, content.date, content.category)) {
      fields.push({ field: 'category', message: `is not an hour category this program accepts on ${content.date}` });
    }
    if (fields.length) throw DomainError.badInput(`The hours cannot be logged: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`, fields);
  }

  private async insertEntry(
    manager: EntityManager,
    actor: Actor,
    programId: string,
    c: EntryContent,
    submit: boolean,
    correction: { correctsId: string; reason: string } | null,
  ): Promise<HourEntry> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO hour_entries
         (program_id, trainee_id, supervisor_id, site, occurred_on, minutes, category, modality, note, status, submitted_at,
          corrects_id, correction_reason, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CASE WHEN $10 = 'SUBMITTED' THEN now() END, $11, $12, $2)
       RETURNING id`,
      [
        programId,
        actor.userId,
        c.supervisorId,
        c.site,
        c.date,
        c.minutes,
        c.category,
        c.modality,
        c.note,
        submit ? 'SUBMITTED' : 'DRAFT',
        correction?.correctsId ?? null,
        correction?.reason ?? null,
      ],
    );
    const entry = await this.reload(manager, rows[0].id);
    await this.recordEvents(manager, actor, [entry], 'LOGGED');
    if (submit) await this.recordEvents(manager, actor, [entry], 'SUBMITTED');
    return entry;
  }

  private async recordEvents(manager: EntityManager, actor: Actor, entries: HourEntry[], kind: HourEntryEventKind, reason?: string): Promise<void> {
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO hour_entry_events (entry_id, program_id, kind, actor_id, reason)
       SELECT e.id, e.program_id, $2, $3, $4 FROM hour_entries e WHERE e.id = ANY($1::uuid[])`,
      [entries.map((e) => e.id), kind, actor.userId, kind === 'RETURNED' ? reason : null],
    );
  }

  private reload(manager: EntityManager, id: string): Promise<HourEntry> {
    return manager.getRepository(HourEntry).findOneByOrFail({ id });
  }

  private reloadMany(manager: EntityManager, ids: string[]): Promise<HourEntry[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.getRepository(HourEntry).findBy({ id: In(ids) });
  }
}

function pickContent(input: EntryContent | LogHoursInput): Omit<EntryContent, 'note'> {
  return {
    supervisorId: input.supervisorId,
    site: input.site.trim(),
    date: input.date,
    minutes: input.minutes,
    category: input.category,
    modality: input.modality,
  };
}

/** `base` with the fields `changes` gives; `note: null` clears the note. */
function mergeContent(base: HourEntry, changes: HourEntryChangesInput): EntryContent {
  return {
    supervisorId: changes.supervisorId ?? base.supervisorId,
    site: (changes.site ?? base.site).trim(),
    date: changes.date ?? base.date,
    minutes: changes.minutes ?? base.minutes,
    category: changes.category ?? base.category,
    modality: changes.modality ?? base.modality,
    note: changes.note === undefined ? base.note : changes.note,
  };
}

/** The free-text fields a write carries, for the de-identification guard (REJECT only here). */
function presentTexts(texts: Record<string, string | null | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
}

function problem(code: ErrorCode, message: string): HourEntryProblem {
  return { code, message };
}

function auditOf(action: string, entry: HourEntry): AuditEntry {
  return { action, targetType: 'hour_entry', targetId: entry.id, programId: entry.programId };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}
