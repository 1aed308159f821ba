import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileEntity } from '../src/files/file.entity';
import { STORAGE_MARKER_KEY } from '../src/files/storage/storage-driver';
import { FIXTURES } from './support/file-fixtures';
import { login, register } from './support/factories';
import { assertBuilt, DIST_CLI, runNode } from './support/processes';
import { startTestApp, TEST_JWT_SECRET } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { createTestStorage } from './support/test-storage';
import { upload } from './support/uploads';

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

  // The field rules are unit cases (src/cli/create-admin.command.spec.ts); these two
  // prove a refusal by the users service and one by the option parser exit non-zero.
  it.each([
    [
      ['--username', 'valid_name', '--email', 'ok@example.org', '--password', 'password1'],
      /too common/,
    ],
    [['--username', 'valid_name', '--email', 'ok@example.org'], /required option '--password/],
  ])('exits non-zero with a clear message on bad input %#', async (args, message) => {
    const result = await runNode(DIST_CLI, ['create-admin', ...args], env());
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });
});

/** `npm run cli -- files-reconcile`: the operator's side of the janitor. */
describe('CLI files-reconcile', () => {
  it('reports rows whose bytes are gone, removes them only when asked, and only on the verified storage', async () => {
    assertBuilt();
    const t = await startTestApp();
    const elsewhere = await createTestStorage(mkdtempSync(join(tmpdir(), 'rvp-cli-other-')));
    try {
      const user = await register(t);
      const kept = (await upload(t, user.auth, FIXTURES.pdf, 'kept.pdf', 'application/pdf')).body;
      const lost = (await upload(t, user.auth, FIXTURES.png, 'lost.png', 'image/png')).body;
      const rows = () => t.dataSource.getRepository(FileEntity);
      await t.storage.remove((await rows().findOneByOrFail({ id: lost.id })).storage_key);
      const env = { DATABASE_URL: t.database.url, ...t.storage.env };

      const report = await runNode(DIST_CLI, ['files-reconcile'], env);
      // (The AWS SDK may warn about the Node version on stderr when the storage is S3.)
      expect(report.stderr).not.toMatch(/error/i);
      expect(report.code).toBe(0);
      expect(report.stdout).toContain('rows without stored bytes: 1');
      expect(report.stdout).toContain(lost.id);
      expect(report.stdout).toContain('--remove-missing-rows');
      expect(await rows().count()).toBe(2);

      // Pointed at storage that is not this database's, it changes nothing.
      const wrong = await runNode(DIST_CLI, ['files-reconcile', '--remove-missing-rows'], {
        ...env,
        ...elsewhere.env,
      });
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toMatch(/not verified as this database's storage \(marker missing/);
      expect(await rows().count()).toBe(2);

      const removal = await runNode(DIST_CLI, ['files-reconcile', '--remove-missing-rows'], env);
      expect(removal.code).toBe(0);
      expect(removal.stdout).toContain('removed 1 row(s)');
      expect((await rows().find()).map((row) => row.id)).toEqual([kept.id]);
    } finally {
      await elsewhere.drop();
      await t.close();
    }
  });

  it('claims, on an operator’s word, a storage whose marker is missing', async () => {
    const t = await startTestApp();
    try {
      await t.storage.remove(STORAGE_MARKER_KEY);
      const env = { DATABASE_URL: t.database.url, ...t.storage.env };
      const refused = await runNode(DIST_CLI, ['files-reconcile'], env);
      expect(refused.code).toBe(1);
      const claimed = await runNode(DIST_CLI, ['files-reconcile', '--claim-storage'], env);
      expect(claimed.code).toBe(0);
      expect(claimed.stdout).toMatch(/claimed as storage [0-9a-f-]{36}/);
      expect(await t.storage.keys()).toContain(STORAGE_MARKER_KEY);
      await t.http.get('/api/v1/health/ready').expect(200);
    } finally {
      await t.close();
    }
  });
});
