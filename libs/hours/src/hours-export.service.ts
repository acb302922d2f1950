import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from '@alliance/access';
import { AuditService } from '@alliance/audit';
import { Actor, DomainError } from '@alliance/core';
import { ExportHoursQuery } from './dto/export-hours.query';
import { ExportedEntry } from './export/exported-entry';
import { hoursCsv } from './export/hours-csv';
import { renderHoursPdf } from './export/hours-pdf';
import { HourEntriesService } from './hour-entries.service';
import { evaluateTrainee, StoredHourRow, todayUtc } from './hours-progress.service';
import { ledgerHashOf } from './ledger.service';
import { RequirementsService } from './requirements.service';

export interface HoursExport {
  body: Buffer | string;
  contentType: string;
  filename: string;
  /** See {@link ledgerHashOf}. */
  logHash: string;
}

/**
 * The log for a licensing board, as CSV or PDF, with the same access rules as reading
 * entries: trainees their own, supervisors their assigned trainees', admins everyone's.
 */
@Injectable()
export class HoursExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly entries: HourEntriesService,
    private readonly requirements: RequirementsService,
  ) {}

  /** One row per entry (every status), in ledger order. */
  async csv(actor: Actor, query: ExportHoursQuery): Promise<HoursExport> {
    const entries = await this.load(actor, query);
    await this.recordExport(actor, query, 'csv', entries.length);
    return {
      body: hoursCsv(entries),
      contentType: 'text/csv; charset=utf-8',
      filename: `hours-${query.traineeId ?? query.programId}.csv`,
      logHash: logHashOf(entries),
    };
  }

  /** A signed summary of one trainee: totals against the requirements, then the entries. `traineeId` is required. */
  async pdf(actor: Actor, query: ExportHoursQuery): Promise<HoursExport> {
    if (!query.traineeId) throw DomainError.badInput('Name the trainee whose log to print', [{ field: 'traineeId', message: 'is required for a PDF' }]);
    const entries = await this.load(actor, query);
    const [programs, trainees, versions] = await Promise.all([
      this.dataSource.query(`SELECT name FROM programs WHERE id = $1`, [query.programId]) as Promise<Array<{ name: string }>>,
      this.dataSource.query(`SELECT display_name FROM users WHERE id = $1`, [query.traineeId]) as Promise<Array<{ display_name: string }>>,
      this.requirements.versionsOf(query.programId),
    ]);
    const asOf = query.to ?? todayUtc();
    const rows: StoredHourRow[] = entries.map((e) => ({
      traineeId: e.traineeId,
      date: e.date,
      category: e.category,
      modality: e.modality,
      status: e.status === 'VERIFIED' && e.supersededById ? 'SUPERSEDED' : e.status,
      minutes: e.minutes,
    }));
    const logHash = logHashOf(entries);
    const body = await renderHoursPdf({
      programName: programs[0]?.name ?? '',
      traineeName: trainees[0]?.display_name ?? query.traineeId,
      from: query.from ?? null,
      to: asOf,
      generatedAt: new Date(),
      progress: evaluateTrainee(query.traineeId, rows, versions, asOf),
      entries,
      logHash,
    });
    await this.recordExport(actor, query, 'pdf', entries.length);
    return { body, contentType: 'application/pdf', filename: `hours-${query.traineeId}.pdf`, logHash };
  }

  private async load(actor: Actor, query: ExportHoursQuery): Promise<ExportedEntry[]> {
    if (query.from && query.to && query.from > query.to) {
      throw DomainError.badInput('The period ends before it starts', [{ field: 'to', message: 'must not be before from' }]);
    }
    await this.access.requireMember(actor, query.programId);
    const traineeIds = await this.entries.readableTrainees(actor, query.programId, query.traineeId);
    if (traineeIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT e.id, e.trainee_id AS "traineeId", tu.display_name AS "traineeName", to_char(e.occurred_on, 'YYYY-MM-DD') AS date,
              e.site, e.category, e.modality, e.minutes, e.status,
              e.supervisor_id AS "supervisorId", su.display_name AS "supervisorName",
              e.verified_by_id AS "verifiedById", vu.display_name AS "verifiedByName",
              to_char(e.verified_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "verifiedAt",
              e.signature, e.corrects_id AS "correctsId", e.correction_reason AS "correctionReason",
              (SELECT c.id FROM hour_entries c WHERE c.corrects_id = e.id AND c.status = 'VERIFIED') AS "supersededById"
         FROM hour_entries e
         JOIN users tu ON tu.id = e.trainee_id
         JOIN users su ON su.id = e.supervisor_id
         LEFT JOIN users vu ON vu.id = e.verified_by_id
        WHERE e.program_id = $1 AND e.trainee_id = ANY($2::uuid[])
          AND ($3::date IS NULL OR e.occurred_on >= $3::date) AND ($4::date IS NULL OR e.occurred_on <= $4::date)
        ORDER BY e.occurred_on, e.created_at, e.id`,
      [query.programId, traineeIds, query.from ?? null, query.to ?? null],
    );
  }

  private recordExport(actor: Actor, query: ExportHoursQuery, format: 'csv' | 'pdf', rows: number): Promise<void> {
    return this.audit.record(this.dataSource.manager, actor, {
      action: 'hours.exported',
      targetType: 'program',
      targetId: query.programId,
      programId: query.programId,
      metadata: { format, traineeId: query.traineeId ?? null, from: query.from ?? null, to: query.to ?? null, rows },
    });
  }
}

/** The hash of the verified entries of an export, in its (ledger) order. */
function logHashOf(entries: readonly ExportedEntry[]): string {
  return ledgerHashOf(entries.filter((e) => e.status === 'VERIFIED' && e.signature).map((e) => e.signature!));
}
