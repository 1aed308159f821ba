import { QueryFailedError } from 'typeorm';

interface DriverError {
  code?: string;
  errno?: number;
  message?: string;
}

function driverErrorOf(error: unknown): DriverError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  return (error as QueryFailedError & { driverError?: DriverError }).driverError;
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
