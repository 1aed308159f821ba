import { Transform } from 'class-transformer';

/** Trims a string value before validation (other types pass through to fail their own checks). */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim() : value,
  );
}
