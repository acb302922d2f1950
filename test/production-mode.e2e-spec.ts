import { startTestApp, TestApp } from './support/harness';
import { usingPostgres } from './support/test-database';

if (!usingPostgres()) {
  // eslint-disable-next-line no-console
  console.warn('production-mode test skipped: production requires DATABASE_URL (a real PostgreSQL)');
}

describe('introspection and field suggestions', () => {
  it('are on outside production', async () => {
    const t = await startTestApp();
    try {
      const introspection = await t.gql(`{ __schema { queryType { name } } }`);
      expect(introspection.data?.__schema.queryType.name).toBe('Query');
      const typo = await t.gql(`{ mee { id } }`);
      expect(typo.errors![0].message).toMatch(/Did you mean "me"/);
    } finally {
      await t.close();
    }
  });

  (usingPostgres() ? describe : describe.skip)('in production', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ env: { NODE_ENV: 'production', JWT_SECRET: 'production-mode-test-secret-of-32-chars-at-least' } });
    });
    afterAll(() => t.close());

    it('refuses introspection and gives no field suggestions', async () => {
      const introspection = await t.gql(`{ __schema { queryType { name } } }`);
      expect(introspection.data ?? null).toBeNull();
      expect(introspection.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      const typo = await t.gql(`{ mee { id } }`);
      expect(typo.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
    });
  });
});
