import type { FileEntity } from './file.entity';
import type { FilesRepository } from './files.repository';
import type { StorageDriver } from './storage/storage-driver';

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
