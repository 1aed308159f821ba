import type { Request } from 'express';

/** SCIM 2.0's base URL (RFC 7644), outside the /api/v1 prefix: identity providers are configured with it. */
export const SCIM_BASE_PATH = '/scim/v2';

/**
 * Whether a request is for the SCIM service: its errors are written in SCIM's
 * error schema, and its changes are audited with actor type `scim`.
 */
export function isScimRequest(request: Request): boolean {
  const path = request.path;
  return path === SCIM_BASE_PATH || path.startsWith(`${SCIM_BASE_PATH}/`);
}
