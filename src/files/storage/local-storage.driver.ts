import { constants, createWriteStream } from 'node:fs';
import { access, mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  assertValidKey,
  ObjectNotFoundError,
  type ByteRange,
  type StorageDriver,
  type StoredObject,
} from './storage-driver';

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** fsync a directory so a rename or a new entry in it survives a crash. */
async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Objects as files under STORAGE_DIR (`<root>/<key>`). Writes are flushed
 * to disk (fsync) before they count as complete; `move` is a rename within the
 * same filesystem, so an object is either wholly at its key or not there.
 */
export class LocalStorageDriver implements StorageDriver {
  /** A file being written is visible at its path, so uploads go to a temporary key first. */
  readonly writesAreAtomic = false;

  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertValidKey(key);
    return join(this.root, ...key.split('/'));
  }

  async put(key: string, source: Readable): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    try {
      // `flush` fsyncs before the file is closed; 'wx' never overwrites.
      await pipeline(source, createWriteStream(path, { flags: 'wx', flush: true }));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
  }

  async move(from: string, to: string): Promise<void> {
    const target = this.pathOf(to);
    await mkdir(dirname(target), { recursive: true });
    await rename(this.pathOf(from), target);
    await syncDirectory(dirname(target));
  }

  async read(key: string, range?: ByteRange): Promise<{ stream: Readable; size: number }> {
    let handle;
    try {
      handle = await open(this.pathOf(key), constants.O_RDONLY);
    } catch (error) {
      if (isMissing(error)) throw new ObjectNotFoundError(key);
      throw error;
    }
    // The open descriptor keeps the bytes readable even if the file is deleted meanwhile.
    const { size } = await handle.stat();
    const stream = handle.createReadStream(range ? { start: range.start, end: range.end } : {});
    return { stream, size };
  }

  async stat(key: string): Promise<StoredObject | null> {
    try {
      const info = await stat(this.pathOf(key));
      return { key, size: info.size, modifiedAt: info.mtime };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }

  async *list(prefix: string): AsyncIterable<StoredObject> {
    const start = this.pathOf(prefix.replace(/\/+$/, ''));
    let entries;
    try {
      entries = await readdir(start, { recursive: true, withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      const key = relative(this.root, path).split(sep).join('/');
      try {
        const info = await stat(path);
        yield { key, size: info.size, modifiedAt: info.mtime };
      } catch (error) {
        if (!isMissing(error)) throw error; // gone since the listing: skip
      }
    }
  }

  async check(): Promise<void> {
    await mkdir(this.root, { recursive: true });
    await access(this.root, constants.R_OK | constants.W_OK);
  }
}
