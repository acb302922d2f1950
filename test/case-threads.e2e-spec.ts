import { DataSource } from 'typeorm';
import { codeOf, dataOf, startTestApp, TestApp } from './support/harness';
import { createStaffedProgram, TestProgram } from './support/factories';
import { CREATE_THREAD, createThread, postComment, threadInput } from './support/threads';
import { rawQuery } from './support/test-database';

describe('case threads and comments', () => {
  let t: TestApp;
  let p: TestProgram;
  beforeAll(async () => {
    t = await startTestApp();
    // trainee 0 -> supervisor 0, trainee 1 -> supervisor 1
    p = await createStaffedProgram(t, { supervisors: 2, trainees: 2 });
  });
  afterAll(() => t.close());

  it('lets a trainee post a case that their supervisor reads, with author and counts', async () => {
    const thread = await createThread(t, p.trainees[0], p.id, { urgency: 'SOON' });
    const seen = dataOf(await t.gql(THREAD, { id: thread.id }, p.supervisors[0].token));
    expect(seen.caseThread).toMatchObject({ id: thread.id, urgency: 'SOON', status: 'OPEN', topics: ['ALLIANCE_RUPTURE', 'COUNTERTRANSFERENCE'], clientAlias: 'Client K', commentCount: 0 });
    expect(seen.caseThread.author.id).toBe(p.trainees[0].id);
  });

  it('keeps a thread from a trainee outside the audience and an unassigned supervisor: read, list, search, comment', async () => {
    const thread = await createThread(t, p.trainees[0], p.id, { title: 'Zebrafinch rupture question' });
    for (const outsider of [p.trainees[1], p.supervisors[1], p.admin]) {
      expect(codeOf(await t.gql(THREAD, { id: thread.id }, outsider.token))).toBe('NOT_FOUND');
      expect(codeOf(await postComment(t, outsider, thread.id, 'Let me weigh in'))).toBe('NOT_FOUND');
      const listed = dataOf(await t.gql(THREADS, { programId: p.id, filter: { search: 'zebrafinch' } }, outsider.token));
      expect(listed.caseThreads.edges).toEqual([]);
    }
    const own = dataOf(await t.gql(THREADS, { programId: p.id, filter: { search: 'zebrafinch' } }, p.supervisors[0].token));
    expect(own.caseThreads.edges.map((e: any) => e.node.id)).toEqual([thread.id]);
  });

  it('finds threads by the text of their comments', async () => {
    const thread = await createThread(t, p.trainees[0], p.id);
    dataOf(await postComment(t, p.supervisors[0], thread.id, 'Consider the marimba metaphor she used in session two.'));
    const found = dataOf(await t.gql(THREADS, { programId: p.id, filter: { search: 'marimba' } }, p.trainees[0].token));
    expect(found.caseThreads.edges.map((e: any) => e.node.id)).toEqual([thread.id]);
  });

  it('filters by topic, status and urgency, ordered by last activity, with pages', async () => {
    const a = await createThread(t, p.trainees[0], p.id, { topics: ['REFERRAL'], urgency: 'URGENT' });
    const b = await createThread(t, p.trainees[0], p.id, { topics: ['REFERRAL'] });
    dataOf(await postComment(t, p.supervisors[0], a.id, 'Bumping this one'));
    const page1 = dataOf(await t.gql(THREADS, { programId: p.id, first: 1, filter: { topics: ['REFERRAL'] } }, p.supervisors[0].token));
    expect(page1.caseThreads.edges.map((e: any) => e.node.id)).toEqual([a.id]);
    expect(page1.caseThreads.pageInfo.hasNextPage).toBe(true);
    const page2 = dataOf(await t.gql(THREADS, { programId: p.id, first: 1, after: page1.caseThreads.pageInfo.endCursor, filter: { topics: ['REFERRAL'] } }, p.supervisors[0].token));
    expect(page2.caseThreads.edges.map((e: any) => e.node.id)).toEqual([b.id]);
    const urgent = dataOf(await t.gql(THREADS, { programId: p.id, filter: { topics: ['REFERRAL'], urgency: ['URGENT'] } }, p.supervisors[0].token));
    expect(urgent.caseThreads.edges.map((e: any) => e.node.id)).toEqual([a.id]);
  });

  it('refuses an edit based on a stale version with CONFLICT and keeps revisions', async () => {
    const thread = await createThread(t, p.trainees[0], p.id);
    const edited = dataOf(await t.gql(UPDATE, { input: { threadId: thread.id, expectedVersion: 1, title: 'Rupture after naming avoidance' } }, p.trainees[0].token));
    expect(edited.updateCaseThread.version).toBe(2);
    const stale = await t.gql(UPDATE, { input: { threadId: thread.id, expectedVersion: 1, title: 'Overwrite' } }, p.trainees[0].token);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions!.currentVersion).toBe(2);
    const seen = dataOf(await t.gql(THREAD, { id: thread.id }, p.trainees[0].token));
    expect(seen.caseThread.title).toBe('Rupture after naming avoidance');
    expect(seen.caseThread.revisions.map((r: any) => [r.version, r.title])).toEqual([[1, threadInput(p.id).title]]);
  });

  it('lets the supervisor resolve a thread but not rewrite it', async () => {
    const thread = await createThread(t, p.trainees[0], p.id);
    expect(codeOf(await t.gql(UPDATE, { input: { threadId: thread.id, expectedVersion: 1, body: 'rewritten' } }, p.supervisors[0].token))).toBe('FORBIDDEN');
    const resolved = dataOf(await t.gql(UPDATE, { input: { threadId: thread.id, expectedVersion: 1, status: 'RESOLVED', resolutionSummary: 'Repair conversation planned' } }, p.supervisors[0].token));
    expect(resolved.updateCaseThread).toMatchObject({ status: 'RESOLVED', resolutionSummary: 'Repair conversation planned' });
  });

  it('returns the same comment for a retried clientMutationId and stores one', async () => {
    const thread = await createThread(t, p.trainees[0], p.id);
    const input = { clientMutationId: 'retry-1' };
    const [first, second] = await Promise.all([postComment(t, p.supervisors[0], thread.id, 'Name the rupture gently.', input), postComment(t, p.supervisors[0], thread.id, 'Name the rupture gently.', input)]);
    const third = await postComment(t, p.supervisors[0], thread.id, 'Name the rupture gently.', input);
    expect(dataOf(first).postComment.id).toBe(dataOf(second).postComment.id);
    expect(dataOf(third).postComment.id).toBe(dataOf(first).postComment.id);
    const seen = dataOf(await t.gql(THREAD, { id: thread.id }, p.trainees[0].token));
    expect(seen.caseThread.commentCount).toBe(1);
  });

  it('nests replies one level, marks guidance and lists it on the thread', async () => {
    const thread = await createThread(t, p.trainees[0], p.id);
    const top = dataOf(await postComment(t, p.supervisors[0], thread.id, 'Try a repair statement next session.', { kind: 'GUIDANCE' })).postComment;
    expect(top.kind).toBe('GUIDANCE');
    const reply = dataOf(await postComment(t, p.trainees[0], thread.id, 'Thank you, I will.', { parentId: top.id })).postComment;
    expect(reply.parentId).toBe(top.id);
    const deeper = await postComment(t, p.supervisors[0], thread.id, 'Reply to a reply', { parentId: reply.id });
    expect(codeOf(deeper)).toBe('BAD_USER_INPUT');
    expect(codeOf(await postComment(t, p.trainees[0], thread.id, 'Self guidance', { kind: 'GUIDANCE' }))).toBe('FORBIDDEN');
    const seen = dataOf(await t.gql(THREAD, { id: thread.id }, p.trainees[0].token));
    expect(seen.caseThread.guidance.map((c: any) => c.id)).toEqual([top.id]);
    expect(seen.caseThread.comments.edges.map((e: any) => e.node.id)).toEqual([top.id, reply.id]);
  });

  it('refuses empty, oversized and archived-thread comments, storing nothing', async () => {
    const thread = await createThread(t, p.trainees[0], p.id);
    expect(codeOf(await postComment(t, p.supervisors[0], thread.id, '   '))).toBe('BAD_USER_INPUT');
    expect(codeOf(await postComment(t, p.supervisors[0], thread.id, 'x'.repeat(10001)))).toBe('BAD_USER_INPUT');
    expect(codeOf(await postComment(t, p.supervisors[0], '00000000-0000-4000-8000-000000000000', 'Hello'))).toBe('NOT_FOUND');
    dataOf(await t.gql(UPDATE, { input: { threadId: thread.id, expectedVersion: 1, status: 'ARCHIVED' } }, p.trainees[0].token));
    const archived = await postComment(t, p.supervisors[0], thread.id, 'Too late');
    expect(codeOf(archived)).toBe('CONFLICT');
    expect(dataOf(await t.gql(THREAD, { id: thread.id }, p.trainees[0].token)).caseThread.commentCount).toBe(0);
  });

  it('refuses a thread without a topic or with an empty title', async () => {
    const res = await t.gql(CREATE_THREAD, { input: threadInput(p.id, { topics: [], title: '' }) }, p.trainees[0].token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields.map((f: any) => f.field).sort()).toEqual(['title', 'title', 'topics'].sort());
  });

  it('keeps a deleted comment as a tombstone and edits with history', async () => {
    const thread = await createThread(t, p.trainees[0], p.id);
    const comment = dataOf(await postComment(t, p.supervisors[0], thread.id, 'First thought')).postComment;
    const edited = dataOf(await t.gql(EDIT, { input: { commentId: comment.id, expectedVersion: 1, body: 'Second thought' } }, p.supervisors[0].token)).editComment;
    expect(edited).toMatchObject({ body: 'Second thought', version: 2 });
    expect(edited.revisions.map((r: any) => r.body)).toEqual(['First thought']);
    expect(codeOf(await t.gql(EDIT, { input: { commentId: comment.id, expectedVersion: 1, body: 'Stale' } }, p.supervisors[0].token))).toBe('CONFLICT');
    expect(codeOf(await t.gql(DELETE, { id: comment.id }, p.trainees[0].token))).toBe('FORBIDDEN');
    const deleted = dataOf(await t.gql(DELETE, { id: comment.id }, p.supervisors[0].token)).deleteComment;
    expect(deleted).toMatchObject({ deleted: true, body: '' });
    const seen = dataOf(await t.gql(THREAD, { id: thread.id }, p.trainees[0].token));
    expect(seen.caseThread.comments.edges.map((e: any) => [e.node.id, e.node.deleted, e.node.body])).toEqual([[comment.id, true, '']]);
  });

  it('allows mentions only of people who can see the thread', async () => {
    const thread = await createThread(t, p.trainees[0], p.id);
    expect(codeOf(await postComment(t, p.trainees[0], thread.id, 'What do you think?', { mentionIds: [p.supervisors[1].id] }))).toBe('BAD_USER_INPUT');
    const ok = dataOf(await t.gql(`mutation ($input: PostCommentInput!) { postComment(input: $input) { mentions { id } } }`, { input: { threadId: thread.id, body: 'What do you think?', mentionIds: [p.supervisors[0].id] } }, p.trainees[0].token));
    expect(ok.postComment.mentions).toEqual([{ id: p.supervisors[0].id }]);
  });

  it('counts unread comments until the thread is marked read', async () => {
    const thread = await createThread(t, p.trainees[0], p.id);
    dataOf(await postComment(t, p.supervisors[0], thread.id, 'One'));
    dataOf(await postComment(t, p.supervisors[0], thread.id, 'Two'));
    expect(dataOf(await t.gql(UNREAD, { id: thread.id }, p.trainees[0].token)).caseThread.unreadCount).toBe(2);
    expect(dataOf(await t.gql(UNREAD, { id: thread.id }, p.supervisors[0].token)).caseThread.unreadCount).toBe(0);
    dataOf(await t.gql(MARK_READ, { id: thread.id }, p.trainees[0].token));
    expect(dataOf(await t.gql(UNREAD, { id: thread.id }, p.trainees[0].token)).caseThread.unreadCount).toBe(0);
  });

  it('records an audit event for every read and write of a thread', async () => {
    const thread = await createThread(t, p.trainees[0], p.id);
    dataOf(await t.gql(THREAD, { id: thread.id }, p.supervisors[0].token));
    dataOf(await postComment(t, p.supervisors[0], thread.id, 'Noted'));
    const rows = await rawQuery<{ action: string; actor_id: string; request_id: string }>(t.db, `SELECT action, actor_id, request_id FROM audit_events WHERE target_id::text = $1 OR metadata->>'threadId' = $1 ORDER BY occurred_at`, [thread.id]);
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['thread.created', 'thread.read', 'thread.comments_read', 'comment.posted']));
    expect(rows.every((r) => r.request_id.length > 0)).toBe(true);
  });

  it('lists a thread’s audit trail to its supervisor and the program admin, not to trainees', async () => {
    const thread = await createThread(t, p.trainees[0], p.id);
    dataOf(await postComment(t, p.supervisors[0], thread.id, 'Noted for Thursday'));
    const bySupervisor = dataOf(await t.gql(AUDIT, { threadId: thread.id }, p.supervisors[0].token)).threadAuditEvents.edges.map((e: any) => e.node);
    expect(bySupervisor.map((e: any) => e.action)).toEqual(expect.arrayContaining(['thread.created', 'comment.posted']));
    expect(bySupervisor.every((e: any) => e.actorId && e.requestId && e.occurredAt)).toBe(true);
    expect(JSON.stringify(bySupervisor)).not.toContain('Noted for Thursday');
    const byAdmin = dataOf(await t.gql(AUDIT, { threadId: thread.id }, p.admin.token)).threadAuditEvents.edges;
    expect(byAdmin.length).toBeGreaterThanOrEqual(bySupervisor.length);
    expect(codeOf(await t.gql(AUDIT, { threadId: thread.id }, p.trainees[0].token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(AUDIT, { threadId: thread.id }, p.supervisors[1].token))).toBe('FORBIDDEN');
  });

  it('refuses UPDATE and DELETE of audit rows through the application connection', async () => {
    const ds = t.app.get(DataSource);
    await expect(ds.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
  });

  it('costs the same number of SQL statements for a page of 5 threads as for 50', async () => {
    const q = await createStaffedProgram(t, { supervisors: 1, trainees: 1 });
    for (let i = 0; i < 50; i++) {
      const thread = await createThread(t, q.trainees[0], q.id);
      if (i % 3 === 0) dataOf(await postComment(t, q.supervisors[0], thread.id, `Comment ${i}`));
    }
    const count = async (first: number) => {
      const ds = t.app.get(DataSource);
      let statements = 0;
      const original = ds.logger.logQuery.bind(ds.logger);
      ds.logger.logQuery = (...args: Parameters<typeof original>) => {
        statements += 1;
        return original(...args);
      };
      try {
        const data = dataOf(await t.gql(PAGE, { programId: q.id, first }, q.supervisors[0].token));
        expect(data.caseThreads.edges).toHaveLength(first);
      } finally {
        ds.logger.logQuery = original;
      }
      return statements;
    };
    const small = await count(5);
    const large = await count(50);
    expect(large).toBe(small);
    expect(small).toBeLessThan(20);
  });
});

