import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { getPGliteInstance } from 'typeorm-pglite';
import { codeOf, dataOf, startTestApp, TestApp } from './support/harness';
import { addMember, assign, createStaffedProgram, TestProgram } from './support/factories';
import {
  CORRECT_ENTRY,
  HOUR_ENTRIES,
  HOURS_PROGRESS,
  LOG_HOURS,
  logEntry,
  RETURN_HOURS,
  SET_REQUIREMENTS,
  SUBMIT_HOURS,
  UPDATE_ENTRY,
  VERIFY_HOURS,
  VERIFY_LEDGER,
  verifiedEntries,
} from './hours.fixtures';

describe('hour entries', () => {
  let t: TestApp;
  let p: TestProgram;
  beforeAll(async () => {
    t = await startTestApp();
  });
  beforeEach(async () => {
    p = await createStaffedProgram(t, { supervisors: 2, trainees: 2 });
  });
  afterAll(() => t.close());

  const entriesOf = async (token: string, vars: Record<string, unknown> = {}) =>
    dataOf(await t.gql(HOUR_ENTRIES, { programId: p.id, first: 100, ...vars }, token)).hourEntries.edges.map((e: any) => e.node);

  describe('lifecycle', () => {
    it('takes an entry from draft through submission to a signed verification, recording who and when', async () => {
      const draft = await logEntry(t, p, { date: '2025-03-03', minutes: 50, category: 'DIRECT_INDIVIDUAL' });
      expect(draft).toMatchObject({ status: 'DRAFT', minutes: 50, hours: 0.83, signature: null });
      const submitted = dataOf(await t.gql(SUBMIT_HOURS, { input: { entryIds: [draft.id] } }, p.trainees[0].token)).submitHours;
      expect(submitted).toMatchObject({ succeeded: 1, failed: 0 });
      const verified = dataOf(await t.gql(VERIFY_HOURS, { input: { entryIds: [draft.id] } }, p.supervisors[0].token)).verifyHours;
      expect(verified.outcomes[0].entry).toMatchObject({ status: 'VERIFIED', verifiedById: p.supervisors[0].id });
      expect(verified.outcomes[0].entry.signature).toMatch(/^[0-9a-f]{64}$/);
      const [entry] = await entriesOf(p.trainees[0].token);
      expect(entry.events.map((e: any) => [e.kind, e.actorId])).toEqual([
        ['LOGGED', p.trainees[0].id],
        ['SUBMITTED', p.trainees[0].id],
        ['VERIFIED', p.supervisors[0].id],
      ]);
      expect(entry.events.every((e: any) => !Number.isNaN(Date.parse(e.occurredAt)))).toBe(true);
    });

    it('returns one entry of a bulk with a reason and leaves the others as they were', async () => {
      const ids: string[] = [];
      for (const date of ['2025-03-03', '2025-03-04', '2025-03-05']) ids.push((await logEntry(t, p, { date }, { submit: true })).id);
      const returned = dataOf(await t.gql(RETURN_HOURS, { input: { entryIds: [ids[1]], reason: 'This was a group session' } }, p.supervisors[0].token)).returnHours;
      expect(returned).toMatchObject({ succeeded: 1, failed: 0 });
      expect(returned.outcomes[0].entry).toMatchObject({ status: 'RETURNED', returnReason: 'This was a group session' });

      const byId = new Map((await entriesOf(p.supervisors[0].token)).map((e: any) => [e.id, e]));
      expect([ids[0], ids[1], ids[2]].map((id) => (byId.get(id) as any).status)).toEqual(['SUBMITTED', 'RETURNED', 'SUBMITTED']);
      expect((byId.get(ids[1]) as any).events.at(-1)).toMatchObject({ kind: 'RETURNED', reason: 'This was a group session', actorId: p.supervisors[0].id });

      // The trainee fixes the returned entry and resubmits it; the others are verified meanwhile.
      const fixed = dataOf(await t.gql(UPDATE_ENTRY, { input: { id: ids[1], category: 'DIRECT_GROUP' } }, p.trainees[0].token)).updateHourEntry;
      expect(fixed).toMatchObject({ status: 'RETURNED', category: 'DIRECT_GROUP' });
      dataOf(await t.gql(SUBMIT_HOURS, { input: { entryIds: [ids[1]] } }, p.trainees[0].token));
      const all = dataOf(await t.gql(VERIFY_HOURS, { input: { entryIds: ids } }, p.supervisors[0].token)).verifyHours;
      expect(all).toMatchObject({ succeeded: 3, failed: 0 });
      expect(all.outcomes[1].entry.returnReason).toBeNull();
    });

    it('acts on every entry of a bulk apart and reports each outcome in order', async () => {
      const submitted = await logEntry(t, p, { date: '2025-03-03' }, { submit: true });
      const draft = await logEntry(t, p, { date: '2025-03-04' });
      const othersEntry = await logEntry(t, p, { date: '2025-03-04' }, { trainee: 1, submit: true });
      const unknown = '00000000-0000-4000-8000-000000000000';
      const res = dataOf(
        await t.gql(VERIFY_HOURS, { input: { entryIds: [draft.id, unknown, submitted.id, othersEntry.id] } }, p.supervisors[0].token),
      ).verifyHours;
      expect(res).toMatchObject({ succeeded: 1, failed: 3 });
      expect(res.outcomes.map((o: any) => [o.entryId, o.ok, o.problem?.code ?? null])).toEqual([
        [draft.id, false, 'CONFLICT'],
        [unknown, false, 'NOT_FOUND'],
        [submitted.id, true, null],
        [othersEntry.id, false, 'NOT_FOUND'],
      ]);
    });

    it('lets a supervisor read an assigned trainee’s drafts but not change them', async () => {
      const draft = await logEntry(t, p, { date: '2025-03-03', note: 'Intake session; alliance building' });
      const seen = await entriesOf(p.supervisors[0].token);
      expect(seen.map((e: any) => [e.id, e.status, e.note])).toEqual([[draft.id, 'DRAFT', 'Intake session; alliance building']]);
      // Program admins see the hours, not the clinical note.
      expect((await entriesOf(p.admin.token)).map((e: any) => [e.id, e.note])).toEqual([[draft.id, null]]);
      expect(codeOf(await t.gql(UPDATE_ENTRY, { input: { id: draft.id, minutes: 10 } }, p.supervisors[0].token))).toBe('FORBIDDEN');
      const submit = dataOf(await t.gql(SUBMIT_HOURS, { input: { entryIds: [draft.id] } }, p.supervisors[0].token)).submitHours;
      expect(submit.outcomes[0].problem.code).toBe('FORBIDDEN');
      const verify = dataOf(await t.gql(VERIFY_HOURS, { input: { entryIds: [draft.id] } }, p.supervisors[0].token)).verifyHours;
      expect(verify.outcomes[0].problem.code).toBe('CONFLICT');
    });
  });

  describe('who verifies', () => {
    it('refuses self-verification, even by a person who is also a supervisor in the program', async () => {
      const own = await logEntry(t, p, { date: '2025-03-03' }, { submit: true });
      const bySelf = dataOf(await t.gql(VERIFY_HOURS, { input: { entryIds: [own.id] } }, p.trainees[0].token)).verifyHours;
      expect(bySelf.outcomes[0]).toMatchObject({ ok: false, problem: { code: 'FORBIDDEN', message: 'Nobody may verify their own hours' } });

      // A supervisor who is also a trainee here logs hours supervised by a colleague.
      const dual = p.supervisors[1];
      await addMember(t, p.id, p.admin, 'TRAINEE', dual);
      await assign(t, p.id, p.admin, dual, p.supervisors[0]);
      const input = { programId: p.id, supervisorId: p.supervisors[0].id, site: 'Clinic', date: '2025-03-03', minutes: 60, category: 'DIRECT_INDIVIDUAL', modality: 'IN_PERSON', submit: true };
      const dualEntry = dataOf(await t.gql(LOG_HOURS, { input }, dual.token)).logHours;
      const res = dataOf(await t.gql(VERIFY_HOURS, { input: { entryIds: [dualEntry.id] } }, dual.token)).verifyHours;
      expect(res.outcomes[0].problem.code).toBe('FORBIDDEN');
      const entries = await entriesOf(p.admin.token, { traineeId: dual.id });
      expect(entries[0].status).toBe('SUBMITTED');
    });

    it('refuses a supervisor who was not assigned to the trainee on the entry’s date', async () => {
      const entry = await logEntry(t, p, { date: '2025-03-03' }, { submit: true });
      // Supervisor 1 takes trainee 0 on from June: they see the entry but did not supervise that day.
      await assign(t, p.id, p.admin, p.trainees[0], p.supervisors[1], '2025-06-01');
      const res = dataOf(await t.gql(VERIFY_HOURS, { input: { entryIds: [entry.id] } }, p.supervisors[1].token)).verifyHours;
      expect(res.outcomes[0]).toMatchObject({
        ok: false,
        problem: { code: 'FORBIDDEN', message: 'Only a supervisor assigned to the trainee on 2025-03-03 may verify this entry' },
      });
      const back = dataOf(await t.gql(RETURN_HOURS, { input: { entryIds: [entry.id], reason: 'not mine' } }, p.supervisors[1].token)).returnHours;
      expect(back.outcomes[0].problem.code).toBe('FORBIDDEN');
      // A program admin who supervises nobody cannot verify either.
      const byAdmin = dataOf(await t.gql(VERIFY_HOURS, { input: { entryIds: [entry.id] } }, p.admin.token)).verifyHours;
      expect(byAdmin.outcomes[0].problem.code).toBe('FORBIDDEN');
    });
  });

  describe('bad input', () => {
    const base = () => ({ programId: p.id, supervisorId: p.supervisors[0].id, site: 'Clinic', date: '2025-03-03', minutes: 60, category: 'DIRECT_INDIVIDUAL', modality: 'IN_PERSON' });
    const fieldsOf = (res: any) => res.errors?.[0]?.extensions?.fields?.map((f: any) => f.field);

    it.each([
      ['zero minutes', { minutes: 0 }, 'minutes'],
      ['negative minutes', { minutes: -30 }, 'minutes'],
      ['more than 24 hours', { minutes: 24 * 60 + 1 }, 'minutes'],
      ['a date that is not a date', { date: '2025-02-30' }, 'date'],
      ['a date in the future', { date: '2999-01-01' }, 'date'],
    ])('refuses %s with a typed error and stores nothing', async (_name, change, field) => {
      const res = await t.gql(LOG_HOURS, { input: { ...base(), ...change } }, p.trainees[0].token);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual([field]);
      expect(await entriesOf(p.admin.token)).toEqual([]);
    });

    it('refuses a supervisor not assigned to the trainee on that date', async () => {
      const res = await t.gql(LOG_HOURS, { input: { ...base(), supervisorId: p.supervisors[1].id } }, p.trainees[0].token);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.fields).toEqual([{ field: 'supervisorId', message: 'is not a supervisor assigned to the trainee on 2025-03-03' }]);
      const early = await t.gql(LOG_HOURS, { input: { ...base(), date: '2019-12-31' } }, p.trainees[0].token);
      expect(fieldsOf(early)).toEqual(['supervisorId']);
      expect(await entriesOf(p.admin.token)).toEqual([]);
    });

    it('refuses a category the program does not accept, and an unknown category', async () => {
      const set = { id: 'practicum', name: 'Practicum', source: 'Handbook', effectiveFrom: '2025-01-01', rules: [{ id: 'total', kind: 'TOTAL_MIN', hours: 100 }] };
      const categories = ['DIRECT_INDIVIDUAL', 'DIRECT_GROUP', 'SUPERVISION_INDIVIDUAL'];
      dataOf(await t.gql(SET_REQUIREMENTS, { input: { programId: p.id, requirementSet: set, categories } }, p.admin.token));
      const res = await t.gql(LOG_HOURS, { input: { ...base(), category: 'DIDACTIC' } }, p.trainees[0].token);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['category']);
      expect(codeOf(await t.gql(LOG_HOURS, { input: { ...base(), category: 'YOGA' } }, p.trainees[0].token))).toBe('BAD_USER_INPUT');
      expect(await entriesOf(p.admin.token)).toEqual([]);
    });

    it('refuses a note that identifies the client with PHI_DETECTED and stores nothing', async () => {
      const res = await t.gql(LOG_HOURS, { input: { ...base(), note: 'Intake with Marisol; she asked me to call 207-555-0162' } }, p.trainees[0].token);
      expect(codeOf(res)).toBe('PHI_DETECTED');
      expect(res.errors![0].extensions!.findings.map((f: any) => [f.field, f.kind])).toEqual(expect.arrayContaining([['note', 'PHONE']]));
      expect(await entriesOf(p.admin.token)).toEqual([]);
    });

    it('refuses hours logged by someone who is not a trainee of the program', async () => {
      const res = await t.gql(LOG_HOURS, { input: { ...base(), supervisorId: p.supervisors[1].id } }, p.supervisors[0].token);
      expect(codeOf(res)).toBe('FORBIDDEN');
    });
  });

  describe('reading', () => {
    it('shows trainees their own hours, supervisors their assigned trainees’, admins everyone’s', async () => {
      const mine = await logEntry(t, p, { date: '2025-03-03' });
      const theirs = await logEntry(t, p, { date: '2025-03-04' }, { trainee: 1 });
      const ids = async (token: string, vars?: Record<string, unknown>) => (await entriesOf(token, vars)).map((e: any) => e.id).sort();
      expect(await ids(p.trainees[0].token)).toEqual([mine.id]);
      expect(await ids(p.supervisors[1].token)).toEqual([theirs.id]);
      expect(await ids(p.admin.token)).toEqual([mine.id, theirs.id].sort());
      expect(codeOf(await t.gql(HOUR_ENTRIES, { programId: p.id, traineeId: p.trainees[1].id }, p.trainees[0].token))).toBe('FORBIDDEN');
      const outsider = await createStaffedProgram(t, { supervisors: 1, trainees: 1 });
      expect(codeOf(await t.gql(HOUR_ENTRIES, { programId: p.id }, outsider.trainees[0].token))).toBe('NOT_FOUND');
    });

    it('keeps showing a supervisor the entries of an assignment that has ended, and no newer ones', async () => {
      const q = await createStaffedProgram(t, { supervisors: 2, trainees: 1, assignAll: false });
      const ended = await assign(t, q.id, q.admin, q.trainees[0], q.supervisors[0], '2025-01-01');
      await assign(t, q.id, q.admin, q.trainees[0], q.supervisors[1], '2025-01-01');
      const [verified] = await verifiedEntries(t, q, [{ date: '2025-02-03' }]);
      dataOf(await t.gql(`mutation ($input: EndAssignmentInput!) { endAssignment(input: $input) { id } }`, { input: { assignmentId: ended, endsOn: '2025-02-28' } }, q.admin.token));
      const later = await logEntry(t, q, { date: '2025-03-10' }, { supervisor: 1 });
      const seen = (await t.gql(HOUR_ENTRIES, { programId: q.id, traineeId: q.trainees[0].id, first: 50 }, q.supervisors[0].token)).data!.hourEntries.edges.map((e: any) => e.node.id);
      expect(seen).toEqual([verified]);
      expect(seen).not.toContain(later.id);
    });

    it('pages newest first with opaque cursors', async () => {
      for (const date of ['2025-03-01', '2025-03-02', '2025-03-03']) await logEntry(t, p, { date });
      const first = dataOf(await t.gql(HOUR_ENTRIES, { programId: p.id, first: 2 }, p.trainees[0].token)).hourEntries;
      expect(first.edges.map((e: any) => e.node.date)).toEqual(['2025-03-03', '2025-03-02']);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const next = dataOf(await t.gql(HOUR_ENTRIES, { programId: p.id, first: 2, after: first.pageInfo.endCursor }, p.trainees[0].token)).hourEntries;
      expect(next.edges.map((e: any) => e.node.date)).toEqual(['2025-03-01']);
      expect(next.pageInfo.hasNextPage).toBe(false);
      expect(codeOf(await t.gql(HOUR_ENTRIES, { programId: p.id, after: 'garbage' }, p.trainees[0].token))).toBe('BAD_USER_INPUT');
    });
  });

  describe('the ledger', () => {
    it('never changes a verified entry: edits are refused and a correction replaces it once verified', async () => {
      const [original] = await verifiedEntries(t, p, [{ date: '2025-03-03', hours: 1, category: 'DIRECT_INDIVIDUAL' }]);
      expect(codeOf(await t.gql(UPDATE_ENTRY, { input: { id: original, minutes: 90 } }, p.trainees[0].token))).toBe('CONFLICT');

      const correction = dataOf(
        await t.gql(CORRECT_ENTRY, { input: { entryId: original, minutes: 90, reason: 'Session ran long', submit: true } }, p.trainees[0].token),
      ).correctHourEntry;
      expect(correction).toMatchObject({ status: 'SUBMITTED', correctsId: original, correctionReason: 'Session ran long', minutes: 90, date: '2025-03-03' });
      expect(codeOf(await t.gql(CORRECT_ENTRY, { input: { entryId: original, minutes: 80, reason: 'again' } }, p.trainees[0].token))).toBe('CONFLICT');

      const progress = async () =>
        dataOf(await t.gql(HOURS_PROGRESS, { programId: p.id, traineeId: p.trainees[0].id, asOf: '2025-12-31' }, p.trainees[0].token)).hoursProgress;
      const pending = await progress();
      expect(pending).toMatchObject({ verifiedHours: 1, pendingHours: 1.5 });

      dataOf(await t.gql(VERIFY_HOURS, { input: { entryIds: [correction.id] } }, p.supervisors[0].token));
      const after = await progress();
      expect(after).toMatchObject({ verifiedHours: 1.5, pendingHours: 0 });
      expect(after.categories.find((c: any) => c.category === 'DIRECT_INDIVIDUAL')).toMatchObject({ verifiedHours: 1.5, supersededHours: 1 });
      const listed = (await entriesOf(p.trainees[0].token)).find((e: any) => e.id === original);
      expect(listed).toMatchObject({ status: 'VERIFIED', minutes: 60, correction: { id: correction.id, status: 'VERIFIED' } });
    });

    it('refuses an UPDATE or DELETE of a verified row through the app’s own database connection', async () => {
      const [id] = await verifiedEntries(t, p, [{ date: '2025-03-03', hours: 1 }]);
      const db = t.app.get(DataSource);
      await expect(db.query(`UPDATE hour_entries SET minutes = 600 WHERE id = $1`, [id])).rejects.toThrow(/verified and cannot change/);
      await expect(db.query(`DELETE FROM hour_entries WHERE id = $1`, [id])).rejects.toThrow(/verified and cannot be deleted/);
      await expect(db.query(`UPDATE hour_entry_events SET reason = 'x' WHERE entry_id = $1`, [id])).rejects.toThrow(/append-only/);
      const [row] = await db.query(`SELECT minutes, status FROM hour_entries WHERE id = $1`, [id]);
      expect(row).toEqual({ minutes: 60, status: 'VERIFIED' });
    });

    it('finds a verified row altered behind the app’s back by a superuser', async () => {
      const ids = await verifiedEntries(t, p, [
        { date: '2025-03-03', hours: 1 },
        { date: '2025-03-04', hours: 2 },
      ]);
      const clean = dataOf(await t.gql(VERIFY_LEDGER, { programId: p.id }, p.admin.token)).verifyLedger;
      expect(clean).toMatchObject({ ok: true, checkedEntries: 2, mismatches: [] });

      await asSuperuserWithoutTriggers(t, `UPDATE hour_entries SET minutes = 600 WHERE id = '${ids[1]}'`);
      const tampered = dataOf(await t.gql(VERIFY_LEDGER, { programId: p.id }, p.admin.token)).verifyLedger;
      expect(tampered.ok).toBe(false);
      expect(tampered.mismatches).toHaveLength(1);
      expect(tampered.mismatches[0]).toMatchObject({ entryId: ids[1], traineeId: p.trainees[0].id, problem: 'CONTENT_CHANGED' });
      expect(tampered.mismatches[0].recomputedSignature).not.toEqual(tampered.mismatches[0].storedSignature);

      await asSuperuserWithoutTriggers(t, `DELETE FROM hour_entries WHERE id = '${ids[0]}'`);
      const deleted = dataOf(await t.gql(VERIFY_LEDGER, { programId: p.id }, p.admin.token)).verifyLedger;
      expect(deleted.mismatches.map((m: any) => [m.entryId, m.problem]).sort()).toEqual(
        [[ids[0], 'ENTRY_MISSING'], [ids[1], 'CONTENT_CHANGED']].sort(),
      );
      expect(codeOf(await t.gql(VERIFY_LEDGER, { programId: p.id }, p.supervisors[0].token))).toBe('FORBIDDEN');
    });
  });
});

/**
 * Runs SQL as a superuser with triggers (and so foreign keys) switched off, as someone
 * editing the database by hand would: a raw connection on PostgreSQL, the embedded
 * instance itself on PGlite (whose only user is a superuser).
 */
async function asSuperuserWithoutTriggers(t: TestApp, sql: string): Promise<void> {
  if (t.db.kind === 'postgres') {
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL session_replication_role = replica');
      await client.query(sql);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    return;
  }
  const pglite = await getPGliteInstance();
  await pglite.transaction(async (tx) => {
    await tx.query('SET LOCAL session_replication_role = replica');
    await tx.query(sql);
  });
}
