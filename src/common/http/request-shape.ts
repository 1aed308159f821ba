import type { NextFunction, Request, Response } from 'express';
import { AppException } from '../errors/app.exception';
import { validationFailed } from '../validation/validation.pipe';

/**
 * How deep a request body may nest (the top-level object or array is level
 * 1). No body this API accepts goes past level 2; 32 leaves room for any
 * real client while keeping class-transformer and class-validator, which
 * recurse, far from the stack limit (5,000 levels overflowed it).
 */
export const MAX_BODY_DEPTH = 32;

/**
 * Keys that name the prototype machinery. `JSON.parse` (and the form parser)
 * keep them as ordinary own keys, and class-transformer then drops them
 * silently; every other unknown field is a 422, so these are too.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type BodyShapeProblem = { kind: 'too_deep' } | { kind: 'prototype_key'; field: string };

/**
 * Walks a parsed body once, iteratively (a recursive walk would overflow on
 * exactly the bodies it must refuse), and reports the first problem: nesting
 * past `maxDepth`, or a prototype key anywhere (with its dotted path).
 */
export function findBodyShapeProblem(
  body: unknown,
  maxDepth = MAX_BODY_DEPTH,
): BodyShapeProblem | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const pending: Array<{ value: object; depth: number; path: string }> = [
    { value: body, depth: 1, path: '' },
  ];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, depth, path } = next;
    if (depth > maxDepth) return { kind: 'too_deep' };
    for (const key of Object.keys(value)) {
      const field = path === '' ? key : `${path}.${key}`;
      if (!Array.isArray(value) && PROTOTYPE_KEYS.has(key)) return { kind: 'prototype_key', field };
      const child = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null)
        pending.push({ value: child, depth: depth + 1, path: field });
    }
  }
  return undefined;
}

export function bodyTooDeep(): AppException {
  return new AppException(
    400,
    'BODY_TOO_DEEP',
    `The request body is nested more than ${MAX_BODY_DEPTH} levels deep.`,
  );
}

/**
 * Express middleware right after the body parsers, before anything reads the
 * request (guards, pipes, class-transformer): refuses bodies nested too
 * deeply (400 `BODY_TOO_DEEP`, like malformed JSON: no route can use them)
 * and prototype keys in the body or the query string (422
 * `VALIDATION_FAILED` naming the field, like any other unknown field).
 */
export function requestShapeMiddleware(
  request: Request,
  _response: Response,
  next: NextFunction,
): void {
  const problem = findBodyShapeProblem(request.body) ?? findBodyShapeProblem(request.query);
  if (problem === undefined) next();
  else if (problem.kind === 'too_deep') next(bodyTooDeep());
  else next(validationFailed([{ field: problem.field, message: 'is not an accepted field' }]));
}
