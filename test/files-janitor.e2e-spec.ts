import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadDatabaseSettings } from '../src/config/database.config';
import { buildDataSourceOptions } from '../src/database/database-options';
import { FileEntity } from '../src/files/file.entity';
import { FilesJanitor } from '../src/files/files-janitor.service';
import { StorageIdentityEntity } from '../src/files/storage-identity.entity';
import { STORAGE_MARKER_KEY } from '../src/files/storage/storage-driver';
import { FIXTURES } from './support/file-fixtures';
import { login, register, type SignedIn } from './support/factories';
import { startTestApp, type TestApp, useTestApp } from './support/test-app';
import { testStorageKind } from './support/test-storage';
import { storedObjects, upload } from './support/uploads';

/** Leftovers older than this count as abandoned in this suite. */
const MAX_AGE_SECONDS = 2;
const RETENTION_SECONDS = 2;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

const janitorSettings = {
  FILES_TEMP_MAX_AGE_SECONDS: String(MAX_AGE_SECONDS),
  FILES_JANITOR_INTERVAL_SECONDS: '0',
  FILES_QUARANTINE_RETENTION_SECONDS: String(RETENTION_SECONDS),
  FILES_JANITOR_MAX_QUARANTINE_PER_PASS: '2',
};

/** Places objects that count as old: backdated on disk, or aged for real where the storage sets its own dates (S3). */
async function placeOld(t: TestApp, entries: Array<[string, string]>): Promise<void> {
  for (const [key, data] of entries) await t.storage.place(key, data, { old: true });
  if (!t.storage.canBackdate) await sleep((MAX_AGE_SECONDS + 1.2) * 1000);
}

/** Settings pointing at storage that does not exist: a directory never made, or a bucket never created. */
function missingStorage(): Record<string, string> {
  const tag = randomBytes(4).toString('hex');
  return testStorageKind() === 's3'
    ? { S3_BUCKET: `rvp-missing-${tag}` }
    : { STORAGE_DIR: join(tmpdir(), `rvp-missing-storage-${tag}`) };
}

