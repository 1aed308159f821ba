import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest, type ClientRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt, freePort, startServer } from '../support/processes';
import { TEST_JWT_SECRET } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { multipartBody } from '../support/uploads';

type Server = Awaited<ReturnType<typeof startServer>>;

/**
 * `kill -9` in the middle of an upload leaves a partial temporary file. The
 * next start must remove it at once (its writer is gone), not an hour later,
 * while the uploads in flight of an instance that is still alive are kept,
 * and the janitor's log line must say what it removed and what it kept.
 */
describe('crash leftovers after kill -9', () => {
  let database: TestDatabase;
  let dir: string;
  const servers: Server[] = [];

  beforeAll(async () => {
    assertBuilt();
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'rvp-faults-crash-'));
  });
  afterAll(async () => {
    for (const server of servers) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const storageDir = () => join(dir, 'files');

  async function start(): Promise<{ server: Server; port: number }> {
    const port = await freePort();
    const server = await startServer({
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: TEST_JWT_SECRET,
      DATABASE_URL: database.url,
      DATABASE_RUN_MIGRATIONS: 'true',
      STORAGE_DIR: storageDir(),
      FILES_JANITOR_INTERVAL_SECONDS: '0',
      UPLOAD_IDLE_TIMEOUT_SECONDS: '600',
      AUTH_RATE_LIMIT: '100000',
    });
    servers.push(server);
    return { server, port };
  }

  /** Writer folders under tmp/ and the files in each. */
  function temporaryFolders(): Record<string, string[]> {
    const root = join(storageDir(), 'tmp');
    if (!existsSync(root)) return {};
    return Object.fromEntries(
      readdirSync(root).map((writer) => [writer, readdirSync(join(root, writer)).sort()]),
    );
  }

  async function token(port: number): Promise<string> {
    const tag = randomBytes(4).toString('hex');
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: `crash_${tag}`,
        email: `crash_${tag}@example.org`,
        password: 'a passphrase for crashes',
      }),
    });
    return ((await res.json()) as { access_token: string }).access_token;
  }

  /** Starts an upload and sends half of it, then holds the connection open. */
  async function halfUpload(port: number): Promise<ClientRequest> {
    const multipart = multipartBody([
      {
        name: 'file',
        filename: 'half.txt',
        contentType: 'text/plain',
        data: Buffer.alloc(4 * 1024 * 1024, 'a crash is coming\n'),
      },
    ]);
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/v1/files',
      headers: {
        authorization: `Bearer ${await token(port)}`,
        'content-type': multipart.contentType,
        'content-length': String(multipart.body.length),
      },
    });
    req.on('error', () => undefined);
    req.write(multipart.body.subarray(0, multipart.body.length / 2));
    return req;
  }

  /** The log line of a server's first janitor pass, once there is one. */
  const janitorLine = (server: Server) => () =>
    server
      .output()
      .split('\n')
      .find((line) => line.includes('"msg":"Janitor'));

  /** Polls until `check` holds (or returns the last value after `ms`). */
  async function until<T>(read: () => T, check: (value: T) => boolean, ms = 5_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = read();
      if (check(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('removes a dead writer’s partial upload at the next start and keeps a live writer’s', async () => {
    const crashing = await start();
    const living = await start();
    const doomed = await halfUpload(crashing.port);
    const inFlight = await halfUpload(living.port);
    // Each writer's folder holds its heartbeat and its partial upload.
    const before = await until(
      temporaryFolders,
      (folders) => Object.values(folders).filter((files) => files.length === 2).length === 2,
    );
    expect(Object.keys(before)).toHaveLength(2);
    // Both have run their start-up pass: what happens next is the next start's doing.
    for (const { server } of [crashing, living])
      await until(janitorLine(server), (line) => line !== undefined);

    crashing.server.child.kill('SIGKILL');
    await crashing.server.exited;
    doomed.destroy();

    // The next start: the dead writer's folder goes within the start-up pass.
    const restarted = await start();
    const after = await until(temporaryFolders, (folders) => Object.keys(folders).length === 2);
    const survivors = Object.keys(after);
    // The live writer's folder (heartbeat + partial upload) is untouched…
    const livingFolder = Object.keys(before).find((writer) => survivors.includes(writer));
    expect(livingFolder).toBeDefined();
    expect(after[livingFolder as string]).toEqual(before[livingFolder as string]);
    // …the dead one is gone, and the new instance has its own (heartbeat only).
    expect(Object.keys(before).filter((writer) => !survivors.includes(writer))).toHaveLength(1);
    const fresh = survivors.find((writer) => writer !== livingFolder) as string;
    expect(after[fresh]).toEqual(['heartbeat']);

    const pass = await until(janitorLine(restarted.server), (line) => line !== undefined);
    expect(JSON.parse(pass as string)).toMatchObject({ temporaryRemoved: 1, temporaryKept: 1 });
    inFlight.destroy();
  });
});
