import { EventEmitter } from 'node:events';
import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** Live streams of a program listen here to re-check access at once when it may have changed. */
export const accessChannel = (programId: string) => `access.${programId}`;

/** Inject with `@Inject(PUB_SUB)`: the engine behind every subscription. */
export const PUB_SUB = Symbol('PUB_SUB');

/**
 * Live events travel through one pub/sub engine: in-process by default, Redis when
 * REDIS_URL is set, so several API instances serve one audience. Publishers call it only
 * after their transaction commits (see UnitOfWork.afterCommit).
 */
@Global()
@Module({
  providers: [
    {
      provide: PUB_SUB,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): PubSubEngine => {
        if (!config.redisUrl) {
          // One listener per live subscriber: thousands on a busy thread are expected.
          const eventEmitter = new EventEmitter();
          eventEmitter.setMaxListeners(0);
          return new PubSub({ eventEmitter });
        }
        const options = { maxRetriesPerRequest: null, lazyConnect: false };
        return new RedisPubSub({
          publisher: new Redis(config.redisUrl, options),
          subscriber: new Redis(config.redisUrl, options),
        });
      },
    },
  ],
  exports: [PUB_SUB],
})
export class PubSubModule implements OnApplicationShutdown {
  constructor(@Inject(PUB_SUB) private readonly pubSub: PubSubEngine) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.pubSub instanceof RedisPubSub) await this.pubSub.close();
  }
}
