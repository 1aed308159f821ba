import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Ordering and keyset ("after this row") pagination on a sort column with
 * the id as tie-breaker, so pages and export batches never repeat or skip a
 * row, and a long export never pays for a growing OFFSET.
 */
export function orderedWithTieBreak<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  column: string,
  order: 'asc' | 'desc',
): SelectQueryBuilder<T> {
  const direction = order === 'asc' ? 'ASC' : 'DESC';
  return query.orderBy(`${alias}.${column}`, direction).addOrderBy(`${alias}.id`, direction);
}

/** Restricts `query` to the rows after `after` in the order above. */
export function afterRow<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  column: string,
  order: 'asc' | 'desc',
  after: { value: unknown; id: string },
): SelectQueryBuilder<T> {
  const op = order === 'asc' ? '>' : '<';
  return query.andWhere(
    `(${alias}.${column} ${op} :afterValue OR (${alias}.${column} = :afterValue AND ${alias}.id ${op} :afterId))`,
    { afterValue: after.value, afterId: after.id },
  );
}
