import { QueryFailedError } from 'typeorm';
import {
  DatabaseUnavailableError,
  isDatabaseUnavailable,
  isForeignKeyViolation,
  isUniqueViolation,
  unavailabilityCause,
  violatedConstraint,
} from './database-errors';

function queryError(driverError: Record<string, unknown>): QueryFailedError {
  return new QueryFailedError(
    'INSERT …',
    [],
    Object.assign(
      new Error(typeof driverError.message === 'string' ? driverError.message : ''),
      driverError,
    ),
  );
}

describe('database error classification', () => {
  it('recognises MySQL/MariaDB duplicate keys and names the index', () => {
    const error = queryError({
      code: 'ER_DUP_ENTRY',
      errno: 1062,
      message: "Duplicate entry 'a@b.c' for key 'UQ_users_email'",
    });
    expect(isUniqueViolation(error)).toBe(true);
    expect(violatedConstraint(error)).toBe('UQ_users_email');
    const qualified = queryError({
      code: 'ER_DUP_ENTRY',
      message: "Duplicate entry 'x' for key 'users.UQ_users_username_normalized'",
    });
    expect(violatedConstraint(qualified)).toBe('UQ_users_username_normalized');
  });

  it('recognises SQLite unique violations and names the columns', () => {
    const error = queryError({
      code: 'SQLITE_CONSTRAINT_UNIQUE',
      message: 'UNIQUE constraint failed: users.email',
    });
    expect(isUniqueViolation(error)).toBe(true);
    expect(violatedConstraint(error)).toBe('users.email');
  });

  it('recognises foreign-key violations on both drivers', () => {
    expect(isForeignKeyViolation(queryError({ code: 'ER_NO_REFERENCED_ROW_2', errno: 1452 }))).toBe(
      true,
    );
    expect(isForeignKeyViolation(queryError({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }))).toBe(true);
  });

  it('ignores everything else', () => {
    expect(isUniqueViolation(new Error('Duplicate entry'))).toBe(false);
    expect(isUniqueViolation(queryError({ code: 'ER_LOCK_DEADLOCK' }))).toBe(false);
  });
});

describe('database unavailability', () => {
  it.each([
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'PROTOCOL_CONNECTION_LOST',
    'PROTOCOL_SEQUENCE_TIMEOUT',
    'SQLITE_BUSY',
  ])('counts a query that failed with %s as the database being unavailable', (code) => {
    expect(isDatabaseUnavailable(queryError({ code }))).toBe(true);
    expect(unavailabilityCause(queryError({ code }))).toBe(code);
  });

  it('counts a fatal connection error and a wait that ran out as unavailability', () => {
    expect(isDatabaseUnavailable(queryError({ fatal: true, message: 'closed state' }))).toBe(true);
    const waited = new DatabaseUnavailableError('no connection within 100 ms');
    expect(isDatabaseUnavailable(waited)).toBe(true);
    expect(unavailabilityCause(waited)).toBe('no connection within 100 ms');
  });

  it('does not count refused queries or errors from elsewhere', () => {
    expect(isDatabaseUnavailable(queryError({ code: 'ER_DUP_ENTRY', errno: 1062 }))).toBe(false);
    expect(isDatabaseUnavailable(queryError({ code: 'ER_PARSE_ERROR' }))).toBe(false);
    // A storage or mail connection error is not the database's.
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(
      false,
    );
  });
});
