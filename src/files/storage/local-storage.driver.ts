import { constants } from 'node:fs';
import {
  access,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  statfs,
  unlink,
} from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DurableFileWriter } from './durable-file-writer';
import {
  assertValidKey,
  ObjectNotFoundError,
  StorageMissingError,
  type ByteRange,
  type StorageDriver,
  type StoredObject,
} from './storage-driver';

/**
 * Bytes per read for downloads: fewer reads and socket writes than the default
 * 64 KiB, at a quarter MiB of memory per download in flight.
 */
const READ_CHUNK_BYTES = 256 * 1024;

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
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
 *
 * The root directory itself is never created here except by the first start
 * (`writeSmall(…, { createStorage: true })`): a STORAGE_DIR that is missing —
 * an unmounted volume, a typo — must stay visibly missing, not turn into a
 * fresh empty storage.
 */
export class LocalStorageDriver implements StorageDriver {
  /** A file being written is visible at its path, so uploads go to a temporary key first. */
  readonly writesAreAtomic = false;
  readonly location: string;

  constructor(private readonly root: string) {
    this.location = `STORAGE_DIR=${root}`;
  }

  private pathOf(key: string): string {
    assertValidKey(key);
    return join(this.root, ...key.split('/'));
  }

  /** Creates the directories a key needs below the root, refusing when the root itself is gone. */
  private async makeParentOf(path: string): Promise<void> {
    try {
      await stat(this.root);
    } catch (error) {
      if (isMissing(error)) throw new StorageMissingError(this.location);
      throw error;
    }
    await mkdir(dirname(path), { recursive: true });
  }

  async put(key: string, source: Readable): Promise<void> {
    const path = this.pathOf(key);
    await this.makeParentOf(path);
    let handle;
    try {
      // 'wx' never overwrites (and never removes below what another writer made).
      handle = await open(path, 'wx');
    } catch (error) {
      source.destroy();
      throw error;
    }
    try {
      // Finished only once fsynced; see DurableFileWriter for how it keeps up with the disk.
      await pipeline(source, new DurableFileWriter(handle));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
  }

  async move(from: string, to: string): Promise<void> {
    const target = this.pathOf(to);
    await this.makeParentOf(target);
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
    const stream = handle.createReadStream({
      ...(range ? { start: range.start, end: range.end } : {}),
      highWaterMark: READ_CHUNK_BYTES,
    });
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

  /**
   * Walks the prefix depth-first in key order, one directory at a time: what
   * is held in memory is one sorted directory listing per level (a few
   * thousand names under `objects/xx/`), never the whole tree. Sorting names
   * gives key order because `/` sorts before every key character.
   */
  async *list(prefix: string, after?: string): AsyncIterable<StoredObject> {
    const folderKey = prefix.replace(/\/+$/, '');
    yield* this.walk(folderKey, this.pathOf(folderKey), after);
  }

  private async *walk(
    folderKey: string,
    folderPath: string,
    after: string | undefined,
  ): AsyncIterable<StoredObject> {
    let entries;
    try {
      entries = await readdir(folderPath, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    const sorted = entries
      .map((entry) => ({ name: entry.name, folder: entry.isDirectory(), file: entry.isFile() }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of sorted) {
      const key = `${folderKey}/${entry.name}`;
      if (entry.folder) {
        if (after === undefined || after < `${key}/` || after.startsWith(`${key}/`))
          yield* this.walk(key, join(folderPath, entry.name), after);
        continue;
      }
      if (!entry.file || (after !== undefined && key <= after)) continue;
      try {
        const info = await stat(join(folderPath, entry.name));
        yield { key, size: info.size, modifiedAt: info.mtime };
      } catch (error) {
        if (!isMissing(error)) throw error; // gone since the listing: skip
      }
    }
  }

  async removePrefix(prefix: string): Promise<void> {
    await rm(this.pathOf(prefix.replace(/\/+$/, '')), { recursive: true, force: true });
  }

  async readSmall(key: string): Promise<string | null> {
    try {
      return await readFile(this.pathOf(key), 'utf8');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async writeSmall(
    key: string,
    content: string,
    options: { createStorage?: boolean; exclusive?: boolean } = {},
  ): Promise<boolean> {
    const path = this.pathOf(key);
    if (options.createStorage) await mkdir(this.root, { recursive: true });
    await this.makeParentOf(path);
    let handle;
    try {
      handle = await open(path, options.exclusive ? 'wx' : 'w');
    } catch (error) {
      if (options.exclusive && (error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await syncDirectory(dirname(path));
    return true;
  }

  async check(): Promise<void> {
    const info = await stat(this.root).catch((error: unknown) => {
      if (isMissing(error)) throw new StorageMissingError(this.location);
      throw error;
    });
    if (!info.isDirectory()) throw new StorageMissingError(this.location);
    await access(this.root, constants.R_OK | constants.W_OK);
  }

  async freeBytes(): Promise<number> {
    const info = await statfs(this.root);
    return info.bavail * info.bsize;
  }
}
