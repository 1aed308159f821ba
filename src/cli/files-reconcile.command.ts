import { Inject } from '@nestjs/common';
import { Command, CommandRunner, Option } from 'nest-commander';
import { MissingFileBytes } from '../files/rows-without-object';
import { StorageIdentity } from '../files/storage-identity.service';
import { STORAGE_DRIVER, type StorageDriver } from '../files/storage/storage-driver';

interface FilesReconcileOptions {
  removeMissingRows?: boolean;
  claimStorage?: boolean;
}

/** File rows listed by id in the output; the count is always complete. */
const LISTED = 20;

/**
 * `npm run cli -- files-reconcile [--remove-missing-rows] [--claim-storage]`:
 * the operator's side of the janitor. It reports the file rows whose bytes
 * are missing from the storage and, only when asked, deletes those rows (the
 * janitor never does). It works only on a storage verified as this
 * database's; `--claim-storage` records that decision when the storage has
 * no marker (e.g. an installation from before markers whose newest files are
 * among the lost ones).
 */
@Command({
  name: 'files-reconcile',
  description: 'Report file rows whose stored bytes are missing; optionally remove those rows',
})
export class FilesReconcileCommand extends CommandRunner {
  constructor(
    private readonly identity: StorageIdentity,
    private readonly missingBytes: MissingFileBytes,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
  ) {
    super();
  }

  @Option({
    flags: '--remove-missing-rows',
    description: 'delete the rows whose bytes are missing (their files are lost for good)',
  })
  parseRemove(): boolean {
    return true;
  }

  @Option({
    flags: '--claim-storage',
    description: 'record that the configured storage, which has no marker, is this database’s',
  })
  parseClaim(): boolean {
    return true;
  }

  async run(_args: string[], options: FilesReconcileOptions = {}): Promise<void> {
    const out = (line: string) => process.stdout.write(`${line}\n`);
    if (options.claimStorage) {
      const storageId = await this.identity.claim();
      out(`storage: ${this.storage.location} claimed as storage ${storageId}`);
    }
    const state = await this.identity.verify({ create: false });
    if (!state.verified) {
      throw new Error(
        `${this.storage.location} is not verified as this database's storage (${state.problem}: ${state.detail}); nothing was changed`,
      );
    }
    out(`storage: ${this.storage.location}, storage id ${state.storageId}`);

    const missing: Array<{ id: string; filename: string }> = [];
    for await (const row of this.missingBytes.rows()) missing.push(row);
    out(`rows without stored bytes: ${missing.length}`);
    for (const row of missing.slice(0, LISTED)) out(`  ${row.id}  ${row.filename}`);
    if (missing.length > LISTED) out(`  … and ${missing.length - LISTED} more`);
    if (missing.length === 0) return;
    if (!options.removeMissingRows) {
      out('Run again with --remove-missing-rows to delete these rows.');
      return;
    }
    let removed = 0;
    for (const row of missing) if (await this.missingBytes.removeRow(row.id)) removed += 1;
    out(`removed ${removed} row(s)`);
  }
}
