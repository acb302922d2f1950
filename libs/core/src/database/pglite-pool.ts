import { EventEmitter } from 'node:events';
import { Mutex } from 'async-mutex';
import { getPGliteInstance } from 'typeorm-pglite';
import { PGliteInstance } from 'typeorm-pglite/dist/pglite-instance';

type Callback<T> = (error: Error | null, result?: T) => void;

interface PgLikeResult {
  rows: unknown[];
  rowCount: number;
  command: string | undefined;
}

/**
 * A `pg.Pool` look-alike over the single in-process PGlite instance.
 *
 * PGlite has one connection. TypeORM gives every query runner (and so every transaction)
 * a client of its own, so without care two requests would interleave statements inside
 * one another's transactions. Each client here holds a process-wide lock from its first
 * query until it is released, which makes a transaction exclusive, exactly as a real
 * connection would. Code inside a transaction must use that transaction's manager.
 */
export class LockingPglitePool extends EventEmitter {
  private static readonly lock = new Mutex();

  connect(callback: (error: Error | null, client: unknown, release: (error?: Error) => void) => void): void {
    LockingPglitePool.lock.acquire().then(
      (unlock) => {
        let released = false;
        const client = Object.assign(new EventEmitter(), {
          query: (sql: string, params?: unknown[]) => runQuery(sql, params),
          release: () => release(),
        });
        const release = () => {
          if (released) return;
          released = true;
          unlock();
        };
        callback(null, client, release);
      },
      (error: Error) => callback(error, null, () => undefined),
    );
  }

  query(sql: string, params?: unknown[] | Callback<PgLikeResult>, callback?: Callback<PgLikeResult>): Promise<PgLikeResult> {
    const cb = typeof params === 'function' ? params : callback;
    const values = typeof params === 'function' ? undefined : params;
    const promise = LockingPglitePool.lock.runExclusive(() => runQuery(sql, values));
    promise.then((result) => cb?.(null, result), (error: Error) => cb?.(error));
    return promise;
  }

  end(callback?: (error?: Error) => void): void {
    // Closing flushes the data folder; the next DataSource opens it again.
    PGliteInstance.close().then(() => callback?.(), (error: Error) => callback?.(error));
  }
}

async function runQuery(sql: string, params?: unknown[]): Promise<PgLikeResult> {
  const db = await getPGliteInstance();
  const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
  if (params && params.length > 0) {
    const result = await db.query(sql, params);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length, command };
  }
  // Multi-statement SQL (migrations) goes through exec, whose last result TypeORM expects.
  const results = await db.exec(sql);
  const last = results[results.length - 1];
  return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? last?.rows.length ?? 0, command };
}
