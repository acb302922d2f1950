import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Actor } from '@alliance/core';
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
