/**
 * Subscription fan-out: `npm run bench:fanout [-- --subscribers N --comments M]`
 * (or FANOUT_N / FANOUT_M; N defaults to 1000 and is capped at 10000, M defaults to 20).
 *
 * Boots the real app in-process (embedded PGlite, or PostgreSQL with DATABASE_URL: a fresh
 * `alliance_bench_<random>` database is created beside it and dropped afterwards; Redis
 * pub/sub with REDIS_URL), opens N graphql-ws subscribers on one thread, posts M comments
 * through the API and prints delivered/expected, duplicates, order violations, post-to-delivery
 * latency (p50/p95/p99), deliveries per second and peak memory. A bare `ws` broadcast of the
 * same N and M runs in the same process as the baseline, and the ratios are printed.
 * Loopback only; exits 1 when delivered/expected < 1, 0 otherwise.
 */
import 'reflect-metadata';
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setImmediate as tick } from 'node:timers/promises';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client as GqlWsClient, createClient } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket, { WebSocketServer } from 'ws';

// The app logs every request through pino at module load's LOG_LEVEL; keep the bench output
// to its figures unless LOG_LEVEL asks otherwise. Hence the app is required only after this.
process.env.LOG_LEVEL ??= 'silent';
const loadApp = () => ({
  ...(require('@alliance/core') as typeof import('@alliance/core')),
  ...(require('../../apps/api/src/bootstrap') as typeof import('../../apps/api/src/bootstrap')),
});

const MAX_SUBSCRIBERS = 10_000;
const OPEN_BATCH = 100;
const PASSWORD = 'correct horse battery staple';

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
// Measurement

/** Wall-clock milliseconds with sub-millisecond resolution, comparable within this process. */
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

class MemoryPeak {
  rss = 0;
  heap = 0;
  /** RSS and heap when sampling (re)started, to show what the phase itself added. */
  rssAtStart = 0;
  heapAtStart = 0;
  private timer: NodeJS.Timeout | undefined;

  start(): void {
    clearInterval(this.timer);
    const { rss, heapUsed } = process.memoryUsage();
    this.rss = this.rssAtStart = rss;
    this.heap = this.heapAtStart = heapUsed;
    this.timer = setInterval(() => this.sample(), 100);
    this.timer.unref();
  }

  stop(): void {
    this.sample();
    clearInterval(this.timer);
  }

