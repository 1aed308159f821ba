import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { redisConfig, type RedisSettings } from '../config/redis.config';

/** The shared Redis client, or null when REDIS_URL is not set (everything then stays in process). */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

/**
 * One ioredis connection for what several instances must share (rate-limit
 * counters). Commands fail fast while Redis is unreachable instead of
 * queueing, so callers can answer 503 rather than hang.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [redisConfig.KEY],
      useFactory: (settings: RedisSettings): Redis | null => {
        if (!settings.url) return null;
        const logger = new Logger('Redis');
        const client = new Redis(settings.url, {
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 5_000,
          lazyConnect: false,
        });
        let reported = false;
        client.on('error', (error: Error) => {
          // ioredis reconnects by itself; say so once per outage, not per retry.
          if (!reported) logger.error({ err: error.message }, 'Redis unreachable; retrying');
          reported = true;
        });
        client.on('ready', () => {
          if (reported) logger.log('Redis reachable again');
          reported = false;
        });
        return client;
      },
    },
  ],
  exports: [REDIS_CLIENT],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly client: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.client) await this.client.quit().catch(() => this.client?.disconnect());
  }
}
