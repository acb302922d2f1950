import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataOf, startTestApp } from './support/harness';
import { createStaffedProgram } from './support/factories';
import { collect, sleep } from './support/live';
import { createThread, postComment } from './support/threads';
import { createTestDatabase, embeddedDatabase, TestDatabase, usingPostgres } from './support/test-database';

describe('live discussion across a server restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'alliance-restart-'));
  let db: TestDatabase;
  // One deployment: the restarted server keeps the database and the signing secret.
  const env = { JWT_SECRET: 'restart-test-secret-of-at-least-32-characters' };

  beforeAll(async () => {
    db = usingPostgres() ? await createTestDatabase() : embeddedDatabase(join(dataDir, 'pglite'));
  });
  afterAll(async () => {
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('replays what was posted while the server was down, exactly once and in order, then goes live', async () => {
    const before = await startTestApp({ db, env });
    const p = await createStaffedProgram(before, { supervisors: 1, trainees: 1 });
    const thread = await createThread(before, p.trainees[0], p.id);
    const first = collect(before.ws({ authorization: `Bearer ${p.supervisors[0].token}` }), EVENTS, { threadId: thread.id }, 1);
    await sleep(200);
    dataOf(await postComment(before, p.trainees[0], thread.id, 'before the restart'));
    const [seen] = await first.done;
    await before.close();

    const after = await startTestApp({ db, env });
    try {
      dataOf(await postComment(after, p.trainees[0], thread.id, 'while the supervisor was away 1'));
      dataOf(await postComment(after, p.trainees[0], thread.id, 'while the supervisor was away 2'));
      const resumed = collect(after.ws({ authorization: `Bearer ${p.supervisors[0].token}` }), EVENTS, { threadId: thread.id, after: seen.threadEvents.cursor }, 3);
      await sleep(300);
      dataOf(await postComment(after, p.trainees[0], thread.id, 'live after the restart'));
      const events = await resumed.done;
      expect(events.map((e) => e.threadEvents.comment.body)).toEqual(['while the supervisor was away 1', 'while the supervisor was away 2', 'live after the restart']);
      const seqs = events.map((e) => Number(e.threadEvents.seq));
      expect(seqs).toEqual([Number(seen.threadEvents.seq) + 1, Number(seen.threadEvents.seq) + 2, Number(seen.threadEvents.seq) + 3]);
    } finally {
      await after.close();
    }
  });
});

const EVENTS = `subscription ($threadId: ID!, $after: String) { threadEvents(threadId: $threadId, after: $after) { seq cursor comment { body } } }`;
