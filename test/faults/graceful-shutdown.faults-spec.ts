import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt, freePort, startServer } from '../support/processes';
import { TEST_JWT_SECRET } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

type Server = Awaited<ReturnType<typeof startServer>>;

const FILE_BYTES = 24 * 1024 * 1024;
const IDLE_CLIENTS = 40;
const BUSY_CLIENTS = 10;

/**
 * SIGTERM with keep-alive clients connected (idle ones, and busy ones sending
 * request after request) and a slow download in flight: readiness turns 503,
 * idle keep-alive connections close at once, busy ones after the answer in
 * flight (with Connection: close), the download finishes whole, and the
 * process exits 0 as soon as it has — not at SHUTDOWN_TIMEOUT_MS. Past the
 * timeout what is left is cut.
 */
describe('graceful shutdown of the built server', () => {
  let database: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    assertBuilt();
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'rvp-faults-shutdown-'));
  });
  afterAll(async () => {
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function start(env: Record<string, string>): Promise<{ server: Server; port: number }> {
    const port = await freePort();
    const server = await startServer({
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: TEST_JWT_SECRET,
      DATABASE_URL: database.url,
      DATABASE_RUN_MIGRATIONS: 'true',
      STORAGE_DIR: join(dir, 'files'),
      FILES_JANITOR_INTERVAL_SECONDS: '0',
      AUTH_RATE_LIMIT: '100000',
      ...env,
    });
    return { server, port };
  }

  /** Registers a user and uploads a large text file; returns its id, sha256 and the token. */
  async function uploadLargeFile(port: number) {
    const base = `http://127.0.0.1:${port}/api/v1`;
    const tag = randomBytes(4).toString('hex');
    const registered = await fetch(`${base}/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: `drain_${tag}`,
        email: `drain_${tag}@example.org`,
        password: 'a passphrase for draining',
      }),
    });
    const { access_token: token } = (await registered.json()) as { access_token: string };
    const data = Buffer.alloc(FILE_BYTES, 'review notes, line after line\n');
    const form = new FormData();
    form.append('file', new Blob([data], { type: 'text/plain' }), 'big.txt');
    const uploaded = await fetch(`${base}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const file = (await uploaded.json()) as { id: string; sha256: string };
    return { ...file, token };
  }

  /** Starts a download that reads about `bytesPerTick` every 10 ms; resolves with what arrived. */
  function slowDownload(port: number, path: string, token: string, bytesPerTick: number) {
    let response!: IncomingMessage;
    const headers = new Promise<IncomingMessage>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path, headers: { authorization: `Bearer ${token}` } },
        (res) => {
          response = res;
          resolve(res);
        },
      );
      req.on('error', reject);
      req.end();
    });
    const body = headers.then(
      (res) =>
        new Promise<{ bytes: number; sha256: string; complete: boolean; endedAt: number }>(
          (resolve) => {
            const hash = createHash('sha256');
            let bytes = 0;
            res.on('data', (chunk: Buffer) => {
              hash.update(chunk);
              bytes += chunk.length;
              if (bytes % bytesPerTick < chunk.length) {
                res.pause();
                setTimeout(() => res.resume(), 10);
              }
            });
            let reported = false;
            const done = () => {
              if (reported) return;
              reported = true;
              resolve({
                bytes,
                sha256: hash.digest('hex'),
                complete: res.complete,
                endedAt: Date.now(),
              });
            };
            res.once('end', done);
            res.once('aborted', done);
            res.once('error', done);
            res.once('close', done);
          },
        ),
    );
    return { headers, body, response: () => response };
  }

  it('closes idle keep-alive connections at once, finishes the download in flight, then exits 0', async () => {
    const { server, port } = await start({ SHUTDOWN_TIMEOUT_MS: '20000' });
    const file = await uploadLargeFile(port);

    // Keep-alive clients with a connection each, idle after one request.
    const agent = new Agent({ keepAlive: true, maxSockets: IDLE_CLIENTS });
    const sockets: Socket[] = [];
    agent.on('free', (socket: Socket) => {
      if (!sockets.includes(socket)) sockets.push(socket);
    });
    await Promise.all(
      Array.from(
        { length: IDLE_CLIENTS },
        () =>
          new Promise<void>((resolve, reject) => {
            httpRequest({ host: '127.0.0.1', port, path: '/api/v1/health', agent }, (res) => {
              res.resume();
              res.on('end', resolve);
            })
              .on('error', reject)
              .end();
          }),
      ),
    );
    expect(sockets.length).toBe(IDLE_CLIENTS);
    const closedAt: number[] = [];
    for (const socket of sockets) socket.once('close', () => closedAt.push(Date.now()));

    // Busy keep-alive clients: each sends request after request on its connection.
    let signalledAt = 0;
    const busyAgent = new Agent({ keepAlive: true, maxSockets: BUSY_CLIENTS });
    const answeredAfterSignal: Array<{ at: number; connection?: string }> = [];
    const busyClient = async (): Promise<number> => {
      for (;;) {
        try {
          const connection = await new Promise<string | undefined>((resolve, reject) => {
            httpRequest(
              { host: '127.0.0.1', port, path: '/api/v1/health', agent: busyAgent },
              (res) => {
                res.resume();
                res.on('end', () => resolve(res.headers.connection));
              },
            )
              .on('error', reject)
              .end();
          });
          if (signalledAt > 0) answeredAfterSignal.push({ at: Date.now(), connection });
        } catch {
          return Date.now();
        }
      }
    };
    const busy = Array.from({ length: BUSY_CLIENTS }, () => busyClient());

    // A readiness probe whose request is still arriving when the signal comes.
    const probe = connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => probe.once('connect', resolve));
    let probeAnswer = '';
    probe.on('data', (chunk: Buffer) => (probeAnswer += chunk.toString()));
    probe.write('GET /api/v1/health/ready HTTP/1.1\r\nHost: 127.0.0.1\r\n');

    // ~24 MiB at about 40 MiB/s: the download spans the signal by far.
    const download = slowDownload(port, `/api/v1/files/${file.id}/content`, file.token, 400 * 1024);
    const res = await download.headers;
    expect(res.statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));

    signalledAt = Date.now();
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    probe.write('\r\n');

    // Idle keep-alive connections are closed promptly, not at the timeout…
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(closedAt).toHaveLength(IDLE_CLIENTS);
    expect(Math.max(...closedAt) - signalledAt).toBeLessThan(800);
    // …and busy ones get at most the request in flight answered, told to close (those
    // answered while the signal was still on its way may say keep-alive: their connection is
    // closed right after).
    const busyEnded = await Promise.all(busy);
    expect(Math.max(...busyEnded) - signalledAt).toBeLessThan(1_000);
    expect(answeredAfterSignal.length).toBeLessThanOrEqual(2 * BUSY_CLIENTS);
    for (const answer of answeredAfterSignal.filter((a) => a.at - signalledAt > 150))
      expect(answer.connection).toBe('close');

    const downloaded = await download.body;
    expect(downloaded).toMatchObject({ bytes: FILE_BYTES, sha256: file.sha256, complete: true });
    expect(downloaded.endedAt - signalledAt).toBeGreaterThan(200);

    const finished = await server.exited;
    expect(finished.code).toBe(0);
    // The process went as soon as the download was done, not at SHUTDOWN_TIMEOUT_MS.
    expect(Date.now() - downloaded.endedAt).toBeLessThan(3_000);
    expect(finished.stdout).toContain('Every connection finished');

    // The probe that arrived during the drain heard 503 and was told to close.
    expect(probeAnswer).toMatch(/^HTTP\/1\.1 503 /);
    expect(probeAnswer).toMatch(/\r\nConnection: close\r\n/i);
    expect(probeAnswer).toContain('SHUTTING_DOWN');
    probe.destroy();
    agent.destroy();
    busyAgent.destroy();
  });

  it('cuts what is still open at SHUTDOWN_TIMEOUT_MS and says so', async () => {
    const { server, port } = await start({ SHUTDOWN_TIMEOUT_MS: '1500' });
    const file = await uploadLargeFile(port);
    // Far too slow to finish within 1.5 s.
    const download = slowDownload(port, `/api/v1/files/${file.id}/content`, file.token, 16 * 1024);
    await download.headers;
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    const finished = await server.exited;
    const tookMs = Date.now() - signalledAt;
    expect(tookMs).toBeGreaterThanOrEqual(1_400);
    expect(tookMs).toBeLessThan(5_000);
    expect(finished.code).toBe(1);
    expect(finished.stdout).toMatch(/1 connection\(s\) still open after 1500 ms were closed/);
    const downloaded = await download.body;
    expect(downloaded.complete).toBe(false);
    expect(downloaded.bytes).toBeLessThan(FILE_BYTES);
  });
});
