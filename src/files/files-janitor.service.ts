/* eslint-disable max-lines -- one sweep and its safety rules (marker check, grace periods, what it never deletes) read together. */
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Counter, Gauge } from 'prom-client';
import { errorForLog } from '../common/errors/error-for-log';
import { filesConfig, type FilesSettings } from '../config/files.config';
import { MetricsService } from '../metrics/metrics.service';
import { FilesRepository } from './files.repository';
import { rowsWithoutObject } from './rows-without-object';
import { StorageIdentity } from './storage-identity.service';
import { STORAGE_DRIVER, type StorageDriver, type StoredObject } from './storage/storage-driver';
import {
  HEARTBEAT_NAME,
  heartbeatKeyOf,
  OBJECT_PREFIX,
  parseQuarantineKey,
  QUARANTINE_PREFIX,
  quarantineKeyFor,
  TEMPORARY_PREFIX,
  temporaryFolderOf,
  writerOfTemporaryKey,
} from './storage/storage-keys';
import { HEARTBEAT_STALE_MS, parseHeartbeat, TemporaryArea, writerIsGone } from './temporary-area';

/** What one pass did, and what it left alone. */
export interface JanitorReport {
  /** Set when the pass did nothing because the storage is not verified (see StorageIdentity). */
  refused?: string;
  /** Temporary objects removed: dead writers' folders and objects older than FILES_TEMP_MAX_AGE_SECONDS. */
  temporaryRemoved: number;
  /** Temporary objects kept: uploads in flight of live writers. */
  temporaryKept: number;
  /** Committed objects no row refers to, moved to quarantine. */
  unreferencedQuarantined: number;
  /** Unreferenced objects younger than FILES_TEMP_MAX_AGE_SECONDS (an upload between commit and insert). */
  unreferencedKeptYoung: number;
  /** Unreferenced objects left for later passes (over FILES_JANITOR_MAX_QUARANTINE_PER_PASS). */
  unreferencedDeferred: number;
  /** Quarantined objects deleted after FILES_QUARANTINE_RETENTION_SECONDS. */
  quarantineDeleted: number;
  /** Quarantined objects put back because a row refers to them again. */
  quarantineRestored: number;
  /** Quarantined objects still within their retention. */
  quarantineKept: number;
  /** Rows whose object is missing: counted, never removed here (`files-reconcile` does that). */
  rowsWithoutObject: number;
}

const BATCH = 500;
/** Rows without an object named in the log line, as examples. */
const EXAMPLE_IDS = 5;

function emptyReport(): JanitorReport {
  return {
    temporaryRemoved: 0,
    temporaryKept: 0,
    unreferencedQuarantined: 0,
    unreferencedKeptYoung: 0,
    unreferencedDeferred: 0,
    quarantineDeleted: 0,
    quarantineRestored: 0,
    quarantineKept: 0,
    rowsWithoutObject: 0,
  };
}

/**
 * Puts storage and rows back in step after crashes and lost deletes, and
 * never trades data for tidiness:
 * - nothing happens unless the storage is verified as this database's
 *   (StorageIdentity): an empty or wrong STORAGE_DIR or bucket is not "every
 *   file is gone";
 * - temporary objects: a dead writer's folder goes at once (see
 *   TemporaryArea), a live writer's objects only when older than
 *   FILES_TEMP_MAX_AGE_SECONDS;
 * - committed objects no row refers to, older than that, move to
 *   `quarantine/` (at most FILES_JANITOR_MAX_QUARANTINE_PER_PASS per pass)
 *   and are deleted after FILES_QUARANTINE_RETENTION_SECONDS, unless a row
 *   refers to them again;
 * - rows whose object is missing are counted (metric and one log line) and
 *   kept: only an operator removes them (`npm run cli -- files-reconcile
 *   --remove-missing-rows`).
 * Runs at start-up and every FILES_JANITOR_INTERVAL_SECONDS; runs never
 * overlap, and several instances running it at once is harmless.
 */
