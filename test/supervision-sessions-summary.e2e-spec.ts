import { randomUUID } from 'node:crypto';
import { codeOf, dataOf, GqlResponse, startTestApp, TestApp } from './support/harness';
import { createStaffedProgram, signUp, TestProgram, TestUser } from './support/factories';
import { createThread, postComment, threadInput } from './support/threads';
import { rawQuery } from './support/test-database';
import { collect, sleep } from './support/live';

const THREAD_B = {
  title: 'Client M asks about a referral after session 3',
  body: 'Client M, in their 40s, asked whether a specialist in eating concerns would suit them better. Is a referral right here?',
  clientAlias: 'Client M',
  topics: ['REFERRAL'],
};

/**
 * What supervision addressed: discrimination-model tags on comments (focus x role) and the
 * supervision summary, which answers counts and minutes only.
 */
describe('supervision tags and summary', () => {
  let t: TestApp;
  let p: TestProgram;
  beforeAll(async () => {
    t = await startTestApp();
  });
  beforeEach(async () => {
    // trainee 0 is assigned to supervisor 0, trainee 1 to supervisor 1.
    p = await createStaffedProgram(t, { supervisors: 2, trainees: 2 });
  });
  afterAll(() => t.close());

  const tag = (by: TestUser, commentId: string, focus: string, role: string): Promise<GqlResponse> =>
    t.gql(TAG, { input: { commentId, focus, role } }, by.token);
  const commentOn = async (by: TestUser, threadId: string, body: string): Promise<string> => dataOf(await postComment(t, by, threadId, body)).postComment.id;

  describe('tagComment', () => {
    it('lets a supervisor reading the thread tag a supervisor’s comment, shown on the comment to its readers', async () => {
      const thread = await createThread(t, p.trainees[0], p.id);
      const commentId = await commentOn(p.supervisors[0], thread.id, 'Try naming the withdrawal gently at the start of session 7.');
      const tagged = dataOf(await tag(p.supervisors[0], commentId, 'INTERVENTION', 'TEACHER')).tagComment;
      expect(tagged.supervisionTag).toMatchObject({ focus: 'INTERVENTION', role: 'TEACHER', taggedBy: { id: p.supervisors[0].id } });
      expect(Date.parse(tagged.supervisionTag.taggedAt)).not.toBeNaN();

      const seen = dataOf(await t.gql(THREAD_COMMENTS, { id: thread.id }, p.trainees[0].token)).caseThread.comments.edges.map((e: any) => e.node);
      expect(seen).toEqual([{ id: commentId, supervisionTag: { focus: 'INTERVENTION', role: 'TEACHER', taggedBy: { id: p.supervisors[0].id } } }]);

      const audit = await rawQuery(t.db, `SELECT action, metadata FROM audit_events WHERE target_id = $1 AND action LIKE 'supervision.%'`, [commentId]);
      expect(audit).toEqual([{ action: 'supervision.comment_tagged', metadata: { threadId: thread.id, focus: 'INTERVENTION', role: 'TEACHER' } }]);
    });

    it('reaches everyone with the thread open as a COMMENT_TAGGED event, once per change', async () => {
      const thread = await createThread(t, p.trainees[0], p.id);
      const commentId = await commentOn(p.supervisors[0], thread.id, 'Notice the pull to rescue here.');
      // Without `after` the stream replays the thread from its start (the COMMENT_ADDED), then goes live.
      const stream = collect(t.ws({ authorization: `Bearer ${p.trainees[0].token}` }), TAG_EVENTS, { threadId: thread.id }, 3, 3000);
      await sleep(300);
      dataOf(await tag(p.supervisors[0], commentId, 'PERSONALIZATION', 'COUNSELOR'));
      dataOf(await tag(p.supervisors[0], commentId, 'PERSONALIZATION', 'COUNSELOR'));
      const events = (await stream.done).map((e) => [e.threadEvents.type, e.threadEvents.comment.id, e.threadEvents.comment.supervisionTag?.focus]);
      expect(events).toEqual([
        ['COMMENT_ADDED', commentId, undefined],
        ['COMMENT_TAGGED', commentId, 'PERSONALIZATION'],
      ]);
    });

    it('refuses the trainee, supervisors who cannot read the thread, trainees’ comments and unknown comments', async () => {
      const thread = await createThread(t, p.trainees[0], p.id);
      const supervisorComment = await commentOn(p.supervisors[0], thread.id, 'What did you notice in your body when the client went quiet?');
      const traineeComment = await commentOn(p.trainees[0], thread.id, 'I felt shut out and a bit irritated.');
      expect(codeOf(await tag(p.trainees[0], supervisorComment, 'PERSONALIZATION', 'COUNSELOR'))).toBe('FORBIDDEN');
      expect(codeOf(await tag(p.supervisors[1], supervisorComment, 'PERSONALIZATION', 'COUNSELOR'))).toBe('NOT_FOUND');
      const traineeTag = await tag(p.supervisors[0], traineeComment, 'PERSONALIZATION', 'COUNSELOR');
      expect(codeOf(traineeTag)).toBe('BAD_USER_INPUT');
      expect(traineeTag.errors![0].extensions!.fields).toEqual([{ field: 'commentId', message: 'must be a comment written by a supervisor of the program' }]);
      expect(codeOf(await tag(p.supervisors[0], randomUUID(), 'PERSONALIZATION', 'COUNSELOR'))).toBe('NOT_FOUND');
      expect(codeOf(await tag(p.supervisors[0], supervisorComment, 'FEELINGS', 'COUNSELOR'))).toBe('BAD_USER_INPUT');
      expect(await rawQuery(t.db, `SELECT 1 FROM comment_tags WHERE comment_id = ANY($1::uuid[])`, [[supervisorComment, traineeComment]])).toHaveLength(0);
    });

    it('replaces the tag on re-tagging and keeps the previous one as history', async () => {
      const thread = await createThread(t, p.trainees[0], p.id);
      const commentId = await commentOn(p.supervisors[0], thread.id, 'How might the client’s history with authority shape this?');
      dataOf(await tag(p.supervisors[0], commentId, 'INTERVENTION', 'TEACHER'));
      const again = dataOf(await tag(p.supervisors[0], commentId, 'CONCEPTUALIZATION', 'CONSULTANT')).tagComment;
      expect(again.supervisionTag).toMatchObject({ focus: 'CONCEPTUALIZATION', role: 'CONSULTANT' });
      // Tagging with the current focus and role changes nothing.
      dataOf(await tag(p.supervisors[0], commentId, 'CONCEPTUALIZATION', 'CONSULTANT'));

      const rows = await rawQuery(t.db, `SELECT focus, role, superseded_at IS NOT NULL AS superseded FROM comment_tags WHERE comment_id = $1 ORDER BY tagged_at, superseded_at NULLS LAST`, [commentId]);
      expect(rows).toEqual([
        { focus: 'INTERVENTION', role: 'TEACHER', superseded: true },
        { focus: 'CONCEPTUALIZATION', role: 'CONSULTANT', superseded: false },
      ]);
      const audit = await rawQuery(t.db, `SELECT action, metadata -> 'previous' AS previous FROM audit_events WHERE target_id = $1 AND action LIKE 'supervision.%' ORDER BY occurred_at`, [commentId]);
      expect(audit).toEqual([
        { action: 'supervision.comment_tagged', previous: null },
        { action: 'supervision.comment_retagged', previous: { focus: 'INTERVENTION', role: 'TEACHER', taggedById: p.supervisors[0].id } },
      ]);
    });
  });

  describe('supervisionSummary', () => {
    const today = () => new Date().toISOString().slice(0, 10);
    const summaryOf = (who: TestUser, from = '2025-01-01', to = today()) => t.gql(SUMMARY, { programId: p.id, from, to }, who.token);

    /** Two completed sessions, one scheduled and one cancelled; tagged and untagged comments on two threads. */
    async function supervisedPeriod() {
      const threadA = await createThread(t, p.trainees[0], p.id);
      const threadB = await createThread(t, p.trainees[1], p.id, THREAD_B);
      const comments = {
        a1: 'Name the rupture directly and invite the client’s view of session 6.',
        a2: 'Notice the guilt you mentioned; bring it to our next meeting.',
        aTrainee: 'Thank you, I will try that in session 7.',
        b1: 'Consider what a specialist could offer that we cannot here.',
      };
      const a1 = await commentOn(p.supervisors[0], threadA.id, comments.a1);
      await commentOn(p.supervisors[0], threadA.id, comments.a2);
      await commentOn(p.trainees[0], threadA.id, comments.aTrainee);
      const b1 = await commentOn(p.supervisors[1], threadB.id, comments.b1);
      dataOf(await tag(p.supervisors[0], a1, 'INTERVENTION', 'TEACHER'));
      dataOf(await tag(p.supervisors[0], a1, 'PERSONALIZATION', 'COUNSELOR'));
      dataOf(await tag(p.supervisors[1], b1, 'CONCEPTUALIZATION', 'CONSULTANT'));

      const notes = 'Trainee is ready to lead the repair conversation with Client K.';
      const reason = 'Trainee on leave this week';
      const s0 = dataOf(await t.gql(RECORD, { input: session(p.trainees[0], 60, [threadA.id], { privateNotes: notes }) }, p.supervisors[0].token)).recordSupervisionSession;
      dataOf(await t.gql(COMPLETE, { input: { sessionId: s0.id, site: 'University Counseling Clinic' } }, p.supervisors[0].token));
      dataOf(await t.gql(RECORD, { input: session(p.trainees[0], 50, [], { startsAt: '2025-03-20T15:00:00Z' }) }, p.supervisors[0].token));
      const s1 = dataOf(await t.gql(RECORD, { input: session(p.trainees[1], 45, [threadB.id]) }, p.supervisors[1].token)).recordSupervisionSession;
      dataOf(await t.gql(COMPLETE, { input: { sessionId: s1.id, site: 'University Counseling Clinic' } }, p.supervisors[1].token));
      const s2 = dataOf(await t.gql(RECORD, { input: session(p.trainees[1], 30, []) }, p.supervisors[1].token)).recordSupervisionSession;
      dataOf(await t.gql(CANCEL, { input: { sessionId: s2.id, reason } }, p.supervisors[1].token));
      const defaultThread = threadInput(p.id);
      return {
        sessionId: s0.id,
        caseTexts: [defaultThread.title, defaultThread.body, defaultThread.clientAlias, THREAD_B.title, THREAD_B.body, THREAD_B.clientAlias, ...Object.values(comments), notes, reason],
      };
    }

    const session = (trainee: TestUser, durationMinutes: number, threadIds: string[], extra: Record<string, unknown> = {}) => ({
      programId: p.id,
      kind: 'INDIVIDUAL',
      traineeIds: [trainee.id],
      startsAt: '2025-03-03T15:00:00Z',
      durationMinutes,
      threadIds,
      ...extra,
    });

    it('shows a program admin how the program’s supervision time and comments were spent', async () => {
      await supervisedPeriod();
      const summary = dataOf(await summaryOf(p.admin)).supervisionSummary;
      expect(summary).toMatchObject({
        scope: 'PROGRAM',
        sessions: 2,
        scheduledSessions: 1,
        cancelledSessions: 1,
        sessionMinutes: 105,
        attendees: 2,
        attendances: 2,
        threadsDiscussed: 2,
        comments: 3,
        taggedComments: 2,
      });
      expect(summary.byKind).toEqual([
        { kind: 'INDIVIDUAL', sessions: 2, minutes: 105, attendances: 2, traineeMinutes: 105 },
        { kind: 'TRIADIC', sessions: 0, minutes: 0, attendances: 0, traineeMinutes: 0 },
        { kind: 'GROUP', sessions: 0, minutes: 0, attendances: 0, traineeMinutes: 0 },
      ]);
      expect(summary.threadsDiscussedByTopic).toEqual([
        { topic: 'ALLIANCE_RUPTURE', count: 1 },
        { topic: 'COUNTERTRANSFERENCE', count: 1 },
        { topic: 'REFERRAL', count: 1 },
      ]);
      expect(summary.commentsByTopic).toEqual([
        { topic: 'ALLIANCE_RUPTURE', comments: 2, taggedComments: 1 },
        { topic: 'COUNTERTRANSFERENCE', comments: 2, taggedComments: 1 },
        { topic: 'REFERRAL', comments: 1, taggedComments: 1 },
      ]);
      expect(summary.taggedByFocus).toEqual([
        { focus: 'INTERVENTION', comments: 0 },
        { focus: 'CONCEPTUALIZATION', comments: 1 },
        { focus: 'PERSONALIZATION', comments: 1 },
      ]);
      expect(summary.taggedByRole).toEqual([
        { role: 'TEACHER', comments: 0 },
        { role: 'COUNSELOR', comments: 1 },
        { role: 'CONSULTANT', comments: 1 },
      ]);
      expect(summary.taggedByFocusAndRole).toEqual([
        { focus: 'CONCEPTUALIZATION', role: 'CONSULTANT', comments: 1 },
        { focus: 'PERSONALIZATION', role: 'COUNSELOR', comments: 1 },
      ]);
    });

    it('shows a supervisor their own sessions and comments only', async () => {
      await supervisedPeriod();
      const summary = dataOf(await summaryOf(p.supervisors[0])).supervisionSummary;
      expect(summary).toMatchObject({ scope: 'SUPERVISOR', sessions: 1, scheduledSessions: 1, cancelledSessions: 0, sessionMinutes: 60, attendees: 1, comments: 2, taggedComments: 1 });
      expect(summary.threadsDiscussedByTopic.map((r: any) => r.topic)).toEqual(['ALLIANCE_RUPTURE', 'COUNTERTRANSFERENCE']);
      expect(summary.taggedByFocusAndRole).toEqual([{ focus: 'PERSONALIZATION', role: 'COUNSELOR', comments: 1 }]);
    });

    it('never contains thread titles, bodies, aliases, comments or notes', async () => {
      const { caseTexts } = await supervisedPeriod();
      for (const who of [p.admin, p.supervisors[0], p.supervisors[1]]) {
        const serialized = JSON.stringify(await summaryOf(who));
        expect(serialized).toContain('"sessions"');
        for (const text of caseTexts) expect(serialized).not.toContain(text);
        expect(serialized).not.toMatch(/Client [KM]/);
      }
    });

    it('counts only the period asked for', async () => {
      await supervisedPeriod();
      const march = dataOf(await summaryOf(p.admin, '2025-03-01', '2025-03-02')).supervisionSummary;
      expect(march).toMatchObject({ sessions: 0, scheduledSessions: 0, comments: 0, sessionMinutes: 0 });
      const sessionDay = dataOf(await summaryOf(p.admin, '2025-03-03', '2025-03-03')).supervisionSummary;
      expect(sessionDay).toMatchObject({ sessions: 2, cancelledSessions: 1, comments: 0 });
    });

    it('is for program admins and supervisors only', async () => {
      expect(codeOf(await summaryOf(p.trainees[0]))).toBe('FORBIDDEN');
      expect(codeOf(await summaryOf(await signUp(t, 'outsider')))).toBe('NOT_FOUND');
      expect(codeOf(await summaryOf(p.admin, '2025-03-02', '2025-03-01'))).toBe('BAD_USER_INPUT');
      expect(codeOf(await summaryOf(p.admin, '2025-02-30', '2025-03-01'))).toBe('BAD_USER_INPUT');
    });

    it('lets an admin see that threads were discussed without reading them', async () => {
      const { sessionId } = await supervisedPeriod();
      const asAdmin = dataOf(await t.gql(SESSION, { id: sessionId }, p.admin.token)).supervisionSession;
      expect(asAdmin).toMatchObject({ discussedThreadCount: 1, discussedThreads: [], privateNotes: null });
      const asSupervisor = dataOf(await t.gql(SESSION, { id: sessionId }, p.supervisors[0].token)).supervisionSession;
      expect(asSupervisor.discussedThreads).toHaveLength(1);
    });
  });
});

