import { Transform } from 'class-transformer';

/** Query strings are text: accept `true`/`false` (and 1/0) for boolean filters; anything else fails validation. */
export function ToBoolean(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (value === 'true' || value === '1' || value === true) return true;
    if (value === 'false' || value === '0' || value === false) return false;
    return value;
  });
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
