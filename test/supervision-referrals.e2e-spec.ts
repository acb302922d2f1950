import { ProgramActivityService } from '@alliance/discussion';
import { Client as WsClient } from 'graphql-ws';
import { today } from '@alliance/access';
import { ReferralFollowUpSweeper } from '@alliance/supervision';
import { codeOf, dataOf, startTestApp, TestApp } from './support/harness';
import { createStaffedProgram, TestProgram, TestUser } from './support/factories';
import { collect, sleep } from './support/live';
import { rawQuery } from './support/test-database';
import { createThread } from './support/threads';

describe('referral consultation and decisions', () => {
  let t: TestApp;
  let p: TestProgram;
  let trainee: TestUser;
  let supervisor: TestUser;
  let otherSupervisor: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    p = await createStaffedProgram(t, { supervisors: 2, trainees: 2 });
    trainee = p.trainees[0];
    supervisor = p.supervisors[0];
    otherSupervisor = p.supervisors[1];
  });
  afterAll(() => t.close());

  const referralThread = (author: TestUser = trainee) => createThread(t, author, p.id, { topics: ['REFERRAL', 'POOR_FIT'], title: 'Should I refer Client K?', body: 'Client K has not progressed in twelve sessions.' });

  function consider(threadId: string, reasons: string[], author: TestUser = trainee) {
    return t.gql(CONSIDER, { input: { threadId, reasons, whatWasTried: 'Two sessions of motivational work and a revised treatment plan.', optionsConsidered: 'Continue with more supervision, or refer to a specialist clinic.' } }, author.token);
  }

  async function considerationId(reasons = ['LACK_OF_PROGRESS']): Promise<{ id: string; threadId: string }> {
    const thread = await referralThread();
    return { id: dataOf(await consider(thread.id, reasons)).recordReferralConsideration.id, threadId: thread.id };
  }

  function decide(id: string, decision: string, by: TestUser = supervisor, extra: Record<string, unknown> = {}) {
    return t.gql(DECIDE, { input: { considerationId: id, decision, rationale: 'The presenting problem is outside the trainee’s current training.', ...extra } }, by.token);
  }

  describe('recording a consideration', () => {
    it('warns, citing the ethics code, when personal values are the only reason', async () => {
      const thread = await referralThread();
      const recorded = dataOf(await consider(thread.id, ['PERSONAL_VALUES_CONFLICT'])).recordReferralConsideration;
      expect(recorded.warnings).toEqual([
        {
          code: 'VALUES_ONLY_REFERRAL',
          message: expect.stringContaining('do not accept a referral based solely on the counselor’s personally held values'),
          reference: 'ACA Code of Ethics (2014), Standard A.11.b, Values Within Termination and Referral',
        },
      ]);
      expect(recorded).toMatchObject({ reasons: ['PERSONAL_VALUES_CONFLICT'], threadId: thread.id, authorId: trainee.id, decisions: [], currentDecision: null });
      // The supervisor reading it later sees the same advice.
      const listed = dataOf(await t.gql(CONSIDERATIONS, { threadId: thread.id }, supervisor.token)).referralConsiderations;
      expect(listed.map((c: any) => c.warnings.map((w: any) => w.code))).toEqual([['VALUES_ONLY_REFERRAL']]);
    });

    it('does not warn when another reason is given with personal values', async () => {
      const thread = await referralThread();
      expect(dataOf(await consider(thread.id, ['PERSONAL_VALUES_CONFLICT', 'OUTSIDE_COMPETENCE'])).recordReferralConsideration.warnings).toEqual([]);
      expect(dataOf(await consider(thread.id, ['POOR_FIT'])).recordReferralConsideration.warnings).toEqual([]);
    });

    it('belongs on a REFERRAL thread, by its author, with de-identified text; nothing is stored otherwise', async () => {
      const ruptureThread = await createThread(t, trainee, p.id);
      const offTopic = await consider(ruptureThread.id, ['POOR_FIT']);
      expect(codeOf(offTopic)).toBe('BAD_USER_INPUT');
      expect(offTopic.errors?.[0].extensions?.fields).toEqual([{ field: 'threadId', message: 'must be a thread with the REFERRAL topic' }]);

      const thread = await referralThread();
      expect(codeOf(await consider(thread.id, ['POOR_FIT'], supervisor))).toBe('FORBIDDEN');
      expect(codeOf(await consider(thread.id, ['POOR_FIT'], p.trainees[1]))).toBe('NOT_FOUND');
      expect(codeOf(await consider(thread.id, []))).toBe('BAD_USER_INPUT');
      expect(codeOf(await consider(thread.id, ['BORED']))).toBe('BAD_USER_INPUT');
      const named = await t.gql(CONSIDER, { input: { threadId: thread.id, reasons: ['POOR_FIT'], whatWasTried: 'Called her at 555-867-5309 twice.', optionsConsidered: 'Refer.' } }, trainee.token);
      expect(codeOf(named)).toBe('PHI_DETECTED');
      const stored = await rawQuery(t.db, `SELECT count(*)::int AS n FROM referral_considerations WHERE thread_id = ANY($1::uuid[])`, [[thread.id, ruptureThread.id]]);
      expect(stored[0].n).toBe(0);
    });
  });

  describe('decisions', () => {
    it('keep their history: a new decision supersedes, the old one stays listed', async () => {
      const c = await considerationId();
      const first = dataOf(await decide(c.id, 'SEEK_CONSULTATION', supervisor, { followUpOn: '2999-01-01' })).decideReferral;
      expect(first).toMatchObject({ version: 1, decision: 'SEEK_CONSULTATION', followUpOn: '2999-01-01', decidedById: supervisor.id, current: true, acknowledgedAt: null });
      const second = dataOf(await decide(c.id, 'REFER')).decideReferral;
      expect(second).toMatchObject({ version: 2, decision: 'REFER', current: true });

      const [listed] = dataOf(await t.gql(CONSIDERATIONS, { threadId: c.threadId }, trainee.token)).referralConsiderations;
      expect(listed.decisions.map((d: any) => [d.version, d.decision, d.current])).toEqual([
        [1, 'SEEK_CONSULTATION', false],
        [2, 'REFER', true],
      ]);
      expect(listed.currentDecision.id).toBe(second.id);
    });

    it('are acknowledged by the trainee, for the current decision only', async () => {
      const c = await considerationId();
      const first = dataOf(await decide(c.id, 'CONTINUE_WITH_SUPPORT')).decideReferral;
      const second = dataOf(await decide(c.id, 'TRANSFER_WITHIN_SITE')).decideReferral;

      const stale = await t.gql(ACKNOWLEDGE, { id: first.id }, trainee.token);
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(stale.errors?.[0].extensions?.reason).toBe('DECISION_SUPERSEDED');
      expect(codeOf(await t.gql(ACKNOWLEDGE, { id: second.id }, supervisor.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(ACKNOWLEDGE, { id: second.id }, otherSupervisor.token))).toBe('NOT_FOUND');

      const acknowledged = dataOf(await t.gql(ACKNOWLEDGE, { id: second.id }, trainee.token)).acknowledgeReferralDecision;
      expect(acknowledged).toMatchObject({ id: second.id, acknowledgedById: trainee.id, current: true });
      expect(acknowledged.acknowledgedAt).toBeTruthy();
      // Acknowledging again changes nothing.
      expect(dataOf(await t.gql(ACKNOWLEDGE, { id: second.id }, trainee.token)).acknowledgeReferralDecision.acknowledgedAt).toBe(acknowledged.acknowledgedAt);
    });

    it('are made by a supervisor assigned to the trainee only, and nothing is stored otherwise', async () => {
      const c = await considerationId();
      expect(codeOf(await decide(c.id, 'REFER', otherSupervisor))).toBe('NOT_FOUND');
      expect(codeOf(await decide(c.id, 'REFER', trainee))).toBe('FORBIDDEN');
      expect(codeOf(await decide(c.id, 'REFER', p.admin))).toBe('NOT_FOUND');
      expect(codeOf(await decide('00000000-0000-4000-8000-000000000000', 'REFER'))).toBe('NOT_FOUND');
      expect(codeOf(await decide(c.id, 'REFER', supervisor, { followUpOn: '2020-01-01' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await decide(c.id, 'PRAY'))).toBe('BAD_USER_INPUT');
      const stored = await rawQuery(t.db, `SELECT count(*)::int AS n FROM referral_decisions WHERE consideration_id = $1`, [c.id]);
      expect(stored[0].n).toBe(0);
      expect(codeOf(await t.gql(CONSIDERATIONS, { threadId: c.threadId }, otherSupervisor.token))).toBe('NOT_FOUND');
    });

    it('cannot be rewritten or deleted, even directly in the database', async () => {
      const c = await considerationId();
      const decision = dataOf(await decide(c.id, 'REFER')).decideReferral;
      await expect(rawQuery(t.db, `UPDATE referral_decisions SET decision = 'CONTINUE_WITH_SUPPORT' WHERE id = $1`, [decision.id])).rejects.toThrow(/cannot change/);
      await expect(rawQuery(t.db, `DELETE FROM referral_decisions WHERE id = $1`, [decision.id])).rejects.toThrow(/kept/);
    });

    it('reach the trainee and the deciding supervisor as live program activity', async () => {
      const c = await considerationId();
      const traineeFeed = collect(ws(trainee), ACTIVITY, { programId: p.id }, 1, 4000);
      const supervisorFeed = collect(ws(supervisor), ACTIVITY, { programId: p.id }, 1, 6000);
      const outsider = collect(ws(otherSupervisor), ACTIVITY, { programId: p.id }, 1, 1500);
      await sleep(300);
      const decision = dataOf(await decide(c.id, 'SEEK_CONSULTATION')).decideReferral;
      expect((await traineeFeed.done).map((a) => a.programActivity)).toEqual([expect.objectContaining({ type: 'REFERRAL_DECIDED', traineeId: trainee.id })]);
      dataOf(await t.gql(ACKNOWLEDGE, { id: decision.id }, trainee.token));
      // The deciding supervisor is not told of their own decision, only of the acknowledgement.
      expect((await supervisorFeed.done).map((a) => a.programActivity.type)).toEqual(['REFERRAL_ACKNOWLEDGED']);
      expect(await outsider.done).toEqual([]);
    });
  });

  describe('follow-up', () => {
    it('is announced once to the deciding supervisor when due, for the current decision only', async () => {
      const sweeper = t.app.get(ReferralFollowUpSweeper);
      await sweeper.sweep('2999-12-31'); // clears follow-ups left by other tests
      const superseded = await considerationId();
      dataOf(await decide(superseded.id, 'SEEK_CONSULTATION', supervisor, { followUpOn: today() }));
      dataOf(await decide(superseded.id, 'REFER'));
      const due = await considerationId();
      const decision = dataOf(await decide(due.id, 'CONTINUE_WITH_SUPPORT', supervisor, { followUpOn: today() })).decideReferral;
      const later = await considerationId();
      dataOf(await decide(later.id, 'REFER', supervisor, { followUpOn: '2999-06-01' }));

      const feed = collect(ws(supervisor), ACTIVITY, { programId: p.id }, 2, 2500);
      const traineeFeed = collect(ws(trainee), ACTIVITY, { programId: p.id }, 1, 2000);
      await sleep(300);
      expect(await sweeper.sweep()).toBe(1);
      expect(await sweeper.sweep()).toBe(0);
      expect((await feed.done).map((a) => a.programActivity)).toEqual([
        expect.objectContaining({ type: 'REFERRAL_FOLLOW_UP_DUE', traineeId: trainee.id, summary: 'Follow-up due on referral decision 1 (CONTINUE_WITH_SUPPORT).' }),
      ]);
      expect(await traineeFeed.done).toEqual([]);
      const [listed] = dataOf(await t.gql(CONSIDERATIONS, { threadId: due.threadId }, supervisor.token)).referralConsiderations;
      expect(listed.currentDecision).toMatchObject({ id: decision.id });
      expect(listed.currentDecision.followUpNotifiedAt).toBeTruthy();
    });

    it('releases a follow-up whose announcement failed, so the next sweep announces it', async () => {
      const sweeper = t.app.get(ReferralFollowUpSweeper);
      await sweeper.sweep('2999-12-31');
      const due = await considerationId();
      dataOf(await decide(due.id, 'CONTINUE_WITH_SUPPORT', supervisor, { followUpOn: today() }));
      const activity = t.app.get(ProgramActivityService);
      const announce = jest.spyOn(activity, 'announce').mockRejectedValueOnce(new Error('pub/sub unavailable'));
      try {
        expect(await sweeper.sweep()).toBe(0);
        expect(await sweeper.sweep()).toBe(1);
        expect(announce).toHaveBeenCalledTimes(2);
      } finally {
        announce.mockRestore();
      }
    });
  });

  function ws(user: TestUser): WsClient {
    return t.ws({ authorization: `Bearer ${user.token}` });
  }
});

const DECISION_FIELDS = `id version decision rationale followUpOn decidedById current acknowledgedAt acknowledgedById followUpNotifiedAt`;
const CONSIDERATION_FIELDS = `id threadId authorId reasons whatWasTried optionsConsidered warnings { code message reference } decisions { ${DECISION_FIELDS} } currentDecision { ${DECISION_FIELDS} }`;
const CONSIDER = `mutation ($input: RecordReferralConsiderationInput!) { recordReferralConsideration(input: $input) { ${CONSIDERATION_FIELDS} } }`;
const CONSIDERATIONS = `query ($threadId: ID!) { referralConsiderations(threadId: $threadId) { ${CONSIDERATION_FIELDS} } }`;
const DECIDE = `mutation ($input: DecideReferralInput!) { decideReferral(input: $input) { ${DECISION_FIELDS} } }`;
const ACKNOWLEDGE = `mutation ($id: ID!) { acknowledgeReferralDecision(decisionId: $id) { ${DECISION_FIELDS} } }`;
const ACTIVITY = `subscription ($programId: ID!) { programActivity(programId: $programId) { type traineeId clientCaseId summary } }`;
