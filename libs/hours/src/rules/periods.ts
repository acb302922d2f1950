import { IsoDate } from './types';

/**
 * UTC calendar arithmetic on ISO dates. Dates become "day numbers" (days since
 * 1970-01-01) so that period maths never meets time zones or daylight saving.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A closed range of day numbers. */
export interface DayRange {
  start: number;
  end: number;
}

export type CalendarUnit = 'WEEK' | 'MONTH';

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Day number of an ISO date. Throws on anything that is not `YYYY-MM-DD`. */
export function toDay(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
  return Math.round(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

/** ISO date of a day number. */
export function fromDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Today's date in UTC. */
export function todayUtc(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

/** The Monday that starts the ISO week containing `day`. */
export function isoWeekStart(day: number): number {
  // Day 0 (1970-01-01) was a Thursday, three days after a Monday.
  return day - (((day + 3) % 7) + 7) % 7;
}

/** The first day of the calendar month containing `day`. */
export function monthStart(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / MS_PER_DAY;
}

/** The ISO week or calendar month containing `day`. */
export function periodContaining(unit: CalendarUnit, day: number): DayRange {
  if (unit === 'WEEK') {
    const start = isoWeekStart(day);
    return { start, end: start + 6 };
  }
  const start = monthStart(day);
  return { start, end: monthStart(start + 31) - 1 };
}

/** Every week or month from the one containing `from` to the one containing `to`. */
export function periodsBetween(unit: CalendarUnit, from: number, to: number): DayRange[] {
  const out: DayRange[] = [];
  for (let p = periodContaining(unit, from); p.start <= to; p = periodContaining(unit, p.end + 1)) {
    out.push(p);
  }
  return out;
}

/**
 * The same day-of-month `months` later, clamped to the end of a shorter month
 * (2024-08-31 plus one month is 2024-09-30).
 */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const targetMonth = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1) / MS_PER_DAY;
  const lastDay = periodContaining('MONTH', targetMonth).end;
  return Math.min(targetMonth + d.getUTCDate() - 1, lastDay);
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "the week of 2026-03-02", "March 2026" or "the 7 days from 2026-03-05 to 2026-03-11". */
export function describePeriod(unit: CalendarUnit | 'ROLLING_DAYS', range: DayRange): string {
  if (unit === 'WEEK') return `the week of ${fromDay(range.start)}`;
  if (unit === 'MONTH') {
    const d = new Date(range.start * MS_PER_DAY);
    return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  }
  return `the ${range.end - range.start + 1} days from ${fromDay(range.start)} to ${fromDay(range.end)}`;
}
