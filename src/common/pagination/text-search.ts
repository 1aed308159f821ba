import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { escapeLike, LIKE_ESCAPE } from '../../database/like';

/**
 * `q` searches served by a full-text index instead of a `LIKE '%q%'` scan
 * (migration AddTextSearch):
 *
 * - SQLite: an FTS5 table with the trigram tokenizer mirrors the searched
 *   columns (kept in step by triggers). A phrase of 3 or more characters
 *   matches anywhere in the text, ignoring case: exactly "contains".
 * - MariaDB: a FULLTEXT index. InnoDB indexes words (split at spaces and
 *   punctuation, but not `_`) of 3 or more characters, so each word of `q`
 *   must start a word of the text (`+word*`); the `LIKE` then keeps the rows
 *   that contain `q` as typed. "neural" finds "Neural nets.pdf" and
 *   "deep-neural.pdf" but not "nonneural.pdf" or "deep_neural.pdf".
 *
 * Shorter searches (fewer than 3 characters, or no word of 3 on MariaDB)
 * fall back to the `LIKE` alone: a scan of the caller's rows, bounded by the
 * statement timeout.
 */
export interface TextSearchTarget {
  /** Alias of the searched table in the query, e.g. `f`. */
  alias: string;
  /** The FTS5 table mirroring it on SQLite, e.g. `files_fts`. */
  ftsTable: string;
  /** Searched columns, in the order of the FULLTEXT index. */
  columns: string[];
  /** Whether the columns hold mixed case (then LIKE compares lower-cased text). */
  mixedCase: boolean;
}

/** Shortest text the indexes can serve. */
export const MIN_INDEXED_SEARCH = 3;

export function whereTextContains<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  driver: 'sqlite' | 'mysql',
  target: TextSearchTarget,
  q: string,
): SelectQueryBuilder<T> {
  const text = q.toLowerCase();
  const like = target.columns
    .map((column) => {
      const expression = target.mixedCase
        ? `LOWER(${target.alias}.${column})`
        : `${target.alias}.${column}`;
      return `${expression} LIKE :searchLike ESCAPE '${LIKE_ESCAPE}'`;
    })
    .join(' OR ');
  const likeParameter = { searchLike: `%${escapeLike(text)}%` };
  if (driver === 'sqlite') {
    if ([...text].length < MIN_INDEXED_SEARCH) return query.andWhere(`(${like})`, likeParameter);
    return query.andWhere(
      `${target.alias}.rowid IN (SELECT rowid FROM ${target.ftsTable} WHERE ${target.ftsTable} MATCH :searchPhrase)`,
      { searchPhrase: `"${text.replace(/"/g, '""')}"` },
    );
  }
  const words = text
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((word) => [...word].length >= MIN_INDEXED_SEARCH);
  if (words.length === 0) return query.andWhere(`(${like})`, likeParameter);
  const columns = target.columns.map((column) => `${target.alias}.${column}`).join(', ');
  return query
    .andWhere(`MATCH(${columns}) AGAINST (:searchWords IN BOOLEAN MODE)`, {
      searchWords: words.map((word) => `+${word}*`).join(' '),
    })
    .andWhere(`(${like})`, likeParameter);
}
