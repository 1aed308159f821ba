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

/** How far `total` counts when not asked for the exact count. */
export interface CountLimit {
  cap: number;
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
  // The leading `key <= v` (`>=` ascending) says the same again for SQLite,
  // which otherwise seeks on the index's equality prefix only and walks every
  // row before the cursor on each page (an export of 500k rows slowed as it went).
  return query.andWhere(
    `${order.key} ${op}= :afterKey AND (${order.key} ${op} :afterKey OR (${order.key} = :afterKey AND ${order.id} ${op} :afterId))`,
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
 * The first `limit` rows of `ordered` (a query with its WHERE and ORDER BY).
 *
 * On MariaDB the ids come first, from a query the index covers, and then the
 * rows by id. Asked for whole rows, MariaDB's optimizer reads an owner's
 * (owner_id, key, id) index as a `ref` on owner_id alone, from its first
 * entry, fetching every row it passes to test the rest of the condition:
 * each next page or export batch re-reads all rows before it (an owner's
 * export of 500k files ran at ~460 rows/s). Asked for ids only, it reads the
 * same index as a range starting at the cursor. SQLite plans both alike, so
 * it runs the one query.
 */
export function fetchOrdered<T extends ObjectLiteral & { id: string }>(
  ordered: SelectQueryBuilder<T>,
  limit: number,
): Promise<T[]> {
  return readOrdered(ordered, limit, {
    read: (query) => query.getMany(),
    idOf: (row) => row.id,
  });
}

/**
 * The same rows as `fetchOrdered`, as plain objects keyed by property name,
 * each value converted by the driver exactly as entity loading converts it
 * (0/1 → boolean, text → Date, transformers) but with no entity built: an
 * export reads hundreds of thousands of rows, and TypeORM's entity
 * construction cost more per row than the query and the CSV together.
 */
export async function fetchOrderedPlain<T extends ObjectLiteral & { id: string }>(
  ordered: SelectQueryBuilder<T>,
  limit: number,
): Promise<T[]> {
  const prefix = `${ordered.alias}_`;
  const raw = await readOrdered(ordered, limit, {
    read: (query) => query.getRawMany<Record<string, unknown>>(),
    idOf: (row) => row[`${prefix}id`] as string,
  });
  if (raw.length === 0) return [];
  const { driver } = ordered.connection;
  const columns = ordered.expressionMap.mainAlias!.metadata.columns.filter(
    (column) => `${prefix}${column.databaseName}` in raw[0],
  );
  return raw.map((row) => {
    const plain: Record<string, unknown> = {};
    for (const column of columns)
      plain[column.propertyName] = driver.prepareHydratedValue(
        row[`${prefix}${column.databaseName}`],
        column,
      );
    return plain as T;
  });
}

/** fetchOrdered's two plans, whatever `read` makes of a query's rows. */
async function readOrdered<T extends ObjectLiteral, Row>(
  ordered: SelectQueryBuilder<T>,
  limit: number,
  how: { read: (query: SelectQueryBuilder<T>) => Promise<Row[]>; idOf: (row: Row) => string },
): Promise<Row[]> {
  const type = ordered.connection.driver.options.type;
  if (type !== 'mysql' && type !== 'mariadb') return how.read(ordered.clone().limit(limit));
  const pk = `${ordered.alias}.id`;
  const idRows = await ordered.clone().select(pk, 'pk').limit(limit).getRawMany<{ pk: string }>();
  if (idRows.length === 0) return [];
  const ids = idRows.map((row) => row.pk);
  // where() replaces every condition: the rows are fetched by primary key alone, in no order.
  const rows = await how.read(
    ordered
      .clone()
      .where(`${pk} IN (:...pageIds)`, { pageIds: ids })
      .orderBy()
      .offset(undefined)
      .limit(undefined),
  );
  const byId = new Map(rows.map((row) => [how.idOf(row), row]));
  // In the ids' order; a row deleted between the two reads is left out.
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row === undefined ? [] : [row];
  });
}

/**
 * Reads one page. `filtered` is the query with its WHERE clauses and nothing
 * else (no order, no limit); it is cloned for the rows and for the count,
 * which runs through `manager` (the caller's transaction, if any).
 */
export async function readPage<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  filtered: SelectQueryBuilder<T>,
  order: ListOrder<T>,
  request: PageRequest,
  limit: CountLimit = { cap: TOTAL_COUNT_CAP },
): Promise<Page<T>> {
  if (request.cursor !== undefined && request.offset > 0)
    throw new AppException(422, 'VALIDATION_FAILED', 'Give either offset or cursor, not both.', {
      errors: [{ field: 'offset', message: 'offset cannot be combined with cursor' }],
    });
  const rowsQuery = applyOrder(filtered.clone(), order);
  if (request.cursor !== undefined)
    applyAfter(rowsQuery, order, decodeCursor(binding(order), request.cursor));
  else if (request.offset > 0) rowsQuery.offset(request.offset);
  const rows = await fetchOrdered(rowsQuery, request.limit + 1);
  const more = rows.length > request.limit;
  const items = more ? rows.slice(0, request.limit) : rows;
  // A page read from the start (no cursor) that is the last one counts the
  // matches itself: no count query (most lists fit one page).
  const { total, exact } =
    !more && request.cursor === undefined && (items.length > 0 || request.offset === 0)
      ? { total: request.offset + items.length, exact: true }
      : await countMatches(manager, filtered, request.count === true, limit.cap);
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
 * COUNT of the matches, stopped at `cap` unless `exact`: the subquery's
 * LIMIT bounds the work to about `cap` matches, where a full count of a
 * million-row list reads them all on every page.
 */
export async function countMatches<T extends ObjectLiteral>(
  manager: EntityManager,
  filtered: SelectQueryBuilder<T>,
  exact: boolean,
  cap = TOTAL_COUNT_CAP,
): Promise<{ total: number; exact: boolean }> {
  if (exact) return { total: await filtered.clone().getCount(), exact: true };
  const [sql, parameters] = filtered
    .clone()
    .select('1', 'one')
    .orderBy()
    .limit(cap + 1)
    .getQueryAndParameters();
  const rows: Array<{ n: number | string }> = await manager.query(
    `SELECT COUNT(1) AS n FROM (${sql}) capped`,
    parameters,
  );
  const counted = Number(rows[0]?.n ?? 0);
  return counted > cap ? { total: cap, exact: false } : { total: counted, exact: true };
}
