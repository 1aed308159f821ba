import { USERNAME_MAX_LENGTH, USERNAME_MIN_LENGTH } from './user-rules';

/**
 * The username a first single sign-on proposes: `preferred_username` (its
 * part before an `@`), else the email's local part, reduced to the username
 * rules (letters, digits, `.`, `_`, `-`; 3–32). Accents are dropped
 * (`José` → `Jose`); anything else becomes `-`; too short is padded from
 * `user`.
 */
export function baseUsername(preferred: string | undefined, email: string): string {
  const source = (preferred?.split('@')[0] ?? '').trim() || email.split('@')[0];
  const cleaned = source
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, USERNAME_MAX_LENGTH);
  if (cleaned.length >= USERNAME_MIN_LENGTH) return cleaned;
  return `user${cleaned ? `-${cleaned}` : ''}`.slice(0, USERNAME_MAX_LENGTH);
}

/** The `attempt`-th candidate (0: the base itself; then base-2, base-3, …, kept within 32). */
export function usernameCandidate(base: string, attempt: number): string {
  if (attempt === 0) return base;
  const suffix = `-${attempt + 1}`;
  return `${base.slice(0, USERNAME_MAX_LENGTH - suffix.length)}${suffix}`;
}
