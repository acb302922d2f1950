import { MigrationInterface, QueryRunner } from 'typeorm';

const CASE_STATUSES = `'ACTIVE','REFERRED','TRANSFERRED','ENDED'`;
const REFERRAL_REASONS = `'OUTSIDE_COMPETENCE','LACK_OF_PROGRESS','HIGHER_LEVEL_OF_CARE','DUAL_RELATIONSHIP','CLINICIAN_IMPAIRMENT','CLIENT_REQUEST','POOR_FIT','PERSONAL_VALUES_CONFLICT'`;
const REFERRAL_OUTCOMES = `'CONTINUE_WITH_SUPPORT','SEEK_CONSULTATION','REFER','TRANSFER_WITHIN_SITE'`;
const RUPTURE_MARKERS = `'WITHDRAWAL','CONFRONTATION'`;

/**
 * Supervision workflows: client cases (a trainee's de-identified client record that
 * threads, check-ins and decisions attach to), referral considerations and decisions,
 * alliance check-ins, program supervision settings and countertransference reflections.
 *
 * Referral decisions are append-only: a new decision supersedes the previous one by
 * version and old ones stay. A trigger allows exactly two later changes to a row: the
 * trainee's acknowledgement and the follow-up notice, each set once.
 */
export class Supervision1764400000000 implements MigrationInterface {
  name = 'Supervision1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE client_cases (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL,
        trainee_id uuid NOT NULL,
        alias text NOT NULL,
        started_on date NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE',
        ended_prematurely boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_client_cases PRIMARY KEY (id),
        CONSTRAINT fk_client_cases_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
        CONSTRAINT fk_client_cases_trainee FOREIGN KEY (trainee_id) REFERENCES users (id),
        CONSTRAINT ck_client_cases_alias CHECK (length(alias) BETWEEN 1 AND 40),
        CONSTRAINT ck_client_cases_status CHECK (status IN (${CASE_STATUSES})),
        CONSTRAINT ck_client_cases_premature CHECK (NOT ended_prematurely OR status <> 'ACTIVE')
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_client_cases_alias ON client_cases (program_id, trainee_id, lower(alias))`);
    await q.query(`CREATE INDEX ix_client_cases_program_created ON client_cases (program_id, created_at DESC, id DESC)`);

    await q.query(`ALTER TABLE case_threads ADD COLUMN client_case_id uuid NULL`);
    await q.query(`ALTER TABLE case_threads ADD CONSTRAINT fk_case_threads_client_case FOREIGN KEY (client_case_id) REFERENCES client_cases (id)`);
    await q.query(`CREATE INDEX ix_case_threads_client_case ON case_threads (client_case_id) WHERE client_case_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE referral_considerations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL,
        thread_id uuid NOT NULL,
        client_case_id uuid,
        author_id uuid NOT NULL,
        reasons text[] NOT NULL,
        what_was_tried text NOT NULL,
        options_considered text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_referral_considerations PRIMARY KEY (id),
        CONSTRAINT fk_referral_considerations_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
        CONSTRAINT fk_referral_considerations_thread FOREIGN KEY (thread_id) REFERENCES case_threads (id) ON DELETE CASCADE,
        CONSTRAINT fk_referral_considerations_case FOREIGN KEY (client_case_id) REFERENCES client_cases (id),
        CONSTRAINT fk_referral_considerations_author FOREIGN KEY (author_id) REFERENCES users (id),
        CONSTRAINT ck_referral_considerations_reasons CHECK (cardinality(reasons) >= 1 AND reasons <@ ARRAY[${REFERRAL_REASONS}]::text[]),
        CONSTRAINT ck_referral_considerations_tried CHECK (length(what_was_tried) BETWEEN 1 AND 4000),
        CONSTRAINT ck_referral_considerations_options CHECK (length(options_considered) BETWEEN 1 AND 4000)
      )`);
    await q.query(`CREATE INDEX ix_referral_considerations_thread ON referral_considerations (thread_id, created_at)`);

    await q.query(`
      CREATE TABLE referral_decisions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        consideration_id uuid NOT NULL,
        program_id uuid NOT NULL,
        thread_id uuid NOT NULL,
        client_case_id uuid,
        trainee_id uuid NOT NULL,
        version integer NOT NULL,
        decision text NOT NULL,
        rationale text NOT NULL,
        follow_up_on date,
        decided_by_id uuid NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        acknowledged_at timestamptz,
        acknowledged_by_id uuid,
        follow_up_notified_at timestamptz,
        CONSTRAINT pk_referral_decisions PRIMARY KEY (id),
        CONSTRAINT fk_referral_decisions_consideration FOREIGN KEY (consideration_id) REFERENCES referral_considerations (id) ON DELETE CASCADE,
        CONSTRAINT fk_referral_decisions_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
        CONSTRAINT fk_referral_decisions_thread FOREIGN KEY (thread_id) REFERENCES case_threads (id) ON DELETE CASCADE,
        CONSTRAINT fk_referral_decisions_case FOREIGN KEY (client_case_id) REFERENCES client_cases (id),
        CONSTRAINT fk_referral_decisions_trainee FOREIGN KEY (trainee_id) REFERENCES users (id),
        CONSTRAINT fk_referral_decisions_decided_by FOREIGN KEY (decided_by_id) REFERENCES users (id),
        CONSTRAINT fk_referral_decisions_acknowledged_by FOREIGN KEY (acknowledged_by_id) REFERENCES users (id),
        CONSTRAINT ck_referral_decisions_version CHECK (version >= 1),
        CONSTRAINT ck_referral_decisions_decision CHECK (decision IN (${REFERRAL_OUTCOMES})),
        CONSTRAINT ck_referral_decisions_rationale CHECK (length(rationale) BETWEEN 1 AND 4000),
        CONSTRAINT ck_referral_decisions_not_own CHECK (decided_by_id <> trainee_id),
        CONSTRAINT ck_referral_decisions_acknowledged CHECK ((acknowledged_at IS NULL) = (acknowledged_by_id IS NULL)),
        CONSTRAINT ck_referral_decisions_notified CHECK (follow_up_notified_at IS NULL OR follow_up_on IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_referral_decisions_version ON referral_decisions (consideration_id, version)`);
    // The follow-up sweep looks for due, un-notified decisions only.
    await q.query(`CREATE INDEX ix_referral_decisions_follow_up ON referral_decisions (follow_up_on) WHERE follow_up_notified_at IS NULL AND follow_up_on IS NOT NULL`);
    await q.query(`
      CREATE FUNCTION referral_decisions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'referral decisions are kept; record a new decision instead' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF (to_jsonb(NEW) - 'acknowledged_at' - 'acknowledged_by_id' - 'follow_up_notified_at')
           IS DISTINCT FROM (to_jsonb(OLD) - 'acknowledged_at' - 'acknowledged_by_id' - 'follow_up_notified_at') THEN
          RAISE EXCEPTION 'referral decision % cannot change; record a new decision instead', OLD.id USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF (OLD.acknowledged_at IS NOT NULL AND (NEW.acknowledged_at IS DISTINCT FROM OLD.acknowledged_at OR NEW.acknowledged_by_id IS DISTINCT FROM OLD.acknowledged_by_id))
           -- A claimed follow-up may only be released (back to NULL) when its announcement failed.
           OR (OLD.follow_up_notified_at IS NOT NULL AND NEW.follow_up_notified_at IS NOT NULL AND NEW.follow_up_notified_at IS DISTINCT FROM OLD.follow_up_notified_at) THEN
          RAISE EXCEPTION 'referral decision % was already acknowledged or notified', OLD.id USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER trg_referral_decisions_guard BEFORE UPDATE OR DELETE ON referral_decisions FOR EACH ROW EXECUTE FUNCTION referral_decisions_guard()`);

    await q.query(`
      CREATE TABLE alliance_check_ins (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        client_case_id uuid NOT NULL,
        program_id uuid NOT NULL,
        trainee_id uuid NOT NULL,
        session_number integer NOT NULL,
        goal smallint NOT NULL,
        task smallint NOT NULL,
        bond smallint NOT NULL,
        client_rated_score double precision,
        rupture_markers text[] NOT NULL DEFAULT '{}',
        note text,
        rupture_alert jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_alliance_check_ins PRIMARY KEY (id),
        CONSTRAINT fk_alliance_check_ins_case FOREIGN KEY (client_case_id) REFERENCES client_cases (id) ON DELETE CASCADE,
        CONSTRAINT fk_alliance_check_ins_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
        CONSTRAINT fk_alliance_check_ins_trainee FOREIGN KEY (trainee_id) REFERENCES users (id),
        CONSTRAINT ck_alliance_check_ins_session CHECK (session_number BETWEEN 1 AND 10000),
        CONSTRAINT ck_alliance_check_ins_goal CHECK (goal BETWEEN 1 AND 7),
        CONSTRAINT ck_alliance_check_ins_task CHECK (task BETWEEN 1 AND 7),
        CONSTRAINT ck_alliance_check_ins_bond CHECK (bond BETWEEN 1 AND 7),
        CONSTRAINT ck_alliance_check_ins_client_score CHECK (client_rated_score IS NULL OR client_rated_score BETWEEN 0 AND 100),
        CONSTRAINT ck_alliance_check_ins_markers CHECK (rupture_markers <@ ARRAY[${RUPTURE_MARKERS}]::text[]),
        CONSTRAINT ck_alliance_check_ins_note CHECK (note IS NULL OR length(note) BETWEEN 1 AND 2000)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_alliance_check_ins_session ON alliance_check_ins (client_case_id, session_number)`);

    await q.query(`
      CREATE TABLE supervision_settings (
        program_id uuid NOT NULL,
        rupture_drop_points double precision NOT NULL DEFAULT 2,
        rupture_consecutive_markers integer NOT NULL DEFAULT 2,
        updated_by_id uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_supervision_settings PRIMARY KEY (program_id),
        CONSTRAINT fk_supervision_settings_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
        CONSTRAINT fk_supervision_settings_updated_by FOREIGN KEY (updated_by_id) REFERENCES users (id),
        CONSTRAINT ck_supervision_settings_drop CHECK (rupture_drop_points > 0 AND rupture_drop_points <= 6),
        CONSTRAINT ck_supervision_settings_consecutive CHECK (rupture_consecutive_markers BETWEEN 1 AND 10)
      )`);

    await q.query(`
      CREATE TABLE reflections (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL,
        trainee_id uuid NOT NULL,
        client_case_id uuid,
        feeling text NOT NULL,
        began_when text,
        reminds_of text,
        influence_on_work text,
        want_from_supervision text,
        shared_thread_id uuid,
        shared_comment_id uuid,
        shared_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_reflections PRIMARY KEY (id),
        CONSTRAINT fk_reflections_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
        CONSTRAINT fk_reflections_trainee FOREIGN KEY (trainee_id) REFERENCES users (id),
        CONSTRAINT fk_reflections_case FOREIGN KEY (client_case_id) REFERENCES client_cases (id),
        CONSTRAINT fk_reflections_shared_thread FOREIGN KEY (shared_thread_id) REFERENCES case_threads (id) ON DELETE SET NULL,
        CONSTRAINT fk_reflections_shared_comment FOREIGN KEY (shared_comment_id) REFERENCES comments (id) ON DELETE SET NULL,
        CONSTRAINT ck_reflections_feeling CHECK (length(feeling) BETWEEN 1 AND 1800),
        CONSTRAINT ck_reflections_began_when CHECK (began_when IS NULL OR length(began_when) BETWEEN 1 AND 1800),
        CONSTRAINT ck_reflections_reminds_of CHECK (reminds_of IS NULL OR length(reminds_of) BETWEEN 1 AND 1800),
        CONSTRAINT ck_reflections_influence CHECK (influence_on_work IS NULL OR length(influence_on_work) BETWEEN 1 AND 1800),
        CONSTRAINT ck_reflections_want CHECK (want_from_supervision IS NULL OR length(want_from_supervision) BETWEEN 1 AND 1800),
        CONSTRAINT ck_reflections_shared CHECK (shared_at IS NOT NULL OR (shared_thread_id IS NULL AND shared_comment_id IS NULL))
      )`);
    await q.query(`CREATE INDEX ix_reflections_trainee ON reflections (trainee_id, program_id, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reflections`);
    await q.query(`DROP TABLE supervision_settings`);
    await q.query(`DROP TABLE alliance_check_ins`);
    await q.query(`DROP TABLE referral_decisions`);
    await q.query(`DROP FUNCTION referral_decisions_guard()`);
    await q.query(`DROP TABLE referral_considerations`);
    await q.query(`DROP INDEX ix_case_threads_client_case`);
    await q.query(`ALTER TABLE case_threads DROP CONSTRAINT fk_case_threads_client_case`);
    await q.query(`ALTER TABLE case_threads DROP COLUMN client_case_id`);
    await q.query(`DROP TABLE client_cases`);
  }
}
