import { Injectable } from '@nestjs/common';
import type { Actor } from '@alliance/core';

/** The texts of a write, by field name, after the guard has passed (or redacted) them. */
export type GuardedTexts<T extends Record<string, string | undefined>> = T & { auditMetadata: Record<string, unknown> };

/**
 * The de-identification seam for free text on its way to the database. Every free-text
 * field of a write passes through `check` before anything is stored.
 */
@Injectable()
export class TextGuard {
  async check<T extends Record<string, string | undefined>>(_actor: Actor, texts: T): Promise<GuardedTexts<T>> {
    return { ...texts, auditMetadata: {} };
  }
}
