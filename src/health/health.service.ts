import { Inject, Injectable, Logger } from '@nestjs/common';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import type Redis from 'ioredis';
import { AppException } from '../common/errors/app.exception';
import { GracefulShutdown } from '../common/lifecycle/graceful-shutdown';
import { filesConfig, type FilesSettings } from '../config/files.config';
import { StorageIdentity } from '../files/storage-identity.service';
import { STORAGE_DRIVER, type StorageDriver } from '../files/storage/storage-driver';
import { REDIS_CLIENT } from '../redis/redis.module';
import type { DependencyStatusDto, ReadinessDto } from './dto/health.dto';

/** How long one dependency may take to answer before it counts as down. */
const CHECK_TIMEOUT_MS = 1_500;

class CheckFailed extends Error {}

/** Settles like `work`, or rejects with a timeout message after CHECK_TIMEOUT_MS. */
async function withinTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>(
        (_, reject) =>
          (timer = setTimeout(
            () => reject(new CheckFailed(`timeout of ${CHECK_TIMEOUT_MS}ms exceeded`)),
            CHECK_TIMEOUT_MS,
          )),
      ),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Readiness: may a load balancer send this instance requests?
 * - database and storage are required: either one down → 503 NOT_READY
 *   naming it. The storage must also be the one this database's rows point
 *   into (its marker, see StorageIdentity) and, on local disk, have at least
 *   STORAGE_MIN_FREE_BYTES free;
 * - Redis is optional: only the sign-in rate limits need it, and they answer
 *   503 RATE_LIMITER_UNAVAILABLE on their own while it is gone. Failing
 *   readiness for it would take every instance out of the balancer at once,
 *   so it is reported as `degraded` with a 200;
 * - during a graceful shutdown → 503 SHUTTING_DOWN first of all.
 * Messages never carry driver details.
 */
@Injectable()
export class HealthService {
  private readonly logger = new Logger(HealthService.name);

  constructor(
    private readonly database: TypeOrmHealthIndicator,
    private readonly identity: StorageIdentity,
    private readonly shutdown: GracefulShutdown,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
    @Inject(filesConfig.KEY) private readonly files: FilesSettings,
    @Inject(REDIS_CLIENT) private readonly redis: Redis | null,
  ) {}

  async readiness(): Promise<ReadinessDto> {
    if (this.shutdown.draining) {
      throw new AppException(503, 'SHUTTING_DOWN', 'This instance is shutting down.', {
        extensions: { checks: {} },
      });
    }
    const [database, storage, redis] = await Promise.all([
      this.checkDatabase(),
      this.checkStorage(),
      this.redis ? this.checkRedis(this.redis) : undefined,
    ]);
    const checks: Record<string, DependencyStatusDto> = {
      database,
      storage,
      ...(redis ? { redis } : {}),
    };
    const down = Object.entries(checks)
      .filter(([, check]) => check.status === 'down')
      .map(([name]) => name);
    if (down.length > 0) {
      this.logger.warn({ checks }, `Not ready: ${down.join(', ')} down`);
      throw new AppException(
        503,
        'NOT_READY',
        `Not ready: ${down.join(', ')} ${down.length > 1 ? 'are' : 'is'} down.`,
        { extensions: { checks } },
      );
    }
    const degraded = Object.values(checks).some((check) => check.status === 'degraded');
    return { status: degraded ? 'degraded' : 'ok', checks };
  }

  private async checkDatabase(): Promise<DependencyStatusDto> {
    const result = await this.database.pingCheck('database', { timeout: CHECK_TIMEOUT_MS });
    const details = result.database as { status: string; message?: unknown };
    return details.status === 'up'
      ? { status: 'up' }
      : {
          status: 'down',
          message: typeof details.message === 'string' ? details.message : 'not usable',
        };
  }

  private async checkStorage(): Promise<DependencyStatusDto> {
    try {
      const identity = await withinTimeout(this.identity.verify());
      if (!identity.verified) return { status: 'down', message: identity.problem };
      await withinTimeout(this.storage.check());
      const free = await withinTimeout(this.storage.freeBytes());
      if (free !== null && free < this.files.minFreeBytes)
        return {
          status: 'down',
          message: `low free space: ${free} bytes free, STORAGE_MIN_FREE_BYTES is ${this.files.minFreeBytes}`,
        };
      return { status: 'up' };
    } catch (error) {
      return {
        status: 'down',
        message: error instanceof CheckFailed ? error.message : 'not usable',
      };
    }
  }

  private async checkRedis(redis: Redis): Promise<DependencyStatusDto> {
    try {
      await withinTimeout(redis.ping());
      return { status: 'up' };
    } catch (error) {
      return {
        status: 'degraded',
        message: error instanceof CheckFailed ? error.message : 'unreachable',
      };
    }
  }
}
