import { evaluateRequirements } from './evaluate';
import { requirementSet, verified, weekly } from './hour-rows.factory';
import { HourRule, RequirementEvaluation, RuleResult } from './types';

function ruleOf(result: RequirementEvaluation, id: string): RuleResult {
  const rule = result.rules.find((r) => r.ruleId === id);
  if (!rule) throw new Error(`no result for ${id}`);
  return rule;
}

const weeklyRatio = (perHours: number, id = 'ratio'): HourRule => ({
  id,
  kind: 'RATIO',
  categories: ['SUPERVISION'],
  hours: 1,
  perCategories: ['DIRECT'],
  perHours,
  period: 'WEEK',
});

describe('RATIO', () => {
  // Three ISO weeks starting Monday 2026-03-02, 20 direct hours each.
  const direct = weekly('2026-03-02', 3, 'DIRECT_INDIVIDUAL', 20);

  it('reports the one week in which supervision fell below 1 hour per 20 direct hours', () => {
    const rows = [
      ...direct,
      verified('2026-03-06', 'SUPERVISION_INDIVIDUAL', 1),
      verified('2026-03-13', 'SUPERVISION_INDIVIDUAL', 0.5),
      verified('2026-03-20', 'SUPERVISION_GROUP', 1),
    ];
    const ratio = ruleOf(evaluateRequirements(rows, requirementSet([weeklyRatio(20)]), { asOf: '2026-03-31' }), 'ratio');
    expect(ratio.status).toBe('VIOLATED');
    expect(ratio.brokenPeriods).toEqual([{ from: '2026-03-09', to: '2026-03-15', hours: 0.5, requiredHours: 1 }]);
    expect(ratio.explanation).toBe('Supervision was below 1 hour per 20 direct hours in the week of 2026-03-09.');
  });

  it('is met when every week has enough supervision, exactly 1 per 20 included', () => {
    const rows = [...direct, ...weekly('2026-03-06', 3, 'SUPERVISION_TRIADIC', 1)];
    const ratio = ruleOf(evaluateRequirements(rows, requirementSet([weeklyRatio(20)]), { asOf: '2026-03-31' }), 'ratio');
    expect(ratio).toMatchObject({ status: 'MET', brokenPeriods: [] });
  });

  it('does not judge the week in progress, but says what it still needs', () => {
    const rows = [verified('2026-03-30', 'DIRECT_INDIVIDUAL', 10)];
    const ratio = ruleOf(evaluateRequirements(rows, requirementSet([weeklyRatio(20)]), { asOf: '2026-04-01' }), 'ratio');
    expect(ratio).toMatchObject({ status: 'MET', requiredHours: 0.5, remainingHours: 0.5, brokenPeriods: [] });
    expect(ratio.currentPeriod).toEqual({ from: '2026-03-30', to: '2026-04-05' });
    expect(ratio.explanation).toContain('This week: 0.5 more needed.');
  });

  it('judges calendar months when the ratio is monthly', () => {
    const monthly: HourRule = { ...(weeklyRatio(10) as Extract<HourRule, { kind: 'RATIO' }>), period: 'MONTH' };
    const rows = [
      verified('2026-02-03', 'DIRECT_GROUP', 30),
      verified('2026-02-27', 'SUPERVISION_GROUP', 3),
      verified('2026-03-03', 'DIRECT_GROUP', 30),
      verified('2026-03-31', 'SUPERVISION_GROUP', 2),
    ];
    const ratio = ruleOf(evaluateRequirements(rows, requirementSet([monthly]), { asOf: '2026-04-15' }), 'ratio');
    expect(ratio.brokenPeriods).toEqual([{ from: '2026-03-01', to: '2026-03-31', hours: 2, requiredHours: 3 }]);
    expect(ratio.explanation).toBe('Supervision was below 1 hour per 10 direct hours in March 2026.');
  });

  it('judges the whole log once when the ratio is cumulative', () => {
    const cumulative: HourRule = { ...(weeklyRatio(20) as Extract<HourRule, { kind: 'RATIO' }>), period: 'CUMULATIVE' };
    const set = requirementSet([cumulative]);
    const short = [verified('2026-03-02', 'DIRECT_INDIVIDUAL', 200), verified('2026-03-03', 'SUPERVISION_INDIVIDUAL', 8)];
    expect(ruleOf(evaluateRequirements(short, set, { asOf: '2026-03-31' }), 'ratio')).toMatchObject({
      status: 'NOT_MET',
      requiredHours: 10,
      remainingHours: 2,
    });
    const enough = [...short, verified('2026-03-04', 'SUPERVISION_GROUP', 2)];
    expect(ruleOf(evaluateRequirements(enough, set, { asOf: '2026-03-31' }), 'ratio').status).toBe('MET');
  });
});

