import { MigrationInterface, QueryRunner } from 'typeorm';

const TOPICS = `'COUNTERTRANSFERENCE','ALLIANCE_RUPTURE','POOR_FIT','REFERRAL','BOUNDARIES','ETHICS','RISK','DIAGNOSIS_AND_TREATMENT','SELF_CARE','OTHER'`;

/**
 * Case threads and their discussion: threads with revisions, comments with revisions and
 * mentions, the per-thread event log that live subscriptions replay from, and read marks.
 *
 * Each thread carries its own event counter (`last_event_seq`): a write takes the thread's
 * row lock while incrementing it, so sequence numbers are strictly increasing per thread
 * and commit in order.
 */
export class Discussion1764300000000 implements MigrationInterface {
  name = 'Discussion1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_threads (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL,
        author_id uuid NOT NULL,
        audience text NOT NULL,
        group_id uuid,
        title text NOT NULL,
        body text NOT NULL,
        topics text[] NOT NULL,
        client_alias text NOT NULL,
        urgency text NOT NULL DEFAULT 'ROUTINE',
        status text NOT NULL DEFAULT 'OPEN',
        resolution_summary text,
        version integer NOT NULL DEFAULT 1,
        last_event_seq bigint NOT NULL DEFAULT 0,
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || body)) STORED,
        CONSTRAINT pk_case_threads PRIMARY KEY (id),
        CONSTRAINT fk_case_threads_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
        CONSTRAINT fk_case_threads_author FOREIGN KEY (author_id) REFERENCES users (id),
        CONSTRAINT fk_case_threads_group FOREIGN KEY (group_id) REFERENCES supervision_groups (id),
        CONSTRAINT ck_case_threads_audience CHECK ((audience = 'SUPERVISORS' AND group_id IS NULL) OR (audience = 'GROUP' AND group_id IS NOT NULL)),
        CONSTRAINT ck_case_threads_topics CHECK (cardinality(topics) >= 1 AND topics <@ ARRAY[${TOPICS}]::text[]),
        CONSTRAINT ck_case_threads_urgency CHECK (urgency IN ('ROUTINE','SOON','URGENT')),
        CONSTRAINT ck_case_threads_status CHECK (status IN ('OPEN','RESOLVED','ARCHIVED')),
        CONSTRAINT ck_case_threads_title CHECK (length(title) BETWEEN 1 AND 200),
        CONSTRAINT ck_case_threads_body CHECK (length(body) BETWEEN 1 AND 20000),
        CONSTRAINT ck_case_threads_alias CHECK (length(client_alias) BETWEEN 1 AND 40)
      )`);
    await q.query(`CREATE INDEX ix_case_threads_program_activity ON case_threads (program_id, last_activity_at DESC, id DESC)`);
    await q.query(`CREATE INDEX ix_case_threads_author ON case_threads (author_id)`);
    await q.query(`CREATE INDEX ix_case_threads_search ON case_threads USING gin (search)`);

    await q.query(`
      CREATE TABLE case_thread_revisions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL,
        version integer NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        topics text[] NOT NULL,
        client_alias text NOT NULL,
        urgency text NOT NULL,
        status text NOT NULL,
        resolution_summary text,
        edited_by_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_case_thread_revisions PRIMARY KEY (id),
        CONSTRAINT fk_thread_revisions_thread FOREIGN KEY (thread_id) REFERENCES case_threads (id) ON DELETE CASCADE,
        CONSTRAINT fk_thread_revisions_editor FOREIGN KEY (edited_by_id) REFERENCES users (id)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_thread_revisions_version ON case_thread_revisions (thread_id, version)`);

    await q.query(`
      CREATE TABLE comments (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL,
        author_id uuid NOT NULL,
        parent_id uuid,
        kind text NOT NULL DEFAULT 'COMMENT',
        body text NOT NULL,
        seq bigint NOT NULL,
        version integer NOT NULL DEFAULT 1,
        client_mutation_id text,
        deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED,
        CONSTRAINT pk_comments PRIMARY KEY (id),
        CONSTRAINT fk_comments_thread FOREIGN KEY (thread_id) REFERENCES case_threads (id) ON DELETE CASCADE,
        CONSTRAINT fk_comments_author FOREIGN KEY (author_id) REFERENCES users (id),
        CONSTRAINT fk_comments_parent FOREIGN KEY (parent_id) REFERENCES comments (id),
        CONSTRAINT ck_comments_kind CHECK (kind IN ('COMMENT','GUIDANCE')),
        CONSTRAINT ck_comments_body CHECK (length(body) BETWEEN 0 AND 10000),
        CONSTRAINT ck_comments_tombstone CHECK (deleted_at IS NULL OR body = ''),
        CONSTRAINT ck_comments_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_comments_thread_seq ON comments (thread_id, seq)`);
    await q.query(`CREATE UNIQUE INDEX uq_comments_client_mutation ON comments (author_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_comments_parent ON comments (parent_id)`);
    await q.query(`CREATE INDEX ix_comments_search ON comments USING gin (search)`);

    await q.query(`
      CREATE TABLE comment_revisions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        comment_id uuid NOT NULL,
        version integer NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_comment_revisions PRIMARY KEY (id),
        CONSTRAINT fk_comment_revisions_comment FOREIGN KEY (comment_id) REFERENCES comments (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_comment_revisions_version ON comment_revisions (comment_id, version)`);

    await q.query(`
      CREATE TABLE comment_mentions (
        comment_id uuid NOT NULL,
        user_id uuid NOT NULL,
        CONSTRAINT pk_comment_mentions PRIMARY KEY (comment_id, user_id),
        CONSTRAINT fk_comment_mentions_comment FOREIGN KEY (comment_id) REFERENCES comments (id) ON DELETE CASCADE,
        CONSTRAINT fk_comment_mentions_user FOREIGN KEY (user_id) REFERENCES users (id)
      )`);
    await q.query(`CREATE INDEX ix_comment_mentions_user ON comment_mentions (user_id)`);

    await q.query(`
      CREATE TABLE thread_events (
        thread_id uuid NOT NULL,
        seq bigint NOT NULL,
        type text NOT NULL,
        comment_id uuid,
        actor_id uuid NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_thread_events PRIMARY KEY (thread_id, seq),
        CONSTRAINT fk_thread_events_thread FOREIGN KEY (thread_id) REFERENCES case_threads (id) ON DELETE CASCADE,
        CONSTRAINT fk_thread_events_comment FOREIGN KEY (comment_id) REFERENCES comments (id) ON DELETE CASCADE,
        CONSTRAINT ck_thread_events_type CHECK (type IN ('COMMENT_ADDED','COMMENT_EDITED','COMMENT_DELETED','THREAD_UPDATED')),
        CONSTRAINT ck_thread_events_comment CHECK ((type = 'THREAD_UPDATED') = (comment_id IS NULL))
      )`);

    await q.query(`
      CREATE TABLE thread_reads (
        thread_id uuid NOT NULL,
        user_id uuid NOT NULL,
        last_read_seq bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_thread_reads PRIMARY KEY (thread_id, user_id),
        CONSTRAINT fk_thread_reads_thread FOREIGN KEY (thread_id) REFERENCES case_threads (id) ON DELETE CASCADE,
        CONSTRAINT fk_thread_reads_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE thread_reads`);
    await q.query(`DROP TABLE thread_events`);
    await q.query(`DROP TABLE comment_mentions`);
    await q.query(`DROP TABLE comment_revisions`);
    await q.query(`DROP TABLE comments`);
    await q.query(`DROP TABLE case_thread_revisions`);
    await q.query(`DROP TABLE case_threads`);
  }
}
