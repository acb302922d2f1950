import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supervision sessions and what supervision addressed.
 *
 * - `supervision_sessions`: a session a supervisor holds (INDIVIDUAL, TRIADIC or GROUP),
 *   SCHEDULED until completed or cancelled; its private notes are the supervisor's only.
 * - `supervision_session_attendees`: the trainees who attended; once the session is
 *   completed each row points to the verified hour entry it produced.
 * - `supervision_session_threads`: the case threads discussed.
 * - `comment_tags`: the discrimination model (focus x role) of a comment. One current tag
 *   per comment; re-tagging supersedes the current row (`superseded_at`) and inserts a new
 *   one, so the history of a comment's tags is kept in the table itself.
 * - `hour_entries.supervision_session_id`: the session an hour entry was credited by.
 *   Set when the entry is inserted (the ledger trigger freezes verified rows).
 */
export class SupervisionSessions1764500000000 implements MigrationInterface {
  name = 'SupervisionSessions1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE supervision_sessions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL,
        supervisor_id uuid NOT NULL,
        kind text NOT NULL,
        group_id uuid,
        starts_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL,
        status text NOT NULL DEFAULT 'SCHEDULED',
        private_notes text,
        completed_at timestamptz,
        cancelled_at timestamptz,
        cancel_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_supervision_sessions PRIMARY KEY (id),
        CONSTRAINT fk_supervision_sessions_program FOREIGN KEY (program_id) REFERENCES programs (id),
        CONSTRAINT fk_supervision_sessions_supervisor FOREIGN KEY (supervisor_id) REFERENCES users (id),
        CONSTRAINT fk_supervision_sessions_group FOREIGN KEY (group_id) REFERENCES supervision_groups (id),
        CONSTRAINT ck_supervision_sessions_kind CHECK (kind IN ('INDIVIDUAL','TRIADIC','GROUP')),
        CONSTRAINT ck_supervision_sessions_group CHECK ((kind = 'GROUP') = (group_id IS NOT NULL)),
        CONSTRAINT ck_supervision_sessions_duration CHECK (duration_minutes BETWEEN 1 AND 600),
        CONSTRAINT ck_supervision_sessions_status CHECK (status IN ('SCHEDULED','COMPLETED','CANCELLED')),
        -- A completed session that is later cancelled keeps its completion time (its hours were voided).
        CONSTRAINT ck_supervision_sessions_completed CHECK (status <> 'COMPLETED' OR completed_at IS NOT NULL),
        CONSTRAINT ck_supervision_sessions_scheduled CHECK (status <> 'SCHEDULED' OR completed_at IS NULL),
        CONSTRAINT ck_supervision_sessions_cancelled CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
        CONSTRAINT ck_supervision_sessions_cancel_reason CHECK (
          (cancel_reason IS NULL OR status = 'CANCELLED') AND (cancel_reason IS NULL OR length(cancel_reason) BETWEEN 1 AND 1000)),
        CONSTRAINT ck_supervision_sessions_notes CHECK (private_notes IS NULL OR length(private_notes) BETWEEN 1 AND 5000)
      )`);
    await q.query(`CREATE INDEX ix_supervision_sessions_program_starts ON supervision_sessions (program_id, starts_at, id)`);
    await q.query(`CREATE INDEX ix_supervision_sessions_supervisor_starts ON supervision_sessions (supervisor_id, starts_at)`);

    await q.query(`
      CREATE TABLE supervision_session_attendees (
        session_id uuid NOT NULL,
        trainee_id uuid NOT NULL,
        hour_entry_id uuid,
        CONSTRAINT pk_supervision_session_attendees PRIMARY KEY (session_id, trainee_id),
        CONSTRAINT fk_session_attendees_session FOREIGN KEY (session_id) REFERENCES supervision_sessions (id),
        CONSTRAINT fk_session_attendees_trainee FOREIGN KEY (trainee_id) REFERENCES users (id),
        CONSTRAINT fk_session_attendees_hour_entry FOREIGN KEY (hour_entry_id) REFERENCES hour_entries (id)
      )`);
    await q.query(`CREATE INDEX ix_session_attendees_trainee ON supervision_session_attendees (trainee_id)`);
    await q.query(`CREATE UNIQUE INDEX uq_session_attendees_hour_entry ON supervision_session_attendees (hour_entry_id) WHERE hour_entry_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE supervision_session_threads (
        session_id uuid NOT NULL,
        thread_id uuid NOT NULL,
        CONSTRAINT pk_supervision_session_threads PRIMARY KEY (session_id, thread_id),
        CONSTRAINT fk_session_threads_session FOREIGN KEY (session_id) REFERENCES supervision_sessions (id),
        CONSTRAINT fk_session_threads_thread FOREIGN KEY (thread_id) REFERENCES case_threads (id)
      )`);
    await q.query(`CREATE INDEX ix_session_threads_thread ON supervision_session_threads (thread_id)`);

    await q.query(`
      CREATE TABLE comment_tags (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        comment_id uuid NOT NULL,
        focus text NOT NULL,
        role text NOT NULL,
        tagged_by_id uuid NOT NULL,
        tagged_at timestamptz NOT NULL DEFAULT now(),
        superseded_at timestamptz,
        CONSTRAINT pk_comment_tags PRIMARY KEY (id),
        CONSTRAINT fk_comment_tags_comment FOREIGN KEY (comment_id) REFERENCES comments (id),
        CONSTRAINT fk_comment_tags_tagged_by FOREIGN KEY (tagged_by_id) REFERENCES users (id),
        CONSTRAINT ck_comment_tags_focus CHECK (focus IN ('INTERVENTION','CONCEPTUALIZATION','PERSONALIZATION')),
        CONSTRAINT ck_comment_tags_role CHECK (role IN ('TEACHER','COUNSELOR','CONSULTANT')),
        CONSTRAINT ck_comment_tags_superseded CHECK (superseded_at IS NULL OR superseded_at >= tagged_at)
      )`);
    // One current tag per comment; superseded rows are its history.
    await q.query(`CREATE UNIQUE INDEX uq_comment_tags_current ON comment_tags (comment_id) WHERE superseded_at IS NULL`);
    await q.query(`CREATE INDEX ix_comment_tags_comment ON comment_tags (comment_id, tagged_at)`);

    await q.query(`ALTER TABLE hour_entries ADD COLUMN supervision_session_id uuid`);
    await q.query(`
      ALTER TABLE hour_entries
        ADD CONSTRAINT fk_hour_entries_supervision_session FOREIGN KEY (supervision_session_id) REFERENCES supervision_sessions (id),
        ADD CONSTRAINT ck_hour_entries_supervision_session_category CHECK (
          supervision_session_id IS NULL OR category IN ('SUPERVISION_INDIVIDUAL','SUPERVISION_TRIADIC','SUPERVISION_GROUP'))`);
    // A session credits each attendee once (its voiding corrections are not credits).
    await q.query(`
      CREATE UNIQUE INDEX uq_hour_entries_session_trainee ON hour_entries (supervision_session_id, trainee_id)
       WHERE supervision_session_id IS NOT NULL AND corrects_id IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX uq_hour_entries_session_trainee`);
    await q.query(`ALTER TABLE hour_entries DROP CONSTRAINT ck_hour_entries_supervision_session_category`);
    await q.query(`ALTER TABLE hour_entries DROP CONSTRAINT fk_hour_entries_supervision_session`);
    await q.query(`ALTER TABLE hour_entries DROP COLUMN supervision_session_id`);
    await q.query(`DROP TABLE comment_tags`);
    await q.query(`DROP TABLE supervision_session_threads`);
    await q.query(`DROP TABLE supervision_session_attendees`);
    await q.query(`DROP TABLE supervision_sessions`);
  }
}
