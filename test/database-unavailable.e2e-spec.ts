import Sqlite from 'better-sqlite3';
import { login, register, type SignedIn } from './support/factories';
import { TcpProxy } from './support/tcp-proxy';
import { startTestApp, type TestApp } from './support/test-app';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from './support/test-database';

/**
 * A database that cannot be reached in time is 503 DATABASE_UNAVAILABLE with
 * Retry-After, from the one exception filter, on every route; never a 500 or
 * a request that hangs. (Outages against a live server, with kills and slow
 * links, are in test/faults.)
 */
describe('database unavailable → 503 DATABASE_UNAVAILABLE', () => {
  let database: TestDatabase;
  let t: TestApp;
  let user: SignedIn;
  let proxy: TcpProxy | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    const settings = {
      DATABASE_QUERY_TIMEOUT_MS: '500',
      DATABASE_ACQUIRE_TIMEOUT_MS: '300',
      DATABASE_CONNECT_TIMEOUT_MS: '500',
      DATABASE_POOL_SIZE: '2',
    };
    if (testDatabaseKind() === 'mysql') {
      const target = new URL(database.url);
      proxy = await new TcpProxy(target.hostname, Number(target.port || 3306)).start();
      const viaProxy = new URL(database.url);
      viaProxy.port = String(proxy.port);
      t = await startTestApp({ ...settings, DATABASE_URL: viaProxy.toString() }, { database });
    } else {
      t = await startTestApp(settings, { database });
    }
    user = await register(t);
  });

  afterAll(async () => {
    await t.close().catch(() => undefined);
    await proxy?.cut();
    await database.drop();
  });

  /** Makes the database stop answering; returns how to undo it. */
  async function makeUnreachable(): Promise<() => Promise<void>> {
    if (proxy) {
      const relay = proxy;
      relay.blackhole();
      return async () => relay.restore();
    }
    // SQLite: another process holds the write lock (as the CLI or a backup tool might).
    const other = new Sqlite(database.name, { timeout: 0 });
    other.exec('BEGIN EXCLUSIVE');
    return async () => {
      other.exec('ROLLBACK');
      other.close();
    };
  }

  it('answers 503 with Retry-After within the timeouts, then serves again once the database is back', async () => {
    const undo = await makeUnreachable();
    let results;
    try {
      const started = Date.now();
      results = await Promise.all(
        Array.from({ length: 6 }, () =>
          t.http
            .post('/api/v1/auth/login')
            .send({ username: user.user.username, password: user.password }),
        ),
      );
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await undo();
    }
    for (const res of results) {
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
      expect(JSON.stringify(res.body)).not.toMatch(/SQL|ECONN|SQLITE|PROTOCOL/);
    }
    // The pool (or the turn queue) heals by itself.
    let back = await login(t, user.user.username, user.password).catch(() => undefined);
    for (let i = 0; i < 20 && !back; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      back = await login(t, user.user.username, user.password).catch(() => undefined);
    }
    expect(back?.access_token).toEqual(expect.any(String));
  });
});
