import { readFileSync } from 'node:fs';
import { PHI_KINDS, PhiFinding, PhiKind } from './phi-kind';

/** One gold-annotated case, as in `dev-corpus.jsonl`. */
export interface GoldCase {
  id: string;
  text: string;
  spans: Array<{ kind: PhiKind; start: number; end: number; text: string }>;
}

/** Figures for one kind of gold span. */
export interface KindScore {
  kind: PhiKind;
  gold: number;
  caught: number;
  /** caught / gold, or 1 when there is no gold span of the kind. */
  recall: number;
  /** Share of caught spans whose main covering finding names the gold kind. */
  kindAccuracy: number;
  /** Findings reported with this kind. */
  found: number;
  /** Findings of this kind that overlap no gold span. */
  falseAlarms: number;
}

/** Outcome of scoring a detector on gold cases. */
export interface EvaluationReport {
  cases: number;
  goldSpans: number;
  caught: number;
  recall: number;
  kindAccuracy: number;
  findings: number;
  falseAlarms: number;
  /** Findings overlapping some gold span, over all findings (1 with no findings). */
  precision: number;
  /** Identifier-free cases with at least one finding, over identifier-free cases. */
  falseBlock: number;
  /**
   * UTF-8 megabytes (10^6 bytes) of case text scanned per second, detection
   * time only. With `throughput` options: the median of several timed rounds
   * after a warm-up (see {@link measureThroughput}); without, the single
   * scoring pass, which on a small corpus mostly measures JIT warm-up.
   */
  mbps: number;
  byKind: KindScore[];
  misses: Array<{ id: string; kind: PhiKind; text: string }>;
  alarms: Array<{ id: string; kind: PhiKind; text: string }>;
}

/** Reads a JSONL file of gold cases. */
export function readGoldCases(path: string): GoldCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldCase);
}

const COUNTED = /[\p{L}\p{N}]/u;

/**
 * Scores `detect` on `cases`. A gold span is caught when the findings together
 * cover every letter and digit of it, whatever kind they name; a finding that
 * overlaps no gold span is a false alarm.
 */
export function evaluate(
  cases: readonly GoldCase[],
  detect: (text: string) => PhiFinding[],
  options: { throughput?: ThroughputOptions } = {},
): EvaluationReport {
  const perKind = new Map<PhiKind, KindScore>(
    PHI_KINDS.map((kind) => [kind, { kind, gold: 0, caught: 0, recall: 1, kindAccuracy: 1, found: 0, falseAlarms: 0 }]),
  );
  const rightKind = new Map<PhiKind, number>();
  const misses: EvaluationReport['misses'] = [];
  const alarms: EvaluationReport['alarms'] = [];
  let findingsTotal = 0;
  let falseAlarms = 0;
  let cleanCases = 0;
  let blockedCleanCases = 0;
  let bytes = 0;
  let elapsedNs = 0n;

  for (const c of cases) {
    bytes += Buffer.byteLength(c.text, 'utf8');
    const started = process.hrtime.bigint();
    const findings = detect(c.text);
    elapsedNs += process.hrtime.bigint() - started;

    findingsTotal += findings.length;
    for (const f of findings) {
      const score = perKind.get(f.kind);
      if (score) score.found++;
      if (!c.spans.some((s) => f.start < s.end && s.start < f.end)) {
        falseAlarms++;
        if (score) score.falseAlarms++;
        alarms.push({ id: c.id, kind: f.kind, text: f.text });
      }
    }
    if (c.spans.length === 0) {
      cleanCases++;
      if (findings.length > 0) blockedCleanCases++;
    }
    for (const span of c.spans) {
      const score = perKind.get(span.kind);
      if (!score) throw new Error(`${c.id}: unknown kind ${span.kind}`);
      score.gold++;
      if (!isCovered(c.text, span, findings)) {
        misses.push({ id: c.id, kind: span.kind, text: span.text });
        continue;
      }
      score.caught++;
      if (mainFinding(span, findings)?.kind === span.kind) rightKind.set(span.kind, (rightKind.get(span.kind) ?? 0) + 1);
    }
  }

  const byKind = [...perKind.values()].map((s) => ({
    ...s,
    recall: s.gold ? s.caught / s.gold : 1,
    kindAccuracy: s.caught ? (rightKind.get(s.kind) ?? 0) / s.caught : 1,
  }));
  const goldSpans = byKind.reduce((n, s) => n + s.gold, 0);
  const caught = byKind.reduce((n, s) => n + s.caught, 0);
  const correctKinds = [...rightKind.values()].reduce((n, v) => n + v, 0);
  const seconds = Number(elapsedNs) / 1e9;
  const mbps = options.throughput
    ? measureThroughput(
        cases.map((c) => c.text),
        detect,
        options.throughput,
      ).mbps
    : seconds > 0
      ? bytes / 1e6 / seconds
      : 0;
  return {
    cases: cases.length,
    goldSpans,
    caught,
    recall: goldSpans ? caught / goldSpans : 1,
    kindAccuracy: caught ? correctKinds / caught : 1,
    findings: findingsTotal,
    falseAlarms,
    precision: findingsTotal ? (findingsTotal - falseAlarms) / findingsTotal : 1,
    falseBlock: cleanCases ? blockedCleanCases / cleanCases : 0,
    mbps,
    byKind,
    misses,
    alarms,
  };
}

