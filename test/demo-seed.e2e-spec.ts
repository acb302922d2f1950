import { dataOf, startTestApp, TestApp } from './support/harness';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoSeeder } from '../apps/api/src/seed/demo-seeder';

describe('the demo program seeded on a first development start', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { SEED_DEMO: 'true' } });
  });
  afterAll(() => t.close());

  const signIn = async (email: string) => dataOf(await t.gql(SIGN_IN, { input: { email, password: DEMO_PASSWORD } })).signIn.accessToken as string;

  it('creates people, a thread with guidance and verified hours through the real services, once', async () => {
    const seeder = t.app.get(DemoSeeder);
    expect(await seeder.seedIfEmpty()).toBe(true);
    expect(await seeder.seedIfEmpty()).toBe(true);

    const supervisor = await signIn(DEMO_ACCOUNTS[1].email);
    const programs = dataOf(await t.gql(`query { programs { id name } }`, {}, supervisor)).programs;
    expect(programs).toHaveLength(1);
    const threads = dataOf(await t.gql(THREADS, { programId: programs[0].id }, supervisor)).caseThreads.edges.map((e: any) => e.node);
    expect(threads).toHaveLength(1);
    expect(threads[0].guidance).toHaveLength(1);

    const trainee = await signIn(DEMO_ACCOUNTS[2].email);
    const me = dataOf(await t.gql(`query { me { id } }`, {}, trainee)).me;
    const progress = dataOf(await t.gql(PROGRESS, { programId: programs[0].id, traineeId: me.id }, trainee)).hoursProgress;
    expect(progress.verifiedHours).toBe(12);
  });
});

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const THREADS = `query ($programId: ID!) { caseThreads(programId: $programId) { edges { node { id title guidance { id } } } } }`;
const PROGRESS = `query ($programId: ID!, $traineeId: ID!) { hoursProgress(programId: $programId, traineeId: $traineeId) { verifiedHours } }`;
