import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@alliance/core';
import { ENTITIES } from '../apps/api/src/entities';
import { createTestDatabase, TestDatabase } from './support/test-database';

async function tables(ds: DataSource): Promise<string[]> {
  const rows: Array<{ table_name: string }> = await ds.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

describe('migrations', () => {
  let db: TestDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource(buildDataSourceOptions(db.config, ENTITIES)).initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('run up, all the way down, and up again on a fresh database', async () => {
    expect(await tables(ds)).toEqual([]);
    const applied = await ds.runMigrations({ transaction: 'each' });
    expect(applied.length).toBe(ds.migrations.length);
    const created = await tables(ds);
    expect(created).toEqual(expect.arrayContaining(['users', 'programs', 'memberships', 'audit_events']));

    for (let i = 0; i < applied.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables(ds)).toEqual([]);

    const again = await ds.runMigrations({ transaction: 'each' });
    expect(again.map((m) => m.name)).toEqual(applied.map((m) => m.name));
    expect(await tables(ds)).toEqual(created);
  });

  // Constraints and indexes live in the migrations only; columns must match the entities.
  it('leave every entity column matching a table column', async () => {
    // TypeORM keeps its notes on generated columns (the full-text `search` vectors, which no
    // entity maps) in this table; the comparison needs it to exist.
    await ds.query(`CREATE TABLE IF NOT EXISTS typeorm_metadata (type varchar NOT NULL, database varchar, schema varchar, "table" varchar, name varchar, value text)`);
    const sql = await ds.driver.createSchemaBuilder().log();
    const meaningful = sql.upQueries
      .map((q) => q.query)
      .filter((q) => /ADD COLUMN|DROP COLUMN|ALTER COLUMN .* TYPE|NOT NULL|CREATE TABLE|DROP TABLE/.test(q))
      .filter((q) => !/"search"|typeorm_metadata/.test(q));
    expect(meaningful).toEqual([]);
  });
});
