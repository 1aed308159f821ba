import { QueryFailedError } from 'typeorm';

interface DriverError {
  code?: string;
  errno?: number;
  message?: string;
  /** mysql2 marks errors after which the connection is unusable. */
  fatal?: boolean;
}

/**
 * The database could not be reached in time: no connection or turn within
 * DATABASE_ACQUIRE_TIMEOUT_MS, too many requests already waiting, or a
 * connection that could not be made. Raised where the app waits for the
 * database (see Database and the guarded mysql2 pool).
 */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly reason: string,
    options: { cause?: unknown } = {},
  ) {
    super(`Database unavailable: ${reason}`, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/**
 * A read was cancelled on the database because its client went away (see
 * src/database/query-cancellation.ts); there is nobody left to answer.
 */
export class QueryCancelledError extends Error {
  readonly code = 'QUERY_CANCELLED';

  constructor(options: { cause?: unknown } = {}) {
    super('Query cancelled: the client went away', options);
    this.name = 'QueryCancelledError';
  }
}

/** Driver error codes that mean "the database is out of reach", not "this query is wrong". */
export const CONNECTION_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'SQLITE_BUSY',
]);

function driverErrorOf(error: unknown): DriverError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  return (error as QueryFailedError & { driverError?: DriverError }).driverError;
}

/**
 * True when a request failed because the database is unreachable, too slow
 * or overloaded (the filter answers 503 DATABASE_UNAVAILABLE), as opposed to
 * a query the database refused.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  const driverError = driverErrorOf(error);
  if (!driverError) return false;
  return (
    driverError.fatal === true ||
    (driverError.code !== undefined && CONNECTION_ERROR_CODES.has(driverError.code))
  );
}

/** True when a query failed because it was cancelled after its client went away. */
export function isQueryCancelled(error: unknown): boolean {
  return (
    error instanceof QueryCancelledError || driverErrorOf(error) instanceof QueryCancelledError
  );
}

/** A short name for why the database is unavailable, for the one log line per outage. */
export function unavailabilityCause(error: unknown): string {
  if (error instanceof DatabaseUnavailableError) return error.reason;
  return driverErrorOf(error)?.code ?? 'connection lost';
}

/**
 * True for a unique-key violation on MySQL/MariaDB (ER_DUP_ENTRY, 1062) or
 * SQLite (SQLITE_CONSTRAINT_UNIQUE / PRIMARYKEY).
 */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = driverErrorOf(error);
  if (!driverError) return false;
  return (
    driverError.code === 'ER_DUP_ENTRY' ||
    driverError.errno === 1062 ||
    driverError.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    driverError.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** The name of the unique index a violation hit, when the driver says (both drivers do). */
export function violatedConstraint(error: unknown): string | undefined {
  const message = driverErrorOf(error)?.message ?? '';
  // MySQL: "Duplicate entry 'x' for key 'users.UQ_users_email'"
  const mysql = /for key '(?:[^'.]+\.)?([^']+)'/.exec(message);
  if (mysql) return mysql[1];
  // SQLite: "UNIQUE constraint failed: users.email" (names columns, not the index)
  const sqlite = /UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)/.exec(message);
  return sqlite?.[1];
}

/** True for a foreign-key violation (the referenced row is gone). */
export function isForeignKeyViolation(error: unknown): boolean {
  const driverError = driverErrorOf(error);
  if (!driverError) return false;
  return (
    driverError.code === 'ER_NO_REFERENCED_ROW_2' ||
    driverError.errno === 1452 ||
    driverError.code === 'SQLITE_CONSTRAINT_FOREIGNKEY'
  );
}
