import { codeOf, dataOf, startTestApp, TestApp } from './support/harness';
import { createStaffedProgram, TestProgram } from './support/factories';
import { COHORT_PROGRESS, HOURS_PROGRESS, logEntry, SET_REQUIREMENTS, verifiedEntries, weekly } from './hours.fixtures';

const TEMPLATES = `{ requirementTemplates { key name source note set } }`;
const PROGRAM_REQUIREMENTS = `query ($programId: ID!) { programRequirements(programId: $programId) { requirementId effectiveFrom ruleSet categories } }`;

/**
 * Progress through GraphQL: hours aggregated in SQL and judged by the rule engine. One
 * case per rule kind, each at its edge. 2025-03-03 is a Monday.
 */
describe('hours progress', () => {
  let t: TestApp;
  let p: TestProgram;
  beforeAll(async () => {
    t = await startTestApp();
  });
  beforeEach(async () => {
    p = await createStaffedProgram(t, { supervisors: 2, trainees: 3 });
  });
  afterAll(() => t.close());

  const requireSet = async (rules: unknown[], effectiveFrom = '2025-01-01', extra: Record<string, unknown> = {}) =>
    dataOf(
      await t.gql(
        SET_REQUIREMENTS,
        { input: { programId: p.id, requirementSet: { id: 'practicum', name: 'Practicum', source: 'Program handbook', effectiveFrom, rules }, ...extra } },
        p.admin.token,
      ),
    ).setProgramRequirements;
  const progressOf = async (asOf: string, trainee = 0, token = p.trainees[trainee].token, targetEndDate?: string) =>
    dataOf(await t.gql(HOURS_PROGRESS, { programId: p.id, traineeId: p.trainees[trainee].id, asOf, targetEndDate }, token)).hoursProgress;
  const ruleOf = (progress: any, id: string) => progress.rules.find((r: any) => r.ruleId === id);

  it('totals verified and pending hours apart and explains minimums', async () => {
    await requireSet([
      { id: 'total', kind: 'TOTAL_MIN', hours: 10 },
      { id: 'direct', kind: 'CATEGORY_MIN', categories: ['DIRECT'], hours: 4 },
    ]);
    await verifiedEntries(t, p, [
      { date: '2025-03-03', hours: 3, category: 'DIRECT_INDIVIDUAL' },
      { date: '2025-03-04', hours: 1, category: 'DIRECT_GROUP' },
      { date: '2025-03-05', hours: 2, category: 'INDIRECT' },
    ]);
    await logEntry(t, p, { date: '2025-03-06', hours: 1.5, category: 'ASSESSMENT' }, { submit: true });
    await logEntry(t, p, { date: '2025-03-07', hours: 0.5, category: 'DIDACTIC' });
    const progress = await progressOf('2025-03-31');
    expect(progress).toMatchObject({ verifiedHours: 6, pendingHours: 1.5, requirement: { id: 'practicum', versionEffectiveFrom: '2025-01-01' } });
    expect(ruleOf(progress, 'direct')).toMatchObject({ status: 'MET', countedHours: 4, remainingHours: 0 });
    expect(ruleOf(progress, 'total')).toMatchObject({ status: 'NOT_MET', countedHours: 6, remainingHours: 4, pendingHours: 1.5 });
    expect(ruleOf(progress, 'total').explanation).toBe('You have 6 of 10 hours; 4 to go. 1.5 hours await verification.');
    const byCategory = Object.fromEntries(progress.categories.map((c: any) => [c.category, c]));
    expect(byCategory.ASSESSMENT).toMatchObject({ verifiedHours: 0, pendingHours: 1.5 });
    expect(byCategory.DIDACTIC).toMatchObject({ verifiedHours: 0, draftHours: 0.5 });
    expect(progress.projection.projectedCompletionDate).not.toBeNull();
  });

  it('counts a category exactly at its cap in full and shows the excess beyond it', async () => {
    await requireSet([
      { id: 'total', kind: 'TOTAL_MIN', hours: 100 },
      { id: 'group-cap', kind: 'CATEGORY_CAP', categories: ['SUPERVISION_GROUP'], of: ['SUPERVISION'], maxPercent: 50 },
    ]);
    await verifiedEntries(t, p, [
      { date: '2025-03-03', hours: 2, category: 'SUPERVISION_INDIVIDUAL' },
      { date: '2025-03-04', hours: 2, category: 'SUPERVISION_GROUP' },
    ]);
    const atCap = ruleOf(await progressOf('2025-03-31'), 'group-cap');
    expect(atCap).toMatchObject({ countedHours: 2, excessHours: 0 });

    await verifiedEntries(t, p, [{ date: '2025-03-05', hours: 1, category: 'SUPERVISION_GROUP' }]);
    const over = await progressOf('2025-03-31');
    expect(ruleOf(over, 'group-cap')).toMatchObject({ countedHours: 2, excessHours: 1 });
    // The excess stays in the log: verified 3, counted 2.
    expect(over.categories.find((c: any) => c.category === 'SUPERVISION_GROUP')).toMatchObject({ verifiedHours: 3, countedHours: 2 });
    expect(ruleOf(over, 'total')).toMatchObject({ countedHours: 4 });
  });

  it('caps telehealth hours at a share of the total, exactly at the edge and beyond', async () => {
    await requireSet([{ id: 'telehealth', kind: 'TELEHEALTH_CAP', maxPercent: 25 }]);
    await verifiedEntries(t, p, [
      { date: '2025-03-03', hours: 3, modality: 'IN_PERSON' },
      { date: '2025-03-04', hours: 1, modality: 'TELEHEALTH' },
    ]);
    expect(ruleOf(await progressOf('2025-03-31'), 'telehealth')).toMatchObject({ countedHours: 1, excessHours: 0 });
    await verifiedEntries(t, p, [{ date: '2025-03-05', hours: 1, modality: 'TELEHEALTH' }]);
    expect(ruleOf(await progressOf('2025-03-31'), 'telehealth')).toMatchObject({ countedHours: 1, excessHours: 1 });
  });

  it('reports a ratio broken in one week only', async () => {
    await requireSet([
      { id: 'ratio', kind: 'RATIO', categories: ['SUPERVISION'], hours: 1, perCategories: ['DIRECT'], perHours: 20, period: 'WEEK' },
    ]);
    await verifiedEntries(t, p, [
      ...weekly('2025-03-03', 3, { hours: 20, category: 'DIRECT_INDIVIDUAL' }),
      { date: '2025-03-07', hours: 1, category: 'SUPERVISION_INDIVIDUAL' },
      { date: '2025-03-14', hours: 0.5, category: 'SUPERVISION_INDIVIDUAL' },
      { date: '2025-03-21', hours: 1, category: 'SUPERVISION_GROUP' },
    ]);
    const ratio = ruleOf(await progressOf('2025-03-31'), 'ratio');
    expect(ratio.status).toBe('VIOLATED');
    expect(ratio.brokenPeriods).toEqual([{ from: '2025-03-10', to: '2025-03-16', hours: 0.5, requiredHours: 1, limit: null }]);
    expect(ratio.explanation).toBe('Supervision was below 1 hour per 20 direct hours in the week of 2025-03-10.');
  });

  it('catches too many hours in a rolling 7 days that spans two calendar weeks', async () => {
    await requireSet([
      { id: 'rolling', kind: 'PERIOD_MAX', hours: 40, window: { unit: 'ROLLING_DAYS', days: 7 } },
      { id: 'weekly', kind: 'PERIOD_MAX', hours: 40, window: { unit: 'WEEK' } },
    ]);
    // Friday to Tuesday: 27 hours in one ISO week, 18 in the next, 45 within 5 days.
    await verifiedEntries(t, p, ['2025-03-07', '2025-03-08', '2025-03-09', '2025-03-10', '2025-03-11'].map((date) => ({ date, hours: 9 })));
    const progress = await progressOf('2025-03-31');
    expect(ruleOf(progress, 'weekly')).toMatchObject({ status: 'MET', brokenPeriods: [] });
    const rolling = ruleOf(progress, 'rolling');
    expect(rolling.status).toBe('VIOLATED');
    expect(rolling.brokenPeriods.length).toBeGreaterThan(0);
    for (const period of rolling.brokenPeriods) {
      expect(period.limit).toBe(40);
      expect(period.hours).toBeGreaterThan(40);
      expect(period.from <= '2025-03-07' && period.to >= '2025-03-11').toBe(true);
    }
  });

  it('judges a monthly minimum per calendar month', async () => {
    await requireSet([{ id: 'monthly-supervision', kind: 'PERIOD_MIN', categories: ['SUPERVISION'], hours: 4, window: { unit: 'MONTH' } }]);
    await verifiedEntries(t, p, [
      { date: '2025-01-15', hours: 4, category: 'SUPERVISION_INDIVIDUAL' },
      { date: '2025-02-12', hours: 3.5, category: 'SUPERVISION_GROUP' },
      { date: '2025-03-12', hours: 4, category: 'SUPERVISION_TRIADIC' },
    ]);
    const rule = ruleOf(await progressOf('2025-04-15'), 'monthly-supervision');
    expect(rule.status).toBe('VIOLATED');
    expect(rule.brokenPeriods).toEqual([{ from: '2025-02-01', to: '2025-02-28', hours: 3.5, requiredHours: 4, limit: null }]);
  });

  it('requires the hours to span a minimum number of weeks', async () => {
    await requireSet([{ id: 'term', kind: 'MIN_SPAN', span: { unit: 'WEEK', count: 10 } }]);
    await verifiedEntries(t, p, weekly('2025-03-03', 5, { hours: 2 }));
    const span = ruleOf(await progressOf('2025-04-30'), 'term');
    expect(span.status).toBe('NOT_MET');
    expect(span.span.from).toBe('2025-03-03');
    expect(span.span.to).toBe('2025-03-31');
    expect(span.span.metOnOrAfter > '2025-04-30').toBe(true);
  });

  it('judges each week by the version in effect then when a newer version takes effect mid-way', async () => {
    const weeklySupervision = (hours: number) => ({ id: 'weekly-supervision', kind: 'PERIOD_MIN', categories: ['SUPERVISION'], hours, window: { unit: 'WEEK' } });
    await requireSet([{ id: 'total', kind: 'TOTAL_MIN', hours: 100 }, weeklySupervision(1)], '2025-01-01');
    await requireSet([{ id: 'total', kind: 'TOTAL_MIN', hours: 8 }, weeklySupervision(2)], '2025-03-03');
    // One hour of supervision every week from 2025-02-17 to 2025-03-16: enough before March 3, too little after.
    await verifiedEntries(t, p, weekly('2025-02-17', 4, { hours: 1, category: 'SUPERVISION_INDIVIDUAL' }));
    const progress = await progressOf('2025-03-20');
    expect(progress.requirement.versionEffectiveFrom).toBe('2025-03-03');
    const weeklyRule = ruleOf(progress, 'weekly-supervision');
    expect(weeklyRule.brokenPeriods.map((b: any) => [b.from, b.requiredHours])).toEqual([
      ['2025-03-03', 2],
      ['2025-03-10', 2],
    ]);
    // Totals are held to the version in effect on the evaluation date.
    expect(ruleOf(progress, 'total')).toMatchObject({ requiredHours: 8, countedHours: 4, versionEffectiveFrom: '2025-03-03' });
    const before = await progressOf('2025-02-28');
    expect(before.requirement.versionEffectiveFrom).toBe('2025-01-01');
    expect(ruleOf(before, 'weekly-supervision').brokenPeriods).toEqual([]);
  });

  it('gives an admin every trainee’s progress with at-risk flags, and a supervisor only their trainees', async () => {
    await requireSet([
      { id: 'total', kind: 'TOTAL_MIN', hours: 100 },
      { id: 'ratio', kind: 'RATIO', categories: ['SUPERVISION'], hours: 1, perCategories: ['DIRECT'], perHours: 10, period: 'WEEK' },
    ]);
    // Trainee 0: on pace with supervision. Trainee 1: a week of direct hours with no supervision. Trainee 2: nothing yet.
    await verifiedEntries(t, p, [
      ...weekly('2025-03-03', 4, { hours: 10, category: 'DIRECT_INDIVIDUAL' }),
      ...weekly('2025-03-04', 4, { hours: 1, category: 'SUPERVISION_INDIVIDUAL' }),
    ]);
    await verifiedEntries(t, p, [{ date: '2025-03-24', hours: 10, category: 'DIRECT_INDIVIDUAL' }], 1);
    const cohort = dataOf(await t.gql(COHORT_PROGRESS, { programId: p.id, asOf: '2025-03-31', targetEndDate: '2025-12-31' }, p.admin.token)).cohortProgress;
    expect(cohort.map((c: any) => c.traineeId)).toEqual(p.trainees.map((tr) => tr.id));
    const flags = cohort.map((c: any) => c.atRisk.map((f: any) => f.code).sort());
    expect(flags[0]).toEqual([]);
    expect(flags[1]).toEqual(['BROKEN_RATIO']);
    expect(cohort[0].verifiedHours).toBe(44);
    expect(cohort[2]).toMatchObject({ verifiedHours: 0, atRisk: [{ code: 'BEHIND_PACE', reason: 'NO_PACE_BEFORE_TARGET' }] });

    const supervised = dataOf(await t.gql(COHORT_PROGRESS, { programId: p.id, asOf: '2025-03-31' }, p.supervisors[1].token)).cohortProgress;
    expect(supervised.map((c: any) => c.traineeId)).toEqual([p.trainees[1].id]);
    expect(codeOf(await t.gql(HOURS_PROGRESS, { programId: p.id, traineeId: p.trainees[0].id }, p.supervisors[1].token))).toBe('FORBIDDEN');
  });

  describe('requirements', () => {
    it('offers the templates with their sources, ready to copy into a program', async () => {
      const templates = dataOf(await t.gql(TEMPLATES, {}, p.admin.token)).requirementTemplates;
      expect(templates.map((tp: any) => tp.key)).toEqual(['cacrep-practicum', 'cacrep-internship', 'texas-lpc-associate', 'coamfte-masters']);
      for (const tp of templates) expect(tp.source.length).toBeGreaterThan(10);
      const texas = templates.find((tp: any) => tp.key === 'texas-lpc-associate');
      const copy = { ...texas.set, effectiveFrom: '2025-09-01' };
      const version = dataOf(await t.gql(SET_REQUIREMENTS, { input: { programId: p.id, requirementSet: copy } }, p.admin.token)).setProgramRequirements;
      expect(version).toMatchObject({ requirementId: 'texas-lpc-associate', effectiveFrom: '2025-09-01', categories: null });
      const stored = dataOf(await t.gql(PROGRAM_REQUIREMENTS, { programId: p.id }, p.trainees[0].token)).programRequirements;
      expect(stored[0].ruleSet).toEqual(copy);
    });

    it('refuses an invalid rule set with every problem by field, and stores nothing', async () => {
      const set = {
        id: 'practicum', name: 'Practicum', source: 'Handbook', effectiveFrom: '2025-01-01',
        rules: [{ id: 'total', kind: 'TOTAL_MIN', hours: 0 }, { id: 'cap', kind: 'CATEGORY_CAP', categories: ['SUPERVISION_GROUP'], maxPrecent: 50 }],
      };
      const res = await t.gql(SET_REQUIREMENTS, { input: { programId: p.id, requirementSet: set } }, p.admin.token);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const fields = res.errors![0].extensions!.fields.map((f: any) => f.field);
      expect(fields).toEqual(expect.arrayContaining(['requirementSet.rules.0.hours', 'requirementSet.rules.1.maxHours']));
      expect(dataOf(await t.gql(PROGRAM_REQUIREMENTS, { programId: p.id }, p.admin.token)).programRequirements).toEqual([]);
    });

    it('keeps one requirement id across versions and one version per date, and lets only admins set them', async () => {
      await requireSet([{ id: 'total', kind: 'TOTAL_MIN', hours: 100 }], '2025-01-01');
      const sameDay = await t.gql(SET_REQUIREMENTS, { input: { programId: p.id, requirementSet: { id: 'practicum', name: 'P', source: 'S', effectiveFrom: '2025-01-01', rules: [{ id: 'total', kind: 'TOTAL_MIN', hours: 120 }] } } }, p.admin.token);
      expect(codeOf(sameDay)).toBe('CONFLICT');
      const otherId = await t.gql(SET_REQUIREMENTS, { input: { programId: p.id, requirementSet: { id: 'internship', name: 'I', source: 'S', effectiveFrom: '2025-06-01', rules: [{ id: 'total', kind: 'TOTAL_MIN', hours: 600 }] } } }, p.admin.token);
      expect(codeOf(otherId)).toBe('BAD_USER_INPUT');
      expect(otherId.errors![0].extensions!.fields[0].field).toBe('requirementSet.id');
      const bySupervisor = await t.gql(SET_REQUIREMENTS, { input: { programId: p.id, requirementSet: { id: 'practicum', name: 'P', source: 'S', effectiveFrom: '2025-06-01', rules: [{ id: 'total', kind: 'TOTAL_MIN', hours: 1 }] } } }, p.supervisors[0].token);
      expect(codeOf(bySupervisor)).toBe('FORBIDDEN');
    });
  });
});
