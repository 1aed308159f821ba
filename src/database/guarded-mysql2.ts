import { AsyncResource } from 'node:async_hooks';
import * as mysql2 from 'mysql2';
import {
  CONNECTION_ERROR_CODES,
  DatabaseUnavailableError,
  QueryCancelledError,
} from '../common/errors/database-errors';
import { currentRequestSignal, isCancellableRead } from './query-cancellation';

export interface MysqlGuard {
  /** Longest wait for a pooled connection. */
  acquireTimeoutMs: number;
  /** Longest wait for the answer to one statement; 0 = no limit (the migration CLI). */
  queryTimeoutMs: number;
}

/** Stops the statement running on a server thread (`KILL QUERY`), from a connection of its own. */
type KillQuery = (threadId: number) => void;

type Callback = (error: unknown, ...results: unknown[]) => void;

/** mysql2's pool says this when more than `queueLimit` callers wait. */
const QUEUE_FULL = 'Queue limit reached.';

/** Why a connection could not be had, as the one error type the exception filter maps to 503. */
function unavailable(error: unknown): unknown {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (message === QUEUE_FULL)
    return new DatabaseUnavailableError('too many requests waiting for a connection', {
      cause: error,
    });
  if ((code !== undefined && CONNECTION_ERROR_CODES.has(code)) || message === 'Pool is closed.')
    return new DatabaseUnavailableError(`${code ?? 'pool closed'}: ${message ?? ''}`, {
      cause: error,
    });
  return error;
}

/**
 * After a statement timed out the connection still waits for its answer and
 * would hold every later statement behind it, so it is replaced, as is one
 * mysql2 reports as broken.
 */
function linkIsBroken(error: unknown): boolean {
  const { code, fatal } = (error ?? {}) as { code?: string; fatal?: boolean };
  return fatal === true || code === 'PROTOCOL_SEQUENCE_TIMEOUT';
}

/** `target` with some methods replaced; every other call goes to it unchanged. */
function forwarding<T extends object>(target: T, overrides: Record<string, unknown>): T {
  return new Proxy(target, {
    get(wrapped, property) {
      if (typeof property === 'string' && Object.hasOwn(overrides, property))
        return overrides[property];
      const value: unknown = Reflect.get(wrapped, property, wrapped);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(wrapped)
        : value;
    },
  });
}

/** mysql2 options that only a pool understands (a plain connection warns about them). */
const POOL_ONLY = new Set([
  'connectionLimit',
  'queueLimit',
  'waitForConnections',
  'maxIdle',
  'idleTimeout',
  'acquireTimeout',
]);

/**
 * A client that has gone must not leave its read running on the server (a deep scan holds a thread and I/O for
 * seconds): `KILL QUERY <thread>` from a short-lived connection of its own,
 * since the pool may have none to spare. The killed connection stays usable.
 * (Not on a statement timeout: then the database may be unreachable, and a
 * killer connection would only wait on the same dead link.)
 */
function queryKiller(config: mysql2.PoolOptions): KillQuery {
  const options = Object.fromEntries(
    Object.entries(config).filter(([name]) => !POOL_ONLY.has(name)),
  ) as mysql2.ConnectionOptions;
  return (threadId) => {
    const killer = mysql2.createConnection(options);
    killer.on('error', () => undefined);
    killer.query(`KILL QUERY ${Math.trunc(threadId)}`, () => killer.destroy());
  };
}

