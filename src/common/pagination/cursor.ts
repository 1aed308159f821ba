import { createHash } from 'node:crypto';
import { AppException } from '../errors/app.exception';

/**
 * Opaque keyset cursors: "the page after this row" for lists whose order is
 * (sort key..., id). A cursor carries the sort-key values and the id of the
 * last row a page returned, as base64url text.
 *
 * A cursor is bound to the query it came from (list name, sort, order and a
 * digest of the filters), so one taken from `sort=size` cannot be replayed on
 * `sort=filename`, where its values would mean something else. The binding is
 * a checksum, not a signature: positions are not secrets and the caller's
 * scope and filters always apply, so a hand-made cursor can at worst start a
 * list somewhere the caller could page to anyway. It does catch truncated,
 * corrupted and foreign cursors, which become a 400 `INVALID_CURSOR`.
 */

/** How a position value is stored and checked when read back. */
export type CursorValueKind = 'string' | 'integer' | 'date' | 'uuid';

/** The direction of a list: `?order=`, the cursors and the queries all use this one type. */
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** A position value: strings and integers as they are, instants as Dates. */
export type CursorValue = string | number | Date;

/** The query a cursor belongs to. */
export interface CursorBinding {
  /** Which list, e.g. `files`. */
  list: string;
  /** Kinds of the position values in order, e.g. `['date', 'uuid']` for (uploaded_at, id). */
  kinds: readonly CursorValueKind[];
  /** The sort field and direction. */
  sort: string;
  order: SortOrder;
  /**
   * Filters that select the rows (not offset/limit/cursor). A change of
   * filters invalidates the cursor: the next page of another query is not
   * defined.
   */
  filters?: Record<string, unknown>;
}

/** Longest cursor accepted; real ones are well under 200 characters. */
export const MAX_CURSOR_LENGTH = 512;

const VERSION = 1;
const CHECK_BYTES = 9;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export class InvalidCursorException extends AppException {
  constructor(reason: string) {
    super(400, 'INVALID_CURSOR', `The cursor is not valid for this list: ${reason}.`, {
      errors: [
        {
          field: 'cursor',
          message: 'use the next_cursor of a previous page of the same query, unchanged',
        },
      ],
    });
  }
}

/** Encodes the position of the last row of a page. */
export function encodeCursor(binding: CursorBinding, values: readonly CursorValue[]): string {
  if (values.length !== binding.kinds.length)
    throw new Error(`cursor for ${binding.list} needs ${binding.kinds.length} values`);
  const stored = values.map((value, i) => storeValue(binding.kinds[i], value));
  const body = JSON.stringify([VERSION, stored]);
  const check = checksum(binding, body);
  return Buffer.from(JSON.stringify([VERSION, stored, check]), 'utf8').toString('base64url');
}

/** Reads a cursor back; throws {@link InvalidCursorException} (400) for anything not made by {@link encodeCursor} for this binding. */
export function decodeCursor(binding: CursorBinding, cursor: string): CursorValue[] {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor))
    throw new InvalidCursorException('not a cursor');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorException('not a cursor');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    parsed[0] !== VERSION ||
    !Array.isArray(parsed[1]) ||
    typeof parsed[2] !== 'string'
  )
    throw new InvalidCursorException('not a cursor');
  const stored = parsed[1] as unknown[];
  const body = JSON.stringify([VERSION, stored]);
  if (parsed[2] !== checksum(binding, body))
    throw new InvalidCursorException('it was made for another query, or altered');
  if (stored.length !== binding.kinds.length) throw new InvalidCursorException('not a cursor');
  return stored.map((value, i) => readValue(binding.kinds[i], value));
}

/** Stable digest of a filter object: key order and undefined members do not matter. */
export function filtersDigest(filters: Record<string, unknown> | undefined): string {
  const entries = Object.entries(filters ?? {})
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

function checksum(binding: CursorBinding, body: string): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        binding.list,
        binding.kinds,
        binding.sort,
        binding.order,
        filtersDigest(binding.filters),
      ]),
    )
    .update('\n')
    .update(body)
    .digest()
    .subarray(0, CHECK_BYTES)
    .toString('base64url');
}

function storeValue(kind: CursorValueKind, value: CursorValue): string | number {
  switch (kind) {
    case 'date': {
      const date = value instanceof Date ? value : new Date(value);
      if (Number.isNaN(date.getTime())) throw new Error('cursor date value is not a date');
      return date.toISOString();
    }
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value))
        throw new Error('cursor integer value is not an integer');
      return value;
    case 'string':
    case 'uuid':
      if (typeof value !== 'string') throw new Error(`cursor ${kind} value is not a string`);
      return value;
  }
}

function readValue(kind: CursorValueKind, value: unknown): CursorValue {
  switch (kind) {
    case 'date': {
      if (typeof value !== 'string') break;
      const date = new Date(value);
      if (!Number.isNaN(date.getTime()) && date.toISOString() === value) return date;
      break;
    }
    case 'integer':
      if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
      break;
    case 'uuid':
      if (typeof value === 'string' && UUID.test(value)) return value.toLowerCase();
      break;
    case 'string':
      if (typeof value === 'string') return value;
      break;
  }
  throw new InvalidCursorException('not a cursor');
}
