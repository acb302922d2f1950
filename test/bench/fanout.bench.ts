/**
 * Subscription fan-out: `npm run bench:fanout [-- --subscribers N --comments M]`
 * (or FANOUT_N / FANOUT_M; N defaults to 1000 and is capped at 10000, M defaults to 20).
 *
 * The real app runs in a child process of its own (`apps/api/src/main.ts`, unchanged, with
 * NODE_ENV=test, an in-memory embedded PGlite, or PostgreSQL with DATABASE_URL: a fresh
 * `alliance_bench_<random>` database is created beside it and dropped afterwards; Redis
 * pub/sub with REDIS_URL). This process opens N graphql-ws subscribers on one thread, posts
 * M comments through the API and prints delivered/expected, duplicates, order violations,
 * post-to-delivery latency (p50/p95/p99), deliveries per second and peak memory of both
 * processes. A bare `ws` broadcast server, also in a child process of its own, fanning the
 * same M messages out to N plain `ws` clients in this process, is the baseline; the ratios
 * are printed.
 *
 * Each socket thus has its client end here and its server end in the child, so each process
 * needs about N open files rather than one needing 2N. Send and receive times are both taken
 * here, with one clock (performance.timeOrigin + performance.now()); no timestamp from another
 * process enters a latency. Loopback only; the children are killed when this process exits,
 * however it exits. Exits 1 when delivered/expected < 1, 2 on bad arguments or too low a
 * `ulimit -n`, 3 after 30 minutes, 0 otherwise.
 */
import { ChildProcess, execSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { loadavg } from 'node:os';
import { resolve as resolvePath } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client as GqlWsClient, createClient } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket, { WebSocketServer } from 'ws';

const MAX_SUBSCRIBERS = 10_000;
const OPEN_BATCH = 100;
/** Open files a process needs besides its N sockets: stdio, pipes, database and Redis connections, modules. */
const FD_MARGIN = 200;
const PASSWORD = 'correct horse battery staple';
const REPO_ROOT = resolvePath(__dirname, '../..');
/** How a child runs this file: the same TypeScript loader as `npm run bench:fanout`. */
const CHILD_NODE_ARGS = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', __filename];
const READY_TIMEOUT_MS = 180_000;

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken user { id email } } }`;
const CREATE_PROGRAM = `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id } }`;
const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id } } }`;
const ACCEPT = `mutation ($token: String!) { acceptInvitation(token: $token) { membership { id role } } }`;
const ASSIGN = `mutation ($input: AssignSupervisorInput!) { assignSupervisor(input: $input) { id } }`;
const CREATE_THREAD = `mutation ($input: CreateCaseThreadInput!) { createCaseThread(input: $input) { id } }`;
const POST_COMMENT = `mutation ($input: PostCommentInput!) { postComment(input: $input) { id } }`;
const THREAD_EVENTS = `subscription ($threadId: ID!) { threadEvents(threadId: $threadId) { seq type comment { id body } } }`;

// ---------------------------------------------------------------------------------------------
// Arguments and limits

function argValue(name: string): string | undefined {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) return args[i + 1];
    if (args[i].startsWith(`--${name}=`)) return args[i].slice(name.length + 3);
  }
  return undefined;
}

function positiveInt(raw: string | undefined, fallback: number, label: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`fanout: ${label} must be a positive integer, got "${raw}"\n`);
    process.exit(2);
  }
  return value;
}

