import { Inject, Injectable } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '@alliance/access';
import { accessChannel, Actor, AsyncQueue, closable, DomainError, PUB_SUB } from '@alliance/core';
import { CaseThread } from './entities/case-thread.entity';
import { Comment } from './entities/comment.entity';
import { ThreadEventType } from './discussion-enums';
import { ThreadEvent } from './dto/thread.models';
import { eventCursor } from './thread-cursor';

export const threadChannel = (threadId: string) => `thread.${threadId}`;

/** What travels over pub/sub: everything a subscriber needs, so delivery costs no query. */
export interface PublishedThreadEvent {
  threadId: string;
  programId: string;
  seq: string;
  type: ThreadEventType;
  occurredAt: string;
  comment: Comment | null;
  thread: CaseThread | null;
}

const REPLAY_PAGE = 500;
// A subscriber's access is re-checked on every event; the answer is reused for this long
// unless an access change in the program is announced, which drops it at once.
const ACCESS_TTL_MS = 30_000;

/**
 * The per-thread event log behind `threadEvents`: appends events inside the writer's
 * transaction (taking the thread's row lock, so sequence numbers are strictly increasing
 * and commit in order), publishes them after commit, and streams them to subscribers as
 * replay-then-live with no gap and no duplicate at the seam.
 */
