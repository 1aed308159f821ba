import { FileEntity } from '../src/files/file.entity';
import { FilesJanitorLease } from '../src/files/files-janitor-lease';
import { JobLeaseEntity } from '../src/files/files-janitor-lease.entity';
import type { JanitorReport } from '../src/files/files-janitor-progress';
import { FilesJanitor } from '../src/files/files-janitor.service';
import { FIXTURES } from './support/file-fixtures';
import { register } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { storedObjects, upload } from './support/uploads';

const MAX_AGE_SECONDS = 2;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Two instances on one database and one storage, their start-up passes done and the walk reset. */
async function twoInstances(settings: Record<string, string>): Promise<[TestApp, TestApp]> {
  const base = {
    FILES_TEMP_MAX_AGE_SECONDS: String(MAX_AGE_SECONDS),
    FILES_JANITOR_INTERVAL_SECONDS: '0',
    ...settings,
  };
  const a = await startTestApp(base);
  const b = await startTestApp({ ...base, ...a.storage.env }, { database: a.database });
  await sleep(1_200);
  await a.app.get(FilesJanitor).runOnce();
  await b.app.get(FilesJanitor).runOnce();
  await a.dataSource
    .getRepository(JobLeaseEntity)
    .update({ name: 'files-janitor' }, { state: null });
  return [a, b];
}

async function placeOld(t: TestApp, keys: string[]): Promise<void> {
  for (const key of keys) await t.storage.place(key, 'bytes whose row is gone', { old: true });
  if (!t.storage.canBackdate) await sleep((MAX_AGE_SECONDS + 1.2) * 1000);
}

const orphanKeys = (tags: string[]) => tags.map((tag) => `objects/${tag}/${tag.repeat(16)}`);

describe('files janitor: one instance at a time', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    [a, b] = await twoInstances({});
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('does not run on a second instance while the first holds the lease, and takes over once it is free or expired', async () => {
    const [orphan, another] = orphanKeys(['a7', 'b7']);
    await placeOld(a, [orphan]);
    const holder = a.app.get(FilesJanitorLease);
    expect(await holder.acquire(60_000)).toMatchObject({ acquired: true });

    const skipped = await b.app.get(FilesJanitor).runOnce();
    expect(skipped.skipped).toContain(holder.holder);
    expect(skipped).toMatchObject({ examined: 0, unreferencedQuarantined: 0 });
    expect(await storedObjects(a)).toContain(orphan);
    const metrics = (await b.http.get('/metrics').expect(200)).text;
    expect(metrics).toMatch(/^files_janitor_runs_total\{outcome="skipped"\} 1$/m);

    // The holder's own pass renews the lease it holds.
    expect((await a.app.get(FilesJanitor).runOnce()).unreferencedQuarantined).toBe(1);
    expect(await storedObjects(a)).not.toContain(orphan);

    // An instance that died holding the lease: nobody runs until it expires, then another does.
    await placeOld(a, [another]);
    const leases = a.dataSource.getRepository(JobLeaseEntity);
    const dead = '00000000-0000-4000-8000-00000000dead';
    await leases.update(
      { name: 'files-janitor' },
      { holder: dead, expires_at: new Date(Date.now() + 60_000) },
    );
    for (const t of [a, b])
      expect((await t.app.get(FilesJanitor).runOnce()).skipped).toContain(dead);
    expect(await storedObjects(a)).toContain(another);
    await leases.update({ name: 'files-janitor' }, { expires_at: new Date(Date.now() - 1_000) });
    expect((await b.app.get(FilesJanitor).runOnce()).unreferencedQuarantined).toBe(1);
    expect(await storedObjects(a)).not.toContain(another);
    // A pass frees the lease when it ends.
    expect(await leases.findOneByOrFail({ name: 'files-janitor' })).toMatchObject({
      holder: null,
      expires_at: null,
    });
  });
});

describe('files janitor: bounded passes', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    [a, b] = await twoInstances({
      FILES_JANITOR_PASS_MAX_ITEMS: '3',
      FILES_JANITOR_MAX_QUARANTINE_PER_PASS: '100',
      FILES_QUARANTINE_RETENTION_SECONDS: '3600',
    });
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('stops each pass at FILES_JANITOR_PASS_MAX_ITEMS and continues where it stopped, on either instance', async () => {
    const user = await register(a);
    const orphans = orphanKeys(['01', '3c', '7f', 'c2', 'fe']);
    await placeOld(a, orphans);
    const kept = (
      await upload(a, user.auth, FIXTURES.pdf, 'kept.pdf', 'application/pdf').expect(201)
    ).body;
    const keptRow = await a.dataSource.getRepository(FileEntity).findOneByOrFail({ id: kept.id });

    // 6 committed objects, then the 5 quarantined, then 1 row: 12 items, 3 per pass.
    const reports: JanitorReport[] = [];
    for (let pass = 0; pass < 6 && !reports.at(-1)?.cycleComplete; pass += 1)
      reports.push(await [a, b][pass % 2].app.get(FilesJanitor).runOnce());
    expect(reports.map((report) => report.examined)).toEqual([3, 3, 3, 3]);
    expect(reports.map((report) => report.cycleComplete)).toEqual([false, false, false, true]);
    const sum = (field: 'unreferencedQuarantined' | 'quarantineKept') =>
      reports.reduce((total, report) => total + report[field], 0);
    // Each object looked at once: every orphan quarantined exactly once, none twice.
    expect(sum('unreferencedQuarantined')).toBe(5);
    expect(sum('quarantineKept')).toBe(5);
    const keys = await storedObjects(a);
    expect(keys.filter((key) => key.startsWith('quarantine/'))).toHaveLength(5);
    expect(keys).toContain(keptRow.storage_key);
    await a.http
      .get(`/api/v1/files/${kept.id}/content`)
      .set('Authorization', user.auth)
      .expect(200);

    // The next walk starts from the beginning again.
    const next = await a.app.get(FilesJanitor).runOnce();
    expect(next).toMatchObject({ examined: 3, unreferencedQuarantined: 0, cycleComplete: false });
  });
});
