import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function gql(port: number, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return res.json() as Promise<any>;
}

describe('the server’s logs', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'alliance-logs-'));
  let child: ChildProcess;
  let output = '';
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    // The real entry point, as `npm start` runs it, with JSON logs at info level.
    child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info', PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: 'false', DATABASE_URL: '', REDIS_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let exited = false;
    child.once('exit', () => (exited = true));
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 90000;
    while (!output.includes('Alliance API ready') && !exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(output).toContain('Alliance API ready');
  }, 120000);

  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs each request as JSON with its request id, and never passwords, tokens or text', async () => {
    const password = 'a-very-secret-passphrase-42';
    const signedUp = await gql(port, `mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, { input: { email: 'logs@example.test', password, displayName: 'Logs' } }, { 'x-request-id': 'req-log-check-1' });
    const token = signedUp.data.signUp.accessToken as string;
    const caseText = 'Quillfeather spoke about the lighthouse for the whole session';
    await gql(port, `query ($text: String!) { deidentify(text: $text) { redactedText } }`, { text: caseText }, { authorization: `Bearer ${token}`, 'x-request-id': 'req-log-check-2' });
    await gql(port, `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }`, { input: { email: 'logs@example.test', password: 'wrong-passphrase-here' } });
    await new Promise((r) => setTimeout(r, 500));

    const lines = output.split('\n').filter((line) => line.startsWith('{'));
    const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.req?.url === '/graphql');
    expect(requests.map((entry) => entry.req.id)).toEqual(expect.arrayContaining(['req-log-check-1', 'req-log-check-2']));
    expect(requests.every((entry) => typeof entry.res?.statusCode === 'number' && typeof entry.responseTime === 'number')).toBe(true);
    for (const secret of [password, 'wrong-passphrase-here', token, 'Quillfeather', 'lighthouse']) expect(output).not.toContain(secret);
  });
});
