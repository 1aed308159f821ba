import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Counter } from 'prom-client';
import { AppException } from '../common/errors/app.exception';
import { errorForLog } from '../common/errors/error-for-log';
import { MetricsService } from '../metrics/metrics.service';
import { FileErrors } from './files.errors';
import { isOutOfSpace, STORAGE_DRIVER, type StorageDriver } from './storage/storage-driver';

/**
 * What a client hears when the storage, not the client, made writing a file
 * fail: 507 INSUFFICIENT_STORAGE for a full disk or quota (ENOSPC, EDQUOT),
 * 503 STORAGE_UNAVAILABLE for anything else. Each is logged once, with the
 * storage's location, and a full disk is counted in a metric.
 */
@Injectable()
export class StorageFailures {
  private readonly logger = new Logger(StorageFailures.name);
  private readonly storageFull: Counter;

  constructor(
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
    metrics: MetricsService,
  ) {
    this.storageFull = metrics.counter({
      name: 'files_upload_storage_full_total',
      help: 'Uploads refused with 507 because the storage ran out of space (ENOSPC/EDQUOT).',
    });
  }

  /** The answer for `error`, raised while `doing` (e.g. "storing an upload"); app errors pass through. */
  answerFor(error: unknown, doing: string): unknown {
    if (error instanceof AppException) return error;
    if (isOutOfSpace(error)) {
      this.storageFull.inc();
      this.logger.error(
        { storage: this.storage.location, code: (error as NodeJS.ErrnoException).code },
        `The file storage is full (${doing}); the partial file was removed and the upload refused with 507`,
      );
      return FileErrors.insufficientStorage();
    }
    this.logger.error(
      { storage: this.storage.location, err: errorForLog(error) },
      `The file storage failed (${doing}); the partial file was removed and the upload refused with 503`,
    );
    return FileErrors.storageUnavailable();
  }
}
