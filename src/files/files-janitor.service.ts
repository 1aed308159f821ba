import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { filesConfig, type FilesSettings } from '../config/files.config';
import { FilesRepository } from './files.repository';
import { STORAGE_DRIVER, type StorageDriver, type StoredObject } from './storage/storage-driver';
import { OBJECT_PREFIX, TEMPORARY_PREFIX } from './storage/storage-keys';
import { errorMessage } from '../common/errors/error-message';

export interface JanitorReport {
  temporaryObjectsRemoved: number;
  unreferencedObjectsRemoved: number;
  rowsWithoutObjectRemoved: number;
}

const BATCH = 500;

/**
 * Puts storage and rows back in step after crashes and lost deletes:
 * - temporary objects (uploads that never finished) older than
 *   FILES_TEMP_MAX_AGE_SECONDS are removed;
 * - committed objects no row refers to, older than that, are removed (younger
 *   ones may belong to an upload between commit and insert);
 * - rows whose object is gone are removed (the bytes cannot come back) and
 *   named in the log.
 * Runs shortly after start-up and every FILES_JANITOR_INTERVAL_SECONDS; runs
 * never overlap, and several instances running it at once is harmless.
 */
@Injectable()
export class FilesJanitor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FilesJanitor.name);
  private timers: NodeJS.Timeout[] = [];
  private running?: Promise<JanitorReport>;

  constructor(
    private readonly files: FilesRepository,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
    @Inject(filesConfig.KEY) private readonly settings: FilesSettings,
  ) {}

  onApplicationBootstrap(): void {
    const runInBackground = () =>
      void this.runOnce().catch((error: unknown) =>
        this.logger.error({ err: errorMessage(error) }, 'Janitor run failed'),
      );
    this.timers.push(setTimeout(runInBackground, 1_000).unref());
    if (this.settings.janitorIntervalSeconds > 0) {
      this.timers.push(
        setInterval(runInBackground, this.settings.janitorIntervalSeconds * 1000).unref(),
      );
    }
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }

  /** One full pass; concurrent callers share the run in progress. */
  runOnce(): Promise<JanitorReport> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<JanitorReport> {
    const cutoff = Date.now() - this.settings.tempMaxAgeSeconds * 1000;
    const report: JanitorReport = {
      temporaryObjectsRemoved: await this.removeStaleTemporaryObjects(cutoff),
      unreferencedObjectsRemoved: await this.removeUnreferencedObjects(cutoff),
      rowsWithoutObjectRemoved: await this.removeRowsWithoutObject(),
    };
    const acted = Object.values(report).some((count) => count > 0);
    if (acted) this.logger.warn(report, 'Janitor reconciled storage and rows');
    else this.logger.log('Janitor: storage and rows are in step');
    return report;
  }

  private async removeStaleTemporaryObjects(cutoff: number): Promise<number> {
    let removed = 0;
    for await (const object of this.storage.list(TEMPORARY_PREFIX)) {
      if (object.modifiedAt.getTime() < cutoff) {
        await this.storage.delete(object.key);
        removed += 1;
      }
    }
    return removed;
  }

  private async removeUnreferencedObjects(cutoff: number): Promise<number> {
    let removed = 0;
    let batch: StoredObject[] = [];
    const flush = async () => {
      const referenced = await this.files.referencedKeys(batch.map((object) => object.key));
      for (const object of batch) {
        if (!referenced.has(object.key)) {
          await this.storage.delete(object.key);
          removed += 1;
        }
      }
      batch = [];
    };
    for await (const object of this.storage.list(OBJECT_PREFIX)) {
      if (object.modifiedAt.getTime() >= cutoff) continue;
      batch.push(object);
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length > 0) await flush();
    return removed;
  }

  private async removeRowsWithoutObject(): Promise<number> {
    let removed = 0;
    let after = '';
    for (;;) {
      const rows = await this.files.batchAfter(after, BATCH);
      if (rows.length === 0) return removed;
      for (const row of rows) {
        if (
          (await this.storage.stat(row.storage_key)) === null &&
          (await this.files.deleteById(row.id))
        ) {
          removed += 1;
          this.logger.error(
            { file_id: row.id, owner_id: row.owner_id, filename: row.filename },
            'File bytes are missing: removed its row',
          );
        }
      }
      after = rows[rows.length - 1].id;
    }
  }
}
