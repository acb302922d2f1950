/**
 * Scores the detector on a gold JSONL file:
 *   npm run eval:deid -- <file.jsonl> [--verbose]
 * The last line printed is `recall=R precision=P false_block=F mbps=T`.
 */
import { createDetector } from '../detector';
import { evaluate, formatReport, readGoldCases } from '../evaluate';

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const files = argv.filter((a) => !a.startsWith('-'));
  if (files.length !== 1) {
    process.stderr.write('usage: npm run eval:deid -- <file.jsonl> [--verbose]\n');
    return 2;
  }
  const cases = readGoldCases(files[0]);
  const detector = createDetector();
  // Quality from one pass; mbps from a separate steady-state measurement of detect() alone
  // (warm-up, then the median of timed rounds), comparable with `npm run bench:deid`.
  const report = evaluate(cases, (text) => detector.detect(text), { throughput: {} });
  process.stdout.write(formatReport(report, { verbose }) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
