import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from '@alliance/access';
import { AuditService } from '@alliance/audit';
import { Actor } from '@alliance/core';
import { ProgramRole } from '@alliance/programs/program-enums';
import { LedgerCheck, LedgerMismatch } from './dto/ledger.models';
import { LedgerProblem } from './hour-enums';

/**
 * The hash of a log: SHA-256 (hex) over the signatures of its verified entries joined
 * by newlines, in ledger order (date, then creation time, then id). The same figure
 * is printed on exports and answered by `verifyLedger` for a whole program.
 */
export function ledgerHashOf(signatures: readonly string[]): string {
  return createHash('sha256').update(signatures.join('\n'), 'utf8').digest('hex');
}

/** Ledger order, shared by exports and the ledger check. */
export const LEDGER_ORDER = 'occurred_on, created_at, id';

/**
 * Re-checks a program's verified entries against their signatures, in SQL: every
 * signature is recomputed by the database function that made it, and verifications
 * recorded in `hour_entry_events` are matched with the entries still marked verified.
 */
@Injectable()
export class LedgerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** PROGRAM_ADMIN only. Reports every entry whose content no longer matches its verification. */
  async verifyLedger(actor: Actor, programId: string): Promise<LedgerCheck> {
    await this.access.requireRole(actor, programId, [ProgramRole.PROGRAM_ADMIN]);
    const rows: Array<{
      entry_id: string;
      trainee_id: string | null;
      problem: LedgerProblem | null;
      stored: string | null;
      recomputed: string | null;
    }> = await this.dataSource.query(
      `WITH ev AS (
         SELECT DISTINCT entry_id FROM hour_entry_events WHERE program_id = $1 AND kind = 'VERIFIED'
       ), en AS (
         SELECT e.id, e.trainee_id, e.status, e.signature, hour_entry_signature(e) AS recomputed
           FROM hour_entries e
          WHERE e.program_id = $1 AND (e.status = 'VERIFIED' OR e.id IN (SELECT entry_id FROM ev))
       )
       SELECT coalesce(en.id, ev.entry_id) AS entry_id, en.trainee_id, en.signature AS stored,
              CASE WHEN en.status = 'VERIFIED' THEN en.recomputed END AS recomputed,
              CASE WHEN en.id IS NULL THEN 'ENTRY_MISSING'
                   WHEN en.status <> 'VERIFIED' THEN 'STATUS_CHANGED'
                   WHEN ev.entry_id IS NULL THEN 'UNRECORDED_VERIFICATION'
                   WHEN en.signature IS DISTINCT FROM en.recomputed THEN 'CONTENT_CHANGED'
              END AS problem
         FROM en FULL JOIN ev ON ev.entry_id = en.id`,
      [programId],
    );
    const [{ hash }]: Array<{ hash: string }> = await this.dataSource.query(
      `SELECT encode(sha256(convert_to(coalesce(string_agg(signature, E'\\n' ORDER BY ${LEDGER_ORDER}), ''), 'UTF8')), 'hex') AS hash
         FROM hour_entries WHERE program_id = $1 AND status = 'VERIFIED'`,
      [programId],
    );
    const mismatches: LedgerMismatch[] = rows
      .filter((r) => r.problem !== null)
      .map((r) => ({
        entryId: r.entry_id,
        traineeId: r.trainee_id,
        problem: r.problem!,
        storedSignature: r.stored,
        recomputedSignature: r.recomputed,
      }));
    await this.audit.record(this.dataSource.manager, actor, {
      action: 'hours.ledger_checked',
      targetType: 'program',
      targetId: programId,
      programId,
      metadata: { checked: rows.length, mismatches: mismatches.length },
    });
    return { ok: mismatches.length === 0, checkedEntries: rows.length, mismatches, ledgerHash: hash, checkedAt: new Date() };
  }
}
