import { login } from './support/factories';
import { assertBuilt, DIST_CLI, runNode } from './support/processes';
import { startTestApp, TEST_JWT_SECRET } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/** `npm run cli -- create-admin` against the configured database (SQLite or MariaDB). */
describe('CLI create-admin', () => {
  let database: TestDatabase;
  const env = () => ({
    DATABASE_URL: database.url,
    DATABASE_RUN_MIGRATIONS: 'true',
    JWT_SECRET: TEST_JWT_SECRET,
  });

  beforeAll(async () => {
    assertBuilt();
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('creates an administrator who can then sign in and use admin routes', async () => {
    const result = await runNode(
      DIST_CLI,
      [
        'create-admin',
        '--username',
        'Root.Admin',
        '--email',
        'ROOT@example.org',
        '--password',
        'a long admin passphrase',
      ],
      env(),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Created administrator Root\.Admin <root@example\.org> \(id [0-9a-f-]{36}\)$/m,
    );

    const t = await startTestApp({}, { database });
    try {
      const admin = await login(t, 'root.admin', 'a long admin passphrase');
      expect(admin.user).toMatchObject({
        is_admin: true,
        is_active: true,
        email: 'root@example.org',
      });
      await t.http.get('/api/v1/users').set('Authorization', admin.auth).expect(200);
    } finally {
      await t.close();
    }
  });

  it('promotes an existing user with that username instead of failing', async () => {
    const t = await startTestApp({}, { database });
    try {
      await t.http
        .post('/api/v1/auth/register')
        .send({
          username: 'promote_me',
          email: 'promote@example.org',
          password: 'their own passphrase',
        })
        .expect(201);
    } finally {
      await t.close();
    }
    const result = await runNode(
      DIST_CLI,
      [
        'create-admin',
        '--username',
        'PROMOTE_ME',
        '--email',
        'other@example.org',
        '--password',
        'ignored passphrase x',
      ],
      env(),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Promoted existing user promote_me');

    const again = await startTestApp({}, { database });
    try {
      const user = await login(again, 'promote_me', 'their own passphrase');
      expect(user.user.is_admin).toBe(true);
    } finally {
      await again.close();
    }
  });

  it.each([
    [
      ['--username', 'x', '--email', 'ok@example.org', '--password', 'a long admin passphrase'],
      /username must be 3–32/,
    ],
    [
      ['--username', 'valid_name', '--email', 'nope', '--password', 'a long admin passphrase'],
      /email must be a valid email/,
    ],
    [
      ['--username', 'valid_name', '--email', 'ok@example.org', '--password', 'password1'],
      /too common/,
    ],
    [['--username', 'valid_name', '--email', 'ok@example.org'], /required option '--password/],
    [
      [
        '--username',
        'root\u202Enimda',
        '--email',
        'ok@example.org',
        '--password',
        'a long admin passphrase',
      ],
      /username must not contain invisible or bidirectional control characters/,
    ],
  ])('exits non-zero with a clear message on bad input %#', async (args, message) => {
    const result = await runNode(DIST_CLI, ['create-admin', ...args], env());
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });
});
