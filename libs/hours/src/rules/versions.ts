import { toDay } from './periods';
import { RequirementSet } from './types';

/** A version of a requirement set and the closed day range in which it is in effect. */
export interface VersionSpan {
  set: RequirementSet;
  from: number;
  to: number;
}

/**
 * Versions of one requirement ordered by `effectiveFrom`. Throws when the list is
 * empty, mixes requirement ids, or has two versions with the same date, because
 * "the version in effect" would then be ambiguous.
 */
export function sortVersions(versions: RequirementSet | readonly RequirementSet[]): RequirementSet[] {
  const list = Array.isArray(versions) ? [...versions] : [versions as RequirementSet];
  if (list.length === 0) throw new RangeError('At least one requirement set version is needed');
  const ids = new Set(list.map((v) => v.id));
  if (ids.size > 1) throw new RangeError(`Versions of one requirement expected, got ids ${[...ids].join(', ')}`);
  list.sort((a, b) => toDay(a.effectiveFrom) - toDay(b.effectiveFrom));
  for (let i = 1; i < list.length; i++) {
    if (list[i].effectiveFrom === list[i - 1].effectiveFrom) {
      throw new RangeError(`Two versions of ${list[i].id} take effect on ${list[i].effectiveFrom}`);
    }
  }
  return list;
}

/**
 * The day ranges of sorted versions. The earliest version also covers everything
 * before its `effectiveFrom`: hours logged before a program wrote its rules down are
 * still judged, by the first rules it had.
 */
export function versionSpans(sorted: readonly RequirementSet[]): VersionSpan[] {
  return sorted.map((set, i) => ({
    set,
    from: i === 0 ? -Infinity : toDay(set.effectiveFrom),
    to: i === sorted.length - 1 ? Infinity : toDay(sorted[i + 1].effectiveFrom) - 1,
  }));
}

/** The version in effect on `day` (the earliest one for days before any version). */
export function versionInEffect(spans: readonly VersionSpan[], day: number): RequirementSet {
  return (spans.find((s) => day >= s.from && day <= s.to) ?? spans[0]).set;
}
