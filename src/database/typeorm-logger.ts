import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLoggerInterface } from 'typeorm';

/** Slow queries are logged at most once per this period (see logQuerySlow). */
const SLOW_QUERY_WINDOW_MS = 10_000;

/**
 * Sends TypeORM's messages to the app's logger instead of the console.
 * Query parameters are never logged (they can hold password hashes and token
 * hashes). Failed queries are logged at debug level: the ones a client can
 * cause (duplicate keys) are answered with 4xx, and anything unexpected is
 * logged by the exception filter with its request id.
 */
export class TypeOrmLogger implements TypeOrmLoggerInterface {
  private readonly logger = new NestLogger('TypeORM');
  private slowWindowStart?: number;
  private slowSkipped = 0;

  logQuery(): void {
    // Successful queries are not logged.
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.debug(
      { query, error: error instanceof Error ? error.message : error },
      'Query failed',
    );
  }

  /**
   * At most one slow query is logged per SLOW_QUERY_WINDOW_MS, with how many
   * more there were before it: while the database is slow or away, every
   * statement that times out is also slow, and a line each would bury the log.
   */
  logQuerySlow(time: number, query: string): void {
    const now = Date.now();
    if (this.slowWindowStart !== undefined && now - this.slowWindowStart < SLOW_QUERY_WINDOW_MS) {
      this.slowSkipped += 1;
      return;
    }
    const skipped = this.slowSkipped;
    this.slowWindowStart = now;
    this.slowSkipped = 0;
    this.logger.warn(
      { query, duration_ms: time, ...(skipped > 0 ? { slow_queries_not_logged: skipped } : {}) },
      skipped > 0 ? `Slow query (and ${skipped} more not logged since the last one)` : 'Slow query',
    );
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(message);
    else this.logger.log(message);
  }
}
