import { registerDecorator, ValidateIf, type ValidationOptions } from 'class-validator';

/** The constraint name of the "not null" check; the validation pipe reports it alone. */
export const NOT_NULL_CONSTRAINT = 'notNull';

/**
 * The project's "this field may be omitted": validation is skipped only when
 * the field is absent (`undefined`). `null` is a value like any other and must
 * pass the field's rules, which it never does: it is answered with 422
 * "<field> must not be null".
 *
 * class-validator's `@IsOptional()` skips validation for `null` too, which
 * let `{"email": null}` reach services and the database (500s, a MySQL
 * without strict mode writing 0 into a NOT NULL boolean). ESLint forbids
 * importing `IsOptional` so every DTO uses this instead.
 */
export function Optional(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    ValidateIf((_object: unknown, value: unknown) => value !== undefined, options)(
      target,
      propertyName,
    );
    NotNull(options)(target, propertyName);
  };
}

/**
 * Refuses `null` with its own message ("<field> must not be null"), for
 * fields whose presence is decided by another rule (e.g. login's "username
 * or email"); `Optional()` includes it.
 */
export function NotNull(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: NOT_NULL_CONSTRAINT,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must not be null', ...options },
      validator: { validate: (value: unknown) => value !== null },
    });
  };
}