describe('PERIOD_MIN', () => {
  const monthlySupervision = requirementSet([
    { id: 'monthly', kind: 'PERIOD_MIN', categories: ['SUPERVISION'], hours: 4, window: { unit: 'MONTH' } },
  ]);

  it('reports a month without enough supervision between active months', () => {
    const rows = [
      verified('2026-01-10', 'SUPERVISION_INDIVIDUAL', 4),
      verified('2026-02-10', 'SUPERVISION_INDIVIDUAL', 1),
      verified('2026-03-10', 'DIRECT_INDIVIDUAL', 10),
      verified('2026-04-10', 'SUPERVISION_GROUP', 4),
    ];
    const rule = ruleOf(evaluateRequirements(rows, monthlySupervision, { asOf: '2026-05-01' }), 'monthly');
    expect(rule.status).toBe('VIOLATED');
    expect(rule.brokenPeriods).toEqual([
      { from: '2026-02-01', to: '2026-02-28', hours: 1, requiredHours: 4 },
      { from: '2026-03-01', to: '2026-03-31', hours: 0, requiredHours: 4 },
    ]);
    expect(rule.explanation).toBe('You had fewer than 4 supervision hours in February 2026 and March 2026. This month: 4 more needed.');
  });

  it('is met when each month has exactly the minimum', () => {
    const rows = [verified('2026-01-10', 'SUPERVISION_INDIVIDUAL', 4), verified('2026-02-10', 'SUPERVISION_TRIADIC', 4)];
    const rule = ruleOf(evaluateRequirements(rows, monthlySupervision, { asOf: '2026-03-01' }), 'monthly');
    expect(rule).toMatchObject({ status: 'MET', brokenPeriods: [] });
  });

  it('does not break the current month before it ends', () => {
    const rows = [verified('2026-03-02', 'SUPERVISION_INDIVIDUAL', 1)];
    const rule = ruleOf(evaluateRequirements(rows, monthlySupervision, { asOf: '2026-03-31' }), 'monthly');
    expect(rule).toMatchObject({ status: 'MET', countedHours: 1, requiredHours: 4, remainingHours: 3 });
  });

  it('judges ISO weeks starting on Monday when the window is a week', () => {
    const weeklyGroup = requirementSet([
      { id: 'group', kind: 'PERIOD_MIN', categories: ['SUPERVISION_GROUP'], hours: 1.5, window: { unit: 'WEEK' } },
    ]);
    // Sunday 2026-03-08 belongs to the week of Monday 2026-03-02, not to the next one.
    const rows = [verified('2026-03-08', 'SUPERVISION_GROUP', 1.5), verified('2026-03-16', 'SUPERVISION_GROUP', 1.5)];
    const rule = ruleOf(evaluateRequirements(rows, weeklyGroup, { asOf: '2026-03-23' }), 'group');
    expect(rule.brokenPeriods).toEqual([{ from: '2026-03-09', to: '2026-03-15', hours: 0, requiredHours: 1.5 }]);
  });
});

describe('PERIOD_MAX', () => {
  const rows = [
    ...['2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'].map((d) => verified(d, 'DIRECT_INDIVIDUAL', 6)),
    ...['2026-03-09', '2026-03-10', '2026-03-11'].map((d) => verified(d, 'DIRECT_INDIVIDUAL', 7)),
  ];

  it('finds more than 40 hours in a rolling 7 days that spans two calendar weeks', () => {
    const set = requirementSet([{ id: 'max', kind: 'PERIOD_MAX', hours: 40, window: { unit: 'ROLLING_DAYS', days: 7 } }]);
    const rule = ruleOf(evaluateRequirements(rows, set, { asOf: '2026-03-31' }), 'max');
    expect(rule.status).toBe('VIOLATED');
    expect(rule.brokenPeriods).toEqual([{ from: '2026-03-05', to: '2026-03-11', hours: 45, limit: 40 }]);
    expect(rule.explanation).toBe('You logged more than 40 hours in the 7 days from 2026-03-05 to 2026-03-11.');
  });

  it('reports one stretch of overwork once, by its heaviest 7 days', () => {
    // With a limit of 30, the windows ending 03-09 (31), 03-10 (38) and 03-11 (45) all break it.
    const set = requirementSet([{ id: 'max', kind: 'PERIOD_MAX', hours: 30, window: { unit: 'ROLLING_DAYS', days: 7 } }]);
    const rule = ruleOf(evaluateRequirements(rows, set, { asOf: '2026-03-31' }), 'max');
    expect(rule.brokenPeriods).toEqual([{ from: '2026-03-05', to: '2026-03-11', hours: 45, limit: 30 }]);
  });

  it('misses that stretch when the window is the ISO week, so the rolling window matters', () => {
    const set = requirementSet([{ id: 'max', kind: 'PERIOD_MAX', hours: 40, window: { unit: 'WEEK' } }]);
    expect(ruleOf(evaluateRequirements(rows, set, { asOf: '2026-03-31' }), 'max').status).toBe('MET');
  });

  it('allows exactly the limit', () => {
    const set = requirementSet([{ id: 'max', kind: 'PERIOD_MAX', hours: 24, window: { unit: 'ROLLING_DAYS', days: 7 } }]);
    const atLimit = rows.slice(0, 4);
    const rule = ruleOf(evaluateRequirements(atLimit, set, { asOf: '2026-03-08' }), 'max');
    expect(rule).toMatchObject({ status: 'MET', countedHours: 24, limitHours: 24, remainingHours: 0 });
  });

  it('shows the hours of the 7 days ending today, across the start of a new week', () => {
    const set = requirementSet([{ id: 'max', kind: 'PERIOD_MAX', hours: 40, window: { unit: 'ROLLING_DAYS', days: 7 } }]);
    const rule = ruleOf(evaluateRequirements(rows.slice(0, 4), set, { asOf: '2026-03-10' }), 'max');
    expect(rule).toMatchObject({ countedHours: 24, remainingHours: 16, currentPeriod: { from: '2026-03-04', to: '2026-03-10' } });
  });

  it('breaks a week already in progress', () => {
    const set = requirementSet([{ id: 'max', kind: 'PERIOD_MAX', hours: 20, window: { unit: 'WEEK' } }]);
    const rule = ruleOf(evaluateRequirements(rows.slice(4), set, { asOf: '2026-03-11' }), 'max');
    expect(rule.brokenPeriods).toEqual([{ from: '2026-03-09', to: '2026-03-15', hours: 21, limit: 20 }]);
  });
});

