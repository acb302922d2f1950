import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig, DomainError, ErrorCode } from '@alliance/core';

/**
 * Limits sign-in attempts per email and per network address within a window, so that
 * nobody can guess passwords quickly. Counters live in Redis when REDIS_URL is set (shared
 * by every API instance) and in memory otherwise. A successful sign-in clears the email's
 * counter; the address counter only expires.
 */
@Injectable()
export class SignInLimiter implements OnModuleDestroy {
  private readonly perEmail: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;
  private readonly redis: Redis | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { perEmail, perAddress, windowSeconds } = config.signInLimits;
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, { enableOfflineQueue: true, maxRetriesPerRequest: 2 });
      this.perEmail = new RateLimiterRedis({ storeClient: this.redis, keyPrefix: 'signin:email', points: perEmail, duration: windowSeconds });
      this.perAddress = new RateLimiterRedis({ storeClient: this.redis, keyPrefix: 'signin:addr', points: perAddress, duration: windowSeconds });
    } else {
      this.perEmail = new RateLimiterMemory({ keyPrefix: 'signin:email', points: perEmail, duration: windowSeconds });
      this.perAddress = new RateLimiterMemory({ keyPrefix: 'signin:addr', points: perAddress, duration: windowSeconds });
    }
  }

  /** Counts one attempt; throws RATE_LIMITED (with `retryAfterSeconds`) past either limit. */
  async consume(email: string, address: string): Promise<void> {
    try {
      await Promise.all([this.perEmail.consume(email), this.perAddress.consume(address)]);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many sign-in attempts. Try again later.', { retryAfterSeconds });
      }
      throw rejection;
    }
  }

  async succeeded(email: string): Promise<void> {
    await this.perEmail.delete(email);
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis?.quit();
  }
}
