/** Pure rules about user identity fields; no I/O. */

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
