import type { Request, Response } from 'express';
import { SCIM_BASE_PATH } from '../common/http/scim-path';
import { ScimErrors } from './scim-errors';
import { SCIM_CONTENT_TYPE } from './scim-user';
import { SCIM_MAX_RESULTS } from './scim-users.service';

const LIST_PARAMETERS = new Set([
  'filter',
  'startIndex',
  'count',
  'attributes',
  'excludedAttributes',
  // Sorting is not supported (ServiceProviderConfig says so); RFC 7644 lets a provider ignore these.
  'sortBy',
  'sortOrder',
]);

/** Attributes every representation keeps (RFC 7643 `returned: always`). */
const ALWAYS_RETURNED = new Set(['schemas', 'id', 'meta']);

/** Where this service is, as the client reached it (with TRUST_PROXY, as the proxy says). */
export function scimBaseUrl(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}${SCIM_BASE_PATH}`;
}

export function sendScim(response: Response, status: number, body: object): void {
  response.status(status).setHeader('Content-Type', SCIM_CONTENT_TYPE);
  response.send(JSON.stringify(body));
}

function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw ScimErrors.invalidValue(`Give "${name}" once.`);
  return value;
}

function integer(query: Record<string, unknown>, name: string): number | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (!/^-?\d{1,9}$/.test(value.trim())) {
    throw ScimErrors.invalidValue(`"${name}" must be an integer.`);
  }
  return Number(value);
}

/**
 * `filter`, `startIndex` (1-based; below 1 means 1) and `count` (negative
 * means 0, above SCIM_MAX_RESULTS means that many), RFC 7644 §3.4.2.4.
 * Unknown parameters are refused rather than ignored.
 */
export function listQueryOf(query: Record<string, unknown>): {
  filter: string | undefined;
  startIndex: number;
  count: number;
} {
  for (const name of Object.keys(query)) {
    if (!LIST_PARAMETERS.has(name)) {
      throw ScimErrors.invalidValue(
        `"${name.slice(0, 50)}" is not a query parameter of this list.`,
      );
    }
  }
  const startIndex = Math.max(1, integer(query, 'startIndex') ?? 1);
  const count = Math.min(
    SCIM_MAX_RESULTS,
    Math.max(0, integer(query, 'count') ?? SCIM_MAX_RESULTS),
  );
  return { filter: single(query, 'filter'), startIndex, count };
}

function names(value: string | undefined): Set<string> | undefined {
  if (value === undefined) return undefined;
  return new Set(
    value
      .split(',')
      .map(
        (name) =>
          name
            .trim()
            .toLowerCase()
            .replace(/^urn:ietf:params:scim:schemas:core:2\.0:user:/, '')
            .split('.')[0],
      )
      .filter((name) => name !== ''),
  );
}

/** `attributes` / `excludedAttributes` (RFC 7644 §3.9), on top-level attributes. */
export function projectionOf(
  query: Record<string, unknown>,
): (resource: Record<string, unknown>) => Record<string, unknown> {
  const only = names(single(query, 'attributes'));
  const without = names(single(query, 'excludedAttributes'));
  return (resource) =>
    Object.fromEntries(
      Object.entries(resource).filter(([key]) => {
        if (ALWAYS_RETURNED.has(key)) return true;
        const lower = key.toLowerCase();
        if (only) return only.has(lower);
        return !without?.has(lower);
      }),
    );
}
