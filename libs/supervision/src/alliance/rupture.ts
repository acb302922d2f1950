/**
 * Rupture detection for alliance check-ins: plain functions, no framework.
 *
 * A check-in signals a rupture when any of goal, task or bond falls at least
 * `dropPoints` below the case's running mean of earlier check-ins, or when rupture
 * markers were recorded in `consecutiveMarkers` consecutive check-ins ending with it.
 */

export type Dimension = 'GOAL' | 'TASK' | 'BOND';

export interface AllianceRatings {
  sessionNumber: number;
  goal: number;
  task: number;
  bond: number;
  ruptureMarkers: string[];
}

export interface AllianceMeans {
  goal: number;
  task: number;
  bond: number;
}

export interface RuptureThresholds {
  dropPoints: number;
  consecutiveMarkers: number;
}

export type RuptureFinding =
  | { kind: 'DIMENSION_DROP'; dimension: Dimension; rating: number; runningMean: number; drop: number }
  | { kind: 'CONSECUTIVE_MARKERS'; consecutive: number };

const DIMENSIONS: Array<[Dimension, keyof AllianceMeans]> = [
  ['GOAL', 'goal'],
  ['TASK', 'task'],
  ['BOND', 'bond'],
];

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The mean of each dimension over `checkIns`, or null when there are none. */
export function meansOf(checkIns: AllianceRatings[]): AllianceMeans | null {
  if (checkIns.length === 0) return null;
  const sum = (key: keyof AllianceMeans) => checkIns.reduce((total, c) => total + c[key], 0);
  return { goal: round2(sum('goal') / checkIns.length), task: round2(sum('task') / checkIns.length), bond: round2(sum('bond') / checkIns.length) };
}

/**
 * What, if anything, makes `current` a rupture, given every other check-in of the case.
 * Only check-ins with a lower session number count as earlier.
 *
 * @example
 *   detectRupture([{ sessionNumber: 1, goal: 6, task: 6, bond: 6, ruptureMarkers: [] }],
 *                 { sessionNumber: 2, goal: 6, task: 6, bond: 3, ruptureMarkers: [] },
 *                 { dropPoints: 2, consecutiveMarkers: 2 })
 *   // [{ kind: 'DIMENSION_DROP', dimension: 'BOND', rating: 3, runningMean: 6, drop: 3 }]
 */
export function detectRupture(others: AllianceRatings[], current: AllianceRatings, thresholds: RuptureThresholds): RuptureFinding[] {
  const earlier = others.filter((c) => c.sessionNumber < current.sessionNumber).sort((a, b) => a.sessionNumber - b.sessionNumber);
  const findings: RuptureFinding[] = [];
  const means = meansOf(earlier);
  if (means) {
    for (const [dimension, key] of DIMENSIONS) {
      // Rounded so 5.67 - 3.67 counts as the 2 points it is, not 1.9999999.
      const drop = round2(means[key] - current[key]);
      if (drop >= thresholds.dropPoints) findings.push({ kind: 'DIMENSION_DROP', dimension, rating: current[key], runningMean: means[key], drop });
    }
  }
  if (current.ruptureMarkers.length > 0) {
    let consecutive = 1;
    for (let i = earlier.length - 1; i >= 0 && earlier[i].ruptureMarkers.length > 0; i--) consecutive++;
    if (consecutive >= thresholds.consecutiveMarkers) findings.push({ kind: 'CONSECUTIVE_MARKERS', consecutive });
  }
  return findings;
}

/** A one-line, case-text-free explanation of the findings, for supervisors' live activity. */
export function describeRupture(findings: RuptureFinding[], sessionNumber: number): string {
  const parts = findings.map((f) =>
    f.kind === 'DIMENSION_DROP'
      ? `${f.dimension.charAt(0)}${f.dimension.slice(1).toLowerCase()} fell ${f.drop} points below this case's running mean (${f.runningMean})`
      : `rupture markers in ${f.consecutive} consecutive check-ins`,
  );
  return `Alliance check-in, session ${sessionNumber}: ${parts.join('; ')}.`;
}
