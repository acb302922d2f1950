import { randomUUID } from 'node:crypto';
import { codeOf, dataOf, GqlResponse, startTestApp, TestApp } from './support/harness';
import { addMember, createStaffedProgram, TestProgram, TestUser } from './support/factories';
import { collect, sleep } from './support/live';
import { createThread } from './support/threads';
import { rawQuery } from './support/test-database';
import { HOURS_PROGRESS } from './hours.fixtures';

/**
 * Supervision sessions through GraphQL: recording, completing (which credits each attendee
 * a verified SUPERVISION_* hour entry), cancelling, private notes and the live notice to
 * attendees. 2025-03-03 is a Monday; assignments start 2020-01-01.
 */
describe('supervision sessions', () => {
  let t: TestApp;
  let p: TestProgram;
  beforeAll(async () => {
    t = await startTestApp();
  });
  beforeEach(async () => {
    // trainees 0 and 2 are assigned to supervisor 0, trainee 1 to supervisor 1.
    p = await createStaffedProgram(t, { supervisors: 2, trainees: 3 });
  });
  afterAll(() => t.close());

  const record = (by: TestUser, input: Record<string, unknown>): Promise<GqlResponse> =>
    t.gql(RECORD, { input: { programId: p.id, kind: 'INDIVIDUAL', startsAt: '2025-03-03T15:00:00Z', durationMinutes: 60, ...input } }, by.token);
  const complete = (by: TestUser, sessionId: string, extra: Record<string, unknown> = {}): Promise<GqlResponse> =>
    t.gql(COMPLETE, { input: { sessionId, site: 'University Counseling Clinic', ...extra } }, by.token);
  const groupOf = async (supervisor: TestUser, trainees: TestUser[]): Promise<string> =>
    dataOf(await t.gql(CREATE_GROUP, { input: { programId: p.id, name: `Group ${randomUUID().slice(0, 6)}`, supervisorIds: [supervisor.id], traineeIds: trainees.map((x) => x.id) } }, p.admin.token))
      .createSupervisionGroup.id;
  const storedSessions = async () => (await rawQuery<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM supervision_sessions WHERE program_id = $1`, [p.id]))[0].n;

  it('completes a group session with one verified entry per attendee that counts toward hoursProgress', async () => {
    const groupId = await groupOf(p.supervisors[1], [p.trainees[0], p.trainees[1]]);
    const recorded = dataOf(
      await record(p.supervisors[1], { kind: 'GROUP', groupId, traineeIds: [p.trainees[0].id, p.trainees[1].id], durationMinutes: 90 }),
    ).recordSupervisionSession;
    expect(recorded).toMatchObject({ status: 'SCHEDULED', kind: 'GROUP', date: '2025-03-03', durationMinutes: 90 });

    const done = dataOf(await complete(p.supervisors[1], recorded.id)).completeSupervisionSession;
    expect(done.status).toBe('COMPLETED');
    expect(done.completedAt).not.toBeNull();
    expect(done.attendees).toHaveLength(2);
    for (const attendee of done.attendees) {
      expect(attendee.hourEntry).toMatchObject({
        traineeId: attendee.trainee.id,
        status: 'VERIFIED',
        category: 'SUPERVISION_GROUP',
        modality: 'IN_PERSON',
        minutes: 90,
        date: '2025-03-03',
        supervisorId: p.supervisors[1].id,
        verifiedById: p.supervisors[1].id,
        supervisionSessionId: recorded.id,
      });
      expect(attendee.hourEntry.signature).toMatch(/^[0-9a-f]{64}$/);
      expect(attendee.hourEntry.events.map((e: any) => e.kind)).toEqual(['LOGGED', 'SUBMITTED', 'VERIFIED']);
    }
    expect(new Set(done.attendees.map((a: any) => a.trainee.id))).toEqual(new Set([p.trainees[0].id, p.trainees[1].id]));

    const progress = dataOf(await t.gql(HOURS_PROGRESS, { programId: p.id, traineeId: p.trainees[0].id, asOf: '2025-03-31' }, p.trainees[0].token)).hoursProgress;
    const group = progress.categories.find((c: any) => c.category === 'SUPERVISION_GROUP');
    expect(group).toMatchObject({ verifiedHours: 1.5, pendingHours: 0 });
    expect(progress.verifiedHours).toBe(1.5);

    // The ledger recomputes every signature and finds the verifications recorded.
    expect(dataOf(await t.gql(VERIFY_LEDGER, { programId: p.id }, p.admin.token)).verifyLedger).toMatchObject({ ok: true, checkedEntries: 2 });

    const again = await complete(p.supervisors[1], recorded.id);
    expect(codeOf(again)).toBe('CONFLICT');
    const entries = await rawQuery(t.db, `SELECT id FROM hour_entries WHERE supervision_session_id = $1`, [recorded.id]);
    expect(entries).toHaveLength(2);
  });

  it('credits an individual session as SUPERVISION_INDIVIDUAL and a triadic one to both trainees, by telehealth when asked', async () => {
    const individual = dataOf(await record(p.supervisors[0], { traineeIds: [p.trainees[2].id] })).recordSupervisionSession;
    const one = dataOf(await complete(p.supervisors[0], individual.id)).completeSupervisionSession;
    expect(one.attendees[0].hourEntry).toMatchObject({ category: 'SUPERVISION_INDIVIDUAL', minutes: 60, modality: 'IN_PERSON' });

    const triadic = dataOf(await record(p.supervisors[0], { kind: 'TRIADIC', traineeIds: [p.trainees[0].id, p.trainees[2].id], durationMinutes: 45 })).recordSupervisionSession;
    const two = dataOf(await complete(p.supervisors[0], triadic.id, { modality: 'TELEHEALTH' })).completeSupervisionSession;
    expect(two.attendees.map((a: any) => a.hourEntry.category)).toEqual(['SUPERVISION_TRIADIC', 'SUPERVISION_TRIADIC']);
    expect(two.attendees.map((a: any) => a.hourEntry.modality)).toEqual(['TELEHEALTH', 'TELEHEALTH']);
  });

  it('takes exactly one trainee for INDIVIDUAL and two for TRIADIC, and a group only for GROUP', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ kind: 'INDIVIDUAL', traineeIds: [p.trainees[0].id, p.trainees[2].id] }, 'traineeIds'],
      [{ kind: 'TRIADIC', traineeIds: [p.trainees[0].id] }, 'traineeIds'],
      [{ kind: 'GROUP', traineeIds: [p.trainees[0].id] }, 'groupId'],
    ];
    for (const [input, field] of cases) {
      const res = await record(p.supervisors[0], input);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.fields.map((f: any) => f.field)).toContain(field);
    }
    expect(await storedSessions()).toBe(0);
  });

  it('refuses unknown or unassigned attendees, durations outside 1 to 600 minutes and unreadable threads, storing nothing', async () => {
    const otherThread = await createThread(t, p.trainees[1], p.id); // supervisor 1's trainee: unreadable by supervisor 0
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ traineeIds: [randomUUID()] }, 'traineeIds.0', 'is not a trainee of this program'],
      [{ traineeIds: [p.trainees[1].id] }, 'traineeIds.0', 'is not assigned to you on 2025-03-03'],
      [{ traineeIds: [p.trainees[0].id], durationMinutes: 0 }, 'durationMinutes', 'must be at least 1 minute'],
      [{ traineeIds: [p.trainees[0].id], durationMinutes: 601 }, 'durationMinutes', 'must be at most 600 minutes'],
      [{ traineeIds: [p.trainees[0].id], threadIds: [otherThread.id] }, 'threadIds.0', 'is not a thread of this program you can read'],
      [{ traineeIds: [p.trainees[0].id], threadIds: [randomUUID()] }, 'threadIds.0', 'is not a thread of this program you can read'],
    ];
    for (const [input, field, message] of cases) {
      const res = await record(p.supervisors[0], input);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.fields).toContainEqual({ field, message });
    }
    // Assigned only from 2025-06-01: not on the session's date.
    const late = await addMember(t, p.id, p.admin, 'TRAINEE');
    dataOf(await t.gql(ASSIGN, { input: { programId: p.id, traineeId: late.id, supervisorId: p.supervisors[0].id, startsOn: '2025-06-01' } }, p.admin.token));
    expect(codeOf(await record(p.supervisors[0], { traineeIds: [late.id] }))).toBe('BAD_USER_INPUT');
    expect(await storedSessions()).toBe(0);
    expect(await rawQuery(t.db, `SELECT 1 FROM audit_events WHERE program_id = $1 AND action LIKE 'supervision.session%'`, [p.id])).toHaveLength(0);
  });

  it('lets only supervisors record and only the session’s supervisor complete or cancel', async () => {
    expect(codeOf(await record(p.trainees[0], { traineeIds: [p.trainees[0].id] }))).toBe('FORBIDDEN');
    const session = dataOf(await record(p.supervisors[0], { traineeIds: [p.trainees[0].id] })).recordSupervisionSession;
    expect(codeOf(await complete(p.supervisors[1], session.id))).toBe('NOT_FOUND');
    expect(codeOf(await complete(p.trainees[0], session.id))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CANCEL, { input: { sessionId: session.id, reason: 'Supervisor unwell' } }, p.admin.token))).toBe('FORBIDDEN');
    expect(await rawQuery(t.db, `SELECT 1 FROM hour_entries WHERE supervision_session_id = $1`, [session.id])).toHaveLength(0);
  });

  it('does not complete a session before it starts', async () => {
    const session = dataOf(await record(p.supervisors[0], { traineeIds: [p.trainees[0].id], startsAt: new Date(Date.now() + 7 * 86400000).toISOString() })).recordSupervisionSession;
    expect(codeOf(await complete(p.supervisors[0], session.id))).toBe('CONFLICT');
  });

  it('shows private notes to the session’s supervisor only and guards them for identifiers', async () => {
    const notes = 'Session 4: trainee ready for more autonomy with Client K; revisit countertransference next time.';
    const session = dataOf(await record(p.supervisors[0], { traineeIds: [p.trainees[0].id], privateNotes: notes })).recordSupervisionSession;
    expect(session.privateNotes).toBe(notes);
    for (const reader of [p.trainees[0], p.admin]) {
      expect(dataOf(await t.gql(SESSION, { id: session.id }, reader.token)).supervisionSession.privateNotes).toBeNull();
    }
    expect(codeOf(await t.gql(SESSION, { id: session.id }, p.supervisors[1].token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(SESSION, { id: session.id }, p.trainees[2].token))).toBe('NOT_FOUND');

    const before = await storedSessions();
    const phi = await record(p.supervisors[0], { traineeIds: [p.trainees[0].id], privateNotes: 'Client called from 415-555-0134 about session 5.' });
    expect(codeOf(phi)).toBe('PHI_DETECTED');
    expect(await storedSessions()).toBe(before);
  });

  it('cancels a scheduled session with a reason, and voids a completed one’s hours by corrections', async () => {
    const scheduled = dataOf(await record(p.supervisors[0], { traineeIds: [p.trainees[0].id] })).recordSupervisionSession;
    const cancelled = dataOf(await t.gql(CANCEL, { input: { sessionId: scheduled.id, reason: 'Rescheduled to next week' } }, p.supervisors[0].token)).cancelSupervisionSession;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: 'Rescheduled to next week' });
    expect(codeOf(await complete(p.supervisors[0], scheduled.id))).toBe('CONFLICT');

    const held = dataOf(await record(p.supervisors[0], { traineeIds: [p.trainees[0].id] })).recordSupervisionSession;
    dataOf(await complete(p.supervisors[0], held.id));
    const cancelledHeld = dataOf(await t.gql(CANCEL, { input: { sessionId: held.id, reason: 'Recorded by mistake' } }, p.supervisors[0].token)).cancelSupervisionSession;
    expect(cancelledHeld.status).toBe('CANCELLED');
    // The ledger keeps the original, superseded by a verified 0-minute correction with the reason.
    const entries = await rawQuery<{ id: string; status: string; minutes: number; corrects_id: string | null; correction_reason: string | null }>(
      t.db,
      `SELECT id, status, minutes, corrects_id, correction_reason FROM hour_entries WHERE supervision_session_id = $1 ORDER BY created_at`,
      [held.id],
    );
    expect(entries.map((e) => [e.status, e.minutes, e.correction_reason])).toEqual([
      ['VERIFIED', 60, null],
      ['VERIFIED', 0, 'Recorded by mistake'],
    ]);
    expect(entries[1].corrects_id).toBe(entries[0].id);
    expect(codeOf(await t.gql(CANCEL, { input: { sessionId: held.id, reason: 'Again' } }, p.supervisors[0].token))).toBe('CONFLICT');
  });

  it('tells the attendees live that the session was completed, and nobody else', async () => {
    const wsFor = (token: string) => t.ws({ authorization: `Bearer ${token}` });
    const attendee = collect(wsFor(p.trainees[0].token), ACTIVITY, { programId: p.id }, 1, 4000);
    const outsider = collect(wsFor(p.trainees[2].token), ACTIVITY, { programId: p.id }, 1, 2000);
    await sleep(300);
    const session = dataOf(await record(p.supervisors[0], { traineeIds: [p.trainees[0].id] })).recordSupervisionSession;
    dataOf(await complete(p.supervisors[0], session.id));
    const received = await attendee.done;
    expect(received.map((r) => r.programActivity.type)).toEqual(['SUPERVISION_SESSION_COMPLETED']);
    expect(received[0].programActivity.summary).toMatch(/60 minutes/);
    expect(await outsider.done).toEqual([]);
  });

  it('lists the sessions of a period that each person may see', async () => {
    const early = dataOf(await record(p.supervisors[0], { traineeIds: [p.trainees[0].id], startsAt: '2025-03-03T09:00:00Z' })).recordSupervisionSession;
    const later = dataOf(await record(p.supervisors[0], { traineeIds: [p.trainees[2].id], startsAt: '2025-03-10T09:00:00Z' })).recordSupervisionSession;
    const other = dataOf(await record(p.supervisors[1], { traineeIds: [p.trainees[1].id], startsAt: '2025-03-04T09:00:00Z' })).recordSupervisionSession;
    dataOf(await record(p.supervisors[0], { traineeIds: [p.trainees[0].id], startsAt: '2025-04-01T09:00:00Z' }));
    const ids = async (who: TestUser, first = 20, after?: string) =>
      dataOf(await t.gql(SESSIONS, { programId: p.id, from: '2025-03-01', to: '2025-03-31', first, after }, who.token)).supervisionSessions;
    expect((await ids(p.supervisors[0])).edges.map((e: any) => e.node.id)).toEqual([early.id, later.id]);
    expect((await ids(p.trainees[0])).edges.map((e: any) => e.node.id)).toEqual([early.id]);
    expect((await ids(p.admin)).edges.map((e: any) => e.node.id)).toEqual([early.id, other.id, later.id]);
    const page1 = await ids(p.admin, 2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect((await ids(p.admin, 2, page1.pageInfo.endCursor)).edges.map((e: any) => e.node.id)).toEqual([later.id]);
  });
});

const ENTRY = `id traineeId status category modality minutes date supervisorId verifiedById supervisionSessionId signature events { kind }`;
const SESSION_FIELDS = `id kind status date durationMinutes privateNotes completedAt cancelReason discussedThreadCount
  attendees { trainee { id } hourEntryId hourEntry { ${ENTRY} } }`;
const RECORD = `mutation ($input: RecordSupervisionSessionInput!) { recordSupervisionSession(input: $input) { ${SESSION_FIELDS} } }`;
const COMPLETE = `mutation ($input: CompleteSupervisionSessionInput!) { completeSupervisionSession(input: $input) { ${SESSION_FIELDS} } }`;
const CANCEL = `mutation ($input: CancelSupervisionSessionInput!) { cancelSupervisionSession(input: $input) { id status cancelReason } }`;
const SESSION = `query ($id: ID!) { supervisionSession(id: $id) { id privateNotes } }`;
const SESSIONS = `query ($programId: ID!, $from: String!, $to: String!, $first: Int, $after: String) {
  supervisionSessions(programId: $programId, from: $from, to: $to, first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const CREATE_GROUP = `mutation ($input: CreateSupervisionGroupInput!) { createSupervisionGroup(input: $input) { id } }`;
const ASSIGN = `mutation ($input: AssignSupervisorInput!) { assignSupervisor(input: $input) { id } }`;
const VERIFY_LEDGER = `query ($programId: ID!) { verifyLedger(programId: $programId) { ok checkedEntries } }`;
const ACTIVITY = `subscription ($programId: ID!) { programActivity(programId: $programId) { type summary traineeId } }`;
