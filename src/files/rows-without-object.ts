import { Inject, Injectable } from '@nestjs/common';
import type { FileEntity } from './file.entity';
import { FilesRepository } from './files.repository';
import { STORAGE_DRIVER, type StorageDriver } from './storage/storage-driver';

const BATCH = 500;

/** Every file row whose object is not in the storage, walking the table in id order. */
export async function* rowsWithoutObject(
  files: FilesRepository,
  storage: StorageDriver,
): AsyncIterable<Pick<FileEntity, 'id' | 'storage_key' | 'owner_id' | 'filename'>> {
  let after = '';
  for (;;) {
    const rows = await files.batchAfter(after, BATCH);
    if (rows.length === 0) return;
    for (const row of rows) {
      if ((await storage.stat(row.storage_key)) === null) yield row;
    }
    after = rows[rows.length - 1].id;
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

  rows(): AsyncIterable<Pick<FileEntity, 'id' | 'storage_key' | 'owner_id' | 'filename'>> {
    return rowsWithoutObject(this.files, this.storage);
  }

  /** True when this call removed the row. */
  removeRow(id: string): Promise<boolean> {
    return this.files.deleteById(id);
  }
}
