import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DataSource } from 'typeorm';
import { Actor, Connection, decodeCursor, PageArgs, toConnection } from '@alliance/core';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | null;
  programId?: string | null;
  /** Kinds, counts and ids only. Never case text, never secrets. */
  metadata?: Record<string, unknown>;
}

/**
 * Writes audit events inside the caller's transaction, so an audit row exists exactly
 * when the change it describes does. Reads are recorded too (through a manager of their own).
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Audit events about a record, newest first: those targeting it, and those about its
   * parts that name it in `metadata[parentKey]` (a thread's comments name `threadId`).
   * The caller decides who may list them; events hold kinds, counts and ids only.
   */
  async listConcerning(targetId: string, parentKey: string, page: PageArgs): Promise<Connection<AuditEvent>> {
    const query = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where('(e.target_id = :targetId OR e.metadata ->> :parentKey = :targetText)', { targetId, parentKey, targetText: targetId })
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(page.first + 1);
    if (page.after) {
      const cursor = decodeCursor(page.after);
      query.andWhere('(e.occurred_at, e.id) < (:at::timestamptz, :id::uuid)', { at: cursor.key, id: cursor.id });
    }
    return toConnection(await query.getMany(), page.first, (event) => ({ key: event.occurredAt.toISOString(), id: event.id }));
  }

  async record(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    await this.recordMany(manager, actor, [entry]);
  }

  async recordMany(manager: EntityManager, actor: Actor, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await manager.getRepository(AuditEvent).insert(
      entries.map((entry) => ({
        actorId: actor.userId,
        requestId: actor.requestId,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId ?? null,
        programId: entry.programId ?? null,
        metadata: entry.metadata ?? {},
      })) as unknown as QueryDeepPartialEntity<AuditEvent>[],
    );
  }
}
