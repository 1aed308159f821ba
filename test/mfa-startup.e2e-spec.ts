import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt, DIST_MAIN, freePort, runNode, startServer } from './support/processes';

/** The built server refuses production without MFA_ENCRYPTION_KEY while an account has MFA on. */
describe('start-up without MFA_ENCRYPTION_KEY', () => {
  let dir: string;
  beforeAll(() => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'rvp-mfa-startup-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const production = (file: string, extra: Record<string, string> = {}) => ({
    NODE_ENV: 'production',
    JWT_SECRET: 'Zq3kP9vX2mW7rT5yB8nC1dF4gH6jK0LsA2eR7uI9oQ',
    HOST: '127.0.0.1',
    DATABASE_URL: `sqlite:${file}`,
    ...extra,
  });

  it('starts while nobody has MFA on, and refuses once someone does (one line, exit 1)', async () => {
    const file = join(dir, 'db.sqlite');
    const first = await startServer(production(file, { PORT: String(await freePort()) }));
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);

    const db = new Database(file);
    const now = '2026-12-01 10:00:00.000';
    const id = '00000000-0000-4000-8000-00000000a001';
    db.prepare(
      `INSERT INTO users (id, username, username_normalized, email, hashed_password, mfa_enabled, created_at, updated_at)
       VALUES (?, 'ada', 'ada', 'ada@example.org', 'x', 1, ?, ?)`,
    ).run(id, now, now);
    db.prepare(
      `INSERT INTO user_mfa (user_id, secret_encrypted, enabled_at, created_at) VALUES (?, 'v1.a.b.c', ?, ?)`,
    ).run(id, now, now);
    db.close();

    const refused = await runNode(
      DIST_MAIN,
      [],
      production(file, { PORT: String(await freePort()) }),
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([
      'Configuration error: MFA_ENCRYPTION_KEY is not set, but 1 account(s) have two-factor authentication on; they cannot sign in with a code without it',
    ]);
  });

  it('refuses a key that is not 32 bytes', async () => {
    const result = await runNode(DIST_MAIN, [], {
      DATABASE_URL: `sqlite:${join(dir, 'other.sqlite')}`,
      MFA_ENCRYPTION_KEY: 'too-short',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'Configuration error: MFA_ENCRYPTION_KEY must be 32 random bytes',
    );
    expect(result.stderr).not.toContain('too-short');
  });
});
