import { request as httpRequest, type ClientRequest } from 'node:http';
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import { register, type SignedIn } from './support/factories';
import { useTestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

const QUERY_TIMEOUT_MS = 4_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * MariaDB: a read whose client has gone is killed on the server, not left
 * running for nobody.
 * Reads are made slow on purpose: another connection holds `LOCK TABLES
 * files WRITE`, so the list's SELECT waits on the server until it is killed
 * or the lock goes. (SQLite runs in-process with bounded queries: nothing to
 * cancel there, see docs/data-at-scale.md.)
 */
(testDatabaseKind() === 'mysql' ? describe : describe.skip)('query cancellation (MariaDB)', () => {
  const t = useTestApp({
    DATABASE_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
    FILES_JANITOR_INTERVAL_SECONDS: '0',
  });
  let user: SignedIn;
  let admin: Connection;
  let locker: Connection;

  beforeAll(async () => {
    user = await register(t);
    admin = await createConnection({ uri: t.database.url });
    await sleep(1_200); // the janitor's start-up pass reads files too
  });

  afterAll(async () => {
    await locker?.end().catch(() => undefined);
    await admin?.end();
  });

  /** The app's statements on `files` running (or waiting) on the server now. */
  async function runningOnFiles(): Promise<string[]> {
    const [rows] = await admin.query<RowDataPacket[]>(
      "SELECT info FROM information_schema.processlist WHERE db = ? AND command = 'Query' AND id <> CONNECTION_ID() AND info LIKE '%files%'",
      [t.database.name],
    );
    return rows.map((row) => String(row.info));
  }

  async function until(check: () => Promise<boolean>, withinMs: number): Promise<boolean> {
    const deadline = Date.now() + withinMs;
    while (Date.now() < deadline) {
      if (await check()) return true;
      await sleep(50);
    }
    return check();
  }

  async function lockFiles(): Promise<void> {
    locker = await createConnection({ uri: t.database.url });
    await locker.query('LOCK TABLES files WRITE');
  }

  async function unlockFiles(): Promise<void> {
    await locker.query('UNLOCK TABLES');
    await locker.end();
  }

  function listFiles(): { req: ClientRequest; answer: Promise<number> } {
    const req = httpRequest({
      host: '127.0.0.1',
      port: t.port,
      path: '/api/v1/files?count=true',
      headers: { Authorization: user.auth },
    });
    const answer = new Promise<number>((resolve, reject) => {
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
    });
    req.end();
    return { req, answer };
  }

  it('kills the list query on the server when its client goes away', async () => {
    await lockFiles();
    try {
      // A client that stays: its query waits for the lock and is answered after it.
      const patient = listFiles();
      expect(await until(async () => (await runningOnFiles()).length > 0, 5_000)).toBe(true);
      await sleep(300);
      expect((await runningOnFiles()).length).toBeGreaterThan(0);
      await unlockFiles();
      expect(await patient.answer).toBe(200);

      await lockFiles();
      const leaving = listFiles();
      leaving.answer.catch(() => undefined);
      expect(await until(async () => (await runningOnFiles()).length > 0, 5_000)).toBe(true);
      const left = Date.now();
      leaving.req.destroy();
      // Gone from the server while the lock is still held (long before the statement timeout).
      expect(await until(async () => (await runningOnFiles()).length === 0, 2_000)).toBe(true);
      expect(Date.now() - left).toBeLessThan(QUERY_TIMEOUT_MS / 2);
    } finally {
      await unlockFiles().catch(() => undefined);
    }
    // The connection whose query was killed serves the next requests.
    for (let i = 0; i < 3; i += 1)
      await t.http.get('/api/v1/files').set('Authorization', user.auth).expect(200);
  });
});
