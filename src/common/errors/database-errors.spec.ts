import { QueryFailedError } from 'typeorm';
import { isForeignKeyViolation, isUniqueViolation, violatedConstraint } from './database-errors';

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