function guardConnection(
  connection: mysql2.PoolConnection,
  guard: MysqlGuard,
  killQuery: KillQuery,
) {
  // `query` (TypeORM) and `execute` (prepared statements, database/prepared-query.ts) alike.
  const guarded = (method: 'query' | 'execute') => {
    const call = (sql: unknown, values?: unknown, callback?: Callback): unknown => {
      if (typeof values === 'function') return call(sql, undefined, values as Callback);
      const timeout = guard.queryTimeoutMs > 0 ? { timeout: guard.queryTimeoutMs } : {};
      // TypeORM sends strings; prepared statements send options without a timeout of their own.
      const options =
        typeof sql === 'string'
          ? { sql, ...timeout }
          : method === 'execute'
            ? { ...timeout, ...(sql as object) }
            : sql;
      const run = connection[method].bind(connection) as (...args: unknown[]) => unknown;
      if (!callback) return run(options, values);
      const text = typeof sql === 'string' ? sql : ((sql as { sql?: string }).sql ?? '');
      const signal = isCancellableRead(text) ? currentRequestSignal() : undefined;
      if (signal?.aborted) {
        callback(new QueryCancelledError());
        return undefined;
      }
      const threadId = connection.threadId;
      let answered = false;
      let cancelled = false;
      const cancel = () => {
        if (answered) return;
        cancelled = true;
        killQuery(threadId);
      };
      signal?.addEventListener('abort', cancel, { once: true });
      // mysql2 times out an execute only once its statement is prepared: the
      // PREPARE a connection sends the first time it runs a statement has no
      // timeout, and on a link that swallows bytes it waited forever. So
      // `execute` gets a deadline of its own, as long as a query's.
      const deadline =
        method === 'execute' && guard.queryTimeoutMs > 0
          ? setTimeout(() => {
              const error = Object.assign(new Error('Statement inactivity timeout'), {
                code: 'PROTOCOL_SEQUENCE_TIMEOUT',
                fatal: true,
              });
              finish(error);
            }, guard.queryTimeoutMs)
          : undefined;
      const finish = (error: unknown, ...results: unknown[]) => {
        if (answered) return;
        answered = true;
        clearTimeout(deadline);
        signal?.removeEventListener('abort', cancel);
        // A kill names the server thread, not this statement: if the statement
        // ended before the kill arrived, the kill would stop whatever this
        // connection ran next for another request. So it never runs anything next.
        if ((error && linkIsBroken(error)) || cancelled) connection.destroy();
        callback(
          cancelled && error ? new QueryCancelledError({ cause: error }) : error,
          ...results,
        );
      };
      return run(options, values, finish);
    };
    return call;
  };
  return forwarding(connection, { query: guarded('query'), execute: guarded('execute') });
}

function guardPool(pool: mysql2.Pool, guard: MysqlGuard, killQuery: KillQuery): mysql2.Pool {
  const getConnection = (unbound: Callback) => {
    // mysql2 hands a released connection to the next waiter inside the
    // releasing request's async context; bound, the waiter's callback runs
    // in its own (whose request signal query cancellation must read).
    // (AsyncResource.bind costs a deprecation wrapper per call; runInAsyncScope does not.)
    const scope = new AsyncResource('rvp.mysql.getConnection');
    const callback: Callback = (error, ...results) =>
      scope.runInAsyncScope(unbound, undefined, error, ...results);
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      callback(new DatabaseUnavailableError(`no connection within ${guard.acquireTimeoutMs} ms`));
    }, guard.acquireTimeoutMs);
    pool.getConnection((error, connection) => {
      clearTimeout(timer);
      if (settled) {
        // The caller gave up; the connection goes straight back.
        connection?.release();
        return;
      }
      settled = true;
      if (error) callback(unavailable(error));
      else callback(null, guardConnection(connection, guard, killQuery));
    });
  };
  return forwarding(pool, { getConnection });
}

/**
 * mysql2 for TypeORM's `driver` option, with what its pool lacks for a
 * database that stops answering without closing the connection:
 * - a bounded wait for a connection (DATABASE_ACQUIRE_TIMEOUT_MS; mysql2's
 *   own `queueLimit` bounds how many wait), failing as
 *   DatabaseUnavailableError, which the exception filter answers with 503;
 * - a timeout on every statement (DATABASE_QUERY_TIMEOUT_MS), after which
 *   the connection is destroyed
 *   rather than returned to the pool, so the pool heals by itself once the
 *   database answers again;
 * - a read (SELECT) whose HTTP client goes away before the answer is killed
 *   on the server (see query-cancellation.ts) and fails as
 *   QueryCancelledError.
 * The pool and its connections are wrapped, not patched: every other call
 * goes to mysql2 unchanged.
 */
export function guardedMysql2(guard: MysqlGuard): typeof mysql2 {
  return {
    ...mysql2,
    createPool: (config: mysql2.PoolOptions) =>
      guardPool(mysql2.createPool(config), guard, queryKiller(config)),
  } as typeof mysql2;
}
