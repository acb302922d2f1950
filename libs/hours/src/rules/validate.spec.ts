import { REQUIREMENT_TEMPLATES } from './templates';
import { validateRuleSet } from './validate';

const validSet = {
  id: 'practicum',
  name: 'Practicum',
  source: 'Program handbook 2026, p. 12',
  effectiveFrom: '2026-01-01',
  rules: [{ id: 'total', kind: 'TOTAL_MIN', hours: 100 }],
};

function errorsOf(input: unknown) {
  const result = validateRuleSet(input);
  return result.ok ? [] : result.errors;
}

describe('validateRuleSet', () => {
  it.each(REQUIREMENT_TEMPLATES.map((t) => [t.key, t]))('accepts the %s template', (_key, template) => {
    expect(validateRuleSet(template.set)).toEqual({ ok: true, value: template.set, errors: [] });
  });

  it('accepts a valid set and returns it typed', () => {
    const result = validateRuleSet(validSet);
    expect(result.ok).toBe(true);
  });

  it('refuses two rules with the same id', () => {
    const input = { ...validSet, rules: [...validSet.rules, { id: 'total', kind: 'CATEGORY_MIN', categories: ['DIRECT'], hours: 40 }] };
    expect(errorsOf(input)).toEqual([{ path: 'rules.1.id', message: 'Rule id "total" is used twice' }]);
  });

  it('refuses zero or negative hours', () => {
    expect(errorsOf({ ...validSet, rules: [{ id: 'total', kind: 'TOTAL_MIN', hours: 0 }] })).toEqual([
      { path: 'rules.0.hours', message: 'Hours must be greater than 0' },
    ]);
  });

  it('refuses a percentage above 100 and a cap with no limit', () => {
    const input = {
      ...validSet,
      rules: [
        { id: 'tele', kind: 'TELEHEALTH_CAP', maxPercent: 101 },
        { id: 'group', kind: 'CATEGORY_CAP', categories: ['SUPERVISION_GROUP'] },
      ],
    };
    expect(errorsOf(input)).toEqual([
      { path: 'rules.0.maxPercent', message: 'A percentage is between 0 and 100' },
      { path: 'rules.1.maxHours', message: 'Give maxHours, maxPercent or both' },
    ]);
  });

  it('refuses unknown categories, unknown kinds and misspelt fields', () => {
    const input = {
      ...validSet,
      rules: [
        { id: 'a', kind: 'CATEGORY_MIN', categories: ['DIRECT_FAMILY'], hours: 1 },
        { id: 'b', kind: 'HOURS_MIN', hours: 1 },
        { id: 'c', kind: 'TELEHEALTH_CAP', maxPrecent: 50 },
      ],
    };
    expect(errorsOf(input)).toEqual(
      expect.arrayContaining([
        { path: 'rules.0.categories.0', message: 'Unknown hour category or group' },
        { path: 'rules.1.kind', message: 'Unknown rule kind' },
        { path: 'rules.2', message: expect.stringContaining('maxPrecent') },
      ]),
    );
  });

  it('refuses invalid windows and spans', () => {
    const input = {
      ...validSet,
      rules: [
        { id: 'a', kind: 'PERIOD_MAX', hours: 40, window: { unit: 'ROLLING_DAYS', days: 0 } },
        { id: 'b', kind: 'PERIOD_MIN', categories: ['SUPERVISION'], hours: 4, window: { unit: 'ROLLING_DAYS', days: 7 } },
        { id: 'c', kind: 'MIN_SPAN', span: { unit: 'MONTH', count: 1.5 } },
      ],
    };
    expect(errorsOf(input).map((e) => e.path)).toEqual(['rules.0.window.days', 'rules.1.window.unit', 'rules.2.span.count']);
  });

  it('refuses a date that does not exist', () => {
    expect(errorsOf({ ...validSet, effectiveFrom: '2026-02-30' })).toEqual([
      { path: 'effectiveFrom', message: 'Use a real date written YYYY-MM-DD' },
    ]);
  });
});
