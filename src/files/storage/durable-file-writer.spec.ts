import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DurableFileWriter, remainderAfter } from './durable-file-writer';

describe('DurableFileWriter', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'rvp-writer-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every byte in order, across background syncs, and closes the file', async () => {
    const chunks = Array.from({ length: 40 }, (_, i) => randomBytes(1000 + i * 997));
    const path = join(dir, 'object');
    const handle = await open(path, 'wx');
    const syncs = jest.spyOn(handle, 'datasync');
    // A background sync due every 64 KiB, so at least one runs before the end.
    await pipeline(Readable.from(chunks), new DurableFileWriter(handle, 64 * 1024));
    expect(readFileSync(path).equals(Buffer.concat(chunks))).toBe(true);
    expect(syncs).toHaveBeenCalled(); // in the background, before the final fsync
    await expect(handle.stat()).rejects.toThrow(); // closed
  });

  it('fails like a write when the disk is full, and closes the file', async () => {
    const handle = await open('/dev/full', 'w');
    const error = await pipeline(
      Readable.from([Buffer.alloc(64 * 1024)]),
      new DurableFileWriter(handle),
    ).catch((e: unknown) => e);
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    await expect(handle.stat()).rejects.toThrow();
  });

  it('closes the file when the source fails', async () => {
    const handle = await open(join(dir, 'object'), 'wx');
    const source = new Readable({
      read() {
        this.destroy(new Error('client gone'));
      },
    });
    await expect(pipeline(source, new DurableFileWriter(handle))).rejects.toThrow('client gone');
    await expect(handle.stat()).rejects.toThrow();
  });
});

describe('remainderAfter', () => {
  it('drops whole and partly written buffers', () => {
    const parts = [Buffer.from('abc'), Buffer.from('defg'), Buffer.from('h')];
    expect(Buffer.concat(remainderAfter(parts, 0)).toString()).toBe('abcdefgh');
    expect(Buffer.concat(remainderAfter(parts, 3)).toString()).toBe('defgh');
    expect(Buffer.concat(remainderAfter(parts, 5)).toString()).toBe('fgh');
    expect(remainderAfter(parts, 8)).toEqual([]);
  });
});
