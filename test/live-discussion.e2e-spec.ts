import { codeOf, dataOf, startTestApp, TestApp } from './support/harness';
import { createStaffedProgram, TestProgram } from './support/factories';
import { collect, sleep } from './support/live';
import { createThread, postComment } from './support/threads';

describe('live discussion over graphql-ws', () => {
  let t: TestApp;
  let p: TestProgram;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createStaffedProgram(t, { supervisors: 2, trainees: 2 });
  });
  afterAll(() => t.close());

  const wsFor = (token: string) => t.ws({ authorization: `Bearer ${token}` });

  it('streams comments to everyone with the thread open, in order, with increasing sequence numbers', async () => {
    const thread = await createThread(t, p.trainees[0], p.id);
    const trainee = collect(wsFor(p.trainees[0].token), EVENTS, { threadId: thread.id }, 3);
    const supervisor = collect(wsFor(p.supervisors[0].token), EVENTS, { threadId: thread.id }, 3);
    await sleep(300);
    for (const body of ['one', 'two', 'three']) dataOf(await postComment(t, p.supervisors[0], thread.id, body));
    for (const stream of [await trainee.done, await supervisor.done]) {
      expect(stream.map((e) => e.threadEvents.comment.body)).toEqual(['one', 'two', 'three']);
      const seqs = stream.map((e) => Number(e.threadEvents.seq));
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(seqs).size).toBe(3);
    }
  });

  it('replays every missed event exactly once after a reconnect with `after`, then continues live', async () => {
    const thread = await createThread(t, p.trainees[0], p.id);
    const first = collect(wsFor(p.supervisors[0].token), EVENTS, { threadId: thread.id }, 1);
    await sleep(200);
    dataOf(await postComment(t, p.trainees[0], thread.id, 'before the drop'));
    const [seen] = await first.done;
    // Disconnected: these are missed.
    dataOf(await postComment(t, p.trainees[0], thread.id, 'missed 1'));
    const missed2 = dataOf(await postComment(t, p.trainees[0], thread.id, 'missed 2')).postComment;
    dataOf(await t.gql(EDIT, { input: { commentId: missed2.id, expectedVersion: 1, body: 'missed 2, edited' } }, p.trainees[0].token));

    const resumed = collect(wsFor(p.supervisors[0].token), EVENTS, { threadId: thread.id, after: seen.threadEvents.cursor }, 4);
    await sleep(300);
    dataOf(await postComment(t, p.trainees[0], thread.id, 'live again'));
    const events = (await resumed.done).map((e) => [e.threadEvents.type, e.threadEvents.comment.body]);
    expect(events).toEqual([
      ['COMMENT_ADDED', 'missed 1'],
      ['COMMENT_ADDED', 'missed 2, edited'],
      ['COMMENT_EDITED', 'missed 2, edited'],
      ['COMMENT_ADDED', 'live again'],
    ]);
  });

  it('resumes from a cursor of the comments connection', async () => {
    const thread = await createThread(t, p.trainees[0], p.id);
    const c1 = dataOf(await postComment(t, p.trainees[0], thread.id, 'first')).postComment;
    dataOf(await postComment(t, p.trainees[0], thread.id, 'second'));
    const resumed = collect(wsFor(p.supervisors[0].token), EVENTS, { threadId: thread.id, after: c1.cursor }, 1);
    expect((await resumed.done).map((e) => e.threadEvents.comment.body)).toEqual(['second']);
  });

  it('refuses to subscribe someone outside the audience', async () => {
    const thread = await createThread(t, p.trainees[0], p.id);
    await expect(collect(wsFor(p.supervisors[1].token), EVENTS, { threadId: thread.id }, 1).done).rejects.toThrow(/NOT_FOUND/);
    await expect(collect(wsFor(p.trainees[1].token), EVENTS, { threadId: thread.id }, 1).done).rejects.toThrow(/NOT_FOUND/);
  });

  it('stops delivering to a supervisor whose assignment ends', async () => {
    const q = await createStaffedProgram(t, { supervisors: 1, trainees: 1, assignAll: false });
    const assignment = dataOf(await t.gql(ASSIGN, { input: { programId: q.id, traineeId: q.trainees[0].id, supervisorId: q.supervisors[0].id, startsOn: '2020-01-01' } }, q.admin.token));
    const thread = await createThread(t, q.trainees[0], q.id);
    const stream = collect(wsFor(q.supervisors[0].token), EVENTS, { threadId: thread.id }, 2, 2500);
    await sleep(300);
    dataOf(await postComment(t, q.trainees[0], thread.id, 'while assigned'));
    await sleep(300);
    const yesterday = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
    dataOf(await t.gql(END, { input: { assignmentId: assignment.assignSupervisor.id, endsOn: yesterday } }, q.admin.token));
    await sleep(300);
    dataOf(await postComment(t, q.trainees[0], thread.id, 'after removal'));
    expect((await stream.done).map((e) => e.threadEvents.comment.body)).toEqual(['while assigned']);
  });

  it('tells a supervisor about new and urgent threads in their audience only', async () => {
    const mine = collect(wsFor(p.supervisors[0].token), ACTIVITY, { programId: p.id }, 3, 3000);
    const other = collect(wsFor(p.supervisors[1].token), ACTIVITY, { programId: p.id }, 1, 1500);
    await sleep(300);
    const routine = await createThread(t, p.trainees[0], p.id);
    const urgent = await createThread(t, p.trainees[0], p.id, { urgency: 'URGENT' });
    const activity = (await mine.done).map((a) => [a.programActivity.type, a.programActivity.thread.id]);
    expect(activity).toEqual([
      ['THREAD_CREATED', routine.id],
      ['THREAD_CREATED', urgent.id],
      ['URGENT_POST', urgent.id],
    ]);
    expect(await other.done).toEqual([]);
  });

  it('shows who is typing without storing it', async () => {
    const thread = await createThread(t, p.trainees[0], p.id);
    const typing = collect(wsFor(p.trainees[0].token), TYPING, { threadId: thread.id }, 1);
    await sleep(300);
    expect(dataOf(await t.gql(`mutation ($id: ID!) { reportTyping(threadId: $id) }`, { id: thread.id }, p.supervisors[0].token)).reportTyping).toBe(true);
    expect((await typing.done).map((e) => e.typing.user.id)).toEqual([p.supervisors[0].id]);
    expect(codeOf(await t.gql(`mutation ($id: ID!) { reportTyping(threadId: $id) }`, { id: thread.id }, p.supervisors[1].token))).toBe('NOT_FOUND');
  });
});

const EVENTS = `subscription ($threadId: ID!, $after: String) { threadEvents(threadId: $threadId, after: $after) { seq cursor type comment { id body } } }`;
const ACTIVITY = `subscription ($programId: ID!) { programActivity(programId: $programId) { type thread { id urgency } } }`;
const TYPING = `subscription ($threadId: ID!) { typing(threadId: $threadId) { user { id } } }`;
const EDIT = `mutation ($input: EditCommentInput!) { editComment(input: $input) { id } }`;
const ASSIGN = `mutation ($input: AssignSupervisorInput!) { assignSupervisor(input: $input) { id } }`;
const END = `mutation ($input: EndAssignmentInput!) { endAssignment(input: $input) { id } }`;
