import { evaluateRequirements } from './evaluate';
import { hourRow, requirementSet, submitted, verified } from './hour-rows.factory';
import { RuleResult } from './types';

const AS_OF = '2026-04-30';

function ruleOf(results: { rules: RuleResult[] }, id: string): RuleResult {
  const rule = results.rules.find((r) => r.ruleId === id);
  if (!rule) throw new Error(`no result for ${id}`);
  return rule;
}

describe('minimum rules (TOTAL_MIN, CATEGORY_MIN)', () => {
  const set = requirementSet([
    { id: 'total', kind: 'TOTAL_MIN', hours: 100 },
    { id: 'direct', kind: 'CATEGORY_MIN', categories: ['DIRECT'], hours: 40 },
  ]);

  it('tells a trainee how many direct hours are left', () => {
    const rows = [verified('2026-03-02', 'DIRECT_INDIVIDUAL', 30), verified('2026-03-03', 'DIRECT_GROUP', 2.5)];
    const direct = ruleOf(evaluateRequirements(rows, set, { asOf: AS_OF }), 'direct');
    expect(direct).toMatchObject({ status: 'NOT_MET', requiredHours: 40, countedHours: 32.5, remainingHours: 7.5 });
    expect(direct.explanation).toBe('You have 32.5 of 40 direct hours; 7.5 to go.');
  });

  it('is met at exactly the required hours', () => {
    const rows = [verified('2026-03-02', 'DIRECT_INDIVIDUAL', 40)];
    const direct = ruleOf(evaluateRequirements(rows, set, { asOf: AS_OF }), 'direct');
    expect(direct).toMatchObject({ status: 'MET', countedHours: 40, remainingHours: 0 });
    expect(direct.explanation).toBe('You have 40 of 40 direct hours; requirement met.');
  });

  it('does not count assessment, indirect or supervision hours as direct', () => {
    const rows = [
      verified('2026-03-02', 'ASSESSMENT', 10),
      verified('2026-03-02', 'INDIRECT', 10),
      verified('2026-03-02', 'SUPERVISION_INDIVIDUAL', 10),
      verified('2026-03-02', 'DIRECT_COUPLE_FAMILY', 5),
    ];
    const result = evaluateRequirements(rows, set, { asOf: AS_OF });
    expect(ruleOf(result, 'direct').countedHours).toBe(5);
    expect(ruleOf(result, 'total').countedHours).toBe(35);
  });

  it('never counts pending (submitted) hours as verified, and shows them apart', () => {
    const rows = [verified('2026-03-02', 'DIRECT_INDIVIDUAL', 35), submitted('2026-03-03', 'DIRECT_INDIVIDUAL', 10)];
    const result = evaluateRequirements(rows, set, { asOf: AS_OF });
    const direct = ruleOf(result, 'direct');
    expect(direct).toMatchObject({ status: 'NOT_MET', countedHours: 35, pendingHours: 10, remainingHours: 5 });
    expect(direct.explanation).toBe('You have 35 of 40 direct hours; 5 to go. 10 hours await verification.');
    expect(result.categoryTotals.find((t) => t.category === 'DIRECT_INDIVIDUAL')).toMatchObject({
      verifiedMinutes: 2100,
      verifiedHours: 35,
      pendingMinutes: 600,
      pendingHours: 10,
    });
  });

  it('ignores draft and returned hours entirely', () => {
    const rows = [
      hourRow('2026-03-02', 'DIRECT_INDIVIDUAL', 50, { status: 'DRAFT' }),
      hourRow('2026-03-02', 'DIRECT_INDIVIDUAL', 50, { status: 'RETURNED' }),
    ];
    const result = evaluateRequirements(rows, set, { asOf: AS_OF });
    expect(ruleOf(result, 'direct')).toMatchObject({ countedHours: 0, pendingHours: 0 });
    expect(result.categoryTotals.every((t) => t.verifiedMinutes === 0 && t.pendingMinutes === 0)).toBe(true);
  });

  it('ignores hours dated after the evaluation date', () => {
    const rows = [verified('2026-04-30', 'DIRECT_INDIVIDUAL', 1), verified('2026-05-01', 'DIRECT_INDIVIDUAL', 39)];
    expect(ruleOf(evaluateRequirements(rows, set, { asOf: AS_OF }), 'direct').countedHours).toBe(1);
  });

  it('rounds hours to two decimals only for presentation, keeping exact minutes', () => {
    const rows = [{ ...verified('2026-03-02', 'DIRECT_INDIVIDUAL', 1), minutes: 50 }];
    const result = evaluateRequirements(rows, set, { asOf: AS_OF });
    const total = result.categoryTotals.find((t) => t.category === 'DIRECT_INDIVIDUAL');
    expect(total).toMatchObject({ verifiedMinutes: 50, verifiedHours: 0.83 });
    expect(ruleOf(result, 'direct').remainingMinutes).toBe(40 * 60 - 50);
  });

  it('refuses rows that belong to more than one trainee', () => {
    const rows = [
      hourRow('2026-03-02', 'DIRECT_INDIVIDUAL', 1, { traineeId: 'a' }),
      hourRow('2026-03-02', 'DIRECT_INDIVIDUAL', 1, { traineeId: 'b' }),
    ];
    expect(() => evaluateRequirements(rows, set, { asOf: AS_OF })).toThrow(/one trainee/);
  });
});

