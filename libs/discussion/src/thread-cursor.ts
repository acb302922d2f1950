import { decodeCursor, DomainError, encodeCursor } from '@alliance/core';

/**
 * Thread events and the comments connection share one cursor form (the sequence number
 * plus an id), so a client can resume `threadEvents` from either.
 */
export function eventCursor(threadId: string, seq: string): string {
  return encodeCursor({ key: seq, id: threadId });
}

export function seqFromCursor(cursor: string | null | undefined): string {
  if (!cursor) return '0';
  const { key } = decodeCursor(cursor);
  if (!/^\d{1,18}$/.test(key)) throw DomainError.badInput('The cursor is not valid', [{ field: 'after', message: 'is not a cursor of this thread' }]);
  return key;
}
