import { codeOf, dataOf, startTestApp, TestApp } from './support/harness';
import { createStaffedProgram, TestProgram } from './support/factories';
import { CREATE_THREAD, createThread, threadInput } from './support/threads';
import { rawQuery } from './support/test-database';

describe('the de-identification guard on case threads', () => {
  let t: TestApp;
  let p: TestProgram;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createStaffedProgram(t, { supervisors: 1, trainees: 1 });
  });
  afterAll(() => t.close());

  const countThreads = async () => Number((await rawQuery<{ n: string }>(t.db, `SELECT count(*)::text AS n FROM case_threads WHERE program_id = $1`, [p.id]))[0].n);

  it('highlights identifiers for any signed-in user and stores nothing', async () => {
    const text = 'My client Grace called from 919.724.3306 on Sept. 3.';
    const res = dataOf(await t.gql(DEIDENTIFY, { text }, p.trainees[0].token));
    const kinds = res.deidentify.findings.map((f: any) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['NAME', 'PHONE', 'DATE']));
    for (const f of res.deidentify.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(res.deidentify.redactedText).toContain('[PHONE]');
    expect(codeOf(await t.gql(DEIDENTIFY, { text }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a thread post that names the client with PHI_DETECTED and the places, storing nothing', async () => {
    const before = await countThreads();
    const body = 'Marisol told me in session 4 that she feels judged by me.';
    const res = await t.gql(CREATE_THREAD, { input: threadInput(p.id, { body }) }, p.trainees[0].token);
    expect(codeOf(res)).toBe('PHI_DETECTED');
    const findings = res.errors![0].extensions!.findings;
    expect(findings).toEqual([expect.objectContaining({ field: 'body', kind: 'NAME', start: 0, end: 7 })]);
    expect(JSON.stringify(res.errors)).not.toContain('"text"');
    expect(await countThreads()).toBe(before);
  });

  it('stores the same post redacted when the author asks for REDACT, and says what was replaced', async () => {
    const body = 'Marisol told me in session 4 that she feels judged by me.';
    const res = dataOf(await t.gql(CREATE_WITH_REDACTIONS, { input: threadInput(p.id, { body, phi: { handling: 'REDACT' } }) }, p.trainees[0].token));
    expect(res.createCaseThread.body).toBe('[NAME] told me in session 4 that she feels judged by me.');
    expect(res.createCaseThread.redactions).toEqual([{ field: 'body', kind: 'NAME', start: 0, end: 7 }]);
    const stored = await rawQuery<{ body: string }>(t.db, `SELECT body FROM case_threads WHERE id = $1`, [res.createCaseThread.id]);
    expect(stored[0].body).not.toContain('Marisol');
  });

  it('passes an acknowledged false alarm and audits its kind without the text', async () => {
    const body = 'I keep thinking about Winnicott and the holding environment with Client K.';
    const found = dataOf(await t.gql(DEIDENTIFY, { text: body }, p.trainees[0].token)).deidentify.findings;
    const acknowledged = found.map((f: any) => ({ field: 'body', start: f.start, end: f.end, textHash: f.textHash }));
    const res = dataOf(await t.gql(CREATE_THREAD, { input: threadInput(p.id, { body, phi: { acknowledged } }) }, p.trainees[0].token));
    expect(res.createCaseThread.body).toBe(body);
    const audit = await rawQuery<{ metadata: any }>(t.db, `SELECT metadata FROM audit_events WHERE target_id = $1 AND action = 'thread.created'`, [res.createCaseThread.id]);
    expect(JSON.stringify(audit[0].metadata)).not.toContain('Winnicott');
    expect(audit[0].metadata.phiAcknowledged ?? []).toEqual(found.map((f: any) => ({ field: 'body', kind: f.kind })));
  });

  it('refuses an acknowledgement whose hash does not match the text', async () => {
    const body = 'Marisol told me she feels judged.';
    const res = await t.gql(CREATE_THREAD, { input: threadInput(p.id, { body, phi: { acknowledged: [{ field: 'body', start: 0, end: 7, textHash: 'a'.repeat(64) }] } }) }, p.trainees[0].token);
    expect(codeOf(res)).toBe('PHI_DETECTED');
  });

  it('refuses an edit that adds a phone number, and a comment with an email', async () => {
    const thread = await createThread(t, p.trainees[0], p.id);
    const edit = await t.gql(UPDATE, { input: { threadId: thread.id, expectedVersion: 1, body: 'She left a voicemail from (207) 555-0162 asking to cancel.' } }, p.trainees[0].token);
    expect(codeOf(edit)).toBe('PHI_DETECTED');
    expect(edit.errors![0].extensions!.findings[0]).toMatchObject({ field: 'body', kind: 'PHONE' });
    const comment = await t.gql(`mutation ($input: PostCommentInput!) { postComment(input: $input) { id } }`, { input: { threadId: thread.id, body: 'Her email is jdoe at example dot com' } }, p.supervisors[0].token);
    expect(codeOf(comment)).toBe('PHI_DETECTED');
    const unchanged = await rawQuery<{ version: number; n: string }>(t.db, `SELECT version, (SELECT count(*)::text FROM comments WHERE thread_id = $1) AS n FROM case_threads WHERE id = $1`, [thread.id]);
    expect(unchanged[0]).toEqual({ version: 1, n: '0' });
  });
});

const DEIDENTIFY = `query ($text: String!) { deidentify(text: $text) { findings { kind start end text confidence textHash } redactedText } }`;
const CREATE_WITH_REDACTIONS = `mutation ($input: CreateCaseThreadInput!) { createCaseThread(input: $input) { id body redactions { field kind start end } } }`;
const UPDATE = `mutation ($input: UpdateCaseThreadInput!) { updateCaseThread(input: $input) { id version } }`;
