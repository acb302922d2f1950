import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import Redis from 'ioredis';
import { Public } from '@alliance/core';
import { HEALTH_REDIS } from './health.tokens';

/**
 * `/health`: the process is alive (no dependencies checked, for liveness probes).
 * `/ready`: the database answers, and Redis when configured (for readiness probes).
 */
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Optional() @Inject(HEALTH_REDIS) private readonly redis?: Redis,
  ) {}

  @Public()
  @Get('health')
  @HealthCheck()
  alive(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Public()
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 3000 }),
      ...(this.redis ? [() => this.pingRedis()] : []),
    ]);
  }

  private async pingRedis() {
    const indicator = this.indicators.check('redis');
    try {
      await this.redis!.ping();
      return indicator.up();
    } catch {
      return indicator.down({ message: 'Redis did not answer' });
    }
  }
}
