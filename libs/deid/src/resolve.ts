import { Candidate } from './recognisers/candidate';

/**
 * Chooses non-overlapping candidates: higher priority first, then the longer
 * span, then the more confident one. Returns them sorted by start.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  const accepted: Candidate[] = [];
  for (const c of ranked) {
    if (c.end <= c.start) continue;
    if (accepted.some((a) => c.start < a.end && a.start < c.end)) continue;
    accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** True when [start, end) overlaps any of `spans`. */
export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && s.start < end);
}
