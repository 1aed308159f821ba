import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { redisConfig, type RedisSettings } from '../config/redis.config';

/** The shared Redis client, or null when REDIS_URL is not set (everything then stays in process). */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

/** How often the watchdog checks that the connection still answers. */
const WATCHDOG_INTERVAL_MS = 2_000;

/**
 * ioredis notices a connection that closes, but not one that stays open and
 * stops answering: every command would time out on it forever. The watchdog
 * pings; a ping that times out, or a connection that never becomes ready,
 * is dropped so ioredis reconnects, and Redis is used again as soon as it
 * answers.
 */
function watch(client: Redis): void {
  let notReadyTicks = 0;
  const timer = setInterval(() => {
    if (client.status === 'end') {
      clearInterval(timer); // closed for good (shutdown)
    } else if (client.status === 'ready') {
      notReadyTicks = 0;
      client.ping().catch(() => {
        if (client.status === 'ready') client.disconnect(true);
      });
    } else if (client.status === 'connect' && ++notReadyTicks >= 2) {
      notReadyTicks = 0;
      client.disconnect(true);
    }
  }, WATCHDOG_INTERVAL_MS).unref();
}

/**
 * One ioredis connection for what several instances must share (rate-limit
 * counters). Nothing waits on Redis for long: commands fail at once while it
 * is unreachable (no offline queue), and after REDIS_COMMAND_TIMEOUT_MS when
 * it hangs, so callers answer 503 instead of hanging; connecting gives up
 * after REDIS_CONNECT_TIMEOUT_MS and is retried with a capped backoff.
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
          connectTimeout: settings.connectTimeoutMs,
          commandTimeout: settings.commandTimeoutMs,
          retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
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
        watch(client);
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
