import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** The list shipped with the app (see the header of the file for its source). */
export function loadCommonPasswords(
  path = join(__dirname, 'common-passwords.txt'),
): ReadonlySet<string> {
  const lines = readFileSync(path, 'utf8').split('\n');
  return new Set(lines.filter((line) => line !== '' && !line.startsWith('#')));
}

export interface PasswordContext {
  username?: string;
  email?: string;
}

/**
 * SPEC §2: 8–128 characters (Unicode code points, never truncated), not one
 * of the common passwords, not equal to the username or email. Returns the
 * problem as a message, or null when the password is acceptable.
 */
export class PasswordPolicy {
  constructor(private readonly commonPasswords: ReadonlySet<string>) {}

  problemWith(password: string, context: PasswordContext = {}): string | null {
    const length = [...password].length;
    if (length < PASSWORD_MIN_LENGTH)
      return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
    if (length > PASSWORD_MAX_LENGTH)
      return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
    const folded = password.toLowerCase();
    // A Set lookup: the same cost whichever password is checked.
    if (this.commonPasswords.has(folded))
      return 'is too common; choose a less predictable password';
    if (context.username !== undefined && folded === context.username.trim().toLowerCase()) {
      return 'must not be the same as the username';
    }
    if (context.email !== undefined && folded === context.email.trim().toLowerCase()) {
      return 'must not be the same as the email';
    }
    return null;
  }
}
