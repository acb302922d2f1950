import { PhiKind } from '../phi-kind';

/**
 * A recogniser's proposal, in normalised-text offsets. When proposals overlap,
 * the higher `priority` wins, then the longer span: a URL is never split by a
 * name inside it, and a labelled ID beats a phone-shaped run of its digits.
 */
export interface Candidate {
  kind: PhiKind;
  start: number;
  end: number;
  confidence: number;
  priority: number;
}

/** Overlap precedence, highest first. */
export const Priority = {
  URL: 100,
  EMAIL: 95,
  IP: 90,
  LABELLED_ID: 85,
  PATTERN_ID: 80,
  DATE: 70,
  AGE: 70,
  ADDRESS: 65,
  FACILITY: 60,
  NAME_STRONG: 55,
  PLACE: 50,
  NAME: 45,
  UNLABELLED_ID: 40,
} as const;

/** Builds a candidate; a tiny helper that keeps recognisers terse. */
export function candidate(
  kind: PhiKind,
  start: number,
  end: number,
  confidence: number,
  priority: number,
): Candidate {
  return { kind, start, end, confidence, priority };
}
