/**
 * Writes schema.gql from the code-first schema: `npm run schema:print`.
 * Boots the app on an in-memory embedded database and stops it again.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@alliance/core';
import { createApp } from '../apps/api/src/bootstrap';
import { printServedSchema } from '../apps/api/src/schema-printer';

async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: ':memory:', SEED_DEMO: 'false' });
  const app = await createApp(config, (module) => NestFactory.create(module, { logger: false }));
  writeFileSync(join(__dirname, '..', 'schema.gql'), printServedSchema(app));
  await app.close();
  process.stdout.write('schema.gql written\n');
}

void main();