describe('versions of a requirement set', () => {
  const v2025 = requirementSet(
    [{ id: 'total', kind: 'TOTAL_MIN', hours: 100 }, weeklyRatio(20)],
    { effectiveFrom: '2026-01-01' },
  );
  // Takes effect on a Wednesday: the week that began on Monday 2026-03-02 stays under the old rules.
  const v2026 = requirementSet(
    [{ id: 'total', kind: 'TOTAL_MIN', hours: 120 }, weeklyRatio(10)],
    { effectiveFrom: '2026-03-04' },
  );
  // Every week: 20 direct hours and 1 supervision hour, enough for 1:20 but not for 1:10.
  const rows = [
    ...weekly('2026-02-16', 5, 'DIRECT_INDIVIDUAL', 20),
    ...weekly('2026-02-20', 5, 'SUPERVISION_INDIVIDUAL', 1),
  ];

  it('judges each week by the version in effect when the week began', () => {
    const result = evaluateRequirements(rows, [v2026, v2025], { asOf: '2026-03-31' });
    const ratio = ruleOf(result, 'ratio');
    expect(ratio.brokenPeriods.map((p) => p.from)).toEqual(['2026-03-09', '2026-03-16']);
    expect(ratio.brokenPeriods[0]).toMatchObject({ hours: 1, requiredHours: 2 });
  });

  it('applies the version in effect on the evaluation date to the totals, for all hours', () => {
    const result = evaluateRequirements(rows, [v2025, v2026], { asOf: '2026-03-31' });
    expect(result.versionEffectiveFrom).toBe('2026-03-04');
    expect(ruleOf(result, 'total')).toMatchObject({ requiredHours: 120, countedHours: 105, remainingHours: 15 });
  });

  it('holds the week in progress to the version in effect when it began', () => {
    const ratio = ruleOf(evaluateRequirements(rows, [v2025, v2026], { asOf: '2026-03-05' }), 'ratio');
    expect(ratio).toMatchObject({ requiredHours: 1, countedHours: 0, remainingHours: 1 });
  });

  it('uses the older version when evaluating as of a date before the change', () => {
    const result = evaluateRequirements(rows, [v2025, v2026], { asOf: '2026-03-03' });
    expect(result.versionEffectiveFrom).toBe('2026-01-01');
    expect(ruleOf(result, 'total').requiredHours).toBe(100);
    expect(ruleOf(result, 'ratio').status).toBe('MET');
  });

  it('still reports past breaches of a period rule the newer version dropped', () => {
    const strict = requirementSet([weeklyRatio(40, 'old-ratio')], { effectiveFrom: '2026-01-01' });
    const relaxed = requirementSet([{ id: 'total', kind: 'TOTAL_MIN', hours: 100 }], { effectiveFrom: '2026-03-02' });
    const lowSupervision = [verified('2026-02-16', 'DIRECT_INDIVIDUAL', 40), verified('2026-03-02', 'DIRECT_INDIVIDUAL', 40)];
    const old = ruleOf(evaluateRequirements(lowSupervision, [strict, relaxed], { asOf: '2026-03-31' }), 'old-ratio');
    expect(old.brokenPeriods.map((p) => p.from)).toEqual(['2026-02-16']);
    expect(old.explanation).toContain('no longer part of the requirement');
  });

  it('refuses versions of different requirements or two versions on one date', () => {
    expect(() => evaluateRequirements(rows, [v2025, { ...v2026, id: 'other' }])).toThrow(/one requirement/);
    expect(() => evaluateRequirements(rows, [v2025, { ...v2026, effectiveFrom: '2026-01-01' }])).toThrow(/take effect/);
  });
});
