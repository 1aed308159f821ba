import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt, freePort, startServer } from '../support/processes';
import { TEST_JWT_SECRET } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { eventually } from '../support/uploads';

type Server = Awaited<ReturnType<typeof startServer>>;

const MiB = 1024 * 1024;

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/**
 * STORAGE_DIR on a small filesystem of its own (a 4 MiB tmpfs, mounted here;
 * needs root, as CI has). An upload that fills it must answer 507
 * INSUFFICIENT_STORAGE (not 400), leave no partial file, be logged once and
 * counted; readiness must report low free space below STORAGE_MIN_FREE_BYTES.
 */
describe('a full disk under STORAGE_DIR', () => {
  let database: TestDatabase;
  let dir: string;
  let mount: string;
  let server: Server;
  let base: string;
  let auth: Record<string, string>;

  beforeAll(async () => {
    assertBuilt();
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'rvp-faults-disk-'));
    mount = join(dir, 'small');
    mkdirSync(mount);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m,mode=0700', 'tmpfs', mount], {
        stdio: 'pipe',
      });
    } catch (error) {
      throw new Error(
        `the disk-full suite mounts a 4 MiB tmpfs and needs root for it: ${String(error)}`,
      );
    }
    const port = await freePort();
    server = await startServer({
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: TEST_JWT_SECRET,
      DATABASE_URL: database.url,
      DATABASE_RUN_MIGRATIONS: 'true',
      STORAGE_DIR: join(mount, 'files'),
      STORAGE_MIN_FREE_BYTES: String(2 * MiB),
      FILES_JANITOR_INTERVAL_SECONDS: '0',
      AUTH_RATE_LIMIT: '100000',
    });
    base = `http://127.0.0.1:${port}`;
    const tag = randomBytes(4).toString('hex');
    const registered = await fetch(`${base}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: `disk_${tag}`,
        email: `disk_${tag}@example.org`,
        password: 'a passphrase for full disks',
      }),
    });
    const token = ((await registered.json()) as { access_token: string }).access_token;
    auth = { authorization: `Bearer ${token}` };
  });

  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await server?.exited;
    try {
      execFileSync('umount', [mount], { stdio: 'pipe' });
    } catch {
      // not mounted
    }
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const uploadText = async (bytes: number, name: string) => {
    const form = new FormData();
    form.append(
      'file',
      new Blob([Buffer.alloc(bytes, 'full disk notes\n')], { type: 'text/plain' }),
      name,
    );
    const res = await fetch(`${base}/api/v1/files`, { method: 'POST', headers: auth, body: form });
    return { status: res.status, body: (await res.json()) as { code?: string; id?: string } };
  };
  const readiness = async () => {
    const res = await fetch(`${base}/api/v1/health/ready`);
    return {
      status: res.status,
      body: (await res.json()) as { checks: Record<string, { status: string; message?: string }> },
    };
  };

  it('answers 507 INSUFFICIENT_STORAGE to an upload that fills the disk, keeps nothing, logs it once and counts it', async () => {
    const before = filesUnder(join(mount, 'files'));
    const res = await uploadText(6 * MiB, 'too-big-for-the-disk.txt');
    expect(res.status).toBe(507);
    expect(res.body.code).toBe('INSUFFICIENT_STORAGE');
    expect(filesUnder(join(mount, 'files'))).toEqual(before);
    // The server's log line may reach this process a moment after its answer does.
    const storageFullLines = () =>
      server
        .output()
        .split('\n')
        .filter((line) => line.includes('The file storage is full'));
    const logged = await eventually(storageFullLines, (lines) => lines.length > 0);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('ENOSPC');
    expect(server.output()).not.toContain('MALFORMED_MULTIPART');
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^files_upload_storage_full_total 1$/m);
  });

  it('reports low free space in readiness below STORAGE_MIN_FREE_BYTES, and recovers when space is freed', async () => {
    expect((await readiness()).status).toBe(200);
    const kept = await uploadText(Math.round(2.5 * MiB), 'fills-most-of-it.txt');
    expect(kept.status).toBe(201);
    const low = await readiness();
    expect(low.status).toBe(503);
    expect(low.body.checks.storage.status).toBe('down');
    expect(low.body.checks.storage.message).toMatch(/^low free space: \d+ bytes free/);
    expect(low.body.checks.database.status).toBe('up');

    const removed = await fetch(`${base}/api/v1/files/${kept.body.id}`, {
      method: 'DELETE',
      headers: auth,
    });
    expect(removed.status).toBe(204);
    expect((await readiness()).status).toBe(200);
    // And the service stores files again.
    expect((await uploadText(64 * 1024, 'small.txt')).status).toBe(201);
  });
});