@Injectable()
export class ThreadEventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  /**
   * Takes the next sequence number of the thread. The UPDATE holds the thread's row lock
   * until the transaction ends, so concurrent writers to one thread queue up here and
   * their events commit in sequence order.
   */
  async nextSeq(manager: EntityManager, threadId: string): Promise<{ seq: string; occurredAt: Date }> {
    const [rows]: [Array<{ seq: string; at: Date }>, number] = await manager.query(
      `UPDATE case_threads SET last_event_seq = last_event_seq + 1, last_activity_at = now()
        WHERE id = $1 RETURNING last_event_seq::text AS seq, last_activity_at AS at`,
      [threadId],
    );
    if (!rows[0]) throw DomainError.notFound('Thread');
    return { seq: rows[0].seq, occurredAt: new Date(rows[0].at) };
  }

  /** Records an event under a sequence number taken with {@link nextSeq}. */
  async record(manager: EntityManager, threadId: string, seq: string, type: ThreadEventType, actorId: string, commentId: string | null, occurredAt: Date): Promise<void> {
    await manager.query(
      `INSERT INTO thread_events (thread_id, seq, type, comment_id, actor_id, occurred_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [threadId, seq, type, commentId, actorId, occurredAt],
    );
  }

  /** Both steps at once, for events that need no row of their own first. */
  async append(manager: EntityManager, threadId: string, type: ThreadEventType, actorId: string, commentId: string | null = null): Promise<{ seq: string; occurredAt: Date }> {
    const next = await this.nextSeq(manager, threadId);
    await this.record(manager, threadId, next.seq, type, actorId, commentId, next.occurredAt);
    return next;
  }

  async publish(event: PublishedThreadEvent): Promise<void> {
    await this.pubSub.publish(threadChannel(event.threadId), event);
  }

  /** Tells live streams of a program that someone's access may have changed. */
  async announceAccessChange(programId: string): Promise<void> {
    await this.pubSub.publish(accessChannel(programId), { programId, at: Date.now() });
  }

  /**
   * Streams a thread's events after `afterSeq`: first every stored event, then live ones.
   * The live subscription is opened before the replay query, and duplicates at the seam are
   * dropped by sequence number; a gap (an event published out of order) is filled from the
   * database. Access is checked before the first event and again before each one.
   */
  async stream(actor: Actor, threadId: string, afterSeq: string): Promise<AsyncIterableIterator<ThreadEvent>> {
    const thread = await this.requireReadable(actor, threadId);
    const queue = new AsyncQueue<PublishedThreadEvent | 'access-changed'>();
    const eventsSub = await this.pubSub.subscribe(threadChannel(threadId), (event: PublishedThreadEvent) => queue.push(event), {});
    const accessSub = await this.pubSub.subscribe(accessChannel(thread.programId), () => queue.push('access-changed'), {});
    let checkedAt = Date.now();
    const stillReadable = async (): Promise<boolean> => {
      if (Date.now() - checkedAt < ACCESS_TTL_MS) return true;
      const allowed = (await this.access.readableThreadIds(actor, [threadId])).has(threadId);
      checkedAt = Date.now();
      return allowed;
    };
    const self = this;
    async function* run(): AsyncGenerator<ThreadEvent> {
      try {
        let last = BigInt(afterSeq);
        for (;;) {
          const page = await self.replay(threadId, last.toString(), REPLAY_PAGE);
          for (const event of page) {
            yield toThreadEvent(event);
            last = BigInt(event.seq);
          }
          if (page.length < REPLAY_PAGE) break;
        }
        for await (const item of queue) {
          if (item === 'access-changed') {
            checkedAt = 0;
            if (!(await stillReadable())) return;
            continue;
          }
          const seq = BigInt(item.seq);
          if (seq <= last) continue;
          if (!(await stillReadable())) return;
          const missing = seq > last + 1n ? await self.replay(threadId, last.toString(), Number(seq - last)) : [item];
          for (const event of missing) {
            if (BigInt(event.seq) <= last) continue;
            yield toThreadEvent(event);
            last = BigInt(event.seq);
          }
        }
      } finally {
        queue.close();
        self.pubSub.unsubscribe(eventsSub);
        self.pubSub.unsubscribe(accessSub);
      }
    }
    return closable(run(), queue);
  }

  /** Stored events after `afterSeq`, oldest first, with their comments (and the thread for updates). */
  async replay(threadId: string, afterSeq: string, limit: number): Promise<PublishedThreadEvent[]> {
    const rows: Array<{ seq: string; type: ThreadEventType; occurred_at: Date; comment_id: string | null }> = await this.dataSource.query(
      `SELECT seq::text AS seq, type, occurred_at, comment_id FROM thread_events
        WHERE thread_id = $1 AND seq > $2::bigint ORDER BY seq LIMIT $3`,
      [threadId, afterSeq, limit],
    );
    if (rows.length === 0) return [];
    const commentIds = [...new Set(rows.map((row) => row.comment_id).filter((id): id is string => id !== null))];
    const comments = commentIds.length ? await this.dataSource.getRepository(Comment).createQueryBuilder('c').where('c.id IN (:...ids)', { ids: commentIds }).getMany() : [];
    const byId = new Map(comments.map((comment) => [comment.id, comment]));
    const thread = rows.some((row) => row.type === ThreadEventType.THREAD_UPDATED) ? await this.dataSource.getRepository(CaseThread).findOneBy({ id: threadId }) : null;
    return rows.map((row) => ({
      threadId,
      programId: thread?.programId ?? '',
      seq: row.seq,
      type: row.type,
      occurredAt: new Date(row.occurred_at).toISOString(),
      comment: row.comment_id ? (byId.get(row.comment_id) ?? null) : null,
      thread: row.type === ThreadEventType.THREAD_UPDATED ? thread : null,
    }));
  }

  private async requireReadable(actor: Actor, threadId: string): Promise<CaseThread> {
    const thread = await this.dataSource.getRepository(CaseThread).findOneBy({ id: threadId });
    if (!thread || !(await this.access.readableThreadIds(actor, [threadId])).has(threadId)) throw DomainError.notFound('Thread');
    return thread;
  }
}

const DATE_FIELDS = ['createdAt', 'updatedAt', 'deletedAt', 'lastActivityAt'] as const;

/** Revives dates that crossed pub/sub as strings (Redis carries JSON). */
function revive<T extends object | null>(value: T): T {
  if (!value) return value;
  const copy: Record<string, unknown> = { ...value };
  for (const field of DATE_FIELDS) if (typeof copy[field] === 'string') copy[field] = new Date(copy[field] as string);
  return copy as T;
}

export function toThreadEvent(event: PublishedThreadEvent): ThreadEvent {
  return {
    seq: event.seq,
    cursor: eventCursor(event.threadId, event.seq),
    type: event.type,
    threadId: event.threadId,
    comment: revive(event.comment),
    thread: revive(event.thread),
    occurredAt: new Date(event.occurredAt),
  };
}