  private sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.rss = Math.max(this.rss, rss);
    this.heap = Math.max(this.heap, heapUsed);
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
  openMs: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function summarize(label: string, expected: number, tally: Tally, memory: MemoryPeak, openMs: number, errors: number): Result {
  const sorted = Float64Array.from(tally.latencies).sort();
  const arr = Array.from(sorted);
  const spanMs = tally.lastDeliveryAt - tally.firstSendAt;
  return {
    label,
    expected,
    tally,
    p50: percentile(arr, 50),
    p95: percentile(arr, 95),
    p99: percentile(arr, 99),
    perSecond: spanMs > 0 ? tally.delivered / (spanMs / 1000) : NaN,
    rssMiB: memory.rss / 2 ** 20,
    heapMiB: memory.heap / 2 ** 20,
    rssGrowthMiB: (memory.rss - memory.rssAtStart) / 2 ** 20,
    heapGrowthMiB: (memory.heap - memory.heapAtStart) / 2 ** 20,
    openMs,
    errors,
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
  line('peak RSS / heap', `${r.rssMiB.toFixed(0)} MiB / ${r.heapMiB.toFixed(0)} MiB (whole process, peak during the phase)`);
  line('  added by the phase', `+${r.rssGrowthMiB.toFixed(0)} MiB RSS / +${r.heapGrowthMiB.toFixed(0)} MiB heap (sockets, subscriptions, delivery)`);
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

let bootRssMiB = 0;

async function runAlliance(n: number, m: number): Promise<Result> {
  const memory = new MemoryPeak();
  memory.start();
  const adminUrl = process.env.DATABASE_URL;
  const db = adminUrl ? await createBenchDatabase(adminUrl) : undefined;
  let app: INestApplication | undefined;
  const clients: GqlWsClient[] = [];
  try {
    const { loadConfig, createApp } = loadApp();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: ':memory:',
      SEED_DEMO: 'false',
      ...(db ? { DATABASE_URL: db.url } : {}),
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
      SIGN_IN_ATTEMPTS_PER_ADDRESS: '100000',
      SIGN_IN_ATTEMPTS_PER_EMAIL: '100000',
    });
    app = await createApp(config, (module) => NestFactory.create(module, { logger: false }));
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    const { threadId, authorToken, readerToken } = await setUpThread(baseUrl);
    // Sampling restarts once the app (and PGlite, a WebAssembly Postgres of its own) is up,
    // so "added by the phase" is what the subscribers and deliveries cost.
    bootRssMiB = process.memoryUsage().rss / 2 ** 20;
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
    return summarize(`Alliance (graphql-ws threadEvents, ${db ? 'PostgreSQL' : 'embedded PGlite'}${process.env.REDIS_URL ? ' + Redis pub/sub' : ''})`, expected, tally, memory, openMs, errors);
  } finally {
    memory.stop();
    await Promise.allSettled(clients.map((client) => client.dispose()));
    if (app) await app.close().catch(() => undefined);
    if (db) await db.drop().catch((error) => process.stderr.write(`fanout: could not drop the bench database: ${String(error)}\n`));
  }
}

// ---------------------------------------------------------------------------------------------
// Baseline: a bare `ws` server broadcasting to N plain `ws` clients

async function runBaseline(n: number, m: number): Promise<Result> {
  const memory = new MemoryPeak();
  memory.start();
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const sockets: WebSocket[] = [];
  const tally = newTally();
  let errors = 0;
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
    await waitFor(() => server.clients.size >= n, 10_000);
    const openMs = nowMs() - openStart;

    // (memory keeps sampling from the phase start: sockets and delivery)
    for (let i = 0; i < m; i++) {
      const sentAt = nowMs();
      if (i === 0) tally.firstSendAt = sentAt;
      const payload = JSON.stringify({ seq: i + 1, type: 'COMMENT_ADDED', i, t: sentAt, body: `bench ${i} sent ${encodeTime(sentAt)}` });
      for (const client of server.clients) client.send(payload);
      await tick();
    }
    const expected = n * m;
    await waitFor(() => tally.delivered >= expected, deliveryTimeoutMs(n, m));
    await new Promise((resolve) => setTimeout(resolve, 250));
    memory.stop();
    return summarize('Baseline (bare ws broadcast)', expected, tally, memory, openMs, errors);
  } finally {
    memory.stop();
    for (const socket of sockets) socket.terminate();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const requested = positiveInt(argValue('subscribers') ?? process.env.FANOUT_N, 1000, 'subscribers');
  const m = positiveInt(argValue('comments') ?? process.env.FANOUT_M, 20, 'comments');
  const n = Math.min(requested, MAX_SUBSCRIBERS);
  if (requested > MAX_SUBSCRIBERS) process.stdout.write(`subscribers capped at ${MAX_SUBSCRIBERS} (asked for ${requested})\n`);

  // Both ends of every socket live in this process: 2 descriptors per subscriber, plus slack.
  const needed = n * 2 + 100;
  const limit = openFileLimit();
  if (limit !== undefined && needed > limit) {
    process.stderr.write(
      `fanout: ${n} subscribers need about ${needed} open files (client and server end of each socket), ` +
        `but \`ulimit -n\` is ${limit}. Raise it (e.g. \`ulimit -n ${needed}\`) or lower --subscribers.\n`,
    );
    return 2;
  }

  process.stdout.write(
    `fan-out bench: N=${n} subscribers, M=${m} comments, node ${process.version}, ulimit -n ${limit ?? 'unknown'}, ` +
      `database ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}, pub/sub ${process.env.REDIS_URL ? 'Redis' : 'in-process'}\n\n`,
  );

  // The baseline runs first, before the application is even loaded, so its memory is a bare process's.
  const baseline = await runBaseline(n, m);
  printResult(baseline);
  process.stdout.write('\n');
  const alliance = await runAlliance(n, m);
  printResult(alliance);
  process.stdout.write(`  ${'RSS after boot + setup'.padEnd(26)}${bootRssMiB.toFixed(0)} MiB (before any subscriber)\n`);

  process.stdout.write('\nAlliance ÷ baseline\n');
  process.stdout.write(`  latency p50               ${(alliance.p50 / baseline.p50).toFixed(1)}x\n`);
  process.stdout.write(`  latency p99               ${(alliance.p99 / baseline.p99).toFixed(1)}x\n`);
  process.stdout.write(`  deliveries/s              ${(alliance.perSecond / baseline.perSecond).toFixed(3)}x\n`);

  const complete = alliance.tally.delivered >= alliance.expected && alliance.expected > 0;
  if (!complete) process.stdout.write(`\nFAIL: Alliance delivered ${alliance.tally.delivered} of ${alliance.expected}\n`);
  return complete ? 0 : 1;
}

const guard = setTimeout(() => {
  process.stderr.write('fanout: gave up after 30 minutes\n');
  process.exit(3);
}, 30 * 60_000);
guard.unref();

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`fanout: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
