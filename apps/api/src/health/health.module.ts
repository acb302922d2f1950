import { Inject, Module, OnApplicationShutdown, Optional } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@alliance/core';
import { HealthController } from './health.controller';
import { HEALTH_REDIS } from './health.tokens';

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [
    {
      provide: HEALTH_REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.redisUrl ? new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false }) : null,
    },
  ],
})
export class HealthModule implements OnApplicationShutdown {
  constructor(@Optional() @Inject(HEALTH_REDIS) private readonly redis: Redis | null) {}

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }
}
