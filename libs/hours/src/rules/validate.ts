import { z } from 'zod';
import { ALL_HOUR_CATEGORIES, CATEGORY_GROUPS } from './groups';
import { isIsoDate } from './periods';
import { RequirementSet } from './types';

/** One problem with a submitted rule set, located by a dotted path such as `rules.2.hours`. */
export interface RuleSetError {
  path: string;
  message: string;
}

export type RuleSetValidation =
  | { ok: true; value: RequirementSet; errors: [] }
  | { ok: false; errors: RuleSetError[] };

const CATEGORY_REFS = [...ALL_HOUR_CATEGORIES, ...Object.keys(CATEGORY_GROUPS)] as [string, ...string[]];

const categoryRef = z.enum(CATEGORY_REFS, { error: 'Unknown hour category or group' });
const categories = z.array(categoryRef).min(1, 'Name at least one category or group');
const hours = z.number({ error: 'Hours must be a number' }).positive('Hours must be greater than 0');
const percent = z
  .number({ error: 'A percentage must be a number' })
  .min(0, 'A percentage is between 0 and 100')
  .max(100, 'A percentage is between 0 and 100');
const calendarWindow = z.discriminatedUnion(
  'unit',
  [z.strictObject({ unit: z.literal('WEEK') }), z.strictObject({ unit: z.literal('MONTH') })],
  { error: 'The window is a WEEK or a MONTH' },
);
const anyWindow = z.discriminatedUnion(
  'unit',
  [
    z.strictObject({ unit: z.literal('WEEK') }),
    z.strictObject({ unit: z.literal('MONTH') }),
    z.strictObject({
      unit: z.literal('ROLLING_DAYS'),
      days: z.number().int('A rolling window is a whole number of days').min(1, 'A rolling window is 1 to 366 days').max(366, 'A rolling window is 1 to 366 days'),
    }),
  ],
  { error: 'The window is a WEEK, a MONTH or ROLLING_DAYS with a number of days' },
);

const base = { id: z.string().trim().min(1, 'Give the rule an id'), label: z.string().optional() };

const ruleSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ ...base, kind: z.literal('TOTAL_MIN'), hours, categories: categories.optional() }),
    z.strictObject({ ...base, kind: z.literal('CATEGORY_MIN'), hours, categories }),
    z.strictObject({
      ...base,
      kind: z.literal('CATEGORY_CAP'),
      categories,
      of: categories.optional(),
      maxHours: hours.optional(),
      maxPercent: percent.optional(),
    }),
    z.strictObject({
      ...base,
      kind: z.literal('TELEHEALTH_CAP'),
      categories: categories.optional(),
      maxHours: hours.optional(),
      maxPercent: percent.optional(),
    }),
    z.strictObject({
      ...base,
      kind: z.literal('RATIO'),
      categories,
      hours,
      perCategories: categories,
      perHours: hours,
      period: z.enum(['WEEK', 'MONTH', 'CUMULATIVE'], { error: 'The period is WEEK, MONTH or CUMULATIVE' }),
    }),
    z.strictObject({ ...base, kind: z.literal('PERIOD_MIN'), categories, hours, window: calendarWindow }),
    z.strictObject({ ...base, kind: z.literal('PERIOD_MAX'), categories: categories.optional(), hours, window: anyWindow }),
    z.strictObject({
      ...base,
      kind: z.literal('MIN_SPAN'),
      categories: categories.optional(),
      span: z.strictObject({
        unit: z.enum(['WEEK', 'MONTH'], { error: 'The span is counted in WEEK or MONTH' }),
        count: z.number().int('The span is a whole number').positive('The span must be at least 1'),
      }),
    }),
  ],
  { error: 'Unknown rule kind' },
);

const setSchema = z.strictObject({
  id: z.string().trim().min(1, 'Give the requirement an id'),
  name: z.string().trim().min(1, 'Give the requirement a name'),
  source: z.string().trim().min(1, 'Cite the standard or regulation the rules come from'),
  effectiveFrom: z.string().refine(isIsoDate, 'Use a real date written YYYY-MM-DD'),
  rules: z.array(ruleSchema).min(1, 'Add at least one rule'),
});

/**
 * Checks across rules, run on the raw input so they are reported together with
 * field errors (a schema refinement would be skipped while any field is invalid).
 */
function crossRuleErrors(input: unknown): RuleSetError[] {
  const rules = (input as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules)) return [];
  const errors: RuleSetError[] = [];
  const seen = new Set<unknown>();
  rules.forEach((rule: Record<string, unknown> | null, i) => {
    if (rule === null || typeof rule !== 'object') return;
    if (typeof rule.id === 'string' && rule.id.trim()) {
      if (seen.has(rule.id)) errors.push({ path: `rules.${i}.id`, message: `Rule id "${rule.id}" is used twice` });
      seen.add(rule.id);
    }
    const isCap = rule.kind === 'CATEGORY_CAP' || rule.kind === 'TELEHEALTH_CAP';
    if (isCap && rule.maxHours === undefined && rule.maxPercent === undefined) {
      errors.push({ path: `rules.${i}.maxHours`, message: 'Give maxHours, maxPercent or both' });
    }
  });
  return errors;
}

/**
 * Checks an untrusted rule set (an admin's edited JSON) and returns either the typed
 * set or every problem with its field path, so a form can show each error by its
 * field. Unknown fields are errors, so a misspelt `maxPrecent` is not silently ignored.
 *
 * @example
 * validateRuleSet({ ...set, rules: [{ id: 'a', kind: 'TOTAL_MIN', hours: 0 }] }).errors;
 * // [{ path: 'rules.0.hours', message: 'Hours must be greater than 0' }]
 */
export function validateRuleSet(input: unknown): RuleSetValidation {
  const parsed = setSchema.safeParse(input);
  const errors = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))),
    ...crossRuleErrors(input),
  ];
  if (parsed.success && errors.length === 0) return { ok: true, value: parsed.data as RequirementSet, errors: [] };
  return { ok: false, errors };
}
