import { Brackets, type WhereExpressionBuilder } from 'typeorm';
import { normalizeEmail, normalizeScimUserName, normalizeUsername } from './user-rules';

/**
 * A boolean combination of exact matches on a user's identity fields: what
 * SCIM's `filter` (and anything else that looks users up by several keys)
 * asks the users table. Usernames and emails compare in their stored,
 * normalised forms, as sign-in looks them up.
 */
export type UserCriteria =
  | { all: UserCriteria[] }
  | { any: UserCriteria[] }
  | { field: 'id' | 'username' | 'email' | 'external_id' | 'scim_user_name'; equals: string }
  | { field: 'is_active'; equals: boolean };

/** Adds the criteria to a query on `users` aliased `alias`, with uniquely named parameters. */
export function whereUserCriteria(
  query: WhereExpressionBuilder,
  alias: string,
  criteria: UserCriteria,
  counter = { next: 0 },
): void {
  if ('all' in criteria || 'any' in criteria) {
    const parts = 'all' in criteria ? criteria.all : criteria.any;
    query.andWhere(
      new Brackets((group) => {
        parts.forEach((part, index) => {
          const nested = new Brackets((inner) => whereUserCriteria(inner, alias, part, counter));
          if (index === 0) group.where(nested);
          else if ('all' in criteria) group.andWhere(nested);
          else group.orWhere(nested);
        });
      }),
    );
    return;
  }
  counter.next += 1;
  const name = `criterion${counter.next}`;
  if (criteria.field === 'scim_user_name') {
    // SCIM's userName: as provisioned, else (an account made outside SCIM) the username.
    query.andWhere(
      `(${alias}.scim_user_name_normalized = :${name} OR (${alias}.scim_user_name_normalized IS NULL AND ${alias}.username_normalized = :${name}u))`,
      {
        [name]: normalizeScimUserName(criteria.equals),
        [`${name}u`]: normalizeUsername(criteria.equals),
      },
    );
    return;
  }
  const column = criteria.field === 'username' ? 'username_normalized' : criteria.field;
  const value =
    criteria.field === 'username'
      ? normalizeUsername(criteria.equals)
      : criteria.field === 'email'
        ? normalizeEmail(criteria.equals)
        : criteria.equals;
  query.andWhere(`${alias}.${column} = :${name}`, { [name]: value });
}
