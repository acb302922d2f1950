import { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES = `'DIRECT_INDIVIDUAL','DIRECT_COUPLE_FAMILY','DIRECT_GROUP','ASSESSMENT','INDIRECT','SUPERVISION_INDIVIDUAL','SUPERVISION_TRIADIC','SUPERVISION_GROUP','DIDACTIC'`;

/**
 * Training hours: hour entries (a tamper-evident ledger), their state changes, and the
 * versioned requirement sets of each program.
 *
 * The ledger's guarantees live in the database so they hold for every client, the
 * application's own connection included:
 * - a VERIFIED entry can be neither updated nor deleted (trigger);
 * - the signature of a verification is computed by the database from the entry's
 *   content (`hour_entry_signature`), so `verifyLedger` can recompute it in SQL;
 * - status changes follow DRAFT/RETURNED -> SUBMITTED -> VERIFIED | RETURNED, and rows are
 *   inserted as DRAFT or SUBMITTED only, so nothing becomes verified without an UPDATE
 *   that names its verifier;
 * - state changes and requirement versions are append-only.
 */
export class Hours1764200000000 implements MigrationInterface {
  name = 'Hours1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE hour_entries (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL,
        trainee_id uuid NOT NULL,
        supervisor_id uuid NOT NULL,
        site text NOT NULL,
        occurred_on date NOT NULL,
        minutes integer NOT NULL,
        category text NOT NULL,
        modality text NOT NULL,
        note text,
        status text NOT NULL DEFAULT 'DRAFT',
        corrects_id uuid,
        correction_reason text,
        return_reason text,
        submitted_at timestamptz,
        verified_by_id uuid,
        verified_at timestamptz,
        signature text,
        created_by_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_hour_entries PRIMARY KEY (id),
        CONSTRAINT fk_hour_entries_program FOREIGN KEY (program_id) REFERENCES programs (id),
        CONSTRAINT fk_hour_entries_trainee FOREIGN KEY (trainee_id) REFERENCES users (id),
        CONSTRAINT fk_hour_entries_supervisor FOREIGN KEY (supervisor_id) REFERENCES users (id),
        CONSTRAINT fk_hour_entries_verified_by FOREIGN KEY (verified_by_id) REFERENCES users (id),
        CONSTRAINT fk_hour_entries_created_by FOREIGN KEY (created_by_id) REFERENCES users (id),
        CONSTRAINT fk_hour_entries_corrects FOREIGN KEY (corrects_id) REFERENCES hour_entries (id),
        CONSTRAINT ck_hour_entries_minutes CHECK (minutes BETWEEN 1 AND 1440),
        CONSTRAINT ck_hour_entries_category CHECK (category IN (${CATEGORIES})),
        CONSTRAINT ck_hour_entries_modality CHECK (modality IN ('IN_PERSON','TELEHEALTH')),
        CONSTRAINT ck_hour_entries_status CHECK (status IN ('DRAFT','SUBMITTED','VERIFIED','RETURNED')),
        CONSTRAINT ck_hour_entries_site CHECK (length(site) BETWEEN 1 AND 200),
        CONSTRAINT ck_hour_entries_note CHECK (note IS NULL OR length(note) BETWEEN 1 AND 2000),
        CONSTRAINT ck_hour_entries_supervisor_not_trainee CHECK (supervisor_id <> trainee_id),
        CONSTRAINT ck_hour_entries_not_self_verified CHECK (verified_by_id IS NULL OR verified_by_id <> trainee_id),
        CONSTRAINT ck_hour_entries_verification CHECK (
          (status = 'VERIFIED') = (verified_by_id IS NOT NULL)
          AND (status = 'VERIFIED') = (verified_at IS NOT NULL)
          AND (status = 'VERIFIED') = (signature IS NOT NULL)),
        CONSTRAINT ck_hour_entries_submitted CHECK (status IN ('DRAFT') OR submitted_at IS NOT NULL),
        CONSTRAINT ck_hour_entries_returned CHECK ((status = 'RETURNED') = (return_reason IS NOT NULL)),
        CONSTRAINT ck_hour_entries_return_reason CHECK (return_reason IS NULL OR length(return_reason) BETWEEN 1 AND 1000),
        CONSTRAINT ck_hour_entries_correction CHECK ((corrects_id IS NULL) = (correction_reason IS NULL)),
        CONSTRAINT ck_hour_entries_correction_reason CHECK (correction_reason IS NULL OR length(correction_reason) BETWEEN 1 AND 1000),
        CONSTRAINT ck_hour_entries_corrects_other CHECK (corrects_id IS NULL OR corrects_id <> id)
      )`);
    await q.query(`CREATE INDEX ix_hour_entries_program_trainee_date ON hour_entries (program_id, trainee_id, occurred_on, id)`);
    await q.query(`CREATE INDEX ix_hour_entries_program_supervisor_status ON hour_entries (program_id, supervisor_id, status)`);
    // One correction per entry: a second fix corrects the correction, so the chain stays linear.
    await q.query(`CREATE UNIQUE INDEX uq_hour_entries_corrects ON hour_entries (corrects_id) WHERE corrects_id IS NOT NULL`);

    // The signed content of an entry. Dates and times are formatted explicitly so the
    // text (and so the hash) does not depend on DateStyle or TimeZone settings.
    await q.query(`
      CREATE FUNCTION hour_entry_signature(e hour_entries) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT encode(sha256(convert_to(jsonb_build_array(
          'alliance.hour-entry.v1', e.id, e.program_id, e.trainee_id, e.supervisor_id,
          to_char(e.occurred_on, 'YYYY-MM-DD'), e.minutes, e.category, e.modality, e.site, e.note,
          e.corrects_id, e.correction_reason, e.verified_by_id,
          to_char(e.verified_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
        )::text, 'UTF8')), 'hex')
      $$`);

    await q.query(`
      CREATE FUNCTION hour_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.status = 'VERIFIED' THEN
            RAISE EXCEPTION 'hour entry % is verified and cannot be deleted', OLD.id USING ERRCODE = 'insufficient_privilege';
          END IF;
          RETURN OLD;
        END IF;
        IF TG_OP = 'INSERT' THEN
          IF NEW.status NOT IN ('DRAFT', 'SUBMITTED') THEN
            RAISE EXCEPTION 'hour entries start as DRAFT or SUBMITTED' USING ERRCODE = 'check_violation';
          END IF;
        ELSE
          IF OLD.status = 'VERIFIED' THEN
            RAISE EXCEPTION 'hour entry % is verified and cannot change; log a correction instead', OLD.id USING ERRCODE = 'insufficient_privilege';
          END IF;
          IF NEW.status <> OLD.status AND NOT (
               (OLD.status IN ('DRAFT', 'RETURNED') AND NEW.status = 'SUBMITTED')
            OR (OLD.status = 'SUBMITTED' AND NEW.status IN ('VERIFIED', 'RETURNED'))) THEN
            RAISE EXCEPTION 'hour entry % cannot go from % to %', OLD.id, OLD.status, NEW.status USING ERRCODE = 'check_violation';
          END IF;
          IF NEW.id <> OLD.id OR NEW.program_id <> OLD.program_id OR NEW.trainee_id <> OLD.trainee_id
             OR NEW.corrects_id IS DISTINCT FROM OLD.corrects_id THEN
            RAISE EXCEPTION 'the identity of hour entry % cannot change', OLD.id USING ERRCODE = 'check_violation';
          END IF;
          NEW.updated_at := now();
        END IF;
        NEW.signature := CASE WHEN NEW.status = 'VERIFIED' THEN hour_entry_signature(NEW) END;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_hour_entries_guard BEFORE INSERT OR UPDATE OR DELETE ON hour_entries
      FOR EACH ROW EXECUTE FUNCTION hour_entries_guard()`);
    await q.query(`
      CREATE FUNCTION hour_entries_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'hour_entries holds signed records and cannot be truncated' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_hour_entries_no_truncate BEFORE TRUNCATE ON hour_entries
      FOR EACH STATEMENT EXECUTE FUNCTION hour_entries_no_truncate()`);

    await q.query(`
      CREATE TABLE hour_entry_events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL,
        program_id uuid NOT NULL,
        kind text NOT NULL,
        actor_id uuid NOT NULL,
        reason text,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_hour_entry_events PRIMARY KEY (id),
        CONSTRAINT fk_hour_entry_events_entry FOREIGN KEY (entry_id) REFERENCES hour_entries (id),
        CONSTRAINT fk_hour_entry_events_program FOREIGN KEY (program_id) REFERENCES programs (id),
        CONSTRAINT fk_hour_entry_events_actor FOREIGN KEY (actor_id) REFERENCES users (id),
        CONSTRAINT ck_hour_entry_events_kind CHECK (kind IN ('LOGGED','EDITED','SUBMITTED','VERIFIED','RETURNED')),
        CONSTRAINT ck_hour_entry_events_reason CHECK ((kind = 'RETURNED') = (reason IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ix_hour_entry_events_entry ON hour_entry_events (entry_id, occurred_at)`);
    await q.query(`CREATE INDEX ix_hour_entry_events_program_kind ON hour_entry_events (program_id, kind)`);

    await q.query(`
      CREATE TABLE hour_requirement_versions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL,
        requirement_id text NOT NULL,
        effective_from date NOT NULL,
        rule_set jsonb NOT NULL,
        categories text[],
        created_by_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_hour_requirement_versions PRIMARY KEY (id),
        CONSTRAINT fk_hour_requirement_versions_program FOREIGN KEY (program_id) REFERENCES programs (id),
        CONSTRAINT fk_hour_requirement_versions_created_by FOREIGN KEY (created_by_id) REFERENCES users (id),
        CONSTRAINT ck_hour_requirement_versions_set CHECK (
          jsonb_typeof(rule_set) = 'object'
          AND rule_set ->> 'id' = requirement_id
          AND rule_set ->> 'effectiveFrom' = to_char(effective_from, 'YYYY-MM-DD')),
        CONSTRAINT ck_hour_requirement_versions_categories CHECK (
          categories IS NULL OR (cardinality(categories) > 0 AND categories <@ ARRAY[${CATEGORIES}]::text[]))
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_hour_requirement_versions_program_date ON hour_requirement_versions (program_id, effective_from)`);

    // State changes and requirement versions are history: append-only for every role.
    await q.query(`
      CREATE FUNCTION hours_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_hour_entry_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON hour_entry_events
      FOR EACH STATEMENT EXECUTE FUNCTION hours_append_only()`);
    await q.query(`
      CREATE TRIGGER tr_hour_requirement_versions_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON hour_requirement_versions
      FOR EACH STATEMENT EXECUTE FUNCTION hours_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE hour_requirement_versions`);
    await q.query(`DROP TABLE hour_entry_events`);
    await q.query(`DROP FUNCTION hours_append_only()`);
    await q.query(`DROP FUNCTION hour_entry_signature(hour_entries)`);
    await q.query(`DROP TABLE hour_entries`);
    await q.query(`DROP FUNCTION hour_entries_no_truncate()`);
    await q.query(`DROP FUNCTION hour_entries_guard()`);
  }
}
