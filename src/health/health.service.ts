import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import type Redis from 'ioredis';
import { STORAGE_DRIVER, type StorageDriver } from '../files/storage/storage-driver';
import { REDIS_CLIENT } from '../redis/redis.module';
import { AppException } from '../common/errors/app.exception';
import type { DependencyStatusDto, ReadinessDto } from './dto/health.dto';

/** How long one dependency may take to answer before it counts as down. */
const CHECK_TIMEOUT_MS = 1_500;

@Injectable()
export class HealthService {
  private readonly logger = new Logger(HealthService.name);

  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
    @Inject(REDIS_CLIENT) private readonly redis: Redis | null,
  ) {}

  /** Up when `probe` settles within the timeout; the message never carries driver details. */
  private async probe(name: string, probe: () => Promise<unknown>): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(name);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        probe(),
        new Promise(
          (_, reject) =>
            (timer = setTimeout(
              () => reject(new Error(`timeout of ${CHECK_TIMEOUT_MS}ms exceeded`)),
              CHECK_TIMEOUT_MS,
            )),
        ),
      ]);
      return indicator.up();
    } catch (error) {
      return indicator.down({
        message:
          error instanceof Error && error.message.startsWith('timeout')
            ? error.message
            : 'not usable',
      });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Every dependency the API needs to serve requests (database, storage, Redis when configured); throws 503 naming the ones that are down. */
  async readiness(): Promise<ReadinessDto> {
    const checks = await this.runChecks();
    const down = Object.entries(checks)
      .filter(([, check]) => check.status === 'down')
      .map(([name]) => name);
    if (down.length > 0) {
      this.logger.warn({ checks }, `Not ready: ${down.join(', ')} down`);
      throw new AppException(
        503,
        'NOT_READY',
        `Not ready: ${down.join(', ')} ${down.length > 1 ? 'are' : 'is'} down.`,
        {
          extensions: { checks },
        },
      );
    }
    return { status: 'ok', checks };
  }

  private async runChecks(): Promise<Record<string, DependencyStatusDto>> {
    let details: HealthIndicatorResult;
    try {
      details = (
        await this.health.check([
          () => this.database.pingCheck('database', { timeout: CHECK_TIMEOUT_MS }),
          () => this.probe('storage', () => this.storage.check()),
          ...(this.redis ? [() => this.probe('redis', () => (this.redis as Redis).ping())] : []),
        ])
      ).details;
    } catch (error) {
      // Terminus reports failures by throwing a 503 whose body holds the details.
      const response = (error as { getResponse?: () => unknown }).getResponse?.() as
        { details?: HealthIndicatorResult } | undefined;
      if (!response?.details) throw error;
      details = response.details;
    }
    return Object.fromEntries(
      Object.entries(details).map(([name, result]) => [
        name,
        {
          status: result.status === 'up' ? 'up' : 'down',
          ...(typeof result.message === 'string' ? { message: result.message } : {}),
        } satisfies DependencyStatusDto,
      ]),
    );
  }
}
