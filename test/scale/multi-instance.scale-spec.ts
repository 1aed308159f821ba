import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from '../support/file-fixtures';
import { assertBuilt, freePort, startServer } from '../support/processes';
import { TEST_JWT_SECRET } from '../support/test-app';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../support/test-database';
import { createTestStorage, testStorageKind, type TestStorage } from '../support/test-storage';

/**
 * Two instances of the built server behind no shared memory: the same
 * MariaDB database, the same S3 bucket, the same Redis. What one instance
 * does, the other must see at once.
 *
 * Needs TEST_DATABASE_URL=mysql://…, TEST_S3_ENDPOINT=… and TEST_REDIS_URL=…
 * (`.ci/run` provides all three; see docs/scaling.md).
 */
describe('two instances sharing MariaDB, S3 and Redis', () => {
  let database: TestDatabase;
  let storage: TestStorage;
  let dir: string;
  const servers: Array<Awaited<ReturnType<typeof startServer>>> = [];
  let a: string;
  let b: string;

  beforeAll(async () => {
    assertBuilt();
    if (
      testDatabaseKind() !== 'mysql' ||
      testStorageKind() !== 's3' ||
      !process.env.TEST_REDIS_URL
    ) {
      throw new Error(
        'the scale suite needs TEST_DATABASE_URL (mysql://…), TEST_S3_ENDPOINT and TEST_REDIS_URL',
      );
    }
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'rvp-scale-'));
    storage = await createTestStorage(join(dir, 'unused'));
    const shared = {
      NODE_ENV: 'production',
      JWT_SECRET: TEST_JWT_SECRET,
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      REDIS_URL: process.env.TEST_REDIS_URL,
      AUTH_RATE_LIMIT: '4',
      AUTH_RATE_WINDOW_SECONDS: '60',
      TRUST_PROXY: 'true',
      FILES_JANITOR_INTERVAL_SECONDS: '0',
      ...storage.env,
    };
    // The first instance applies the migrations (a deploy step); the second starts on the migrated schema.
    const portA = await freePort();
    servers.push(
      await startServer({ ...shared, PORT: String(portA), DATABASE_RUN_MIGRATIONS: 'true' }),
    );
    const portB = await freePort();
    servers.push(
      await startServer({ ...shared, PORT: String(portB), DATABASE_RUN_MIGRATIONS: 'false' }),
    );
    a = `http://127.0.0.1:${portA}/api/v1`;
    b = `http://127.0.0.1:${portB}/api/v1`;
  });

  afterAll(async () => {
    for (const server of servers) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await storage?.drop();
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const json = (
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    fetch(url, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  async function registerOn(base: string, ip: string) {
    const tag = randomBytes(4).toString('hex');
    const res = await json(
      'POST',
      `${base}/auth/register`,
      {
        username: `scale_${tag}`,
        email: `scale_${tag}@example.org`,
        password: 'a shared passphrase 1',
      },
      { 'x-forwarded-for': ip },
    );
    expect(res.status).toBe(201);
    return (await res.json()) as {
      access_token: string;
      refresh_token: string;
      user: { id: string; username: string };
    };
  }

  it('reports both instances ready with database, storage and redis up', async () => {
    for (const base of [a, b]) {
      const res = await fetch(`${base}/health/ready`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        status: 'ok',
        checks: { database: { status: 'up' }, storage: { status: 'up' }, redis: { status: 'up' } },
      });
    }
  });

  it('serves through B a file uploaded through A', async () => {
    const session = await registerOn(a, '192.0.2.1');
    const form = new FormData();
    form.append('file', new Blob([FIXTURES.pdf], { type: 'application/pdf' }), 'shared.pdf');
    const uploaded = await fetch(`${a}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.access_token}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const file = (await uploaded.json()) as { id: string; sha256: string };
    const downloaded = await fetch(`${b}/files/${file.id}/content`, {
      headers: { authorization: `Bearer ${session.access_token}` },
    });
    expect(downloaded.status).toBe(200);
    const bytes = Buffer.from(await downloaded.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    expect(await storage.keys()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^objects\//)]),
    );
  });

  it('refuses on B, at once, a token whose session was logged out on A', async () => {
    const session = await registerOn(a, '192.0.2.2');
    const auth = { authorization: `Bearer ${session.access_token}` };
    expect((await fetch(`${b}/auth/me`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${a}/auth/logout`, { method: 'POST', headers: auth })).status).toBe(204);
    const refused = await fetch(`${b}/auth/me`, { headers: auth });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { code: string }).code).toBe('TOKEN_REVOKED');
  });

  it('refuses on B, at once, a user deactivated through A', async () => {
    const victim = await registerOn(a, '192.0.2.3');
    // An admin, made through the database both instances share.
    const admin = await registerOn(b, '192.0.2.4');
    const { createConnection } = await import('mysql2/promise');
    const connection = await createConnection({ uri: database.url });
    await connection.query('UPDATE users SET is_admin = 1 WHERE id = ?', [admin.user.id]);
    await connection.end();

    expect(
      (await fetch(`${b}/auth/me`, { headers: { authorization: `Bearer ${victim.access_token}` } }))
        .status,
    ).toBe(200);
    const patched = await json(
      'PATCH',
      `${a}/users/${victim.user.id}`,
      { is_active: false },
      { authorization: `Bearer ${admin.access_token}` },
    );
    expect(patched.status).toBe(200);
    const refused = await fetch(`${b}/auth/me`, {
      headers: { authorization: `Bearer ${victim.access_token}` },
    });
    expect(refused.status).toBe(401);
  });

  it('counts login attempts on A and B against one shared limit', async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
    const attempt = (base: string) =>
      json(
        'POST',
        `${base}/auth/login`,
        { username: `nobody_${randomBytes(3).toString('hex')}`, password: 'wrong password here' },
        { 'x-forwarded-for': ip },
      );
    const statuses = [];
    for (const base of [a, b, a, b]) statuses.push((await attempt(base)).status);
    expect(statuses).toEqual([401, 401, 401, 401]);
    for (const base of [a, b]) {
      const limited = await attempt(base);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });
});
