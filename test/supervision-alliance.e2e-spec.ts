import { Client as WsClient } from 'graphql-ws';
import { codeOf, dataOf, startTestApp, TestApp } from './support/harness';
import { createStaffedProgram, TestProgram, TestUser } from './support/factories';
import { collect, sleep } from './support/live';
import { rawQuery } from './support/test-database';

describe('client cases and alliance check-ins', () => {
  let t: TestApp;
  let p: TestProgram;
  let trainee: TestUser;
  let supervisor: TestUser;
  let otherSupervisor: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    // trainee 0 -> supervisor 0, trainee 1 -> supervisor 1
    p = await createStaffedProgram(t, { supervisors: 2, trainees: 2 });
    trainee = p.trainees[0];
    supervisor = p.supervisors[0];
    otherSupervisor = p.supervisors[1];
  });
  afterAll(() => t.close());

  let aliasCounter = 0;
  async function openCase(owner: TestUser = trainee, programId = p.id): Promise<{ id: string; alias: string }> {
    aliasCounter += 1;
    return dataOf(await t.gql(OPEN_CASE, { input: { programId, alias: `Client K${aliasCounter}`, startedOn: '2025-01-01' } }, owner.token)).openClientCase;
  }

  function checkIn(clientCaseId: string, sessionNumber: number, goal: number, task: number, bond: number, extra: Record<string, unknown> = {}, owner: TestUser = trainee) {
    return t.gql(CHECK_IN, { input: { clientCaseId, sessionNumber, goal, task, bond, ...extra } }, owner.token);
  }

  async function countCheckIns(clientCaseId: string): Promise<number> {
    const rows = await rawQuery<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM alliance_check_ins WHERE client_case_id = $1`, [clientCaseId]);
    return rows[0].n;
  }

  describe('client cases', () => {
    it('lets a trainee open a case by alias that the assigned supervisor sees and nobody else does', async () => {
      const opened = await openCase();
      expect(opened).toMatchObject({ status: 'ACTIVE', endedPrematurely: false, startedOn: '2025-01-01', traineeId: trainee.id });

      const forSupervisor = dataOf(await t.gql(LIST_CASES, { programId: p.id }, supervisor.token)).clientCases.edges.map((e: any) => e.node.id);
      expect(forSupervisor).toContain(opened.id);
      expect(dataOf(await t.gql(LIST_CASES, { programId: p.id }, otherSupervisor.token)).clientCases.edges.map((e: any) => e.node.id)).not.toContain(opened.id);
      // Program admins manage people and hours; they are not clinical readers.
      expect(dataOf(await t.gql(LIST_CASES, { programId: p.id }, p.admin.token)).clientCases.edges).toEqual([]);
      expect(codeOf(await t.gql(GET_CASE, { id: opened.id }, p.admin.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(GET_CASE, { id: opened.id }, otherSupervisor.token))).toBe('NOT_FOUND');
      expect(dataOf(await t.gql(GET_CASE, { id: opened.id }, supervisor.token)).clientCase.id).toBe(opened.id);
    });

    it('refuses an alias that identifies the client, a second case with the same alias and a start in the future', async () => {
      const named = await t.gql(OPEN_CASE, { input: { programId: p.id, alias: 'Call 555-867-5309', startedOn: '2025-01-01' } }, trainee.token);
      expect(codeOf(named)).toBe('PHI_DETECTED');
      const opened = await openCase();
      expect(codeOf(await t.gql(OPEN_CASE, { input: { programId: p.id, alias: opened.alias.toLowerCase(), startedOn: '2025-01-01' } }, trainee.token))).toBe('CONFLICT');
      const future = await t.gql(OPEN_CASE, { input: { programId: p.id, alias: 'Client Z', startedOn: '2999-01-01' } }, trainee.token);
      expect(codeOf(future)).toBe('BAD_USER_INPUT');
      expect(future.errors?.[0].extensions?.fields).toEqual([{ field: 'startedOn', message: 'must not be in the future' }]);
      expect(codeOf(await t.gql(OPEN_CASE, { input: { programId: p.id, alias: 'Client Y', startedOn: '2025-01-01' } }, supervisor.token))).toBe('FORBIDDEN');
    });

    it('records a premature ending only on a case that is no longer active', async () => {
      const opened = await openCase();
      const refused = await t.gql(UPDATE_CASE, { input: { clientCaseId: opened.id, endedPrematurely: true } }, trainee.token);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      const ended = dataOf(await t.gql(UPDATE_CASE, { input: { clientCaseId: opened.id, status: 'ENDED', endedPrematurely: true } }, supervisor.token)).updateClientCase;
      expect(ended).toMatchObject({ status: 'ENDED', endedPrematurely: true });
      expect(codeOf(await t.gql(UPDATE_CASE, { input: { clientCaseId: opened.id, status: 'ACTIVE' } }, otherSupervisor.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(UPDATE_CASE, { input: { clientCaseId: opened.id, alias: 'Client Q' } }, supervisor.token))).toBe('FORBIDDEN');
    });

    it('attaches threads to the author’s own case only', async () => {
      const opened = await openCase();
      const thread = dataOf(await t.gql(CREATE_THREAD, { input: threadInput(p.id, { clientCaseId: opened.id }) }, trainee.token)).createCaseThread;
      expect(thread.clientCaseId).toBe(opened.id);
      expect(dataOf(await t.gql(CASE_THREADS, { id: opened.id }, supervisor.token)).clientCase.threads.map((th: any) => th.id)).toEqual([thread.id]);

      const othersCase = await openCase(p.trainees[1]);
      const refused = await t.gql(CREATE_THREAD, { input: threadInput(p.id, { clientCaseId: othersCase.id }) }, trainee.token);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].extensions?.fields?.[0].field).toBe('clientCaseId');
    });
    it('lists each case with its own threads, newest activity first', async () => {
      const first = await openCase();
      const second = await openCase();
      const a1 = dataOf(await t.gql(CREATE_THREAD, { input: threadInput(p.id, { clientCaseId: first.id }) }, trainee.token)).createCaseThread;
      const b1 = dataOf(await t.gql(CREATE_THREAD, { input: threadInput(p.id, { clientCaseId: second.id }) }, trainee.token)).createCaseThread;
      const a2 = dataOf(await t.gql(CREATE_THREAD, { input: threadInput(p.id, { clientCaseId: first.id }) }, trainee.token)).createCaseThread;
      const listed = dataOf(await t.gql(CASES_WITH_THREADS, { programId: p.id }, supervisor.token)).clientCases.edges.map((e: any) => e.node);
      const threadsOf = (id: string) => listed.find((c: any) => c.id === id).threads.map((th: any) => th.id);
      expect(threadsOf(first.id)).toEqual([a2.id, a1.id]);
      expect(threadsOf(second.id)).toEqual([b1.id]);
    });
  });

  describe('alliance check-ins', () => {
    it('returns the series with the running mean of earlier check-ins', async () => {
      const c = await openCase();
      dataOf(await checkIn(c.id, 1, 6, 5, 4, { clientRatedScore: 32.5, note: 'Session 1: agreed on goals around sleep and worry.' }));
      dataOf(await checkIn(c.id, 2, 4, 5, 6));
      dataOf(await checkIn(c.id, 3, 5, 5, 5));
      const trend = dataOf(await t.gql(TREND, { caseId: c.id }, supervisor.token)).allianceTrend;
      expect(trend.points.map((pt: any) => [pt.checkIn.sessionNumber, pt.runningMean])).toEqual([
        [1, null],
        [2, { goal: 6, task: 5, bond: 4 }],
        [3, { goal: 5, task: 5, bond: 5 }],
      ]);
      expect(trend.points[0].checkIn).toMatchObject({ clientRatedScore: 32.5, note: 'Session 1: agreed on goals around sleep and worry.' });
      expect(trend.mean).toEqual({ goal: 5, task: 5, bond: 5 });
      expect(codeOf(await t.gql(TREND, { caseId: c.id }, otherSupervisor.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(TREND, { caseId: c.id }, p.admin.token))).toBe('NOT_FOUND');
    });

    it('refuses ratings outside 1 to 7 with the fields named, and stores nothing', async () => {
      const c = await openCase();
      const response = await checkIn(c.id, 1, 0, 8, 4);
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.fields.map((f: any) => f.field).sort()).toEqual(['goal', 'task']);
      expect(codeOf(await checkIn(c.id, 1, 4, 4, 4, { clientRatedScore: 101 }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await checkIn(c.id, 1, 4, 4, 4, { ruptureMarkers: ['SULKING'] }))).toBe('BAD_USER_INPUT');
      expect(await countCheckIns(c.id)).toBe(0);
    });

    it('refuses an unknown case, someone else’s case and a second check-in for one session, and stores nothing', async () => {
      expect(codeOf(await checkIn('00000000-0000-4000-8000-000000000000', 1, 4, 4, 4))).toBe('NOT_FOUND');
      const othersCase = await openCase(p.trainees[1]);
      expect(codeOf(await checkIn(othersCase.id, 1, 4, 4, 4))).toBe('NOT_FOUND');
      expect(await countCheckIns(othersCase.id)).toBe(0);
      // The assigned supervisor reads the case but the ratings are the trainee's.
      expect(codeOf(await checkIn(othersCase.id, 1, 4, 4, 4, {}, otherSupervisor))).toBe('FORBIDDEN');

      const c = await openCase();
      dataOf(await checkIn(c.id, 1, 4, 4, 4));
      expect(codeOf(await checkIn(c.id, 1, 5, 5, 5))).toBe('CONFLICT');
      expect(codeOf(await checkIn(c.id, 2, 5, 5, 5, { note: 'Client called from 555-867-5309 before session.' }))).toBe('PHI_DETECTED');
      expect(await countCheckIns(c.id)).toBe(1);
    });

    it('alerts the assigned supervisor live when a dimension falls 2 points below the running mean, and not a supervisor of another trainee', async () => {
      const c = await openCase();
      dataOf(await checkIn(c.id, 1, 6, 6, 6));
      dataOf(await checkIn(c.id, 2, 6, 6, 5));
      const mine = collect(ws(supervisor), ACTIVITY, { programId: p.id }, 1, 4000);
      const theirs = collect(ws(otherSupervisor), ACTIVITY, { programId: p.id }, 1, 2000);
      const admins = collect(ws(p.admin), ACTIVITY, { programId: p.id }, 1, 2000);
      await sleep(300);

      const result = dataOf(await checkIn(c.id, 3, 6, 6, 3, { ruptureMarkers: ['WITHDRAWAL'] })).recordAllianceCheckIn;
      expect(result.ruptureAlert.reasons).toEqual([{ kind: 'DIMENSION_DROP', dimension: 'BOND', rating: 3, runningMean: 5.5, drop: 2.5, consecutive: null }]);
      expect(result.suggestedThread).toMatchObject({ programId: p.id, topics: ['ALLIANCE_RUPTURE'], clientAlias: c.alias, clientCaseId: c.id });
      // The suggestion posts as is, attached to the case.
      const posted = dataOf(await t.gql(CREATE_THREAD, { input: result.suggestedThread }, trainee.token)).createCaseThread;
      expect(posted.clientCaseId).toBe(c.id);

      const [alert] = (await mine.done).map((a) => a.programActivity);
      expect(alert).toMatchObject({ type: 'RUPTURE_ALERT', clientCaseId: c.id, traineeId: trainee.id, thread: null });
      expect(alert.summary).toContain('Bond fell 2.5 points');
      expect(alert.summary).not.toContain(c.alias);
      const others = [...(await theirs.done), ...(await admins.done)].map((a) => a.programActivity.type);
      expect(others).not.toContain('RUPTURE_ALERT');
    });

    it('alerts on rupture markers in two consecutive check-ins', async () => {
      const c = await openCase();
      expect(dataOf(await checkIn(c.id, 1, 5, 5, 5, { ruptureMarkers: ['CONFRONTATION'] })).recordAllianceCheckIn.ruptureAlert).toBeNull();
      const second = dataOf(await checkIn(c.id, 2, 5, 5, 5, { ruptureMarkers: ['WITHDRAWAL'] })).recordAllianceCheckIn;
      expect(second.ruptureAlert.reasons).toEqual([{ kind: 'CONSECUTIVE_MARKERS', dimension: null, rating: null, runningMean: null, drop: null, consecutive: 2 }]);
      const trend = dataOf(await t.gql(TREND, { caseId: c.id }, trainee.token)).allianceTrend;
      expect(trend.points.map((pt: any) => pt.ruptureAlert?.reasons.map((r: any) => r.kind) ?? null)).toEqual([null, ['CONSECUTIVE_MARKERS']]);
    });

    describe('thresholds are program settings', () => {
      let own: TestProgram;
      beforeAll(async () => {
        own = await createStaffedProgram(t, { supervisors: 1, trainees: 1 });
      });

      it('start at 2 points and 2 consecutive check-ins, and only a program admin changes them', async () => {
        expect(dataOf(await t.gql(SETTINGS, { programId: own.id }, own.trainees[0].token)).supervisionSettings).toMatchObject({ ruptureDropPoints: 2, ruptureConsecutiveMarkers: 2, updatedById: null });
        expect(codeOf(await t.gql(SET_SETTINGS, { input: { programId: own.id, ruptureDropPoints: 1 } }, own.supervisors[0].token))).toBe('FORBIDDEN');
        expect(codeOf(await t.gql(SET_SETTINGS, { input: { programId: own.id, ruptureDropPoints: 9 } }, own.admin.token))).toBe('BAD_USER_INPUT');
        expect(codeOf(await t.gql(SET_SETTINGS, { input: { programId: own.id, ruptureDropPoints: 1 } }, p.admin.token))).toBe('NOT_FOUND');
      });

      it('change the outcome of the same ratings', async () => {
        const owner = own.trainees[0];
        const ratingsWithOneMarker = async () => {
          const c = await openCase(owner, own.id);
          dataOf(await checkIn(c.id, 1, 6, 6, 6, {}, owner));
          return dataOf(await checkIn(c.id, 2, 6, 6, 5, { ruptureMarkers: ['WITHDRAWAL'] }, owner)).recordAllianceCheckIn.ruptureAlert;
        };
        expect(await ratingsWithOneMarker()).toBeNull();

        const set = dataOf(await t.gql(SET_SETTINGS, { input: { programId: own.id, ruptureDropPoints: 1, ruptureConsecutiveMarkers: 1 } }, own.admin.token)).setSupervisionSettings;
        expect(set).toMatchObject({ ruptureDropPoints: 1, ruptureConsecutiveMarkers: 1, updatedById: own.admin.id });
        expect((await ratingsWithOneMarker()).reasons.map((r: any) => r.kind)).toEqual(['DIMENSION_DROP', 'CONSECUTIVE_MARKERS']);

        dataOf(await t.gql(SET_SETTINGS, { input: { programId: own.id, ruptureDropPoints: 3 } }, own.admin.token));
        expect((await ratingsWithOneMarker()).reasons.map((r: any) => r.kind)).toEqual(['CONSECUTIVE_MARKERS']);
      });
    });
  });

  function ws(user: TestUser): WsClient {
    return t.ws({ authorization: `Bearer ${user.token}` });
  }
});

function threadInput(programId: string, overrides: Record<string, unknown> = {}) {
  return {
    programId,
    title: 'Client K went quiet after I named the avoidance',
    body: 'Client K was quiet for most of session 6. How do I repair this?',
    topics: ['ALLIANCE_RUPTURE'],
    clientAlias: 'Client K',
    ...overrides,
  };
}

const CASE_FIELDS = `id alias startedOn status endedPrematurely traineeId`;
const OPEN_CASE = `mutation ($input: OpenClientCaseInput!) { openClientCase(input: $input) { ${CASE_FIELDS} } }`;
const UPDATE_CASE = `mutation ($input: UpdateClientCaseInput!) { updateClientCase(input: $input) { ${CASE_FIELDS} } }`;
const LIST_CASES = `query ($programId: ID!) { clientCases(programId: $programId, first: 100) { edges { node { ${CASE_FIELDS} } } } }`;
const GET_CASE = `query ($id: ID!) { clientCase(id: $id) { ${CASE_FIELDS} } }`;
const CASES_WITH_THREADS = `query ($programId: ID!) { clientCases(programId: $programId, first: 100) { edges { node { id threads { id } } } } }`;
const CASE_THREADS = `query ($id: ID!) { clientCase(id: $id) { threads { id } } }`;
const CREATE_THREAD = `mutation ($input: CreateCaseThreadInput!) { createCaseThread(input: $input) { id clientCaseId } }`;
const REASON_FIELDS = `kind dimension rating runningMean drop consecutive`;
const CHECK_IN = `mutation ($input: RecordAllianceCheckInInput!) { recordAllianceCheckIn(input: $input) {
  checkIn { id sessionNumber goal task bond ruptureMarkers }
  ruptureAlert { reasons { ${REASON_FIELDS} } }
  suggestedThread { programId title body topics clientAlias clientCaseId } } }`;
const TREND = `query ($caseId: ID!) { allianceTrend(caseId: $caseId) {
  mean { goal task bond }
  points { checkIn { sessionNumber goal task bond clientRatedScore note } runningMean { goal task bond } ruptureAlert { reasons { ${REASON_FIELDS} } } } } }`;
const ACTIVITY = `subscription ($programId: ID!) { programActivity(programId: $programId) { type clientCaseId traineeId summary thread { id } } }`;
const SETTINGS = `query ($programId: ID!) { supervisionSettings(programId: $programId) { ruptureDropPoints ruptureConsecutiveMarkers updatedById } }`;
const SET_SETTINGS = `mutation ($input: SetSupervisionSettingsInput!) { setSupervisionSettings(input: $input) { ruptureDropPoints ruptureConsecutiveMarkers updatedById } }`;
