import { detectRupture, meansOf } from './rupture';

const checkIn = (sessionNumber: number, goal: number, task: number, bond: number, ruptureMarkers: string[] = []) => ({ sessionNumber, goal, task, bond, ruptureMarkers });
const defaults = { dropPoints: 2, consecutiveMarkers: 2 };

describe('rupture detection', () => {
  it('finds nothing on a first check-in without markers', () => {
    expect(detectRupture([], checkIn(1, 1, 1, 1), defaults)).toEqual([]);
  });

  it('flags a dimension that falls the threshold below the running mean of earlier check-ins', () => {
    const earlier = [checkIn(1, 6, 6, 6), checkIn(2, 6, 5, 5)];
    expect(detectRupture(earlier, checkIn(3, 6, 5, 3), defaults)).toEqual([{ kind: 'DIMENSION_DROP', dimension: 'BOND', rating: 3, runningMean: 5.5, drop: 2.5 }]);
    expect(detectRupture(earlier, checkIn(3, 6, 5, 4), defaults)).toEqual([]);
    expect(detectRupture(earlier, checkIn(3, 6, 5, 4), { ...defaults, dropPoints: 1.5 })).toHaveLength(1);
  });

  it('counts a drop of exactly the threshold despite floating point', () => {
    const earlier = [checkIn(1, 6, 6, 6), checkIn(2, 6, 6, 5), checkIn(3, 6, 6, 6)];
    expect(detectRupture(earlier, checkIn(4, 6, 6, 3.67), defaults).map((f) => f.kind)).toEqual(['DIMENSION_DROP']);
  });

  it('ignores later sessions when computing the running mean', () => {
    expect(detectRupture([checkIn(5, 7, 7, 7)], checkIn(2, 4, 4, 4), defaults)).toEqual([]);
  });

  it('flags rupture markers in the configured number of consecutive check-ins', () => {
    const earlier = [checkIn(1, 5, 5, 5, ['WITHDRAWAL']), checkIn(2, 5, 5, 5), checkIn(3, 5, 5, 5, ['CONFRONTATION'])];
    expect(detectRupture(earlier, checkIn(4, 5, 5, 5, ['WITHDRAWAL']), defaults)).toEqual([{ kind: 'CONSECUTIVE_MARKERS', consecutive: 2 }]);
    expect(detectRupture(earlier, checkIn(4, 5, 5, 5, ['WITHDRAWAL']), { ...defaults, consecutiveMarkers: 3 })).toEqual([]);
    expect(detectRupture(earlier, checkIn(4, 5, 5, 5), defaults)).toEqual([]);
  });

  it('averages each dimension', () => {
    expect(meansOf([checkIn(1, 1, 2, 3), checkIn(2, 2, 3, 5)])).toEqual({ goal: 1.5, task: 2.5, bond: 4 });
    expect(meansOf([])).toBeNull();
  });
});
