/** Pure rules about user identity fields; no I/O. */
import { domainToASCII } from 'node:url';
import type { UserEntity } from './user.entity';

export const USERNAME_MIN_LENGTH = 3;
export const USERNAME_MAX_LENGTH = 32;
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,32}$/;
export const EMAIL_MAX_LENGTH = 254;

/** The unique key of a username: "Ada" and "ada" are the same account name. */
export function normalizeUsername(username: string): string {
  return username.trim().normalize('NFC').toLowerCase();
}

/** The unique key of a SCIM `userName` (not case-exact, RFC 7643 §4.1.1); the value itself is kept as sent. */
export function normalizeScimUserName(userName: string): string {
  return userName.normalize('NFC').toLowerCase();
}

/**
 * The stored form of an email, or undefined when its domain has no IDNA
 * ASCII form: trimmed, the (ASCII-only) local part lower-cased, and the
 * domain converted to its IDNA ASCII form (UTS #46, non-transitional, as
 * WHATWG URL does: `straße.example` → `xn--strae-oqa.example`, full-width
 * letters folded, case folded).
 *
 * Why: every stored email is then plain ASCII, and the databases compare
 * ASCII the same way. Unicode domains did not: MariaDB's utf8mb4_unicode_ci
 * treats `ß` as `ss`, so `x@straße.example` and `x@strasse.example` (two
 * different domains) collided on the unique index and signed in to one
 * account, while SQLite kept them apart. A binary collation would only have
 * moved the problem (full-width and decomposed spellings of one domain would
 * become different accounts); the IDNA form is the domain's one canonical
 * spelling, and what mail servers use anyway.
 */
export function canonicalEmail(email: string): string | undefined {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return undefined;
  const domain = domainToASCII(trimmed.slice(at + 1));
  if (domain === '') return undefined;
  return `${trimmed.slice(0, at).toLowerCase()}@${domain}`;
}

/**
 * The form emails are stored and looked up in (see `canonicalEmail`). Total,
 * for lookups of arbitrary input: what has no canonical form is trimmed and
 * lower-cased, and matches nothing stored (validation refuses such emails).
 */
export function normalizeEmail(email: string): string {
  return canonicalEmail(email) ?? email.trim().toLowerCase();
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
