import { dataOf, startTestApp, TestApp } from './support/harness';
import { createStaffedProgram } from './support/factories';
import { collect, sleep } from './support/live';
import { createThread, postComment } from './support/threads';
import { createTestDatabase, TestDatabase, usingPostgres } from './support/test-database';

const redisUrl = process.env.REDIS_URL;
const canRun = Boolean(redisUrl) && usingPostgres();
if (!canRun) {
  // eslint-disable-next-line no-console
  console.warn('scale-out test skipped: it needs a real PostgreSQL (DATABASE_URL) and Redis (REDIS_URL) shared by two API instances');
}

(canRun ? describe : describe.skip)('two API instances on one PostgreSQL and one Redis', () => {
  let db: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    db = await createTestDatabase();
    // Instances of one deployment share the JWT secret, the database and Redis.
    const env = { REDIS_URL: redisUrl!, JWT_SECRET: 'scale-out-test-secret-of-at-least-32-characters' };
    a = await startTestApp({ db, env });
    b = await startTestApp({ db, env });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await db.drop();
  });

  it('delivers a comment posted through one instance to a subscriber on the other', async () => {
    const p = await createStaffedProgram(a, { supervisors: 1, trainees: 1 });
    const thread = await createThread(a, p.trainees[0], p.id);
    const stream = collect(b.ws({ authorization: `Bearer ${p.supervisors[0].token}` }), EVENTS, { threadId: thread.id }, 2);
    await sleep(500);
    dataOf(await postComment(a, p.trainees[0], thread.id, 'posted through instance A'));
    dataOf(await postComment(b, p.trainees[0], thread.id, 'posted through instance B'));
    expect((await stream.done).map((e) => e.threadEvents.comment.body)).toEqual(['posted through instance A', 'posted through instance B']);
  });
});

const EVENTS = `subscription ($threadId: ID!) { threadEvents(threadId: $threadId) { seq comment { body } } }`;
