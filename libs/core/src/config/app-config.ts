import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** Thrown when the environment cannot run the server; its message is one line naming the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const duration = z
  .string()
  .regex(/^\d+[smhd]$/, 'must be a whole number followed by s, m, h or d, such as 15m or 12h');

const url = (protocols: string[]) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
  REDIS_URL: url(['redis:', 'rediss:']).optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL: duration.default('12h'),
  INVITATION_TTL: duration.default('7d'),
  DATA_DIR: z.string().min(1).default('.data'),
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  SIGN_IN_ATTEMPTS_PER_EMAIL: z.coerce.number().int().positive().default(5),
  SIGN_IN_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().positive().default(30),
  SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
  FOLLOW_UP_SWEEP_SECONDS: z.coerce.number().int().min(0, 'must be 0 (off) or more seconds').max(86400, 'must be at most 86400 seconds').optional(),
});

export type DatabaseConfig = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | undefined };

/** The validated configuration every module reads; never `process.env` directly. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  port: number;
  database: DatabaseConfig;
  redisUrl: string | undefined;
  dataDir: string;
  jwtSecret: string;
  accessTokenTtl: string;
  invitationTtlSeconds: number;
  seedDemo: boolean;
  signInLimits: { perEmail: number; perAddress: number; windowSeconds: number };
  /** Seconds between referral follow-up sweeps; 0 = no timer (tests sweep by hand). */
  followUpSweepSeconds: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

export function durationToSeconds(value: string): number {
  const match = /^(\d+)([smhd])$/.exec(value);
  if (!match) throw new ConfigError(`Invalid duration ${value}`);
  return Number(match[1]) * UNIT_SECONDS[match[2]];
}

/**
 * Reads and validates the environment once at start-up.
 *
 * In production DATABASE_URL and JWT_SECRET are required. Elsewhere the server falls back
 * to the embedded database in DATA_DIR (or memory, with `DATA_DIR=:memory:`) and to a JWT
 * secret generated once and kept in DATA_DIR, so restarts keep sessions valid.
 *
 * @throws ConfigError with one line naming the offending variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable (`DATABASE_URL=`) means "not set", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid configuration: ${String(issue.path[0])} ${issue.message}`);
  }
  const values = parsed.data;
  const isProduction = values.NODE_ENV === 'production';
  if (isProduction) {
    if (!values.DATABASE_URL) throw new ConfigError('Invalid configuration: DATABASE_URL is required in production');
    if (!values.JWT_SECRET) throw new ConfigError('Invalid configuration: JWT_SECRET is required in production');
  }
  const inMemory = values.DATA_DIR === ':memory:';
  const dataDir = inMemory ? ':memory:' : resolve(values.DATA_DIR);
  return {
    env: values.NODE_ENV,
    isProduction,
    port: values.PORT,
    database: values.DATABASE_URL
      ? { kind: 'postgres', url: values.DATABASE_URL }
      : { kind: 'pglite', dataDir: inMemory ? undefined : join(dataDir, 'pglite') },
    redisUrl: values.REDIS_URL,
    dataDir,
    jwtSecret: values.JWT_SECRET ?? developmentSecret(dataDir),
    accessTokenTtl: values.ACCESS_TOKEN_TTL,
    invitationTtlSeconds: durationToSeconds(values.INVITATION_TTL),
    seedDemo: values.SEED_DEMO ? values.SEED_DEMO === 'true' : values.NODE_ENV === 'development',
    signInLimits: {
      perEmail: values.SIGN_IN_ATTEMPTS_PER_EMAIL,
      perAddress: values.SIGN_IN_ATTEMPTS_PER_ADDRESS,
      windowSeconds: values.SIGN_IN_WINDOW_SECONDS,
    },
    followUpSweepSeconds: values.FOLLOW_UP_SWEEP_SECONDS ?? (values.NODE_ENV === 'test' ? 0 : 60),
  };
}

function developmentSecret(dataDir: string): string {
  if (dataDir === ':memory:') return randomBytes(32).toString('hex');
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
