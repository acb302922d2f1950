import { codeOf, dataOf, startTestApp, TestApp } from './support/harness';
import { PASSWORD, signUp, uniqueEmail } from './support/factories';

describe('accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { SIGN_IN_ATTEMPTS_PER_EMAIL: '4', SIGN_IN_ATTEMPTS_PER_ADDRESS: '1000' } });
  });
  afterAll(() => t.close());

  it('signs up, signs in and answers me with the token', async () => {
    const email = uniqueEmail();
    const up = dataOf(await t.gql(SIGN_UP, { input: { email, password: PASSWORD, displayName: 'Riley' } }));
    expect(up.signUp.user.email).toBe(email);
    const signedIn = dataOf(await t.gql(SIGN_IN, { input: { email, password: PASSWORD } }));
    const me = dataOf(await t.gql(ME, {}, signedIn.signIn.accessToken));
    expect(me.me).toEqual({ id: up.signUp.user.id, email, displayName: 'Riley' });
  });

  it('refuses a password shorter than 12 characters with a field-level message', async () => {
    const res = await t.gql(SIGN_UP, { input: { email: uniqueEmail(), password: 'short-pass', displayName: 'Riley' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields).toEqual([{ field: 'password', message: 'must be at least 12 characters' }]);
  });

  it('refuses an email that differs from an existing one only in case', async () => {
    const email = uniqueEmail('casey');
    dataOf(await t.gql(SIGN_UP, { input: { email, password: PASSWORD, displayName: 'Casey' } }));
    const res = await t.gql(SIGN_UP, { input: { email: email.toUpperCase(), password: PASSWORD, displayName: 'Casey 2' } });
    expect(codeOf(res)).toBe('CONFLICT');
    const signedIn = dataOf(await t.gql(SIGN_IN, { input: { email: email.toUpperCase(), password: PASSWORD } }));
    expect(signedIn.signIn.user.email).toBe(email);
  });

  it('gives the same error for a wrong password and an unknown email', async () => {
    const user = await signUp(t);
    const wrongPassword = await t.gql(SIGN_IN, { input: { email: user.email, password: 'not the password at all' } });
    const unknownEmail = await t.gql(SIGN_IN, { input: { email: uniqueEmail('nobody'), password: PASSWORD } });
    expect(codeOf(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors).toEqual(unknownEmail.errors);
  });

  it('revokes every token of the user on sign-out', async () => {
    const user = await signUp(t);
    const second = dataOf(await t.gql(SIGN_IN, { input: { email: user.email, password: PASSWORD } })).signIn.accessToken;
    expect(dataOf(await t.gql(SIGN_OUT, {}, user.token)).signOut).toBe(true);
    expect(codeOf(await t.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ME, {}, second))).toBe('UNAUTHENTICATED');
    const fresh = dataOf(await t.gql(SIGN_IN, { input: { email: user.email, password: PASSWORD } })).signIn.accessToken;
    expect(dataOf(await t.gql(ME, {}, fresh)).me.id).toBe(user.id);
  });

  it('refuses a tampered or missing token', async () => {
    const user = await signUp(t);
    expect(codeOf(await t.gql(ME, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ME, {}, `${user.token.slice(0, -2)}xx`))).toBe('UNAUTHENTICATED');
  });

  it('limits sign-in attempts per email with RATE_LIMITED', async () => {
    const user = await signUp(t);
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 5; i++) codes.push(codeOf(await t.gql(SIGN_IN, { input: { email: user.email, password: 'wrong password here' } })));
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('UNAUTHENTICATED'));
    const limited = await t.gql(SIGN_IN, { input: { email: user.email, password: PASSWORD } });
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('never shows a stack trace or SQL in errors', async () => {
    const res = await t.gql(SIGN_IN, { input: { email: 'x', password: 'y' } });
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|SELECT|at .*\.ts:/i);
  });
});

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken expiresAt user { id email } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken user { id email } } }`;
const SIGN_OUT = `mutation { signOut }`;
const ME = `query { me { id email displayName } }`;
