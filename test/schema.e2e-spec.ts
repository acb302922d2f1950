import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printServedSchema } from '../apps/api/src/schema-printer';
import { startTestApp, TestApp } from './support/harness';

describe('schema.gql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is the schema the server serves (run `npm run schema:print` after changing types)', () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    expect(printServedSchema(t.app)).toBe(committed);
  });
});
