/** Pure rules about user identity fields; no I/O. */
import type { UserEntity } from './user.entity';

export const USERNAME_MIN_LENGTH = 3;
export const USERNAME_MAX_LENGTH = 32;
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,32}$/;
export const EMAIL_MAX_LENGTH = 254;

/** The unique key of a username: "Ada" and "ada" are the same account name. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** Emails are stored trimmed and lower-cased, so uniqueness holds on every database. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Login accepts a username or an email in one field; an `@` can only be in an email. */
export function loginIdentifierKind(identifier: string): 'email' | 'username' {
  return identifier.includes('@') ? 'email' : 'username';
}

/** Why a change to an account voids its outstanding password-reset links, if it does. */
export type ResetLinkRevocation = 'password_changed' | 'email_changed' | 'deactivated';

/**
 * A reset link proves control of the mailbox at the time it was sent, for an
 * account as it was then. A new password (set by anyone, any way), a new
 * email, or a deactivation makes that stale, so every outstanding link dies;
 * reactivating later does not revive them. Changing only the username, or
 * setting the email to what it already is, does not.
 */
export function resetLinkRevocation(
  before: Pick<UserEntity, 'email'>,
  patch: Partial<UserEntity>,
): ResetLinkRevocation | undefined {
  if (patch.hashed_password !== undefined) return 'password_changed';
  if (patch.email !== undefined && patch.email !== before.email) return 'email_changed';
  if (patch.is_active === false) return 'deactivated';
  return undefined;
}
