import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A verified entry that should never have counted (a cancelled supervision session, an
 * entry logged by mistake) is voided by a correction of 0 minutes: the original stays in
 * the ledger, superseded, and nothing is deleted. Only corrections may carry 0 minutes.
 */
export class HourVoids1764600000000 implements MigrationInterface {
  name = 'HourVoids1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE hour_entries DROP CONSTRAINT ck_hour_entries_minutes`);
    await q.query(`ALTER TABLE hour_entries ADD CONSTRAINT ck_hour_entries_minutes CHECK (minutes BETWEEN 1 AND 1440 OR (minutes = 0 AND corrects_id IS NOT NULL))`);
  }

  /** Fails while a void exists: verified ledger rows are never rewritten to make it pass. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE hour_entries DROP CONSTRAINT ck_hour_entries_minutes`);
    await q.query(`ALTER TABLE hour_entries ADD CONSTRAINT ck_hour_entries_minutes CHECK (minutes BETWEEN 1 AND 1440)`);
  }
}
