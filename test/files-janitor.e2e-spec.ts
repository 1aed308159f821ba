import { FileEntity } from '../src/files/file.entity';
import { FilesJanitor } from '../src/files/files-janitor.service';
import { FIXTURES } from './support/file-fixtures';
import { register, type SignedIn } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { storedObjects, upload } from './support/uploads';

/** Leftovers older than this count as abandoned in this suite. */
const MAX_AGE_SECONDS = 2;

describe('files janitor', () => {
  let t: TestApp;
  let user: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({
      FILES_TEMP_MAX_AGE_SECONDS: String(MAX_AGE_SECONDS),
      FILES_JANITOR_INTERVAL_SECONDS: '0',
    });
    user = await register(t);
    // Let the start-up pass run and finish before arranging anything.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    await t.app.get(FilesJanitor).runOnce();
  });
  afterAll(async () => {
    await t.close();
  });

  it('removes stale temporary and unreferenced objects and rows whose bytes are gone, and nothing else', async () => {
    const janitor = t.app.get(FilesJanitor);
    const staleTemp = `tmp/${'a'.repeat(32)}`;
    const orphan = `objects/cc/${'c'.repeat(32)}`;
    await t.storage.place(staleTemp, 'an upload that never finished', { old: true });
    await t.storage.place(orphan, 'bytes whose row is gone', { old: true });
    // Where the storage sets its own dates (S3), let them age past the threshold for real.
    if (!t.storage.canBackdate)
      await new Promise((resolve) => setTimeout(resolve, (MAX_AGE_SECONDS + 1.2) * 1000));

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
    expect(report).toEqual({
      temporaryObjectsRemoved: 1,
      unreferencedObjectsRemoved: 1,
      rowsWithoutObjectRemoved: 1,
    });
    const remaining = await storedObjects(t);
    expect(remaining).not.toContain(staleTemp);
    expect(remaining).not.toContain(orphan);
    expect(remaining).toEqual(expect.arrayContaining([freshTemp, youngOrphan]));
    await t.http.get(`/api/v1/files/${lost.id}`).set('Authorization', user.auth).expect(404);
    await t.http
      .get(`/api/v1/files/${kept.id}/content`)
      .set('Authorization', user.auth)
      .expect(200);
    expect(await janitor.runOnce()).toEqual({
      temporaryObjectsRemoved: 0,
      unreferencedObjectsRemoved: 0,
      rowsWithoutObjectRemoved: 0,
    });
  });
});