/** How {@link measureThroughput} times detection. */
export interface ThroughputOptions {
  /** Untimed passes over the texts until this long has passed (JIT and caches settle). Default 400 ms. */
  warmupMs?: number;
  /** Timed rounds; the median is reported. Default 7. */
  rounds?: number;
  /** Each round repeats the texts until it lasts at least this long, so timer and scheduler noise stay small. Default 100 ms. */
  minRoundMs?: number;
}

/**
 * Steady-state detection throughput over `texts`: warm up, then time whole
 * rounds (no per-text timer calls) and report the median round. Only
 * `detect` runs inside the timed region: no file reading, dictionary loading
 * or scoring.
 */
export function measureThroughput(
  texts: readonly string[],
  detect: (text: string) => unknown,
  options: ThroughputOptions = {},
): { mbps: number; msPerKb: number; rounds: number[] } {
  const { warmupMs = 400, rounds = 7, minRoundMs = 100 } = options;
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  if (bytes === 0) return { mbps: 0, msPerKb: 0, rounds: [] };
  const pass = () => {
    for (const t of texts) detect(t);
  };
  let passes = 0;
  const warmStart = process.hrtime.bigint();
  let warmNs = 0;
  while (passes < 3 || warmNs < warmupMs * 1e6) {
    pass();
    passes++;
    warmNs = Number(process.hrtime.bigint() - warmStart);
  }
  const repeat = Math.max(1, Math.ceil((minRoundMs * 1e6) / (warmNs / passes)));
  const perRound: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = process.hrtime.bigint();
    for (let k = 0; k < repeat; k++) pass();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    perRound.push((bytes * repeat) / 1e6 / seconds);
  }
  const sorted = [...perRound].sort((a, b) => a - b);
  const mbps = sorted[Math.floor(sorted.length / 2)];
  return { mbps, msPerKb: 1 / mbps, rounds: perRound };
}

function isCovered(text: string, span: { start: number; end: number }, findings: readonly PhiFinding[]): boolean {
  for (let i = span.start; i < span.end; i++) {
    if (!COUNTED.test(text[i])) continue;
    if (!findings.some((f) => f.start <= i && i < f.end)) return false;
  }
  return true;
}

/** The finding covering most of the span. */
function mainFinding(span: { start: number; end: number }, findings: readonly PhiFinding[]): PhiFinding | undefined {
  let best: PhiFinding | undefined;
  let bestOverlap = 0;
  for (const f of findings) {
    const overlap = Math.min(f.end, span.end) - Math.max(f.start, span.start);
    if (overlap > bestOverlap) {
      best = f;
      bestOverlap = overlap;
    }
  }
  return best;
}

const f3 = (n: number) => n.toFixed(3);

/**
 * A plain-text report: one row per kind with gold spans or findings, the
 * overall figures, and last the machine-readable summary line
 * `recall=R precision=P false_block=F mbps=T`.
 */
export function formatReport(report: EvaluationReport, options: { verbose?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(`cases=${report.cases} gold_spans=${report.goldSpans} findings=${report.findings}`);
  lines.push('kind          gold  caught  recall  kind_acc  found  false_alarms  precision');
  for (const s of report.byKind) {
    if (!s.gold && !s.found) continue;
    const precision = s.found ? (s.found - s.falseAlarms) / s.found : 1;
    lines.push(
      `${s.kind.padEnd(12)} ${String(s.gold).padStart(5)} ${String(s.caught).padStart(7)}  ${f3(s.recall)}     ${f3(s.kindAccuracy)}  ${String(s.found).padStart(5)}  ${String(s.falseAlarms).padStart(12)}      ${f3(precision)}`,
    );
  }
  lines.push(
    `overall       ${String(report.goldSpans).padStart(4)} ${String(report.caught).padStart(7)}  ${f3(report.recall)}     ${f3(report.kindAccuracy)}  ${String(report.findings).padStart(5)}  ${String(report.falseAlarms).padStart(12)}      ${f3(report.precision)}`,
  );
  if (options.verbose) {
    for (const m of report.misses) lines.push(`miss   ${m.id} ${m.kind} ${JSON.stringify(m.text)}`);
    for (const a of report.alarms) lines.push(`alarm  ${a.id} ${a.kind} ${JSON.stringify(a.text)}`);
  }
  lines.push(`kind_accuracy=${f3(report.kindAccuracy)}`);
  lines.push(`recall=${f3(report.recall)} precision=${f3(report.precision)} false_block=${f3(report.falseBlock)} mbps=${f3(report.mbps)}`);
  return lines.join('\n');
}
