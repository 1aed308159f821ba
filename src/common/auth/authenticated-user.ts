import type { TokenScope } from './token-scopes';

/**
 * The account behind a request: every column of `users` except the password
 * hash and the normalised username, read on this very request (see
 * tokens.repository.ts). A column added to the user entity is read too.
 */
export interface CallerAccount {
  id: string;
  username: string;
  email: string;
  is_active: boolean;
  is_admin: boolean;
  email_verified: boolean;
  mfa_enabled: boolean;
  external_id: string | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * Who is calling, as the authentication guard established it from current
 * data on this very request (never from claims cached in a token).
 *
 * Exactly one of `sessionId` and `personalTokenId` is set: a caller signed in
 * with an access JWT has a session; an integrator using a personal access
 * token has none, so routes marked `@Auth({ session: true })` refuse them.
 */
export interface AuthenticatedUser {
  user: CallerAccount;
  /** The sign-in session behind the access token; null for a personal access token. */
  sessionId: string | null;
  /** The personal access token used; null for an access JWT. */
  personalTokenId: string | null;
  /**
   * The scopes of the personal access token used (token-scopes.ts). Absent or
   * null: the owner's full access (a session, or a token made without scopes).
   */
  scopes?: readonly TokenScope[] | null;
}

/** The caller's session; callers on `@Auth({ session: true })` routes always have one. */
export function sessionOf(caller: AuthenticatedUser): string {
  if (caller.sessionId === null) throw new Error('sessionOf used on a route without a session');
  return caller.sessionId;
}
