/** Text search with LIKE, the same on SQLite and MySQL/MariaDB. */

/**
 * The LIKE escape character. Not a backslash: MySQL and SQLite disagree on
 * what '\\' means inside a string literal, while '!' reads the same on both.
 */
export const LIKE_ESCAPE = '!';

/** Escapes LIKE wildcards so a search for "50%" matches the text "50%". Use with `ESCAPE '!'`. */
export function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `${LIKE_ESCAPE}${c}`);
}
