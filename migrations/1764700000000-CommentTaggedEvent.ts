import { MigrationInterface, QueryRunner } from 'typeorm';

/** A supervisor's tag on a comment reaches everyone with the thread open, as a thread event. */
export class CommentTaggedEvent1764700000000 implements MigrationInterface {
  name = 'CommentTaggedEvent1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE thread_events DROP CONSTRAINT ck_thread_events_type`);
    await q.query(`ALTER TABLE thread_events ADD CONSTRAINT ck_thread_events_type CHECK (type IN ('COMMENT_ADDED','COMMENT_EDITED','COMMENT_DELETED','COMMENT_TAGGED','THREAD_UPDATED'))`);
  }

  /** Fails while COMMENT_TAGGED events exist: the event log is never rewritten to make it pass. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE thread_events DROP CONSTRAINT ck_thread_events_type`);
    await q.query(`ALTER TABLE thread_events ADD CONSTRAINT ck_thread_events_type CHECK (type IN ('COMMENT_ADDED','COMMENT_EDITED','COMMENT_DELETED','THREAD_UPDATED'))`);
  }
}