function openFileLimit(): number | undefined {
  try {
    const out = execSync('ulimit -n', { shell: '/bin/sh', encoding: 'utf8' }).trim();
    return out === 'unlimited' ? Infinity : Number(out);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Child processes: each server runs in one, so no process holds both ends of N sockets

const children = new Set<ChildProcess>();
const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

// Whatever way this process ends (return, error, the 30-minute guard, a signal), no child outlives it.
// The children also exit by themselves when their IPC channel to this process closes (see serve*).
process.on('exit', () => {
  for (const child of children) if (isRunning(child)) child.kill('SIGKILL');
});

interface Server {
  child: ChildProcess;
  pid: number;
  port: number;
}

/**
 * Runs this file again as `role` with `env`, and resolves once a line of its stdout matches
 * `ready` (rejecting if it exits first or takes longer than READY_TIMEOUT_MS). Its output keeps
 * being drained afterwards, the last lines kept for error messages.
 */
function startChild(role: string, env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, CHILD_NODE_ARGS, {
    cwd: REPO_ROOT,
    env: { ...env, FANOUT_ROLE: role },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString().split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 20));
  };
  child.stderr!.on('data', keep);
  return new Promise((resolve, reject) => {
    let pending = '';
    const timer = setTimeout(() => fail(new Error(`the ${role} did not start within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
    const onExit = (code: number | null, signal: string | null) =>
      fail(
        new Error(
          `the ${role} exited (${signal ?? `code ${code}`}) before it was ready` +
            (tail.length ? `; its last output:\n${tail.join('\n')}` : ' without output (LOG_LEVEL=error shows why)'),
        ),
      );
    const onData = (chunk: Buffer) => {
      keep(chunk);
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const match = ready.exec(line);
        if (match) {
          clearTimeout(timer);
          child.off('exit', onExit);
          child.stdout!.off('data', onData);
          child.stdout!.on('data', keep);
          resolve({ child, match });
          return;
        }
      }
    };
    function fail(error: Error) {
      clearTimeout(timer);
      child.off('exit', onExit);
      if (isRunning(child)) child.kill('SIGKILL');
      reject(error);
    }
    child.stdout!.on('data', onData);
    child.once('exit', onExit);
  });
}

/** SIGTERM, then SIGKILL if the child has not exited within 5 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (!isRunning(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => isRunning(child) && child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** A port free on the loopback interface right now, for a server that needs its port named up front. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const formatLoad = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' / ');

// ---------------------------------------------------------------------------------------------
// Measurement

/**
 * Wall-clock milliseconds with sub-millisecond resolution. Every send and every receive time
 * is taken in this process, so latencies never mix two processes' clocks.
 */
const nowMs = () => performance.timeOrigin + performance.now();

// Comment bodies pass the de-identification check, which rejects long digit runs as IDs, so the
// send time (in microseconds) travels with its digits spelled as the letters a-j.
const encodeTime = (ms: number) => String(Math.round(ms * 1000)).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
const decodeTime = (text: string) => Number(text.replace(/[a-j]/g, (c) => String(c.charCodeAt(0) - 97))) / 1000;

interface Tally {
  delivered: number;
  duplicates: number;
  orderViolations: number;
  latencies: number[];
  firstSendAt: number;
  lastDeliveryAt: number;
}

const newTally = (): Tally => ({ delivered: 0, duplicates: 0, orderViolations: 0, latencies: [], firstSendAt: 0, lastDeliveryAt: 0 });

/** Per-subscriber bookkeeping: seqs seen (duplicates), highest seq (order), timed messages seen. */
class Receiver {
  private readonly seen = new Set<string>();
  private maxSeq = -1n;
  readonly timed = new Set<number>();

  constructor(private readonly tally: Tally) {}

  /** Returns true when the event was new. */
  observe(seq: bigint, timedIndex: number | null, sentAt: number | null, at: number): boolean {
    const key = seq.toString();
    if (this.seen.has(key)) {
      this.tally.duplicates++;
      return false;
    }
    this.seen.add(key);
    if (seq < this.maxSeq) this.tally.orderViolations++;
    else this.maxSeq = seq;
    if (timedIndex !== null && sentAt !== null && !this.timed.has(timedIndex)) {
      this.timed.add(timedIndex);
      this.tally.delivered++;
      this.tally.latencies.push(at - sentAt);
      this.tally.lastDeliveryAt = Math.max(this.tally.lastDeliveryAt, at);
    }
    return true;
  }
}

/** Kibibytes of a `/proc/<pid>/status` field such as VmRSS or VmHWM; undefined off Linux or once gone. */
function procStatusKiB(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Peak RSS and heap of this process (the clients) and peak RSS of the server child, sampled every 100 ms. */
class MemoryPeak {
  rss = 0;
  heap = 0;
  /** RSS and heap when sampling (re)started, to show what the phase itself added. */
  rssAtStart = 0;
  heapAtStart = 0;
  serverRss = 0;
  serverRssAtStart = 0;
  /** The server's VmHWM: its peak RSS over its whole life, boot included. */
  serverHwm = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly serverPid: number) {}

  start(): void {
    clearInterval(this.timer);
    const { rss, heapUsed } = process.memoryUsage();
    this.rss = this.rssAtStart = rss;
    this.heap = this.heapAtStart = heapUsed;
    this.serverRss = this.serverRssAtStart = (procStatusKiB(this.serverPid, 'VmRSS') ?? NaN) * 1024;
    this.timer = setInterval(() => this.sample(), 100);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer === undefined) return;
    this.sample();
    this.serverHwm = Math.max(this.serverHwm, (procStatusKiB(this.serverPid, 'VmHWM') ?? NaN) * 1024);
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.rss = Math.max(this.rss, rss);
    this.heap = Math.max(this.heap, heapUsed);
    const serverRss = procStatusKiB(this.serverPid, 'VmRSS');
    if (serverRss !== undefined) this.serverRss = Math.max(this.serverRss, serverRss * 1024);
  }
}

interface Result {
  label: string;
  expected: number;
  tally: Tally;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  rssMiB: number;
  heapMiB: number;
  rssGrowthMiB: number;
  heapGrowthMiB: number;
  serverPid: number;
  serverRssMiB: number;
  serverRssGrowthMiB: number;
  serverHwmMiB: number;
  openMs: number;
  errors: number;
  loadAtStart: string;
  loadAtEnd: string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function summarize(label: string, expected: number, tally: Tally, memory: MemoryPeak, openMs: number, errors: number, loadAtStart: string): Result {
  const sorted = Float64Array.from(tally.latencies).sort();
  const arr = Array.from(sorted);
  const spanMs = tally.lastDeliveryAt - tally.firstSendAt;
  const mib = (bytes: number) => bytes / 2 ** 20;
  return {
    label,
    expected,
    tally,
    p50: percentile(arr, 50),
    p95: percentile(arr, 95),
    p99: percentile(arr, 99),
    perSecond: spanMs > 0 ? tally.delivered / (spanMs / 1000) : NaN,
    rssMiB: mib(memory.rss),
    heapMiB: mib(memory.heap),
    rssGrowthMiB: mib(memory.rss - memory.rssAtStart),
    heapGrowthMiB: mib(memory.heap - memory.heapAtStart),
    serverPid: 0,
    serverRssMiB: mib(memory.serverRss),
    serverRssGrowthMiB: mib(memory.serverRss - memory.serverRssAtStart),
    serverHwmMiB: mib(memory.serverHwm),
    openMs,
    errors,
    loadAtStart,
    loadAtEnd: formatLoad(),
  };
}

function printResult(r: Result): void {
  const ratio = r.expected > 0 ? r.tally.delivered / r.expected : NaN;
  const line = (k: string, v: string) => process.stdout.write(`  ${k.padEnd(26)}${v}\n`);
  process.stdout.write(`${r.label}\n`);
  line('subscribers open in', `${r.openMs.toFixed(0)} ms`);
  line('delivered / expected', `${r.tally.delivered} / ${r.expected} = ${ratio.toFixed(4)}`);
  line('duplicates', String(r.tally.duplicates));
  line('order violations', String(r.tally.orderViolations));
  line('errors', String(r.errors));
  line('latency p50/p95/p99', `${r.p50.toFixed(1)} / ${r.p95.toFixed(1)} / ${r.p99.toFixed(1)} ms`);
  line('deliveries/s', r.perSecond.toFixed(0));
  line('server peak RSS', `${r.serverRssMiB.toFixed(0)} MiB during the phase, +${r.serverRssGrowthMiB.toFixed(0)} MiB added by it; VmHWM ${r.serverHwmMiB.toFixed(0)} MiB (server process ${r.serverPid}, whole life)`);
  line('clients peak RSS / heap', `${r.rssMiB.toFixed(0)} MiB / ${r.heapMiB.toFixed(0)} MiB (bench process), +${r.rssGrowthMiB.toFixed(0)} MiB RSS / +${r.heapGrowthMiB.toFixed(0)} MiB heap added by the phase`);
  line('load average 1/5/15 min', `${r.loadAtStart} at start, ${r.loadAtEnd} at end`);
}

/** Resolves when `done()` holds or after `timeoutMs`, polling every 20 ms. */
async function waitFor(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

const deliveryTimeoutMs = (n: number, m: number) => 60_000 + n * m;

// ---------------------------------------------------------------------------------------------
// Alliance

async function gql<T = any>(baseUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

async function signUp(baseUrl: string, prefix: string): Promise<{ id: string; email: string; token: string }> {
  const email = `${prefix}.${randomBytes(4).toString('hex')}@example.test`;
  const data = await gql(baseUrl, SIGN_UP, { input: { email, password: PASSWORD, displayName: `Bench ${prefix}` } });
  return { id: data.signUp.user.id, email, token: data.signUp.accessToken };
}

async function setUpThread(baseUrl: string): Promise<{ threadId: string; authorToken: string; readerToken: string }> {
  const admin = await signUp(baseUrl, 'admin');
  const programId = (await gql(baseUrl, CREATE_PROGRAM, { input: { name: 'Practicum', kind: 'COUNSELING_PRACTICUM' } }, admin.token)).createProgram.id;
  const join = async (role: 'TRAINEE' | 'SUPERVISOR') => {
    const member = await signUp(baseUrl, role.toLowerCase());
    const invited = await gql(baseUrl, INVITE, { input: { programId, email: member.email, role } }, admin.token);
    await gql(baseUrl, ACCEPT, { token: invited.inviteMember.token }, member.token);
    return member;
  };
  const supervisor = await join('SUPERVISOR');
  const trainee = await join('TRAINEE');
  await gql(baseUrl, ASSIGN, { input: { programId, traineeId: trainee.id, supervisorId: supervisor.id, startsOn: '2020-01-01' } }, admin.token);
  const thread = await gql(
    baseUrl,
    CREATE_THREAD,
    {
      input: {
        programId,
        title: 'Client K withdrew after I challenged her avoidance',
        body: 'Client K went quiet for most of session 6 after I named the avoidance. How do I repair this?',
        topics: ['ALLIANCE_RUPTURE'],
        clientAlias: 'Client K',
      },
    },
    trainee.token,
  );
  return { threadId: thread.createCaseThread.id, authorToken: trainee.token, readerToken: supervisor.token };
}

async function createBenchDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `alliance_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new PgClient({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** The API exactly as `npm start` runs it (apps/api/src/main.ts), in a child process, on a loopback port. */
async function startAlliance(databaseUrl: string | undefined): Promise<Server> {
  const port = await freePort();
  const { child } = await startChild(
    'alliance-server',
    {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      // The embedded PGlite in memory: nothing is written to .data. Empty means unset.
      DATA_DIR: ':memory:',
      DATABASE_URL: databaseUrl ?? '',
      REDIS_URL: process.env.REDIS_URL ?? '',
      SEED_DEMO: 'false',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
      SIGN_IN_ATTEMPTS_PER_ADDRESS: '100000',
      SIGN_IN_ATTEMPTS_PER_EMAIL: '100000',
    },
    /^Alliance API ready/,
  );
  return { child, pid: child.pid!, port };
}

/** Child side: leave with the parent, then run main.ts unchanged in this very process. */
function serveAlliance(): void {
  process.on('disconnect', () => process.exit(0));
  require('../../apps/api/src/main');
}

let bootRssMiB = 0;

async function runAlliance(n: number, m: number): Promise<Result> {
  const loadAtStart = formatLoad();
  const adminUrl = process.env.DATABASE_URL;
  const db = adminUrl ? await createBenchDatabase(adminUrl) : undefined;
  let server: Server | undefined;
  let memory: MemoryPeak | undefined;
  const clients: GqlWsClient[] = [];
  try {
    server = await startAlliance(db?.url);
    const { port } = server;
    const baseUrl = `http://127.0.0.1:${port}`;
    const { threadId, authorToken, readerToken } = await setUpThread(baseUrl);
    // Sampling starts once the app (and PGlite, a WebAssembly Postgres of its own) is up and the
    // thread exists, so "added by the phase" is what the subscribers and deliveries cost.
    bootRssMiB = (procStatusKiB(server.pid, 'VmRSS') ?? NaN) / 1024;
    memory = new MemoryPeak(server.pid);
    memory.start();

    const tally = newTally();
    let errors = 0;
    let warmedUp = 0;
    const receivers: Receiver[] = [];

    // Open the subscribers in batches; each is counted once its socket is acknowledged.
    const openStart = nowMs();
    for (let start = 0; start < n; start += OPEN_BATCH) {
      const batch: Array<Promise<void>> = [];
      for (let i = start; i < Math.min(n, start + OPEN_BATCH); i++) {
        const receiver = new Receiver(tally);
        receivers.push(receiver);
        let warm = false;
        const client = createClient({
          url: `ws://127.0.0.1:${port}/graphql`,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${readerToken}` },
          lazy: true,
          retryAttempts: 0,
        });
        clients.push(client);
        batch.push(
          new Promise<void>((resolve) => {
            const offConnected = client.on('connected', () => {
              offConnected();
              offClosed();
              resolve();
            });
            const offClosed = client.on('closed', () => {
              offConnected();
              offClosed();
              resolve();
            });
          }),
        );
        client.subscribe<{ threadEvents: { seq: string; type: string; comment: { id: string; body: string } | null } }>(
          { query: THREAD_EVENTS, variables: { threadId } },
          {
            next: (result) => {
              const at = nowMs();
              const event = result.data?.threadEvents;
              if (result.errors || !event) {
                errors++;
                return;
              }
              const body = event.comment?.body ?? '';
              const match = /^bench (\d+) sent ([a-j]+)$/.exec(body);
              const index = match ? Number(match[1]) : null;
              const fresh = receiver.observe(BigInt(event.seq), index, match ? decodeTime(match[2]) : null, at);
              if (fresh && !warm && body.startsWith('warm-up')) {
                warm = true;
                warmedUp++;
              }
            },
            error: () => {
              errors++;
            },
            complete: () => undefined,
          },
        );
      }
      await Promise.all(batch);
    }

    // Every subscriber must see the warm-up comment before timing starts; it is not counted.
    await gql(baseUrl, POST_COMMENT, { input: { threadId, body: 'warm-up' } }, authorToken);
    const allWarm = await waitFor(() => warmedUp >= n, 60_000 + n * 10);
    const openMs = nowMs() - openStart;
    if (!allWarm) process.stdout.write(`  warning: only ${warmedUp}/${n} subscribers saw the warm-up comment\n`);

    // (memory keeps sampling from the phase start: sockets, subscriptions and delivery)
    for (let i = 0; i < m; i++) {
      const sentAt = nowMs();
      if (i === 0) tally.firstSendAt = sentAt;
      await gql(baseUrl, POST_COMMENT, { input: { threadId, body: `bench ${i} sent ${encodeTime(sentAt)}` } }, authorToken);
    }
    const expected = n * m;
    await waitFor(() => tally.delivered >= expected, deliveryTimeoutMs(n, m));
    // Let late duplicates, if any, arrive before counting them.
    await new Promise((resolve) => setTimeout(resolve, 250));
    memory.stop();
    const result = summarize(
      `Alliance (graphql-ws threadEvents, ${db ? 'PostgreSQL' : 'embedded PGlite'}${process.env.REDIS_URL ? ' + Redis pub/sub' : ''}; server in its own process)`,
      expected,
      tally,
      memory,
      openMs,
      errors,
      loadAtStart,
    );
    result.serverPid = server.pid;
    return result;
  } finally {
    memory?.stop();
    await Promise.allSettled(clients.map((client) => client.dispose()));
    if (server) await stopChild(server.child);
    if (db) await db.drop().catch((error) => process.stderr.write(`fanout: could not drop the bench database: ${String(error)}\n`));
  }
}

// ---------------------------------------------------------------------------------------------
// Baseline: a bare `ws` server (in a child process, like the API) broadcasting to N plain `ws` clients

type BaselineCommand = { kind: 'broadcast'; seq: number; i: number; t: number } | { kind: 'count' };

/**
 * Child side: a `ws` server on a loopback port. Each `broadcast` command from the parent goes
 * out to every client as soon as it arrives (the send time `t` was taken in the parent), and
 * is acknowledged once handed to all N sockets.
 */
async function serveBaseline(): Promise<void> {
  process.on('disconnect', () => process.exit(0));
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  process.on('message', (command: BaselineCommand) => {
    if (command.kind === 'count') {
      process.send!({ kind: 'count', clients: server.clients.size });
      return;
    }
    const { seq, i, t } = command;
    const payload = JSON.stringify({ seq, type: 'COMMENT_ADDED', i, t, body: `bench ${i} sent ${encodeTime(t)}` });
    for (const client of server.clients) client.send(payload);
    process.send!({ kind: 'sent', i });
  });
  process.stdout.write(`baseline ready on ${(server.address() as AddressInfo).port}\n`);
}

async function runBaseline(n: number, m: number): Promise<Result> {
  const loadAtStart = formatLoad();
  const { child, match } = await startChild('baseline-server', process.env, /^baseline ready on (\d+)$/);
  const port = Number(match[1]);
  const memory = new MemoryPeak(child.pid!);
  memory.start();
  const sockets: WebSocket[] = [];
  const tally = newTally();
  let errors = 0;
  let serverClients = 0;
  let onAck: ((i: number) => void) | undefined;
  const onCount = (message: { kind: string; clients?: number; i?: number }) => {
    if (message.kind === 'count') serverClients = message.clients ?? 0;
    if (message.kind === 'sent') onAck?.(message.i ?? -1);
  };
  child.on('message', onCount);
  try {
    const openStart = nowMs();
    for (let start = 0; start < n; start += OPEN_BATCH) {
      const batch: Array<Promise<void>> = [];
      for (let i = start; i < Math.min(n, start + OPEN_BATCH); i++) {
        const receiver = new Receiver(tally);
        const socket = new WebSocket(`ws://127.0.0.1:${port}`);
        sockets.push(socket);
        socket.on('message', (data) => {
          const at = nowMs();
          const { seq, i: index, t } = JSON.parse(data.toString()) as { seq: number; i: number; t: number };
          receiver.observe(BigInt(seq), index, t, at);
        });
        socket.on('error', () => errors++);
        batch.push(
          new Promise<void>((resolve) => {
            socket.once('open', () => resolve());
            socket.once('close', () => resolve());
          }),
        );
      }
      await Promise.all(batch);
    }
    // The server must count all N before the first broadcast (it asks every 20 ms, for up to 10 s).
    const deadline = Date.now() + 10_000;
    while (serverClients < n && Date.now() < deadline && isRunning(child)) {
      child.send({ kind: 'count' } satisfies BaselineCommand);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const openMs = nowMs() - openStart;

    // (memory keeps sampling from the phase start: sockets and delivery)
    // Like each comment, which waits for its mutation, each broadcast waits for the server's
    // acknowledgement before the next is sent, so no message queues behind the previous ones.
    for (let i = 0; i < m; i++) {
      const sentAt = nowMs();
      if (i === 0) tally.firstSendAt = sentAt;
      const acknowledged = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 30_000);
        onAck = (done) => {
          if (done !== i) return;
          clearTimeout(timer);
          resolve(true);
        };
      });
      child.send({ kind: 'broadcast', seq: i + 1, i, t: sentAt } satisfies BaselineCommand);
      if (!(await acknowledged)) throw new Error(`the baseline server did not acknowledge broadcast ${i} within 30 s`);
    }
    const expected = n * m;
    await waitFor(() => tally.delivered >= expected, deliveryTimeoutMs(n, m));
    await new Promise((resolve) => setTimeout(resolve, 250));
    memory.stop();
    const result = summarize('Baseline (bare ws broadcast; server in its own process)', expected, tally, memory, openMs, errors, loadAtStart);
    result.serverPid = child.pid!;
    return result;
  } finally {
    memory.stop();
    child.off('message', onCount);
    for (const socket of sockets) socket.terminate();
    await stopChild(child);
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const requested = positiveInt(argValue('subscribers') ?? process.env.FANOUT_N, 1000, 'subscribers');
  const m = positiveInt(argValue('comments') ?? process.env.FANOUT_M, 20, 'comments');
  const n = Math.min(requested, MAX_SUBSCRIBERS);
  if (requested > MAX_SUBSCRIBERS) process.stdout.write(`subscribers capped at ${MAX_SUBSCRIBERS} (asked for ${requested})\n`);

  // Each process holds one end of every socket: this one the N client ends, the server child
  // (which inherits this limit) the N server ends. The limit applies per process.
  const needed = n + FD_MARGIN;
  const limit = openFileLimit();
  if (limit !== undefined && needed > limit) {
    process.stderr.write(
      `fanout: ${n} subscribers need about ${needed} open files in each of the client and the server process, ` +
        `but \`ulimit -n\` is ${limit}. Raise it (e.g. \`ulimit -n ${needed}\`) or lower --subscribers.\n`,
    );
    return 2;
  }

  process.stdout.write(
    `fan-out bench: N=${n} subscribers, M=${m} comments, node ${process.version}, ulimit -n ${limit ?? 'unknown'} ` +
      `(needs about ${needed} per process), database ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}, ` +
      `pub/sub ${process.env.REDIS_URL ? 'Redis' : 'in-process'}\n` +
      `servers run in child processes, clients in this one (pid ${process.pid}); send and receive times both taken here\n` +
      `load average 1/5/15 min: ${formatLoad()} (shared machine; other work competes for the CPUs)\n\n`,
  );

  const baseline = await runBaseline(n, m);
  printResult(baseline);
  process.stdout.write('\n');
  const alliance = await runAlliance(n, m);
  printResult(alliance);
  process.stdout.write(`  ${'server RSS after setup'.padEnd(26)}${bootRssMiB.toFixed(0)} MiB (boot + setup, before any subscriber)\n`);

  process.stdout.write('\nAlliance ÷ baseline\n');
  process.stdout.write(`  latency p50               ${(alliance.p50 / baseline.p50).toFixed(1)}x\n`);
  process.stdout.write(`  latency p99               ${(alliance.p99 / baseline.p99).toFixed(1)}x\n`);
  process.stdout.write(`  deliveries/s              ${(alliance.perSecond / baseline.perSecond).toFixed(3)}x\n`);
  process.stdout.write(`\nload average 1/5/15 min at the end: ${formatLoad()}\n`);

  const complete = alliance.tally.delivered >= alliance.expected && alliance.expected > 0;
  if (!complete) process.stdout.write(`\nFAIL: Alliance delivered ${alliance.tally.delivered} of ${alliance.expected}\n`);
  return complete ? 0 : 1;
}

const role = process.env.FANOUT_ROLE;
if (role === 'alliance-server') {
  serveAlliance();
} else if (role === 'baseline-server') {
  serveBaseline().catch((error) => {
    process.stderr.write(`fanout baseline server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
} else {
  const guard = setTimeout(() => {
    process.stderr.write('fanout: gave up after 30 minutes\n');
    process.exit(3);
  }, 30 * 60_000);
  guard.unref();

  // A signal ends the bench through process.exit, so the 'exit' handler above kills the children.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(130));

  main().then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`fanout: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