describe('CATEGORY_CAP', () => {
  const texasLike = requirementSet([
    { id: 'supervision', kind: 'CATEGORY_MIN', categories: ['SUPERVISION'], hours: 20 },
    { id: 'group-cap', kind: 'CATEGORY_CAP', categories: ['SUPERVISION_GROUP'], of: ['SUPERVISION'], maxPercent: 50 },
  ]);

  it('counts group supervision in full when it is exactly half of supervision', () => {
    const rows = [verified('2026-03-02', 'SUPERVISION_GROUP', 4), verified('2026-03-03', 'SUPERVISION_INDIVIDUAL', 4)];
    const result = evaluateRequirements(rows, texasLike, { asOf: AS_OF });
    expect(ruleOf(result, 'group-cap')).toMatchObject({ status: 'MET', countedHours: 4, excessHours: 0, limitHours: 4 });
    expect(ruleOf(result, 'supervision').countedHours).toBe(8);
  });

  it('shows the excess over the cap without losing the raw hours', () => {
    const rows = [verified('2026-03-02', 'SUPERVISION_GROUP', 10), verified('2026-03-03', 'SUPERVISION_INDIVIDUAL', 2)];
    const result = evaluateRequirements(rows, texasLike, { asOf: AS_OF });
    const cap = ruleOf(result, 'group-cap');
    expect(cap).toMatchObject({ status: 'MET', countedHours: 2, excessHours: 8, excessMinutes: 480 });
    expect(cap.explanation).toBe(
      'Only 2 of your 10 group supervision hours count, because they count for at most 50% of counted supervision hours; the other 8 stay in your log.',
    );
    const supervision = ruleOf(result, 'supervision');
    expect(supervision.countedHours).toBe(4);
    expect(supervision.explanation).toContain('8 hours over a cap are not counted.');
    expect(result.categoryTotals.find((t) => t.category === 'SUPERVISION_GROUP')).toMatchObject({
      verifiedHours: 10,
      countedHours: 2,
    });
  });

  it('caps by hours: exactly at the cap nothing is excess, above it the excess is shown', () => {
    const set = requirementSet([
      { id: 'total', kind: 'TOTAL_MIN', hours: 100 },
      { id: 'didactic-cap', kind: 'CATEGORY_CAP', categories: ['DIDACTIC'], maxHours: 10 },
    ]);
    const atCap = evaluateRequirements([verified('2026-03-02', 'DIDACTIC', 10)], set, { asOf: AS_OF });
    expect(ruleOf(atCap, 'didactic-cap')).toMatchObject({ countedHours: 10, excessHours: 0 });
    expect(ruleOf(atCap, 'total').countedHours).toBe(10);

    const over = evaluateRequirements([verified('2026-03-02', 'DIDACTIC', 10.5)], set, { asOf: AS_OF });
    expect(ruleOf(over, 'didactic-cap')).toMatchObject({ countedHours: 10, excessHours: 0.5 });
    expect(ruleOf(over, 'total').countedHours).toBe(10);
  });
});

describe('TELEHEALTH_CAP', () => {
  const set = requirementSet([
    { id: 'direct', kind: 'CATEGORY_MIN', categories: ['DIRECT'], hours: 40 },
    { id: 'telehealth', kind: 'TELEHEALTH_CAP', categories: ['DIRECT'], maxPercent: 50 },
  ]);

  it('counts telehealth only up to the share of direct hours the rule allows', () => {
    const rows = [
      verified('2026-03-02', 'DIRECT_INDIVIDUAL', 30, 'TELEHEALTH'),
      verified('2026-03-03', 'DIRECT_INDIVIDUAL', 10, 'IN_PERSON'),
    ];
    const result = evaluateRequirements(rows, set, { asOf: AS_OF });
    expect(ruleOf(result, 'telehealth')).toMatchObject({ countedHours: 10, excessHours: 20 });
    expect(ruleOf(result, 'telehealth').explanation).toContain('Only 10 of your 30 telehealth direct hours count');
    expect(ruleOf(result, 'direct')).toMatchObject({ status: 'NOT_MET', countedHours: 20 });
    expect(result.categoryTotals.find((t) => t.category === 'DIRECT_INDIVIDUAL')).toMatchObject({
      verifiedHours: 40,
      countedHours: 20,
      telehealthVerifiedMinutes: 1800,
    });
  });

  it('counts all telehealth when it is exactly at the cap', () => {
    const rows = [
      verified('2026-03-02', 'DIRECT_INDIVIDUAL', 20, 'TELEHEALTH'),
      verified('2026-03-03', 'DIRECT_GROUP', 20, 'IN_PERSON'),
    ];
    const result = evaluateRequirements(rows, set, { asOf: AS_OF });
    expect(ruleOf(result, 'telehealth')).toMatchObject({ countedHours: 20, excessHours: 0 });
    expect(ruleOf(result, 'direct')).toMatchObject({ status: 'MET', countedHours: 40 });
  });

  it('leaves telehealth outside the capped group alone', () => {
    const rows = [verified('2026-03-02', 'SUPERVISION_INDIVIDUAL', 10, 'TELEHEALTH')];
    const withSupervision = requirementSet([
      ...set.rules,
      { id: 'supervision', kind: 'CATEGORY_MIN', categories: ['SUPERVISION'], hours: 10 },
    ]);
    const result = evaluateRequirements(rows, withSupervision, { asOf: AS_OF });
    expect(ruleOf(result, 'supervision')).toMatchObject({ status: 'MET', countedHours: 10 });
  });

  it('caps telehealth by hours', () => {
    const byHours = requirementSet([
      { id: 'direct', kind: 'CATEGORY_MIN', categories: ['DIRECT'], hours: 40 },
      { id: 'telehealth', kind: 'TELEHEALTH_CAP', categories: ['DIRECT'], maxHours: 15 },
    ]);
    const rows = [verified('2026-03-02', 'DIRECT_COUPLE_FAMILY', 25, 'TELEHEALTH')];
    expect(ruleOf(evaluateRequirements(rows, byHours, { asOf: AS_OF }), 'direct').countedHours).toBe(15);
  });
});
