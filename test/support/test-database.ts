import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DatabaseConfig } from '@alliance/core';

/**
 * A database of the test's own. With DATABASE_URL set, a fresh PostgreSQL database is
 * created beside the one named there and dropped afterwards; without it, an in-memory
 * PGlite database (the embedded default) is used.
 */
export interface TestDatabase {
  config: DatabaseConfig;
  kind: 'postgres' | 'pglite';
  /** The URL of the test database (PostgreSQL only). */
  url?: string;
  drop(): Promise<void>;
}

export const usingPostgres = (): boolean => Boolean(process.env.DATABASE_URL);

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    return { kind: 'pglite', config: { kind: 'pglite', dataDir: undefined }, drop: async () => undefined };
  }
  const name = `alliance_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    url: url.toString(),
    config: { kind: 'postgres', url: url.toString() },
    drop: () => withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** The embedded database kept in `dataDir`, as `npm start` uses it (survives restarts). */
export function embeddedDatabase(dataDir: string): TestDatabase {
  return { kind: 'pglite', config: { kind: 'pglite', dataDir }, drop: async () => undefined };
}

/** Runs SQL as the superuser, behind the application's back (PostgreSQL or the embedded instance). */
export async function rawQuery<T = Record<string, any>>(db: TestDatabase, sql: string, params: unknown[] = []): Promise<T[]> {
  if (db.url) return withAdmin(db.url, async (client) => (await client.query(sql, params)).rows as T[]);
  const { getPGliteInstance } = await import('typeorm-pglite');
  return (await (await getPGliteInstance()).query(sql, params)).rows as T[];
}

async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
