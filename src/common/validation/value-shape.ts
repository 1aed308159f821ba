import { AppException } from '../errors/app.exception';

/**
 * How deep a request body may nest (the top-level object or array is level
 * 1). No body this API accepts goes past level 2; 32 leaves room for any
 * real client while keeping class-transformer and class-validator, which
 * recurse, far from the stack limit (5,000 levels overflowed it: a 500).
 */
export const MAX_BODY_DEPTH = 32;

/**
 * Keys that name the prototype machinery. `JSON.parse` and the query and
 * form parsers keep them as ordinary own keys, and class-transformer then
 * drops them silently; every other unknown field is a 422, so these are too.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ShapeProblem = { kind: 'too_deep' } | { kind: 'prototype_key'; field: string };

/**
 * Walks a parsed body or query once, iteratively (a recursive walk would
 * overflow on exactly the values it must refuse), and reports the first
 * problem: nesting past `maxDepth`, or a prototype key anywhere (with its
 * dotted path, as validation errors name fields).
 */
export function findShapeProblem(
  value: unknown,
  maxDepth = MAX_BODY_DEPTH,
): ShapeProblem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const pending: Array<{ node: object; depth: number; path: string }> = [
    { node: value, depth: 1, path: '' },
  ];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, depth, path } = next;
    if (depth > maxDepth) return { kind: 'too_deep' };
    for (const key of Object.keys(node)) {
      const field = path === '' ? key : `${path}.${key}`;
      if (!Array.isArray(node) && PROTOTYPE_KEYS.has(key)) return { kind: 'prototype_key', field };
      const child = (node as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null)
        pending.push({ node: child, depth: depth + 1, path: field });
    }
  }
  return undefined;
}

/** 400: like malformed JSON, no route can use such a body. */
export function bodyTooDeep(): AppException {
  return new AppException(
    400,
    'BODY_TOO_DEEP',
    `The request body is nested more than ${MAX_BODY_DEPTH} levels deep.`,
  );
}
