import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, loadConfig, appLogger, PinoNestLogger } from '@alliance/core';
import { createApp } from './bootstrap';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoSeeder } from './seed/demo-seeder';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config, (module) => NestFactory.create<NestExpressApplication>(module, { logger: new PinoNestLogger(), bufferLogs: true }));
  const hasDemo = await app.get(DemoSeeder).seedIfEmpty();
  await app.listen(config.port);
  const database = config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.database.dataDir ?? 'memory'}`;
  const lines = [
    `Alliance API ready at http://localhost:${config.port}/graphql`,
    `  database: ${database}; live events: ${config.redisUrl ? 'Redis (REDIS_URL)' : 'in-process'}`,
    ...(hasDemo ? ['  demo sign-ins (password for all: ' + DEMO_PASSWORD + '):', ...DEMO_ACCOUNTS.map((a) => `    ${a.role.padEnd(13)} ${a.email}`)] : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  appLogger.fatal({ err: error }, 'the API could not start');
  process.exit(1);
});
