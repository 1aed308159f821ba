import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { AppException } from '../errors/app.exception';
import type { FieldError } from '../errors/problem';
import { NOT_NULL_CONSTRAINT } from './optional';
import { bodyTooDeep, findShapeProblem } from './value-shape';

function messagesOf(error: ValidationError): string[] {
  const constraints = error.constraints ?? {};
  // null fails every rule of its field; "must not be null" says why, the rest is noise.
  if (constraints[NOT_NULL_CONSTRAINT]) return [constraints[NOT_NULL_CONSTRAINT]];
  return Object.entries(constraints).map(([constraint, message]) =>
    // class-validator phrases unknown fields as "property x should not exist".
    constraint === 'whitelistValidation' ? 'is not an accepted field' : message,
  );
}

/** Flattens nested validation errors into `{field: "a.b.0.c", message}` pairs. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    return [
      ...messagesOf(error).map((message) => ({ field, message })),
      ...toFieldErrors(error.children ?? [], field),
    ];
  });
}

export function validationFailed(errors: FieldError[]): AppException {
  return new AppException(422, 'VALIDATION_FAILED', 'The request has invalid or unknown fields.', {
    errors,
  });
}

/**
 * The global pipe: strips nothing silently (unknown fields are errors),
 * converts query strings to typed values, and answers 422 with every field
 * problem listed.
 */
export class AppValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => validationFailed(toFieldErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const validatesAClass =
      (metadata.type === 'body' || metadata.type === 'query') &&
      typeof metadata.metatype === 'function' &&
      ![String, Number, Boolean, Array, Object].includes(metadata.metatype as never);
    if (!validatesAClass) return super.transform(value, metadata);
    // A JSON array or scalar where an object is expected would otherwise slip
    // past class-validator (it validates the elements, or nothing).
    if (
      metadata.type === 'body' &&
      value !== undefined &&
      (value === null || typeof value !== 'object' || Array.isArray(value))
    ) {
      throw validationFailed([{ field: 'body', message: 'must be a JSON object' }]);
    }
    // class-transformer drops prototype keys silently; they are unknown fields like any other.
    const problem = findShapeProblem(value);
    if (problem?.kind === 'prototype_key')
      throw validationFailed([{ field: problem.field, message: 'is not an accepted field' }]);
    if (problem?.kind === 'too_deep') throw bodyTooDeep();
    return super.transform(value, metadata);
  }
}
