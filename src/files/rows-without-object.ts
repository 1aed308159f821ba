import { Inject, Injectable } from '@nestjs/common';
import type { FileEntity } from './file.entity';
import { FilesRepository } from './files.repository';
import { STORAGE_DRIVER, type StorageDriver } from './storage/storage-driver';

const BATCH = 500;

type RowRef = Pick<FileEntity, 'id' | 'storage_key' | 'owner_id' | 'filename'>;

/** Every file row with an id after `after`, in id order, a batch in memory at a time. */
export async function* fileRowsAfter(files: FilesRepository, after = ''): AsyncIterable<RowRef> {
  for (;;) {
    const rows = await files.batchAfter(after, BATCH);
    if (rows.length === 0) return;
    yield* rows;
    after = rows[rows.length - 1].id;
  }
}

/** Every file row whose object is not in the storage, walking the table in id order. */
export async function* rowsWithoutObject(
  files: FilesRepository,
  storage: StorageDriver,
): AsyncIterable<RowRef> {
  for await (const row of fileRowsAfter(files)) {
    if ((await storage.stat(row.storage_key)) === null) yield row;
  }
}

/**
 * The operator's side of rows without bytes (`cli files-reconcile`): find
 * them, and remove a row once its file is known to be lost. The janitor only
 * reports them.
 */
@Injectable()
export class MissingFileBytes {
  constructor(
    private readonly files: FilesRepository,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
  ) {}

  rows(): AsyncIterable<RowRef> {
    return rowsWithoutObject(this.files, this.storage);
  }

  /** True when this call removed the row. */
  removeRow(id: string): Promise<boolean> {
    return this.files.deleteById(id);
  }
}
