import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppException } from '../errors/app.exception';
import {
  decodeCursor,
  encodeCursor,
  type CursorBinding,
  type CursorValue,
  type CursorValueKind,
  type SortOrder,
} from './cursor';
import { TOTAL_COUNT_CAP, type Page } from './pagination.dto';

/**
 * One way to read a page of any list: keyset order on (sort key, id), the
 * page fetched with one row more than asked (so "is there more?" costs no
 * count), a `next_cursor` naming the last row, and a `total` counted only up
 * to TOTAL_COUNT_CAP unless the caller asks for the exact count.
 */

/** How a list orders its rows: a sort key and the id that breaks its ties. */
export interface ListOrder<T> {
  /** Which list (binds cursors to it). */
  list: string;
  /** The sort field's public name (binds cursors to it). */
  sort: string;
  order: SortOrder;
  /** SQL of the sort key, e.g. `f.uploaded_at`. Must never be NULL (COALESCE a nullable column). */
  key: string;
  kind: CursorValueKind;
  /** The sort key of a row, as `key` computes it. */
  keyOf: (row: T) => CursorValue;
  /** SQL of the tie-breaker (the primary key), e.g. `f.id`; omitted when `key` is itself unique. */
  id?: string;
  idOf?: (row: T) => string;
  /** Filters that select the rows; a cursor is valid only with the same ones. */
  filters: Record<string, unknown>;
}

export interface PageRequest {
  offset: number;
  limit: number;
  cursor?: string;
  /** Count all matches exactly. */
  count?: boolean;
}

function binding<T>(order: ListOrder<T>): CursorBinding {
  return {
    list: order.list,
    kinds: order.id ? [order.kind, 'uuid'] : [order.kind],
    sort: order.sort,
    order: order.order,
    filters: order.filters,
  };
}

/** Adds ORDER BY (key, id) in the list's direction. */
export function applyOrder<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: ListOrder<T>,
): SelectQueryBuilder<T> {
  const direction = order.order === 'asc' ? 'ASC' : 'DESC';
  query.orderBy(order.key, direction);
  if (order.id) query.addOrderBy(order.id, direction);
  return query;
}

/**
 * Restricts `query` to the rows after `position` in the list's order:
 * `key > v OR (key = v AND id > i)` (mirrored for descending). Written as an
 * OR of ranges rather than a row comparison so MariaDB's range optimizer
 * reads it as ranges on the (…, key, id) index.
 */
export function applyAfter<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: ListOrder<T>,
  position: readonly CursorValue[],
): SelectQueryBuilder<T> {
  const op = order.order === 'asc' ? '>' : '<';
  if (!order.id) return query.andWhere(`${order.key} ${op} :afterKey`, { afterKey: position[0] });
  return query.andWhere(
    `(${order.key} ${op} :afterKey OR (${order.key} = :afterKey AND ${order.id} ${op} :afterId))`,
    { afterKey: position[0], afterId: position[1] },
  );
}

/** The cursor of the row that follows `row` in the list's order. */
export function cursorAfter<T>(order: ListOrder<T>, row: T): string {
  const values: CursorValue[] = [order.keyOf(row)];
  if (order.id && order.idOf) values.push(order.idOf(row));
  return encodeCursor(binding(order), values);
}

/**
 * Reads one page. `filtered` is the query with its WHERE clauses and nothing
 * else (no order, no limit); it is cloned for the rows and for the count,
 * which runs through `manager` (the caller's transaction, if any).
 */
export async function readPage<T extends ObjectLiteral>(
  manager: EntityManager,
  filtered: SelectQueryBuilder<T>,
  order: ListOrder<T>,
  request: PageRequest,
): Promise<Page<T>> {
  if (request.cursor !== undefined && request.offset > 0)
    throw new AppException(422, 'VALIDATION_FAILED', 'Give either offset or cursor, not both.', {
      errors: [{ field: 'offset', message: 'offset cannot be combined with cursor' }],
    });
  const rowsQuery = applyOrder(filtered.clone(), order);
  if (request.cursor !== undefined)
    applyAfter(rowsQuery, order, decodeCursor(binding(order), request.cursor));
  else if (request.offset > 0) rowsQuery.offset(request.offset);
  const rows = await rowsQuery.limit(request.limit + 1).getMany();
  const more = rows.length > request.limit;
  const items = more ? rows.slice(0, request.limit) : rows;
  const { total, exact } = await countMatches(manager, filtered, request.count === true);
  return {
    items,
    total,
    total_exact: exact,
    offset: request.offset,
    limit: request.limit,
    next_cursor: more ? cursorAfter(order, items[items.length - 1]) : null,
  };
}

/**
 * COUNT of the matches, stopped at TOTAL_COUNT_CAP unless `exact`: the
 * subquery's LIMIT bounds the work to TOTAL_COUNT_CAP index entries, where
 * a full count of a million-row list reads them all on every page.
 */
export async function countMatches<T extends ObjectLiteral>(
  manager: EntityManager,
  filtered: SelectQueryBuilder<T>,
  exact: boolean,
): Promise<{ total: number; exact: boolean }> {
  if (exact) return { total: await filtered.clone().getCount(), exact: true };
  const [sql, parameters] = filtered
    .clone()
    .select('1', 'one')
    .orderBy()
    .limit(TOTAL_COUNT_CAP + 1)
    .getQueryAndParameters();
  const rows: Array<{ n: number | string }> = await manager.query(
    `SELECT COUNT(1) AS n FROM (${sql}) capped`,
    parameters,
  );
  const counted = Number(rows[0]?.n ?? 0);
  return counted > TOTAL_COUNT_CAP
    ? { total: TOTAL_COUNT_CAP, exact: false }
    : { total: counted, exact: true };
}