const TAG_EVENTS = `subscription ($threadId: ID!) { threadEvents(threadId: $threadId) { type comment { id supervisionTag { focus role } } } }`;
const TAG_FIELDS = `supervisionTag { focus role taggedBy { id } taggedAt }`;
const TAG = `mutation ($input: TagCommentInput!) { tagComment(input: $input) { id ${TAG_FIELDS} } }`;
const THREAD_COMMENTS = `query ($id: ID!) { caseThread(id: $id) { comments(first: 20) { edges { node { id supervisionTag { focus role taggedBy { id } } } } } } }`;
const RECORD = `mutation ($input: RecordSupervisionSessionInput!) { recordSupervisionSession(input: $input) { id } }`;
const COMPLETE = `mutation ($input: CompleteSupervisionSessionInput!) { completeSupervisionSession(input: $input) { id status } }`;
const CANCEL = `mutation ($input: CancelSupervisionSessionInput!) { cancelSupervisionSession(input: $input) { id status } }`;
const SESSION = `query ($id: ID!) { supervisionSession(id: $id) { id privateNotes discussedThreadCount discussedThreads { id } } }`;
const SUMMARY = `query ($programId: ID!, $from: String!, $to: String!) {
  supervisionSummary(programId: $programId, from: $from, to: $to) {
    programId from to scope sessions scheduledSessions cancelledSessions sessionMinutes attendees attendances
    byKind { kind sessions minutes attendances traineeMinutes }
    threadsDiscussed threadsDiscussedByTopic { topic count }
    comments taggedComments commentsByTopic { topic comments taggedComments }
    taggedByFocus { focus comments } taggedByRole { role comments } taggedByFocusAndRole { focus role comments } } }`;
