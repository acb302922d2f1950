import { toDay } from './periods';
import { HourAggregateRow, HourCategory, HourModality } from './types';

/** An aggregated row with its date as a day number. */
export interface LedgerRow {
  day: number;
  category: HourCategory;
  modality: HourModality;
  minutes: number;
}

/**
 * A trainee's rows as of a date, split into verified and pending (SUBMITTED) so the
 * two can never be summed together by mistake. DRAFT and RETURNED rows are dropped.
 */
export interface HourLedger {
  asOfDay: number;
  verified: LedgerRow[];
  pending: LedgerRow[];
  firstVerifiedDay: number | null;
  lastVerifiedDay: number | null;
  /** Latest day with verified or pending hours: a trainee waiting on verification is still active. */
  lastActivityDay: number | null;
}

/** Splits rows dated on or before `asOfDay` into verified and pending; throws on rows of several trainees. */
export function buildLedger(rows: readonly HourAggregateRow[], asOfDay: number): HourLedger {
  const trainees = new Set(rows.map((r) => r.traineeId).filter((t) => t !== undefined));
  if (trainees.size > 1) {
    throw new RangeError(`Rows of one trainee expected, got ${trainees.size}: evaluate each trainee apart`);
  }
  const verified: LedgerRow[] = [];
  const pending: LedgerRow[] = [];
  for (const r of rows) {
    const day = toDay(r.date);
    if (day > asOfDay || r.minutes === 0) continue;
    const row = { day, category: r.category, modality: r.modality, minutes: r.minutes };
    if (r.status === 'VERIFIED') verified.push(row);
    else if (r.status === 'SUBMITTED') pending.push(row);
  }
  verified.sort((a, b) => a.day - b.day);
  pending.sort((a, b) => a.day - b.day);
  const lastPending = pending.length ? pending[pending.length - 1].day : null;
  const firstVerifiedDay = verified.length ? verified[0].day : null;
  const lastVerifiedDay = verified.length ? verified[verified.length - 1].day : null;
  const lastActivityDay =
    lastVerifiedDay === null ? lastPending : lastPending === null ? lastVerifiedDay : Math.max(lastVerifiedDay, lastPending);
  return { asOfDay, verified, pending, firstVerifiedDay, lastVerifiedDay, lastActivityDay };
}

/** Sum of minutes of `rows` in `categories`, optionally within a closed day range. */
export function sumMinutes(
  rows: readonly LedgerRow[],
  categories: ReadonlySet<HourCategory>,
  from = -Infinity,
  to = Infinity,
): number {
  let total = 0;
  for (const r of rows) {
    if (r.day >= from && r.day <= to && categories.has(r.category)) total += r.minutes;
  }
  return total;
}

/** Minutes per day of `rows` in `categories`, for sliding windows. */
export function dailyMinutes(rows: readonly LedgerRow[], categories: ReadonlySet<HourCategory>): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of rows) {
    if (categories.has(r.category)) out.set(r.day, (out.get(r.day) ?? 0) + r.minutes);
  }
  return out;
}
