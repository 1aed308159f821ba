import type { Readable } from 'node:stream';

/** Injection token of the configured StorageDriver. */
export const STORAGE_DRIVER = Symbol('STORAGE_DRIVER');

export interface StoredObject {
  key: string;
  size: number;
  modifiedAt: Date;
}

/** Inclusive byte range, as in HTTP `Range: bytes=start-end`. */
export interface ByteRange {
  start: number;
  end: number;
}

/** An object is not (or no longer) in storage. */
export class ObjectNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored object ${key}`);
    this.name = 'ObjectNotFoundError';
  }
}

/**
 * Where uploaded bytes live. Keys are opaque, server-generated strings made of
 * `[a-z0-9/]` (slashes group them, as S3 prefixes do); a client's filename
 * never becomes a key. Shaped so an object store fits without changes:
 * `put` streams, `move` is a commit (rename on disk, copy+delete on S3),
 * `list` walks a prefix.
 */
export interface StorageDriver {
  /**
   * True when an object becomes visible only once `put` has completed (S3:
   * a multipart upload appears at completion). Then uploads go straight to
   * their final key; otherwise they go to a temporary key and are `move`d.
   */
  readonly writesAreAtomic: boolean;
  /** Writes the stream to `key`, durably; resolves once it is complete. Rejects (leaving nothing) if the stream fails. */
  put(key: string, source: Readable): Promise<void>;
  /** Makes the object at `from` available at `to`, atomically, and removes `from`. */
  move(from: string, to: string): Promise<void>;
  /**
   * The object's bytes (optionally a range) with its current size. The object
   * is opened before this resolves, so a missing object is reported here and
   * not halfway through a response.
   */
  read(key: string, range?: ByteRange): Promise<{ stream: Readable; size: number }>;
  /** Size and modification time, or null when there is no such object. */
  stat(key: string): Promise<StoredObject | null>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
  /**
   * Every object whose key starts with `prefix` (and sorts after `after`,
   * when given), in key order, streamed: a listing never holds the whole
   * tree in memory, so a walk can stop anywhere and resume after its last key.
   */
  list(prefix: string, after?: string): AsyncIterable<StoredObject>;
  /** Removes every object under `prefix` (and, on disk, the folder itself). */
  removePrefix(prefix: string): Promise<void>;
  /**
   * A small object's text (the storage marker, writer heartbeats), or null
   * when there is none.
   */
  readSmall(key: string): Promise<string | null>;
  /**
   * Writes a small object durably. Unlike `put` it replaces what is there,
   * unless `exclusive` is set: then it writes only if there is no such object
   * yet and says whether it did. It never creates the storage itself (a
   * missing STORAGE_DIR stays missing) unless `createStorage` is set, which
   * only a first start does.
   */
  writeSmall(
    key: string,
    content: string,
    options?: { createStorage?: boolean; exclusive?: boolean },
  ): Promise<boolean>;
  /** Throws when the storage cannot be used (readiness); never creates anything. */
  check(): Promise<void>;
  /** Bytes free for new objects, or null where the storage cannot tell (S3). */
  freeBytes(): Promise<number | null>;
  /** Where the storage is, for operators: `STORAGE_DIR=/srv/files` or `S3 bucket "x"`. */
  readonly location: string;
}

/**
 * The storage's identity marker, at its root and outside every prefix the
 * janitor walks. It holds the id the database records (see StorageIdentity).
 */
export const STORAGE_MARKER_KEY = '.reviewpoint-storage';

const KEY = /^[a-z0-9]+(\/[a-z0-9]+)*$/;

/** Guards drivers against anything but the keys the files service makes (and the marker). */
export function assertValidKey(key: string): void {
  if (key === STORAGE_MARKER_KEY) return;
  if (!KEY.test(key) || key.length > 200)
    throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
}

/** The storage itself is not there (an unmounted volume, a typo in STORAGE_DIR, a missing bucket). */
export class StorageMissingError extends Error {
  constructor(readonly location: string) {
    super(`The storage is missing: ${location}`);
    this.name = 'StorageMissingError';
  }
}

/** True when a write failed because the disk or the quota is full. */
export function isOutOfSpace(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}
