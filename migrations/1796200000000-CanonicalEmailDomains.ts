import { domainToASCII } from 'node:url';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const BATCH_SIZE = 500;

/**
 * The stored form of an email from now on: the domain in its IDNA ASCII form
 * (see `canonicalEmail` in src/users/user-rules.ts for why). Written out here
 * rather than imported, so this migration keeps doing what it did when it
 * ran whatever the app's code becomes.
 */
function withAsciiDomain(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at <= 0) return undefined;
  const domain = domainToASCII(email.slice(at + 1));
  return domain === '' ? undefined : `${email.slice(0, at).toLowerCase()}@${domain}`;
}

/**
 * Rewrites stored emails with an international domain (`x@straße.example`)
 * into the form the app now stores and looks up (`x@xn--strae-oqa.example`),
 * so those users can still sign in and reset their password. Data only: the
 * schema does not change. An email whose new form another user already has
 * is left as it is and reported (two accounts cannot be merged by a
 * migration; an admin decides).
 */
export class CanonicalEmailDomains1796200000000 implements MigrationInterface {
  name = 'CanonicalEmailDomains1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    let afterId = '';
    for (;;) {
      const rows = (await queryRunner.query(
        'SELECT id, email FROM users WHERE id > ? ORDER BY id LIMIT ?',
        [afterId, BATCH_SIZE],
      )) as Array<{ id: string; email: string }>;
      if (rows.length === 0) return;
      for (const row of rows) {
        // ASCII emails were already stored in their final form (trimmed, lower-cased).
        if (/^[\x20-\x7e]*$/.test(row.email)) continue;
        const canonical = withAsciiDomain(row.email);
        if (canonical === undefined || canonical === row.email) continue;
        const taken = (await queryRunner.query('SELECT id FROM users WHERE email = ?', [
          canonical,
        ])) as unknown[];
        if (taken.length > 0) {
          queryRunner.connection.logger.log(
            'warn',
            `users.email of ${row.id} left as it is: its ASCII form belongs to another user`,
          );
          continue;
        }
        await queryRunner.query('UPDATE users SET email = ? WHERE id = ?', [canonical, row.id]);
      }
      afterId = rows[rows.length - 1].id;
    }
  }

  public async down(): Promise<void> {
    // Nothing to undo: the ASCII form is a valid spelling of the same address,
    // and the earlier code stored ASCII emails as they are.
  }
}
