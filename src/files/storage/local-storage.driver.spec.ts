import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalStorageDriver } from './local-storage.driver';

describe('LocalStorageDriver.list', () => {
  let root: string;
  const keys = [
    'objects/ab/1',
    'objects/ab/9',
    'objects/ab0/x',
    'objects/ab1',
    'objects/b/c/d',
    'objects/c2',
    'tmp/w/heartbeat',
  ];

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'rvp-list-'));
    for (const key of keys) {
      const path = join(root, ...key.split('/'));
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, key);
    }
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const listed = async (prefix: string, after?: string) => {
    const found: string[] = [];
    for await (const object of new LocalStorageDriver(root).list(prefix, after))
      found.push(object.key);
    return found;
  };

  it('lists a prefix in key order (as S3 does), with sizes', async () => {
    const objects = keys.filter((key) => key.startsWith('objects/'));
    expect(await listed('objects')).toEqual([...objects].sort());
    expect(await listed('objects')).toEqual(objects);
    const [first] = await (async () => {
      const all = [];
      for await (const object of new LocalStorageDriver(root).list('objects/ab')) all.push(object);
      return all;
    })();
    expect(first).toMatchObject({ key: 'objects/ab/1', size: 'objects/ab/1'.length });
  });

  it('resumes strictly after a key, whether or not that key still exists', async () => {
    expect(await listed('objects', 'objects/ab/1')).toEqual(keys.slice(1, 6));
    expect(await listed('objects', 'objects/ab/5')).toEqual(keys.slice(1, 6));
    expect(await listed('objects', 'objects/ab1')).toEqual(['objects/b/c/d', 'objects/c2']);
    expect(await listed('objects', 'objects/b')).toEqual(['objects/b/c/d', 'objects/c2']);
    expect(await listed('objects', 'objects/c2')).toEqual([]);
    expect(await listed('objects', 'objects/a')).toEqual(keys.slice(0, 6));
  });

  it('lists nothing for a prefix that does not exist', async () => {
    expect(await listed('quarantine')).toEqual([]);
  });
});