@Injectable()
export class FilesJanitor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FilesJanitor.name);
  private timers: NodeJS.Timeout[] = [];
  private running?: Promise<JanitorReport>;
  private readonly runs: Counter<'outcome'>;
  private readonly objects: Counter<'action'>;
  private readonly rowsWithoutObject: Gauge;

  constructor(
    private readonly files: FilesRepository,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
    @Inject(filesConfig.KEY) private readonly settings: FilesSettings,
    private readonly identity: StorageIdentity,
    private readonly temporary: TemporaryArea,
    metrics: MetricsService,
  ) {
    this.runs = metrics.counter({
      name: 'files_janitor_runs_total',
      help: 'Janitor passes by outcome: completed, refused (storage not verified) or failed.',
      labelNames: ['outcome'],
    });
    this.objects = metrics.counter({
      name: 'files_janitor_objects_total',
      help: 'Objects the janitor acted on: temporary_removed, quarantined, quarantine_deleted, quarantine_restored.',
      labelNames: ['action'],
    });
    this.rowsWithoutObject = metrics.gauge({
      name: 'files_rows_without_object',
      help: 'File rows whose stored object was missing at the last janitor pass (kept, see files-reconcile).',
    });
    const storageIdentity = this.identity;
    metrics.gauge({
      name: 'files_storage_verified',
      help: '1 while the storage carries the marker this database expects, else 0 (nothing is cleaned then).',
      collect() {
        this.set(storageIdentity.current.verified ? 1 : 0);
      },
    });
  }

  /** Before the server listens: pair database and storage (the first start creates both). */
  async onApplicationBootstrap(): Promise<void> {
    const state = await this.identity.verify();
    if (state.verified) await this.temporary.start();
    const runInBackground = () =>
      void this.runOnce().catch((error: unknown) =>
        this.logger.error({ err: errorForLog(error) }, 'Janitor run failed'),
      );
    this.timers.push(setTimeout(runInBackground, 1_000).unref());
    if (this.settings.janitorIntervalSeconds > 0) {
      // Another host's crash leftovers: their heartbeat has gone stale by then.
      if (this.temporary.needed)
        this.timers.push(setTimeout(runInBackground, HEARTBEAT_STALE_MS + 5_000).unref());
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
    this.running ??= this.pass()
      .catch((error: unknown) => {
        this.runs.inc({ outcome: 'failed' });
        throw error;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<JanitorReport> {
    const report = emptyReport();
    const identity = await this.identity.verify();
    if (!identity.verified) {
      // StorageIdentity has said why, once; nothing is touched.
      report.refused = `${identity.problem}: ${identity.detail}`;
      this.runs.inc({ outcome: 'refused' });
      this.logger.warn(
        { storage: this.storage.location, problem: identity.problem },
        'Janitor skipped: the storage is not verified, nothing was removed',
      );
      return report;
    }
    await this.temporary.start();
    const now = Date.now();
    const cutoff = now - this.settings.tempMaxAgeSeconds * 1000;
    await this.sweepTemporary(now, cutoff, report);
    await this.quarantineUnreferenced(now, cutoff, report);
    await this.expireQuarantine(now, report);
    await this.countRowsWithoutObject(report);
    this.runs.inc({ outcome: 'completed' });

    const acted =
      report.temporaryRemoved +
        report.unreferencedQuarantined +
        report.quarantineDeleted +
        report.quarantineRestored >
      0;
    if (acted) this.logger.warn(report, 'Janitor reconciled storage and rows');
    else this.logger.log(report, 'Janitor: storage and rows are in step');
    return report;
  }

  private async sweepTemporary(now: number, cutoff: number, report: JanitorReport): Promise<void> {
    const byWriter = new Map<string | undefined, StoredObject[]>();
    for await (const object of this.storage.list(TEMPORARY_PREFIX)) {
      const writer = writerOfTemporaryKey(object.key);
      const objects = byWriter.get(writer) ?? [];
      if (objects.length === 0) byWriter.set(writer, objects);
      objects.push(object);
    }
    for (const [writer, objects] of byWriter) {
      if (writer !== undefined && writer !== this.temporary.writerId) {
        const heartbeat = objects.find((object) => object.key === heartbeatKeyOf(writer));
        const gone = heartbeat
          ? writerIsGone(
              parseHeartbeat(await this.storage.readSmall(heartbeat.key).catch(() => null)),
              heartbeat.modifiedAt,
              this.temporary.here,
              now,
            )
          : objects.every((object) => object.modifiedAt.getTime() < cutoff);
        if (gone) {
          await this.storage.removePrefix(temporaryFolderOf(writer));
          const removed = objects.filter((o) => !o.key.endsWith(`/${HEARTBEAT_NAME}`)).length;
          this.count(report, 'temporaryRemoved', 'temporary_removed', removed);
          continue;
        }
      }
      // A live writer (this one included), or keys from before per-writer folders.
      for (const object of objects) {
        if (writer !== undefined && object.key === heartbeatKeyOf(writer)) continue;
        if (object.modifiedAt.getTime() < cutoff) {
          await this.storage.delete(object.key);
          this.count(report, 'temporaryRemoved', 'temporary_removed');
        } else {
          report.temporaryKept += 1;
        }
      }
    }
  }

  private async quarantineUnreferenced(
    now: number,
    cutoff: number,
    report: JanitorReport,
  ): Promise<void> {
    let batch: StoredObject[] = [];
    const flush = async () => {
      const referenced = await this.files.referencedKeys(batch.map((object) => object.key));
      for (const object of batch) {
        if (referenced.has(object.key)) continue;
        if (object.modifiedAt.getTime() >= cutoff) {
          // Maybe an upload between commit and insert.
          report.unreferencedKeptYoung += 1;
        } else if (report.unreferencedQuarantined >= this.settings.maxQuarantinePerPass) {
          report.unreferencedDeferred += 1;
        } else {
          await this.storage.move(object.key, quarantineKeyFor(object.key, new Date(now)));
          this.count(report, 'unreferencedQuarantined', 'quarantined');
          this.logger.warn(
            { key: object.key, size: object.size },
            'Object without a row moved to quarantine',
          );
        }
      }
      batch = [];
    };
    for await (const object of this.storage.list(OBJECT_PREFIX)) {
      batch.push(object);
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length > 0) await flush();
  }

  private async expireQuarantine(now: number, report: JanitorReport): Promise<void> {
    const retentionMs = this.settings.quarantineRetentionSeconds * 1000;
    const parked: Array<{ key: string; originalKey: string; quarantinedAt: Date }> = [];
    for await (const object of this.storage.list(QUARANTINE_PREFIX)) {
      const parsed = parseQuarantineKey(object.key);
      if (parsed) parked.push({ key: object.key, ...parsed });
    }
    for (let i = 0; i < parked.length; i += BATCH) {
      const slice = parked.slice(i, i + BATCH);
      const referenced = await this.files.referencedKeys(slice.map((entry) => entry.originalKey));
      for (const entry of slice) {
        if (referenced.has(entry.originalKey)) {
          await this.storage.move(entry.key, entry.originalKey);
          this.count(report, 'quarantineRestored', 'quarantine_restored');
          this.logger.warn(
            { key: entry.originalKey },
            'Quarantined object restored: a row refers to it',
          );
        } else if (now - entry.quarantinedAt.getTime() >= retentionMs) {
          await this.storage.delete(entry.key);
          this.count(report, 'quarantineDeleted', 'quarantine_deleted');
        } else {
          report.quarantineKept += 1;
        }
      }
    }
  }

  private async countRowsWithoutObject(report: JanitorReport): Promise<void> {
    const examples: string[] = [];
    for await (const row of rowsWithoutObject(this.files, this.storage)) {
      report.rowsWithoutObject += 1;
      if (examples.length < EXAMPLE_IDS) examples.push(row.id);
    }
    this.rowsWithoutObject.set(report.rowsWithoutObject);
    if (report.rowsWithoutObject > 0) {
      this.logger.error(
        { count: report.rowsWithoutObject, file_ids: examples, storage: this.storage.location },
        `${report.rowsWithoutObject} file row(s) have no stored object; they are kept. Once you are sure the bytes are gone, remove them with \`npm run cli -- files-reconcile --remove-missing-rows\``,
      );
    }
  }

  private count(
    report: JanitorReport,
    field: keyof Omit<JanitorReport, 'refused'>,
    action: string,
    amount = 1,
  ): void {
    report[field] += amount;
    if (amount > 0) this.objects.inc({ action }, amount);
  }
}
