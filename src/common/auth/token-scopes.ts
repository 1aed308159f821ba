/**
 * What a personal access token may be limited to (SPEC §10). A token holds a
 * set of these, or none at all (null: its owner's full access, as every token
 * made before scopes had). Sessions (access JWTs) are never scoped.
 *
 * Each route declares the one scope that reaches it with
 * `@Auth({ scope: … })`; a scoped token on a route that declares none is
 * refused (403 INSUFFICIENT_SCOPE), so a new route is closed to scoped tokens
 * until someone decides which scope opens it.
 */
export const TOKEN_SCOPES = {
  'profile:read': 'Read your own account (GET /auth/me).',
  'files:read': 'List, read, download and export your files (all files, for an admin).',
  'files:write': 'Upload and delete your files (any file, for an admin).',
  'users:read': 'Admin: list, read and export users.',
  'users:write': 'Admin: create, change and delete users.',
  'audit:read': 'Admin: read and export the audit log.',
  scim: 'Admin: provision users over SCIM 2.0 (/scim/v2); only a token holding it reaches SCIM.',
} as const;

export type TokenScope = keyof typeof TOKEN_SCOPES;

export const TOKEN_SCOPE_NAMES = Object.keys(TOKEN_SCOPES) as TokenScope[];

/** Only an administrator may create a token with these, and it works only while its owner is one. */
export const ADMIN_SCOPES: readonly TokenScope[] = [
  'users:read',
  'users:write',
  'audit:read',
  'scim',
];

/**
 * Scopes a full-access credential (a session, an unscoped token) does not
 * carry: routes needing them accept only a token that names them.
 */
export const EXPLICIT_SCOPES: readonly TokenScope[] = ['scim'];

export function isTokenScope(value: string): value is TokenScope {
  return Object.hasOwn(TOKEN_SCOPES, value);
}

/** How scopes are stored in `tokens.scopes`: space-separated, as OAuth writes them. */
export function serializeScopes(scopes: readonly TokenScope[] | null): string | null {
  return scopes === null ? null : scopes.join(' ');
}

/** The stored form read back; unknown names (from a newer release) are dropped, never widened. */
export function parseScopes(stored: string | null): TokenScope[] | null {
  if (stored === null) return null;
  return stored.split(' ').filter(isTokenScope);
}
