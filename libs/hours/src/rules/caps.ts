import { expandCategories } from './groups';
import { LedgerRow } from './ledger';
import { CategoryCapRule, HourCategory, HourModality, HourRule, TelehealthCapRule } from './types';

type CellKey = `${HourCategory}|${HourModality}`;

/** Minutes per category and modality: raw as logged and counted after caps. */
export interface CountedCells {
  raw: Map<CellKey, number>;
  counted: Map<CellKey, number>;
}

/** What one CATEGORY_CAP or TELEHEALTH_CAP did. */
export interface CapOutcome {
  rawMinutes: number;
  allowedMinutes: number;
  countedMinutes: number;
  excessMinutes: number;
}

export type CapRule = CategoryCapRule | TelehealthCapRule;

/** True for the rules that limit counting instead of requiring hours. */
export function isCapRule(rule: HourRule): rule is CapRule {
  return rule.kind === 'CATEGORY_CAP' || rule.kind === 'TELEHEALTH_CAP';
}

const cellKey = (category: HourCategory, modality: HourModality): CellKey => `${category}|${modality}`;

/** Counted verified minutes of `categories`, optionally of one modality only. */
export function countedMinutes(
  cells: Map<CellKey, number>,
  categories: ReadonlySet<HourCategory>,
  modality?: HourModality,
): number {
  let total = 0;
  for (const [key, minutes] of cells) {
    const [category, m] = key.split('|') as [HourCategory, HourModality];
    if (categories.has(category) && (modality === undefined || m === modality)) total += minutes;
  }
  return total;
}

/**
 * The most that capped hours may count when they may be at most `percent` % of the
 * counted total and `otherMinutes` of that total are uncapped: c <= p (other + c).
 * Reading "at most 50% of supervision" against the counted total, not the raw one,
 * keeps the cap true of the figures the trainee is shown.
 */
function allowedMinutes(rule: CapRule, otherMinutes: number): number {
  let allowed = Infinity;
  if (rule.maxHours !== undefined) allowed = rule.maxHours * 60;
  if (rule.maxPercent !== undefined && rule.maxPercent < 100) {
    const p = rule.maxPercent / 100;
    allowed = Math.min(allowed, (p * Math.max(otherMinutes, 0)) / (1 - p));
  }
  return allowed;
}

/**
 * Applies the caps of a set, in the order they are declared, to the verified minutes.
 * Each cap's excess is taken from its cells in proportion to their size, so a later
 * cap sees what earlier caps left.
 */
export function applyCaps(
  verified: readonly LedgerRow[],
  rules: readonly HourRule[],
): { cells: CountedCells; outcomes: Map<string, CapOutcome> } {
  const raw = new Map<CellKey, number>();
  for (const r of verified) {
    const key = cellKey(r.category, r.modality);
    raw.set(key, (raw.get(key) ?? 0) + r.minutes);
  }
  const counted = new Map(raw);
  const outcomes = new Map<string, CapOutcome>();

  for (const rule of rules) {
    if (!isCapRule(rule)) continue;
    const capped = expandCategories(rule.categories);
    let inCap: number;
    let other: number;
    let capModality: HourModality | undefined;
    if (rule.kind === 'CATEGORY_CAP') {
      const base = new Set([...expandCategories(rule.of), ...capped]);
      inCap = countedMinutes(counted, capped);
      other = countedMinutes(counted, base) - inCap;
    } else {
      capModality = 'TELEHEALTH';
      inCap = countedMinutes(counted, capped, 'TELEHEALTH');
      other = countedMinutes(counted, capped, 'IN_PERSON');
    }
    const allowed = allowedMinutes(rule, other);
    const excess = Math.max(0, inCap - allowed);
    if (excess > 0) {
      for (const [key, minutes] of counted) {
        const [category, m] = key.split('|') as [HourCategory, HourModality];
        if (capped.has(category) && (capModality === undefined || m === capModality) && minutes > 0) {
          counted.set(key, minutes - (excess * minutes) / inCap);
        }
      }
    }
    outcomes.set(rule.id, {
      rawMinutes: countedMinutes(raw, capped, capModality),
      allowedMinutes: allowed,
      countedMinutes: inCap - excess,
      excessMinutes: excess,
    });
  }
  return { cells: { raw, counted }, outcomes };
}
