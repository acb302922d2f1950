import { evaluateRequirements } from './evaluate';
import { requirementSet, verified } from './hour-rows.factory';
import { HourRule, RequirementSet } from './types';

function spanResult(set: RequirementSet, rows: ReturnType<typeof verified>[], asOf = '2026-12-31') {
  return evaluateRequirements(rows, set, { asOf }).rules[0];
}

describe('MIN_SPAN', () => {
  const tenWeeks = requirementSet([{ id: 'term', kind: 'MIN_SPAN', span: { unit: 'WEEK', count: 10 } }]);

  it('is not met one day short of 10 weeks, and says when it will be', () => {
    const result = spanResult(tenWeeks, [verified('2026-01-05', 'DIRECT_INDIVIDUAL', 1), verified('2026-03-15', 'INDIRECT', 1)]);
    expect(result.status).toBe('NOT_MET');
    expect(result.span).toEqual({ from: '2026-01-05', to: '2026-03-15', metOnOrAfter: '2026-03-16' });
    expect(result.explanation).toBe(
      'Your hours run from 2026-01-05 to 2026-03-15; they must span at least 10 weeks, so keep logging until 2026-03-16 or later.',
    );
  });

  it('is met on exactly 10 weeks', () => {
    const result = spanResult(tenWeeks, [verified('2026-01-05', 'DIRECT_INDIVIDUAL', 1), verified('2026-03-16', 'INDIRECT', 1)]);
    expect(result.status).toBe('MET');
  });

  it('counts calendar months, clamping to the end of a shorter month', () => {
    const eighteenMonths = requirementSet([{ id: 'span', kind: 'MIN_SPAN', span: { unit: 'MONTH', count: 18 } }]);
    const start = verified('2024-08-31', 'DIRECT_INDIVIDUAL', 1);
    const short = spanResult(eighteenMonths, [start, verified('2026-02-27', 'DIRECT_INDIVIDUAL', 1)]);
    expect(short).toMatchObject({ status: 'NOT_MET', span: { metOnOrAfter: '2026-02-28' } });
    expect(spanResult(eighteenMonths, [start, verified('2026-02-28', 'DIRECT_INDIVIDUAL', 1)]).status).toBe('MET');
  });

  it('measures only the categories it names, and only verified hours', () => {
    const directSpan: HourRule = { id: 'span', kind: 'MIN_SPAN', categories: ['DIRECT'], span: { unit: 'WEEK', count: 2 } };
    const rows = [
      verified('2026-01-01', 'DIDACTIC', 8),
      verified('2026-01-12', 'DIRECT_INDIVIDUAL', 1),
      { ...verified('2026-01-30', 'DIRECT_INDIVIDUAL', 1), status: 'SUBMITTED' as const },
    ];
    const result = spanResult(requirementSet([directSpan]), rows);
    expect(result).toMatchObject({ status: 'NOT_MET', span: { from: '2026-01-12', to: '2026-01-12' } });
  });

  it('is not met without any verified hours', () => {
    const result = spanResult(tenWeeks, []);
    expect(result).toMatchObject({ status: 'NOT_MET', span: { from: null, to: null, metOnOrAfter: null } });
  });
});
