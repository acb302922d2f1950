import { codeOf, dataOf, startTestApp, TestApp } from './support/harness';
import { createStaffedProgram, TestProgram, TestUser } from './support/factories';
import { collect, sleep } from './support/live';
import { rawQuery } from './support/test-database';
import { createThread } from './support/threads';

describe('countertransference reflections', () => {
  let t: TestApp;
  let p: TestProgram;
  let trainee: TestUser;
  let supervisor: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    p = await createStaffedProgram(t, { supervisors: 2, trainees: 2 });
    trainee = p.trainees[0];
    supervisor = p.supervisors[0];
  });
  afterAll(() => t.close());

  const answers = {
    feeling: 'Irritated, then guilty, when Client K went silent in session 6.',
    beganWhen: 'Around session 4, when the silences got longer.',
    remindsOf: 'Being ignored by an older sibling as a child.',
    influenceOnWork: 'I filled the silences with questions instead of waiting.',
    wantFromSupervision: 'Help staying with silence without taking it personally.',
  };

  function save(input: Record<string, unknown>, by: TestUser = trainee) {
    return t.gql(SAVE, { input: { programId: p.id, ...answers, ...input } }, by.token);
  }

  it('is invisible to the supervisor until the trainee shares it into a thread', async () => {
    const reflection = dataOf(await save({})).saveReflection;
    expect(reflection).toMatchObject({ ...answers, traineeId: trainee.id, sharedAt: null, sharedThreadId: null });
    expect(codeOf(await t.gql(GET, { id: reflection.id }, supervisor.token))).toBe('NOT_FOUND');
    expect(dataOf(await t.gql(LIST, { programId: p.id }, supervisor.token)).reflections.edges).toEqual([]);
    expect(dataOf(await t.gql(LIST, { programId: p.id }, trainee.token)).reflections.edges.map((e: any) => e.node.id)).toContain(reflection.id);

    const thread = await createThread(t, trainee, p.id, { topics: ['COUNTERTRANSFERENCE'] });
    const events = collect(t.ws({ authorization: `Bearer ${supervisor.token}` }), EVENTS, { threadId: thread.id }, 1, 4000);
    await sleep(300);
    const shared = dataOf(await t.gql(SHARE, { reflectionId: reflection.id, threadId: thread.id }, trainee.token)).shareReflection;
    expect(shared).toMatchObject({ id: reflection.id, sharedThreadId: thread.id });
    expect(shared.sharedAt).toBeTruthy();

    // It arrives as an ordinary comment, live.
    const [event] = (await events.done).map((e) => e.threadEvents);
    expect(event).toMatchObject({ type: 'COMMENT_ADDED', comment: { id: shared.sharedCommentId } });
    expect(event.comment.body).toContain(`**What I want from supervision:** ${answers.wantFromSupervision}`);
    expect(dataOf(await t.gql(GET, { id: reflection.id }, supervisor.token)).reflection.feeling).toBe(answers.feeling);
    // The other supervisor cannot read the thread, so not the reflection either.
    expect(codeOf(await t.gql(GET, { id: reflection.id }, p.supervisors[1].token))).toBe('NOT_FOUND');
  });

  it('is shared once: again into the same thread answers the same, another thread is a conflict, edits are refused', async () => {
    const reflection = dataOf(await save({ remindsOf: null, beganWhen: null })).saveReflection;
    const thread = await createThread(t, trainee, p.id);
    const first = dataOf(await t.gql(SHARE, { reflectionId: reflection.id, threadId: thread.id }, trainee.token)).shareReflection;
    const again = dataOf(await t.gql(SHARE, { reflectionId: reflection.id, threadId: thread.id }, trainee.token)).shareReflection;
    expect(again.sharedCommentId).toBe(first.sharedCommentId);
    const comments = await rawQuery(t.db, `SELECT body FROM comments WHERE thread_id = $1`, [thread.id]);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).not.toContain('When it began');

    const other = await createThread(t, trainee, p.id);
    expect(codeOf(await t.gql(SHARE, { reflectionId: reflection.id, threadId: other.id }, trainee.token))).toBe('CONFLICT');
    expect(codeOf(await save({ reflectionId: reflection.id, feeling: 'Changed my mind.' }))).toBe('CONFLICT');
  });

  it('is shared only by its trainee into their own thread', async () => {
    const reflection = dataOf(await save({})).saveReflection;
    const othersThread = await createThread(t, p.trainees[1], p.id);
    expect(codeOf(await t.gql(SHARE, { reflectionId: reflection.id, threadId: othersThread.id }, trainee.token))).toBe('NOT_FOUND');
    const thread = await createThread(t, trainee, p.id);
    expect(codeOf(await t.gql(SHARE, { reflectionId: reflection.id, threadId: thread.id }, supervisor.token))).toBe('NOT_FOUND');
    expect(dataOf(await t.gql(GET, { id: reflection.id }, trainee.token)).reflection.sharedAt).toBeNull();
  });

  it('is edited while private, and refuses identifying text and someone else’s case', async () => {
    const reflection = dataOf(await save({})).saveReflection;
    const edited = dataOf(await save({ reflectionId: reflection.id, feeling: 'Mostly sadness, on reflection.', beganWhen: null })).saveReflection;
    expect(edited).toMatchObject({ id: reflection.id, feeling: 'Mostly sadness, on reflection.', beganWhen: null });
    expect(codeOf(await save({ reflectionId: reflection.id }, p.trainees[1]))).toBe('NOT_FOUND');

    expect(codeOf(await save({ feeling: 'Upset after she phoned me on 555-867-5309.' }))).toBe('PHI_DETECTED');
    expect(codeOf(await save({ feeling: '' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await save({}, supervisor))).toBe('FORBIDDEN');
    const othersCase = dataOf(await t.gql(OPEN_CASE, { input: { programId: p.id, alias: 'Client R', startedOn: '2025-01-01' } }, p.trainees[1].token)).openClientCase;
    const refused = await save({ clientCaseId: othersCase.id });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields?.[0].field).toBe('clientCaseId');
    const stored = await rawQuery(t.db, `SELECT count(*)::int AS n FROM reflections WHERE client_case_id = $1 OR feeling LIKE '%555%'`, [othersCase.id]);
    expect(stored[0].n).toBe(0);
  });
});

const FIELDS = `id traineeId clientCaseId feeling beganWhen remindsOf influenceOnWork wantFromSupervision sharedThreadId sharedCommentId sharedAt`;
const SAVE = `mutation ($input: SaveReflectionInput!) { saveReflection(input: $input) { ${FIELDS} } }`;
const SHARE = `mutation ($reflectionId: ID!, $threadId: ID!) { shareReflection(reflectionId: $reflectionId, threadId: $threadId) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { reflection(id: $id) { ${FIELDS} } }`;
const LIST = `query ($programId: ID!) { reflections(programId: $programId) { edges { node { id } } } }`;
const EVENTS = `subscription ($threadId: ID!) { threadEvents(threadId: $threadId) { type comment { id body } } }`;
const OPEN_CASE = `mutation ($input: OpenClientCaseInput!) { openClientCase(input: $input) { id } }`;
