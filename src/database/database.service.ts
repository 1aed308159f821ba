import { Inject, Injectable } from '@nestjs/common';
import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import { DataSource, type EntityManager } from 'typeorm';
import { DatabaseUnavailableError } from '../common/errors/database-errors';
import { databaseConfig, type DatabaseSettings } from '../config/database.config';

const MAX_LOCK_CONFLICT_RETRIES = 4;

/** MySQL/MariaDB: ER_LOCK_DEADLOCK (1213) or ER_LOCK_WAIT_TIMEOUT (1205). */
function isLockConflict(error: unknown): boolean {
  const driverError = (error as { driverError?: { errno?: number } }).driverError;
  return driverError?.errno === 1213 || driverError?.errno === 1205;
}

interface Scope {
  manager: EntityManager;
  /** True inside `transaction()`. */
  inTransaction: boolean;
}

/**
 * The one way feature repositories reach the database.
 *
 * - Calls made inside `transaction()` (however deeply nested in services and
 *   repositories) automatically use that transaction's manager.
 * - On embedded SQLite every unit of work is serialised. better-sqlite3 has a
 *   single connection: without this, two requests' transactions would try to
 *   nest ("cannot start a transaction within a transaction"), and a statement
 *   from one request could land inside another's open transaction and vanish
 *   with its rollback. SQLite executes one statement at a time anyway, so
 *   nothing is lost. On MySQL/MariaDB the pool runs work concurrently.
 *
 * - Waiting is bounded: on SQLite at most DATABASE_QUEUE_LIMIT units of
 *   work wait for the turn, each at most DATABASE_ACQUIRE_TIMEOUT_MS (the
 *   guarded mysql2 pool applies the same limits to connections on MySQL);
 *   beyond that a request fails fast with DatabaseUnavailableError (503)
 *   instead of piling up behind a slow database.
 *
 * Keep slow non-database work (password hashing, storage I/O) out of these
 * callbacks: on SQLite they hold everyone else's turn.
 */
@Injectable()
export class Database {
  private readonly scope = new AsyncLocalStorage<Scope>();
  private readonly serialised: boolean;
  private busy = false;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly dataSource: DataSource,
    @Inject(databaseConfig.KEY)
    private readonly limits: Pick<DatabaseSettings, 'acquireTimeoutMs' | 'queueLimit'>,
  ) {
    this.serialised = dataSource.options.type === 'better-sqlite3';
  }

  /** Runs `work` on the current transaction if there is one, else on its own. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const current = this.scope.getStore();
    if (current) return work(current.manager);
    if (!this.serialised) return work(this.dataSource.manager);
    return this.inTurn(() =>
      this.scope.run({ manager: this.dataSource.manager, inTransaction: false }, () =>
        work(this.dataSource.manager),
      ),
    );
  }

  /**
   * Runs `work` in a transaction (joining the current one when nested). On
   * MySQL a deadlock or lock-wait timeout rolls back and retries the whole
   * transaction a few times, so `work` must not have effects outside the
   * database.
   */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const current = this.scope.getStore();
    if (current?.inTransaction) return work(current.manager);
    const begin = () =>
      this.dataSource.transaction((manager) =>
        this.scope.run({ manager, inTransaction: true }, () => work(manager)),
      );
    // Already holding the SQLite turn (inside run()): start the transaction in place.
    if (current) return begin();
    if (this.serialised) return this.inTurn(begin);
    return this.retryingLockConflicts(begin);
  }

  /** True inside `run()` or `transaction()`: work must go through the scope's manager. */
  get inUnitOfWork(): boolean {
    return this.scope.getStore() !== undefined;
  }

  /**
   * Runs synchronous better-sqlite3 work (a prepared statement) at once when
   * nobody holds the SQLite turn, so no transaction is open on the single
   * connection; otherwise it waits its turn like `run()`. Saves the hot path
   * the turn's promise and scope bookkeeping.
   */
  runSqliteNow<T>(work: () => T): Promise<T> {
    if (!this.busy && this.scope.getStore() === undefined) {
      try {
        return Promise.resolve(work());
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    return this.run(() => Promise.resolve().then(work));
  }

  get driver(): 'sqlite' | 'mysql' {
    return this.serialised ? 'sqlite' : 'mysql';
  }

  private async retryingLockConflicts<T>(attempt: () => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries += 1) {
      try {
        return await attempt();
      } catch (error) {
        if (tries >= MAX_LOCK_CONFLICT_RETRIES || !isLockConflict(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 5 * tries + Math.random() * 10));
      }
    }
  }

  /** Runs `work` when it is this caller's turn (FIFO), or fails if the wait is too long or the queue too full. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.busy = true;
        // better-sqlite3 blocks the event loop for each statement; a loop of
        // units of work chained by promises (a purge's batches) would never
        // let the server read a request in between. Starting each turn from
        // setImmediate lets pending I/O in first (it then queues for a turn).
        setImmediate(() => {
          void Promise.resolve()
            .then(work)
            .then(resolve, reject)
            .finally(() => this.passTurn());
        });
      };
      if (!this.busy) {
        start();
        return;
      }
      if (this.waiting.length >= this.limits.queueLimit) {
        reject(new DatabaseUnavailableError(`${this.waiting.length} requests already waiting`));
        return;
      }
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(enter), 1);
        reject(new DatabaseUnavailableError(`no turn within ${this.limits.acquireTimeoutMs} ms`));
      }, this.limits.acquireTimeoutMs);
      // Bound to the caller's async context, so its request id (and scope) stay with its work.
      const enter = AsyncResource.bind(() => {
        clearTimeout(timer);
        start();
      });
      this.waiting.push(enter);
    });
  }

  private passTurn(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.busy = false;
  }
}
