import { startTestApp, type TestApp } from './support/test-app';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from './support/test-database';
import { TcpProxy } from './support/tcp-proxy';

/**
 * Readiness must turn 503 and name the database when the database stops
 * answering, and liveness must not (the process itself is fine).
 */
describe('readiness when the database is unreachable', () => {
  let t: TestApp;
  let database: TestDatabase;
  let cutDatabase: () => Promise<void>;

  beforeAll(async () => {
    database = await createTestDatabase();
    if (testDatabaseKind() === 'mysql') {
      // Reach MariaDB through a relay that can be cut, like a network failure.
      const target = new URL(database.url);
      const proxy = await new TcpProxy(target.hostname, Number(target.port || 3306)).start();
      const viaProxy = new URL(database.url);
      viaProxy.port = String(proxy.port);
      t = await startTestApp({ DATABASE_URL: viaProxy.toString() }, { database });
      cutDatabase = () => proxy.cut();
    } else {
      // An embedded database cannot leave the network; closing its handle is the equivalent.
      t = await startTestApp({}, { database });
      cutDatabase = async () => {
        const driver = t.dataSource.driver as unknown as { databaseConnection: { close(): void } };
        driver.databaseConnection.close();
      };
    }
  });

  afterAll(async () => {
    await t.close().catch(() => undefined);
    await database.drop();
  });

  it('is ready while the database answers', async () => {
    await t.http.get('/api/v1/health/ready').expect(200);
  });

  it('answers 503 NOT_READY naming the database once it is gone, while liveness stays 200', async () => {
    await cutDatabase();
    const res = await t.http.get('/api/v1/health/ready').expect(503);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.body).toMatchObject({
      status: 503,
      code: 'NOT_READY',
      detail: expect.stringContaining('database'),
      checks: { database: { status: 'down' } },
    });
    await t.http.get('/api/v1/health').expect(200);
  });
});
