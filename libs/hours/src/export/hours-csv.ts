import { stringify } from 'csv-stringify/sync';
import { ExportedEntry } from './exported-entry';

/** The CSV columns, in order; the header row uses these names. */
export const CSV_COLUMNS = [
  'entry_id',
  'trainee_id',
  'trainee_name',
  'date',
  'site',
  'category',
  'modality',
  'minutes',
  'hours',
  'status',
  'supervisor_id',
  'supervisor_name',
  'verified_by_id',
  'verified_by_name',
  'verified_at',
  'signature',
  'corrects_id',
  'correction_reason',
  'superseded_by_id',
] as const;

/**
 * One row per entry with its verification, per RFC 4180: CRLF line ends, a header row,
 * fields quoted when they hold a comma, quote or line break, formulas defused. Notes are left out: the
 * board gets hours and sign-offs, not clinical text.
 */
export function hoursCsv(entries: readonly ExportedEntry[]): string {
  return stringify(
    entries.map((e) => [
      e.id,
      e.traineeId,
      e.traineeName,
      e.date,
      e.site,
      e.category,
      e.modality,
      e.minutes,
      (e.minutes / 60).toFixed(2),
      e.status,
      e.supervisorId,
      e.supervisorName,
      e.verifiedById ?? '',
      e.verifiedByName ?? '',
      e.verifiedAt ?? '',
      e.signature ?? '',
      e.correctsId ?? '',
      e.correctionReason ?? '',
      e.supersededById ?? '',
    ]),
    // escape_formulas: a text field starting with =, +, -, @, tab or CR gets a leading ' so
    // a spreadsheet never runs it as a formula (CSV injection).
    { header: true, columns: [...CSV_COLUMNS], record_delimiter: '\r\n', escape_formulas: true },
  );
}
