import type { FileHandle } from 'node:fs/promises';
import { Writable } from 'node:stream';

/** Bytes written between two background flushes to disk (see DurableFileWriter). */
export const SYNC_EVERY_BYTES = 64 * 1024 * 1024;

/** Chunks buffered while a write is in flight, then written with one writev(). */
const BUFFER_BYTES = 1024 * 1024;

/**
 * A Writable onto an open file that counts as finished only once the bytes
 * are on disk (fsync), for uploads of any size at about the disk's speed:
 *
 * - chunks that arrive while a write is in flight are written together with
 *   one writev(), not one syscall (and one thread-pool round trip) per 64 KiB;
 * - every SYNC_EVERY_BYTES a datasync runs in the background, so the disk
 *   writes while the rest of the body is still arriving instead of holding it
 *   all in the page cache for one long fsync at the end (the upload's client
 *   then waits only for the last stretch). Measured in docs/performance.md.
 *
 * It owns the handle: closed once finished or destroyed. A failed background
 * sync fails the stream, like a failed write.
 */
export class DurableFileWriter extends Writable {
  private unsynced = 0;
  private syncing: Promise<void> | undefined;
  private syncError: Error | undefined;
  private handleClosed = false;

  constructor(
    private readonly handle: FileHandle,
    private readonly syncEveryBytes = SYNC_EVERY_BYTES,
  ) {
    super({ highWaterMark: BUFFER_BYTES });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error) => void) {
    this.writeAll([chunk]).then(() => callback(), callback);
  }

  override _writev(
    chunks: Array<{ chunk: Buffer }>,
    callback: (error?: Error | null) => void,
  ): void {
    this.writeAll(chunks.map(({ chunk }) => chunk)).then(() => callback(), callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    (async () => {
      await this.syncing;
      if (this.syncError) throw this.syncError;
      await this.handle.sync();
      await this.close();
    })().then(() => callback(), callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.close().then(
      () => callback(error),
      () => callback(error),
    );
  }

  private async writeAll(buffers: Buffer[]): Promise<void> {
    if (this.syncError) throw this.syncError;
    let pending = buffers;
    // writev may write less than asked (a signal, a nearly full disk): go on from there.
    while (pending.length > 0) {
      const total = pending.reduce((sum, buffer) => sum + buffer.length, 0);
      const { bytesWritten } = await this.handle.writev(pending);
      this.unsynced += bytesWritten;
      if (bytesWritten === total) break;
      pending = remainderAfter(pending, bytesWritten);
    }
    if (this.unsynced >= this.syncEveryBytes && !this.syncing) {
      this.unsynced = 0;
      this.syncing = this.handle
        .datasync()
        .catch((error: unknown) => {
          this.syncError = error instanceof Error ? error : new Error(String(error));
        })
        .finally(() => (this.syncing = undefined));
    }
  }

  private async close(): Promise<void> {
    if (this.handleClosed) return;
    this.handleClosed = true;
    // A background sync still running must finish before its descriptor goes.
    await this.syncing;
    await this.handle.close();
  }
}

/** What is left of `buffers` once the first `written` bytes are gone. */
export function remainderAfter(buffers: Buffer[], written: number): Buffer[] {
  const rest: Buffer[] = [];
  let skip = written;
  for (const buffer of buffers) {
    if (skip >= buffer.length) {
      skip -= buffer.length;
      continue;
    }
    rest.push(skip > 0 ? buffer.subarray(skip) : buffer);
    skip = 0;
  }
  return rest;
}
