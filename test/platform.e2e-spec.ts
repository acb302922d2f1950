import request from 'supertest';
import { codeOf, dataOf, startTestApp, TestApp } from './support/harness';
import { signUp } from './support/factories';

function closeOrConnect(client: ReturnType<TestApp['ws']>): Promise<{ connected: boolean; code?: number }> {
  return new Promise((resolve) => {
    client.on('connected', () => resolve({ connected: true }));
    client.on('closed', (event) => resolve({ connected: false, code: (event as { code?: number }).code }));
  });
}

describe('the GraphQL endpoint', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses a WebSocket without a token in connection_init', async () => {
    const outcome = await closeOrConnect(t.ws(undefined, { lazy: false }));
    expect(outcome).toEqual({ connected: false, code: 4403 });
  });

  it('refuses a WebSocket with an invalid token', async () => {
    const outcome = await closeOrConnect(t.ws({ authorization: 'Bearer not.a.token' }, { lazy: false }));
    expect(outcome).toEqual({ connected: false, code: 4403 });
  });

  it('accepts a WebSocket with a valid bearer token', async () => {
    const user = await signUp(t);
    const outcome = await closeOrConnect(t.ws({ authorization: `Bearer ${user.token}` }, { lazy: false }));
    expect(outcome).toEqual({ connected: true });
  });

  it('refuses a deeply nested query with a clear code and keeps serving', async () => {
    const user = await signUp(t);
    const res = await t.gql(deepQuery(30), {}, user.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors!.map((e) => e.message).join(' ')).toMatch(/depth/i);
    expect(dataOf(await t.gql(`query { me { id } }`, {}, user.token)).me.id).toBe(user.id);
  });

  it('refuses hundreds of aliases with a clear code', async () => {
    const user = await signUp(t);
    const aliases = Array.from({ length: 300 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await t.gql(`query { ${aliases} }`, {}, user.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors!.map((e) => e.message).join(' ')).toMatch(/alias/i);
    expect(dataOf(await t.gql(`query { me { id } }`, {}, user.token)).me.id).toBe(user.id);
  });

  it('refuses a query with too many tokens', async () => {
    const user = await signUp(t);
    const fields = Array.from({ length: 2000 }, () => 'id').join(' ');
    const res = await t.gql(`query { me { ${fields} } }`, {}, user.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  it('answers an unknown field as BAD_USER_INPUT without a stack trace', async () => {
    const res = await t.gql(`query { nope }`);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace/i);
  });

  it('serves /health and /ready', async () => {
    const health = await request(t.app.getHttpServer()).get('/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    const ready = await request(t.app.getHttpServer()).get('/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info.database.status).toBe('up');
  });

  it('echoes a request id on every response', async () => {
    const res = await request(t.app.getHttpServer()).post('/graphql').set('x-request-id', 'req-12345').send({ query: '{ __typename }' });
    expect(res.headers['x-request-id']).toBe('req-12345');
  });

  it('keeps GraphQL-over-HTTP behaviour for GET queries and bad JSON', async () => {
    const get = await request(t.app.getHttpServer()).get('/graphql').query({ query: '{ __typename }' }).set('accept', 'application/json').set('apollo-require-preflight', 'true');
    expect(get.status).toBe(200);
    expect(get.body.data.__typename).toBe('Query');
    const bad = await request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(bad.status).toBe(400);
    // Apollo's CSRF prevention: a simple GET without a preflight header is refused.
    const simpleGet = await request(t.app.getHttpServer()).get('/graphql').query({ query: '{ __typename }' }).set('accept', 'application/json');
    expect(simpleGet.status).toBe(400);
  });
});

/** `programs { members { user { f1 { f2 { ... } } } } }`: nesting is refused before fields are resolved. */
function deepQuery(depth: number): string {
  let inner = 'id';
  for (let i = depth; i > 0; i--) inner = `f${i} { ${inner} }`;
  return `query { programs { members { user { ${inner} } } } }`;
}
