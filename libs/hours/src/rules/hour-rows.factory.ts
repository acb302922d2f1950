import { fromDay, toDay } from './periods';
import {
  HourAggregateRow,
  HourCategory,
  HourEntryStatus,
  HourModality,
  HourRule,
  RequirementSet,
} from './types';

/** Test factories: small, explicit rows and sets for the rule-engine specs. */

export function hourRow(
  date: string,
  category: HourCategory,
  hours: number,
  overrides: { status?: HourEntryStatus; modality?: HourModality; traineeId?: string } = {},
): HourAggregateRow {
  return {
    date,
    category,
    minutes: Math.round(hours * 60),
    status: overrides.status ?? 'VERIFIED',
    modality: overrides.modality ?? 'IN_PERSON',
    ...(overrides.traineeId ? { traineeId: overrides.traineeId } : {}),
  };
}

export const verified = (date: string, category: HourCategory, hours: number, modality: HourModality = 'IN_PERSON') =>
  hourRow(date, category, hours, { modality });

export const submitted = (date: string, category: HourCategory, hours: number) =>
  hourRow(date, category, hours, { status: 'SUBMITTED' });

/** One verified row per week for `weeks` weeks, the first on `firstDate`. */
export function weekly(firstDate: string, weeks: number, category: HourCategory, hours: number): HourAggregateRow[] {
  return Array.from({ length: weeks }, (_, i) => verified(fromDay(toDay(firstDate) + 7 * i), category, hours));
}

export function requirementSet(rules: HourRule[], overrides: Partial<RequirementSet> = {}): RequirementSet {
  return {
    id: 'practicum',
    name: 'Practicum',
    source: 'Test program handbook',
    effectiveFrom: '2025-01-01',
    rules,
    ...overrides,
  };
}
