import type { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { pinoHttp } from 'pino-http';
import { AppConfig, appLogger } from '@alliance/core';
import { AppModule } from './app.module';
import { requestIdFrom } from './request-context.middleware';

/**
 * Creates the configured application without listening, for `main.ts` and for tests
 * (which pass their own factory, e.g. one from @nestjs/testing).
 */
export async function createApp<T extends INestApplication = NestExpressApplication>(
  config: AppConfig,
  create: (module: ReturnType<typeof AppModule.forRoot>) => Promise<T>,
): Promise<T> {
  const app = await create(AppModule.forRoot(config));
  app.enableShutdownHooks();
  // Request logs carry method, path, status, duration and request id; never bodies or headers.
  app.use(
    pinoHttp({
      logger: appLogger,
      genReqId: (req, res) => {
        const id = requestIdFrom(req.headers['x-request-id']);
        res.setHeader('x-request-id', id);
        return id;
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url?.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  await app.init();
  return app;
}
