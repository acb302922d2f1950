import { join } from 'node:path';
import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import type { DatabaseConfig } from '../config/app-config';
import { LockingPglitePool } from './pglite-pool';

// Same relative depth from libs/core/src/database in the sources and under dist/.
export const MIGRATIONS_GLOB = join(__dirname, '..', '..', '..', '..', 'migrations', '*.{ts,js}');

/**
 * TypeORM options for either PostgreSQL (DATABASE_URL) or the embedded PGlite database.
 * Both run the same migrations; `synchronize` is never on.
 */
export function buildDataSourceOptions(
  database: DatabaseConfig,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>,
): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto' as const,
    logging: false,
  };
  if (database.kind === 'postgres') {
    return { ...common, url: database.url, poolSize: 10, applicationName: 'alliance-api' };
  }
  // Registers the data folder (or memory) with the PGlite instance the pool will open.
  new PGliteDriver({ dataDir: database.dataDir });
  return { ...common, driver: { Pool: LockingPglitePool } };
}
