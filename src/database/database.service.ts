import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, type EntityManager } from 'typeorm';

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
 * Keep slow non-database work (password hashing, storage I/O) out of these
 * callbacks: on SQLite they hold everyone else's turn.
 */
@Injectable()
export class Database {
  private readonly scope = new AsyncLocalStorage<Scope>();
  private readonly serialised: boolean;
  private queueTail: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {
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

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queueTail.then(work);
    this.queueTail = result.catch(() => undefined);
    return result;
  }
}
