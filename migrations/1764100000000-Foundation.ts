import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, programs, memberships, invitations, assignments, groups and the audit trail. */
export class Foundation1764100000000 implements MigrationInterface {
  name = 'Foundation1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        token_version integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_users PRIMARY KEY (id),
        CONSTRAINT ck_users_email_lower CHECK (email = lower(email)),
        CONSTRAINT ck_users_display_name CHECK (length(display_name) BETWEEN 1 AND 120)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_users_email ON users (email)`);

    await q.query(`
      CREATE TABLE programs (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL,
        accrediting_body text,
        created_by_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_programs PRIMARY KEY (id),
        CONSTRAINT fk_programs_created_by FOREIGN KEY (created_by_id) REFERENCES users (id),
        CONSTRAINT ck_programs_kind CHECK (kind IN ('COUNSELING_PRACTICUM','COUNSELING_INTERNSHIP','POSTDEGREE_LICENSURE','PSYCHOLOGY_INTERNSHIP','SOCIAL_WORK_FIELD','MFT')),
        CONSTRAINT ck_programs_name CHECK (length(name) BETWEEN 1 AND 200)
      )`);

    await q.query(`
      CREATE TABLE memberships (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL,
        user_id uuid NOT NULL,
        role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_memberships PRIMARY KEY (id),
        CONSTRAINT fk_memberships_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
        CONSTRAINT fk_memberships_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT ck_memberships_role CHECK (role IN ('TRAINEE','SUPERVISOR','PROGRAM_ADMIN'))
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_memberships_program_user_role ON memberships (program_id, user_id, role)`);
    await q.query(`CREATE INDEX ix_memberships_user ON memberships (user_id)`);

    await q.query(`
      CREATE TABLE invitations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL,
        email text NOT NULL,
        role text NOT NULL,
        token_hash text NOT NULL,
        invited_by_id uuid NOT NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_invitations PRIMARY KEY (id),
        CONSTRAINT fk_invitations_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
        CONSTRAINT fk_invitations_invited_by FOREIGN KEY (invited_by_id) REFERENCES users (id),
        CONSTRAINT fk_invitations_accepted_by FOREIGN KEY (accepted_by_id) REFERENCES users (id),
        CONSTRAINT ck_invitations_role CHECK (role IN ('TRAINEE','SUPERVISOR','PROGRAM_ADMIN')),
        CONSTRAINT ck_invitations_email_lower CHECK (email = lower(email)),
        CONSTRAINT ck_invitations_accepted CHECK ((accepted_at IS NULL) = (accepted_by_id IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_invitations_token_hash ON invitations (token_hash)`);
    await q.query(`CREATE INDEX ix_invitations_program ON invitations (program_id)`);

    await q.query(`
      CREATE TABLE supervisor_assignments (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL,
        trainee_id uuid NOT NULL,
        supervisor_id uuid NOT NULL,
        role text NOT NULL,
        starts_on date NOT NULL,
        ends_on date,
        created_by_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_supervisor_assignments PRIMARY KEY (id),
        CONSTRAINT fk_assignments_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
        CONSTRAINT fk_assignments_trainee FOREIGN KEY (trainee_id) REFERENCES users (id),
        CONSTRAINT fk_assignments_supervisor FOREIGN KEY (supervisor_id) REFERENCES users (id),
        CONSTRAINT fk_assignments_created_by FOREIGN KEY (created_by_id) REFERENCES users (id),
        CONSTRAINT ck_assignments_role CHECK (role IN ('PRIMARY','SECONDARY')),
        CONSTRAINT ck_assignments_dates CHECK (ends_on IS NULL OR ends_on >= starts_on),
        CONSTRAINT ck_assignments_distinct CHECK (trainee_id <> supervisor_id)
      )`);
    await q.query(`CREATE INDEX ix_assignments_program_trainee ON supervisor_assignments (program_id, trainee_id)`);
    await q.query(`CREATE INDEX ix_assignments_program_supervisor ON supervisor_assignments (program_id, supervisor_id)`);

    await q.query(`
      CREATE TABLE supervision_groups (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_supervision_groups PRIMARY KEY (id),
        CONSTRAINT fk_groups_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
        CONSTRAINT ck_groups_name CHECK (length(name) BETWEEN 1 AND 120)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_groups_program_name ON supervision_groups (program_id, lower(name))`);

    await q.query(`
      CREATE TABLE supervision_group_members (
        group_id uuid NOT NULL,
        user_id uuid NOT NULL,
        role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_supervision_group_members PRIMARY KEY (group_id, user_id),
        CONSTRAINT fk_group_members_group FOREIGN KEY (group_id) REFERENCES supervision_groups (id) ON DELETE CASCADE,
        CONSTRAINT fk_group_members_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT ck_group_members_role CHECK (role IN ('TRAINEE','SUPERVISOR'))
      )`);
    await q.query(`CREATE INDEX ix_group_members_user ON supervision_group_members (user_id)`);

    await q.query(`
      CREATE TABLE audit_events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        program_id uuid,
        actor_id uuid,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id uuid,
        request_id text NOT NULL,
        metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_audit_events PRIMARY KEY (id)
      )`);
    await q.query(`CREATE INDEX ix_audit_events_target ON audit_events (target_type, target_id, occurred_at)`);
    await q.query(`CREATE INDEX ix_audit_events_program ON audit_events (program_id, occurred_at)`);
    // Append-only for every role, the application's included: a trigger, because it also
    // holds on the embedded database where roles and GRANTs do not separate anyone.
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP FUNCTION audit_events_append_only()`);
    await q.query(`DROP TABLE supervision_group_members`);
    await q.query(`DROP TABLE supervision_groups`);
    await q.query(`DROP TABLE supervisor_assignments`);
    await q.query(`DROP TABLE invitations`);
    await q.query(`DROP TABLE memberships`);
    await q.query(`DROP TABLE programs`);
    await q.query(`DROP TABLE users`);
  }
}
