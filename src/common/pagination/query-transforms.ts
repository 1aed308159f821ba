import { Transform } from 'class-transformer';

/** Query strings are text: accept `true`/`false` (and 1/0) for boolean filters; anything else fails validation. */
export function ToBoolean(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (value === 'true' || value === '1' || value === true) return true;
    if (value === 'false' || value === '0' || value === false) return false;
    return value;
  });
}

/** Trims a string value before validation (other types pass through to fail their own checks). */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim() : value,
  );
}

/**
 * The LIKE escape character. Not a backslash: MySQL and SQLite disagree on
 * what '\\' means inside a string literal, while '!' reads the same on both.
 */
export const LIKE_ESCAPE = '!';

/** Escapes LIKE wildcards so a search for "50%" matches the text "50%". Use with `ESCAPE '!'`. */
export function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `${LIKE_ESCAPE}${c}`);
}

const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An ISO-8601 date or date-time becomes a Date; anything else (including
 * numbers such as "12345", which `new Date` would accept) stays a string and
 * fails the `@IsDate()` that follows.
 */
export function ToIsoDate(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return value;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date;
  });
}
