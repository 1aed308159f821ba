import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt, freePort, startServer } from '../support/processes';
import { TcpProxy } from '../support/tcp-proxy';
import { TEST_JWT_SECRET } from '../support/test-app';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../support/test-database';

type Server = Awaited<ReturnType<typeof startServer>>;

/** Every request in these tests gives up after this long: a hang fails the test instead of stalling it. */
const CLIENT_TIMEOUT_MS = 8_000;

/**
 * The built server reaches MariaDB through a relay that fails the way
 * networks do: it swallows bytes without closing, it is slow, it refuses.
 * Requests must answer 503 DATABASE_UNAVAILABLE with Retry-After within the
 * timeouts (never hang, never 500), the outage must be logged once, and the
 * pool must heal by itself. Needs TEST_DATABASE_URL=mysql://… (`.ci/run`).
 */
describe('database outages, through a relay to MariaDB', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let server: Server;
  let dir: string;
  let base: string;
  let auth: Record<string, string>;

  beforeAll(async () => {
    assertBuilt();
    if (testDatabaseKind() !== 'mysql')
      throw new Error('the database fault suite needs TEST_DATABASE_URL=mysql://…');
    database = await createTestDatabase();
    const target = new URL(database.url);
    proxy = await new TcpProxy(target.hostname, Number(target.port || 3306)).start();
    const viaProxy = new URL(database.url);
    viaProxy.port = String(proxy.port);
    dir = mkdtempSync(join(tmpdir(), 'rvp-faults-db-'));
    const port = await freePort();
    server = await startServer({
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: TEST_JWT_SECRET,
      DATABASE_URL: viaProxy.toString(),
      DATABASE_RUN_MIGRATIONS: 'true',
      DATABASE_POOL_SIZE: '4',
      DATABASE_QUEUE_LIMIT: '8',
      DATABASE_CONNECT_TIMEOUT_MS: '1000',
      DATABASE_ACQUIRE_TIMEOUT_MS: '1000',
      DATABASE_QUERY_TIMEOUT_MS: '1000',
      STORAGE_DIR: join(dir, 'files'),
      FILES_JANITOR_INTERVAL_SECONDS: '0',
      AUTH_RATE_LIMIT: '100000',
    });
    base = `http://127.0.0.1:${port}/api/v1`;
    const tag = randomBytes(4).toString('hex');
    const registered = await fetch(`${base}/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: `outage_${tag}`,
        email: `outage_${tag}@example.org`,
        password: 'a passphrase for outages',
      }),
    });
    expect(registered.status).toBe(201);
    auth = {
      authorization: `Bearer ${((await registered.json()) as { access_token: string }).access_token}`,
    };
  });

  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await server?.exited;
    await proxy?.cut();
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** One request; the time it took; its status and problem code. */
  async function timed(path: string, headers: Record<string, string> = auth) {
    const started = Date.now();
    const res = await fetch(`${base}${path}`, {
      headers,
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    });
    const body = (await res.json()) as { code?: string };
    return {
      status: res.status,
      code: body.code,
      retryAfter: res.headers.get('retry-after'),
      ms: Date.now() - started,
    };
  }

  const lines = (pattern: RegExp) =>
    server
      .output()
      .split('\n')
      .filter((line) => pattern.test(line));

  async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms: number) {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await read().catch((error: unknown) => error as T);
      if (ok(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('answers 503 DATABASE_UNAVAILABLE with Retry-After within the timeouts while the link swallows bytes; liveness stays 200', async () => {
    expect((await timed('/auth/me')).status).toBe(200);
    // A personal token whose lookup (a prepared statement) no connection has run yet:
    // under the outage its first use must PREPARE, which mysql2 does not time out.
    const created = await fetch(`${base}/tokens`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'outage probe' }),
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    });
    expect(created.status).toBe(201);
    const apiKey = { 'x-api-key': ((await created.json()) as { token: string }).token };
    proxy.blackhole();
    const results = await Promise.all(Array.from({ length: 20 }, () => timed('/auth/me')));
    results.push(await timed('/auth/me', apiKey));
    for (const result of results) {
      expect(result).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE', retryAfter: '5' });
      // Query timeout (1 s) + connection wait (1 s), with room for a busy machine.
      expect(result.ms).toBeLessThan(4_000);
    }
    const live = await timed('/health', {});
    expect(live.status).toBe(200);
    expect(live.ms).toBeLessThan(500);
    const ready = await fetch(`${base}/health/ready`, {
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    });
    expect(ready.status).toBe(503);
    expect(
      ((await ready.json()) as { checks: Record<string, { status: string }> }).checks.database
        .status,
    ).toBe('down');
  });

  it('heals without a restart once the database answers again', async () => {
    proxy.restore();
    const back = await eventually(
      () => timed('/auth/me'),
      (result) => result.status === 200,
      6_000,
    );
    expect(back).toMatchObject({ status: 200 });
    // Every pooled connection works again, not just one.
    const burst = await Promise.all(Array.from({ length: 8 }, () => timed('/auth/me')));
    expect(burst.map((result) => result.status)).toEqual(Array(8).fill(200));
  });

  it('logs the outage once, then once more with the count when it is over', async () => {
    const over = await eventually(
      async () => lines(/Database outage over/),
      (found) => found.length > 0,
      15_000,
    );
    expect(lines(/Database unavailable \(/)).toHaveLength(1);
    expect(over).toHaveLength(1);
    const summary = JSON.parse(over[0]) as { failed_requests: number };
    expect(summary.failed_requests).toBeGreaterThanOrEqual(20);
    expect(lines(/INTERNAL_ERROR|Unhandled error/)).toEqual([]);
  });

  it('sheds load with 503 instead of queueing without bound when the database is slow', async () => {
    proxy.latencyMs = 250;
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 40 }, () => timed('/auth/me')));
    proxy.latencyMs = 0;
    const statuses = results.map((result) => result.status);
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    // 4 connections and 8 waiting places: most of 40 requests are turned away at once…
    const shed = results.filter((result) => result.status === 503);
    expect(shed.length).toBeGreaterThanOrEqual(20);
    expect(shed.every((result) => result.code === 'DATABASE_UNAVAILABLE')).toBe(true);
    expect(Math.min(...shed.map((result) => result.ms))).toBeLessThan(500);
    // …while the ones let in are served, slowly.
    expect(statuses).toContain(200);
    expect(Date.now() - started).toBeLessThan(CLIENT_TIMEOUT_MS);
    const after = await eventually(
      () => timed('/auth/me'),
      (result) => result.status === 200,
      5_000,
    );
    expect(after.status).toBe(200);
  });

  it('answers 503, not 500, when the database is gone from the network', async () => {
    await proxy.cut();
    const results = await Promise.all(Array.from({ length: 5 }, () => timed('/auth/me')));
    for (const result of results)
      expect(result).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE', retryAfter: '5' });
    expect(lines(/INTERNAL_ERROR|Unhandled error/)).toEqual([]);
  });
});
