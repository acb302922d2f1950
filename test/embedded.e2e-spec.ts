import { mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataOf, startTestApp } from './support/harness';
import { PASSWORD, uniqueEmail } from './support/factories';
import { embeddedDatabase } from './support/test-database';

describe('the embedded database (PGlite, no DATABASE_URL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'alliance-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('boots from an empty folder, round-trips a sign-up, and survives a restart', async () => {
    const db = embeddedDatabase(join(dataDir, 'pglite'));
    const email = uniqueEmail('embedded');

    const first = await startTestApp({ db });
    const up = dataOf(await first.gql(SIGN_UP, { input: { email, password: PASSWORD, displayName: 'Embedded' } }));
    expect(dataOf(await first.gql(ME, {}, up.signUp.accessToken)).me.email).toBe(email);
    await first.close();
    expect(readdirSync(dataDir).sort()).toEqual(['jwt-secret', 'pglite']);

    const second = await startTestApp({ db });
    try {
      // Same data folder: the account, and the JWT secret kept in the folder, are still there.
      expect(dataOf(await second.gql(ME, {}, up.signUp.accessToken)).me.email).toBe(email);
      const signedIn = dataOf(await second.gql(SIGN_IN, { input: { email, password: PASSWORD } }));
      expect(signedIn.signIn.user.email).toBe(email);
    } finally {
      await second.close();
    }
  });
});

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken user { id email } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken user { id email } } }`;
const ME = `query { me { id email } }`;