const THREAD = `query ($id: ID!) { caseThread(id: $id) { id title body urgency status topics clientAlias resolutionSummary version commentCount author { id }
  revisions { version title } guidance { id } comments(first: 50) { edges { node { id deleted body } } } } }`;
const THREADS = `query ($programId: ID!, $first: Int, $after: String, $filter: ThreadFilter) { caseThreads(programId: $programId, first: $first, after: $after, filter: $filter) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const PAGE = `query ($programId: ID!, $first: Int) { caseThreads(programId: $programId, first: $first) { edges { node { id title author { id displayName } commentCount unreadCount lastComment { id body author { id } } } } } }`;
const UPDATE = `mutation ($input: UpdateCaseThreadInput!) { updateCaseThread(input: $input) { id version title status resolutionSummary } }`;
const EDIT = `mutation ($input: EditCommentInput!) { editComment(input: $input) { id body version revisions { body } } }`;
const DELETE = `mutation ($id: ID!) { deleteComment(commentId: $id) { id deleted body } }`;
const AUDIT = `query ($threadId: ID!) { threadAuditEvents(threadId: $threadId, first: 100) { edges { node { action actorId requestId targetType occurredAt metadata } } } }`;
const UNREAD = `query ($id: ID!) { caseThread(id: $id) { unreadCount } }`;
const MARK_READ = `mutation ($id: ID!) { markThreadRead(threadId: $id) { id } }`;
