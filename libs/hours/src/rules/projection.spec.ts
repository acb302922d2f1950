import { submitted, requirementSet, verified, weekly } from './hour-rows.factory';
import { projectCompletion } from './projection';
import { atRiskFlags } from './risk';
import { HourRule } from './types';

const direct80: HourRule = { id: 'direct', kind: 'CATEGORY_MIN', categories: ['DIRECT'], hours: 80 };
const set = requirementSet([direct80]);
// Eight weeks of 5 direct hours, Mondays 2026-01-05 to 2026-02-23; 2026-03-01 is the Sunday after.
const steady = weekly('2026-01-05', 8, 'DIRECT_INDIVIDUAL', 5);

describe('projectCompletion', () => {
  it('projects completion from the pace of the last 8 weeks', () => {
    const projection = projectCompletion(steady, set, '2026-03-01');
    expect(projection.paceWindow).toEqual({ from: '2026-01-05', to: '2026-03-01' });
    // 40 hours to go at 5 hours a week is 8 weeks.
    expect(projection.rules).toEqual([
      { ruleId: 'direct', kind: 'CATEGORY_MIN', remainingHours: 40, paceHoursPerWeek: 5, projectedDate: '2026-04-26' },
    ]);
    expect(projection.projectedCompletionDate).toBe('2026-04-26');
  });

  it('measures a new trainee’s pace from their first verified day, not over 8 weeks', () => {
    const projection = projectCompletion(weekly('2026-02-16', 2, 'DIRECT_INDIVIDUAL', 5), set, '2026-03-01');
    expect(projection.paceWindow.from).toBe('2026-02-16');
    // 70 hours at 10 hours per 14 days is 98 days.
    expect(projection.projectedCompletionDate).toBe('2026-06-07');
  });

  it('ignores pending hours in the pace', () => {
    const withPending = [...steady, submitted('2026-02-27', 'DIRECT_INDIVIDUAL', 40)];
    expect(projectCompletion(withPending, set, '2026-03-01').projectedCompletionDate).toBe('2026-04-26');
  });

  it('gives no date when there were no hours in the pace window', () => {
    const projection = projectCompletion([verified('2025-06-02', 'DIRECT_INDIVIDUAL', 10)], set, '2026-03-01');
    expect(projection.rules[0].projectedDate).toBeNull();
    expect(projection.projectedCompletionDate).toBeNull();
  });

  it('gives the evaluation date when every minimum is already met', () => {
    const projection = projectCompletion([verified('2026-02-02', 'DIRECT_INDIVIDUAL', 80)], set, '2026-03-01');
    expect(projection.projectedCompletionDate).toBe('2026-03-01');
  });

  it('waits for a minimum span even when the hours are done sooner', () => {
    const withSpan = requirementSet([direct80, { id: 'span', kind: 'MIN_SPAN', span: { unit: 'MONTH', count: 18 } }]);
    expect(projectCompletion(steady, withSpan, '2026-03-01').projectedCompletionDate).toBe('2027-07-05');
  });
});

describe('atRiskFlags', () => {
  it('flags a trainee whose projected completion falls after the target end date', () => {
    const flags = atRiskFlags(steady, set, { asOf: '2026-03-01', targetEndDate: '2026-04-01' });
    expect(flags).toEqual([
      expect.objectContaining({ code: 'BEHIND_PACE', reason: 'PROJECTED_AFTER_TARGET' }),
    ]);
    expect(flags[0].message).toBe('At the recent pace you would finish on 2026-04-26, after the target of 2026-04-01.');
  });

  it('does not flag a trainee on pace for the target', () => {
    expect(atRiskFlags(steady, set, { asOf: '2026-03-01', targetEndDate: '2026-04-26' })).toEqual([]);
  });

  it('flags four weeks without any logged hours while a minimum is unmet', () => {
    const rows = [verified('2026-02-01', 'DIRECT_INDIVIDUAL', 10)];
    expect(atRiskFlags(rows, set, { asOf: '2026-02-28' })).toEqual([]);
    expect(atRiskFlags(rows, set, { asOf: '2026-03-01' })).toEqual([
      { code: 'BEHIND_PACE', reason: 'INACTIVE', message: 'No hours have been logged since 2026-02-01.' },
    ]);
  });

  it('treats hours awaiting verification as activity', () => {
    const rows = [verified('2026-02-01', 'DIRECT_INDIVIDUAL', 10), submitted('2026-02-20', 'DIRECT_INDIVIDUAL', 2)];
    expect(atRiskFlags(rows, set, { asOf: '2026-03-01' })).toEqual([]);
  });

  it('does not flag inactivity once the minimums are met', () => {
    expect(atRiskFlags([verified('2026-01-05', 'DIRECT_INDIVIDUAL', 80)], set, { asOf: '2026-06-01' })).toEqual([]);
  });

  describe('BROKEN_RATIO', () => {
    const ratio = requirementSet([
      { id: 'ratio', kind: 'RATIO', categories: ['SUPERVISION'], hours: 1, perCategories: ['DIRECT'], perHours: 20, period: 'WEEK' },
    ]);
    const direct = weekly('2026-03-02', 2, 'DIRECT_INDIVIDUAL', 20);

    it('flags a ratio broken in the latest judged week', () => {
      const rows = [...direct, verified('2026-03-03', 'SUPERVISION_INDIVIDUAL', 1)];
      expect(atRiskFlags(rows, ratio, { asOf: '2026-03-16' })).toEqual([
        expect.objectContaining({ code: 'BROKEN_RATIO', ruleId: 'ratio' }),
      ]);
    });

    it('does not flag a ratio broken earlier but kept since', () => {
      const rows = [...direct, verified('2026-03-10', 'SUPERVISION_INDIVIDUAL', 1)];
      expect(atRiskFlags(rows, ratio, { asOf: '2026-03-16' })).toEqual([]);
    });
  });
});
