import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs on the embedded database in DATA_DIR when DATABASE_URL is not set', () => {
    const config = loadConfig({ DATA_DIR: dir });
    expect(config.database).toEqual({ kind: 'pglite', dataDir: join(dir, 'pglite') });
    expect(config.port).toBe(4000);
    expect(config.env).toBe('development');
  });

  it('generates a development JWT secret once and keeps it in the data folder', () => {
    const first = loadConfig({ DATA_DIR: dir }).jwtSecret;
    expect(first).toHaveLength(64);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(first);
  });

  it('sweeps referral follow-ups every minute, but not on a timer in tests unless asked', () => {
    expect(loadConfig({ DATA_DIR: dir }).followUpSweepSeconds).toBe(60);
    expect(loadConfig({ DATA_DIR: dir, NODE_ENV: 'test' }).followUpSweepSeconds).toBe(0);
    expect(loadConfig({ DATA_DIR: dir, NODE_ENV: 'test', FOLLOW_UP_SWEEP_SECONDS: '5' }).followUpSweepSeconds).toBe(5);
    expect(() => loadConfig({ DATA_DIR: dir, FOLLOW_UP_SWEEP_SECONDS: 'soon' })).toThrow(/FOLLOW_UP_SWEEP_SECONDS/);
  });

  it('treats an empty variable as not set', () => {
    expect(loadConfig({ DATA_DIR: dir, DATABASE_URL: '', REDIS_URL: '' }).database.kind).toBe('pglite');
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATA_DIR: dir, DATABASE_URL: 'postgres://u@db:5432/alliance' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/alliance' });
  });

  it.each([
    [{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }, /DATABASE_URL/],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db/a' }, /JWT_SECRET/],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db/a', JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32 characters/],
    [{ DATABASE_URL: 'mysql://db/a' }, /DATABASE_URL must be a URL/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ ACCESS_TOKEN_TTL: 'forever' }, /ACCESS_TOKEN_TTL/],
  ])('stops with one line naming the variable for %o', (env, message) => {
    let error: unknown;
    try {
      loadConfig({ DATA_DIR: dir, ...env });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