async function withDataSource<T>(url: string, work: (ds: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource(
    await buildDataSourceOptions(loadDatabaseSettings({ DATABASE_URL: url })),
  );
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

describe('files janitor', () => {
  const t = useTestApp(janitorSettings);
  let user: SignedIn;

  beforeAll(async () => {
    user = await register(t);
    // Let the start-up pass run and finish before arranging anything.
    await sleep(1_200);
    await t.app.get(FilesJanitor).runOnce();
  });

  it('removes stale temporary objects, quarantines (never deletes) unreferenced ones, and keeps rows whose bytes are gone', async () => {
    const janitor = t.app.get(FilesJanitor);
    const staleTemp = `tmp/${'a'.repeat(32)}`;
    const orphans = ['c', 'e', 'f'].map((c) => `objects/${c}${c}/${c.repeat(32)}`);
    await placeOld(t, [
      [staleTemp, 'an upload that never finished'],
      ...orphans.map((key): [string, string] => [key, 'bytes whose row is gone']),
    ]);
    const freshTemp = `tmp/${'b'.repeat(32)}`;
    const youngOrphan = `objects/dd/${'d'.repeat(32)}`;
    await t.storage.place(freshTemp, 'an upload in flight');
    await t.storage.place(youngOrphan, 'committed, row not inserted yet');
    const kept = (await upload(t, user.auth, FIXTURES.png, 'kept.png', 'image/png').expect(201))
      .body;
    const lost = (
      await upload(t, user.auth, FIXTURES.pdf, 'lost.pdf', 'application/pdf').expect(201)
    ).body;
    const lostRow = await t.dataSource.getRepository(FileEntity).findOneByOrFail({ id: lost.id });
    await t.storage.remove(lostRow.storage_key);

    const report = await janitor.runOnce();
    expect(report).toMatchObject({
      temporaryRemoved: 1,
      unreferencedQuarantined: 2,
      unreferencedDeferred: 1,
      unreferencedKeptYoung: 1,
      rowsWithoutObject: 1,
    });
    expect(report.temporaryKept).toBeGreaterThanOrEqual(1);
    expect(report.refused).toBeUndefined();
    const remaining = await storedObjects(t);
    expect(remaining).not.toContain(staleTemp);
    expect(remaining).toEqual(expect.arrayContaining([freshTemp, youngOrphan]));
    // Two orphans parked in quarantine, the third left for the next pass; none deleted.
    const parked = remaining.filter((key) => key.startsWith('quarantine/'));
    expect(parked).toHaveLength(2);
    expect(orphans.filter((key) => remaining.includes(key))).toHaveLength(1);

    // The row whose bytes are gone is still there: only an operator removes it.
    await t.http.get(`/api/v1/files/${lost.id}`).set('Authorization', user.auth).expect(200);
    await t.http
      .get(`/api/v1/files/${lost.id}/content`)
      .set('Authorization', user.auth)
      .expect(404);
    await t.http
      .get(`/api/v1/files/${kept.id}/content`)
      .set('Authorization', user.auth)
      .expect(200);

    const next = await janitor.runOnce();
    expect(next).toMatchObject({
      unreferencedQuarantined: 1,
      unreferencedDeferred: 0,
      rowsWithoutObject: 1,
    });
    const metrics = (await t.http.get('/metrics').expect(200)).text;
    expect(metrics).toMatch(/^files_rows_without_object 1$/m);
    expect(metrics).toMatch(/^files_janitor_objects_total\{action="quarantined"\} 3$/m);
    expect(metrics).toMatch(/^files_storage_verified 1$/m);
  });

  it('deletes quarantined objects after the retention, and puts back one a row refers to again', async () => {
    const janitor = t.app.get(FilesJanitor);
    const [wanted, unwanted] = ['a1', 'b2'].map((p) => `objects/${p}/${p.repeat(16)}`);
    await placeOld(t, [
      [wanted, 'bytes a row will claim'],
      [unwanted, 'bytes nobody wants'],
    ]);
    // The pass limit is 2: run until both are parked.
    for (let i = 0; i < 3; i += 1) await janitor.runOnce();
    let keys = await storedObjects(t);
    expect(keys.some((key) => key.endsWith(`/${wanted}`) && key.startsWith('quarantine/'))).toBe(
      true,
    );
    expect(keys).not.toContain(wanted);

    // A row referring to the parked key appears (e.g. restored from a backup).
    await t.dataSource.getRepository(FileEntity).insert({
      id: '00000000-0000-4000-8000-0000000000a1',
      owner_id: user.user.id,
      filename: 'claimed.txt',
      content_type: 'text/plain',
      size: 22,
      sha256: 'a'.repeat(64),
      storage_key: wanted,
      uploaded_at: new Date(),
    });
    // S3 servers round Last-Modified up to the next whole second (Swift does), so
    // the parked copy can look up to a second younger than it is.
    await sleep(RETENTION_SECONDS * 1000 + 2_500);
    const report = await janitor.runOnce();
    expect(report.quarantineRestored).toBe(1);
    expect(report.quarantineDeleted).toBeGreaterThanOrEqual(1);
    keys = await storedObjects(t);
    expect(keys).toContain(wanted);
    expect(keys.some((key) => key.endsWith(`/${unwanted}`))).toBe(false);
  });
});

describe('storage identity: an empty, missing or foreign storage never costs data', () => {
  it('writes a marker at first start and records the same id in the database', async () => {
    const t = await startTestApp();
    try {
      expect(await storedObjects(t)).toContain(STORAGE_MARKER_KEY);
      const marker = JSON.parse(await t.storage.read(STORAGE_MARKER_KEY)) as { storage_id: string };
      const row = await t.dataSource.getRepository(StorageIdentityEntity).findOneByOrFail({});
      expect(marker.storage_id).toBe(row.storage_id);
      const ready = await t.http.get('/api/v1/health/ready').expect(200);
      expect(ready.body.checks.storage).toEqual({ status: 'up' });
    } finally {
      await t.close();
    }
  });

  it('started on a missing or an empty storage it removes no row, answers 503 and writes nothing; on the right storage again everything is intact', async () => {
    const first = await startTestApp(janitorSettings);
    const owner = await register(first);
    const uploaded = [];
    for (const [data, name, type] of [
      [FIXTURES.pdf, 'one.pdf', 'application/pdf'],
      [FIXTURES.png, 'two.png', 'image/png'],
      [FIXTURES.text, 'three.txt', 'text/plain'],
    ] as const)
      uploaded.push((await upload(first, owner.auth, data, name, type).expect(201)).body);
    await first.stop();

    try {
      for (const wrong of [missingStorage(), {}]) {
        // `{}`: the test app's own new storage, which exists but is empty.
        const other = await startTestApp(
          { ...janitorSettings, ...wrong },
          { database: first.database },
        );
        try {
          const report = await other.app.get(FilesJanitor).runOnce();
          expect(report.refused).toMatch(/^(marker missing|storage unavailable)/);
          expect(report.rowsWithoutObject).toBe(0);
          const ready = await other.http.get('/api/v1/health/ready').expect(503);
          expect(ready.body.code).toBe('NOT_READY');
          expect(ready.body.checks.storage.status).toBe('down');
          expect(['marker missing', 'storage unavailable']).toContain(
            ready.body.checks.storage.message,
          );
          const signedIn = await login(other, owner.user.username, owner.password);
          const list = await other.http
            .get('/api/v1/files')
            .set('Authorization', signedIn.auth)
            .expect(200);
          expect(list.body.total).toBe(3);
          const refused = await upload(
            other,
            signedIn.auth,
            FIXTURES.pdf,
            'new.pdf',
            'application/pdf',
          );
          expect(refused.status).toBe(503);
          expect(refused.body.code).toBe('STORAGE_UNAVAILABLE');
          if (wrong.STORAGE_DIR) expect(existsSync(wrong.STORAGE_DIR)).toBe(false);
          else if (!wrong.S3_BUCKET) expect(await storedObjects(other)).toEqual([]);
        } finally {
          await other.close();
        }
      }
      expect(
        await withDataSource(first.database.url, (ds) => ds.getRepository(FileEntity).count()),
      ).toBe(3);

      const again = await startTestApp(
        { ...janitorSettings, ...first.storage.env },
        { database: first.database },
      );
      try {
        await again.http.get('/api/v1/health/ready').expect(200);
        const report = await again.app.get(FilesJanitor).runOnce();
        expect(report).toMatchObject({ rowsWithoutObject: 0, unreferencedQuarantined: 0 });
        const signedIn = await login(again, owner.user.username, owner.password);
        for (const [file, data] of uploaded.map(
          (f, i) => [f, [FIXTURES.pdf, FIXTURES.png, FIXTURES.text][i]] as const,
        )) {
          const res = await again.http
            .get(`/api/v1/files/${file.id}/content`)
            .set('Authorization', signedIn.auth)
            .buffer(true)
            .parse((response, done) => {
              const chunks: Buffer[] = [];
              response.on('data', (chunk: Buffer) => chunks.push(chunk));
              response.on('end', () => done(null, Buffer.concat(chunks)));
            })
            .expect(200);
          expect(sha256(res.body as Buffer)).toBe(sha256(data));
        }
      } finally {
        await again.close();
      }
    } finally {
      await first.close();
    }
  });

  it('a second instance on the same database with the wrong storage changes nothing while the first keeps serving', async () => {
    const first = await startTestApp(janitorSettings);
    const second = await startTestApp(janitorSettings, { database: first.database });
    try {
      const owner = await register(first);
      const file = (
        await upload(first, owner.auth, FIXTURES.pdf, 'a.pdf', 'application/pdf').expect(201)
      ).body;
      expect((await second.app.get(FilesJanitor).runOnce()).refused).toMatch(/^marker missing/);
      await second.http.get('/api/v1/health/ready').expect(503);
      expect(await storedObjects(second)).toEqual([]);

      await first.http.get('/api/v1/health/ready').expect(200);
      expect(await first.app.get(FilesJanitor).runOnce()).toMatchObject({
        rowsWithoutObject: 0,
        unreferencedQuarantined: 0,
      });
      await first.http
        .get(`/api/v1/files/${file.id}/content`)
        .set('Authorization', owner.auth)
        .expect(200);
    } finally {
      await second.close();
      await first.close();
    }
  });

  it("refuses a storage that carries another database's marker", async () => {
    const owner = await startTestApp(janitorSettings);
    const stranger = await startTestApp({ ...janitorSettings, ...owner.storage.env });
    try {
      const user = await register(owner);
      await upload(owner, user.auth, FIXTURES.pdf, 'mine.pdf', 'application/pdf').expect(201);
      const before = await storedObjects(owner);
      const ready = await stranger.http.get('/api/v1/health/ready').expect(503);
      expect(ready.body.checks.storage).toEqual({ status: 'down', message: 'marker mismatch' });
      expect((await stranger.app.get(FilesJanitor).runOnce()).refused).toMatch(/^marker mismatch/);
      expect(await storedObjects(owner)).toEqual(before);
    } finally {
      await stranger.close();
      await owner.close();
    }
  });

  it('adopts the storage of an installation from before markers only when the newest files are there', async () => {
    const first = await startTestApp(janitorSettings);
    const owner = await register(first);
    await upload(first, owner.auth, FIXTURES.pdf, 'old.pdf', 'application/pdf').expect(201);
    const newest = (
      await upload(first, owner.auth, FIXTURES.png, 'new.png', 'image/png').expect(201)
    ).body;
    await first.stop();
    const forgetIdentity = async () => {
      await first.storage.remove(STORAGE_MARKER_KEY);
      await withDataSource(first.database.url, (ds) =>
        ds.getRepository(StorageIdentityEntity).clear(),
      );
    };
    try {
      // The newest file's bytes are not there: not enough evidence, nothing adopted.
      await forgetIdentity();
      const newestKey = await withDataSource(
        first.database.url,
        async (ds) =>
          (await ds.getRepository(FileEntity).findOneByOrFail({ id: newest.id })).storage_key,
      );
      await first.storage.remove(newestKey);
      const doubtful = await startTestApp(first.storage.env, { database: first.database });
      try {
        const ready = await doubtful.http.get('/api/v1/health/ready').expect(503);
        expect(ready.body.checks.storage.message).toBe('marker missing');
        expect(await storedObjects(first)).not.toContain(STORAGE_MARKER_KEY);
      } finally {
        await doubtful.close();
      }

      await first.storage.place(newestKey, 'the bytes, back from a backup');
      const adopted = await startTestApp(first.storage.env, { database: first.database });
      try {
        await adopted.http.get('/api/v1/health/ready').expect(200);
        const marker = JSON.parse(await first.storage.read(STORAGE_MARKER_KEY)) as {
          storage_id: string;
        };
        const row = await adopted.dataSource
          .getRepository(StorageIdentityEntity)
          .findOneByOrFail({});
        expect(marker.storage_id).toBe(row.storage_id);
      } finally {
        await adopted.close();
      }
    } finally {
      await first.close();
    }
  });
});
