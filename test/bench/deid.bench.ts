/**
 * De-identification throughput: `npm run bench:deid`.
 *
 * Prints dictionary start-up time, per-post latency (p50/p99, and per post the fastest of its
 * runs, which leaves out other processes and GC pauses) on ~2 KB posts
 * built from the dev corpus, MB/s, and a baseline in the same run (one regex
 * pass for emails and phones over the same posts) with the ratio between them.
 * Figures only: no assertions, never part of CI timing.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createDetector, readGoldCases } from '@alliance/deid';

const POST_BYTES = 2048;
const POSTS = 2000;
const ROUNDS = 5;

const BASELINE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}/g;

function buildPosts(texts: string[]): string[] {
  const posts: string[] = [];
  let cursor = 0;
  while (posts.length < POSTS) {
    let post = '';
    while (Buffer.byteLength(post) < POST_BYTES) {
      post += (post ? '\n\n' : '') + texts[cursor % texts.length];
      cursor++;
    }
    posts.push(post.slice(0, POST_BYTES));
  }
  return posts;
}

function time(posts: string[], scan: (text: string) => unknown): { perPostMs: number[]; totalMs: number; cpuMs: number } {
  const perPostMs: number[] = [];
  const cpuStart = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let round = 0; round < ROUNDS; round++) {
    for (const post of posts) {
      const t0 = process.hrtime.bigint();
      scan(post);
      perPostMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  return { perPostMs, totalMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function main(): void {
  const loadStart = process.hrtime.bigint();
  const detector = createDetector();
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;

  const corpus = readGoldCases(join(__dirname, '..', '..', 'libs', 'deid', 'test-data', 'dev-corpus.jsonl')).map((c) => c.text);
  const posts = buildPosts(corpus);
  const bytes = posts.reduce((n, p) => n + Buffer.byteLength(p), 0) * ROUNDS;

  for (const post of posts.slice(0, 200)) detector.detect(post);
  const baselineScan = (text: string) => text.match(BASELINE);
  for (const post of posts.slice(0, 200)) baselineScan(post);

  const deid = time(posts, (text) => detector.detect(text));
  const baseline = time(posts, baselineScan);
  const sorted = [...deid.perPostMs].sort((a, b) => a - b);
  const mbps = (ms: number) => bytes / 1e6 / (ms / 1000);
  const mean = deid.totalMs / deid.perPostMs.length;

  const cpuMean = deid.cpuMs / deid.perPostMs.length;
  console.log(`load average (1 min) ${loadavg()[0].toFixed(2)} on this machine: wall-clock figures include time other processes took`);
  console.log(`dictionary load: ${loadMs.toFixed(1)} ms`);
  console.log(`posts: ${posts.length} x ${POST_BYTES} B x ${ROUNDS} rounds`);
  console.log(`detect: mean ${mean.toFixed(3)} ms  p50 ${percentile(sorted, 50).toFixed(3)} ms  p99 ${percentile(sorted, 99).toFixed(3)} ms  ${mbps(deid.totalMs).toFixed(2)} MB/s`);
  console.log(`detect CPU time: mean ${cpuMean.toFixed(3)} ms per post  ${mbps(deid.cpuMs).toFixed(2)} MB/s (process CPU, includes GC)`);
  // Each post's own cost without another process or a GC pause landing on it: the fastest of its ROUNDS runs.
  const best = posts.map((_, i) => Math.min(...Array.from({ length: ROUNDS }, (_, r) => deid.perPostMs[r * posts.length + i])));
  best.sort((a, b) => a - b);
  console.log(`detect per post, fastest of ${ROUNDS} runs: p50 ${percentile(best, 50).toFixed(3)} ms  p99 ${percentile(best, 99).toFixed(3)} ms  max ${best[best.length - 1].toFixed(3)} ms`);
  console.log(`baseline (email+phone regex): ${mbps(baseline.totalMs).toFixed(2)} MB/s`);
  console.log(`ratio: detect is ${(deid.totalMs / baseline.totalMs).toFixed(1)}x the baseline's time`);
}

main();
