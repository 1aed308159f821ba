/* eslint-disable max-lines -- one sweep and its safety rules (marker check, grace periods, what it never deletes) read together. */
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Counter, Gauge } from 'prom-client';
import { errorForLog } from '../common/errors/error-for-log';
import { filesConfig, type FilesSettings } from '../config/files.config';
import { MetricsService } from '../metrics/metrics.service';
import { FilesRepository } from './files.repository';
import { FilesJanitorLease } from './files-janitor-lease';
import {
  emptyReport,
  parseProgress,
  PassBudget,
  startOfWalk,
  type JanitorCount,
  type JanitorProgress,
  type JanitorReport,
} from './files-janitor-progress';
import { fileRowsAfter } from './rows-without-object';
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

const BATCH = 500;
/** Rows without an object named in the log line, as examples. */
const EXAMPLE_IDS = 5;
/** A pass that stopped at its bound is followed by the next one after at most this long. */
const FOLLOW_UP_MS = 60_000;

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
 * At scale: the storage is streamed (one directory or one S3 page in memory),
 * each pass stops after FILES_JANITOR_PASS_MAX_ITEMS objects and rows or
 * FILES_JANITOR_PASS_MAX_SECONDS, and the next pass continues where it
 * stopped; only the instance holding the lease (FilesJanitorLease) runs a
 * pass, and the lease row carries the progress, so any instance continues.
 * Runs at start-up and every FILES_JANITOR_INTERVAL_SECONDS (sooner while a
 * walk is unfinished); runs never overlap.
 */
@Injectable()
export class FilesJanitor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(FilesJanitor.name);
  private timers: NodeJS.Timeout[] = [];
  private running?: Promise<JanitorReport>;
  private stopping = false;
  private readonly runs: Counter<'outcome'>;
  private readonly objects: Counter<'action'>;
  private readonly rowsWithoutObject: Gauge;

  constructor(
    private readonly files: FilesRepository,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
    @Inject(filesConfig.KEY) private readonly settings: FilesSettings,
    private readonly identity: StorageIdentity,
    private readonly temporary: TemporaryArea,
    private readonly lease: FilesJanitorLease,
    metrics: MetricsService,
  ) {
    this.runs = metrics.counter({
      name: 'files_janitor_runs_total',
      help: 'Janitor passes by outcome: completed, refused (storage not verified), skipped (another instance holds the lease) or failed.',
      labelNames: ['outcome'],
    });
    this.objects = metrics.counter({
      name: 'files_janitor_objects_total',
      help: 'Objects the janitor acted on: temporary_removed, quarantined, quarantine_deleted, quarantine_restored.',
      labelNames: ['action'],
    });
    this.rowsWithoutObject = metrics.gauge({
      name: 'files_rows_without_object',
      help: 'File rows whose stored object was missing at the last complete janitor walk (kept, see files-reconcile).',
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
    const interval = this.settings.janitorIntervalSeconds;
    const runInBackground = () =>
      void this.runOnce().then(
        (report) => {
          // An unfinished walk goes on soon instead of an interval later.
          if (interval > 0 && !this.stopping && !report.cycleComplete && report.examined > 0)
            this.timers.push(
              setTimeout(runInBackground, Math.min(interval * 1000, FOLLOW_UP_MS)).unref(),
            );
        },
        (error: unknown) => this.logger.error({ err: errorForLog(error) }, 'Janitor run failed'),
      );
    this.timers.push(setTimeout(runInBackground, 1_000).unref());
    if (interval > 0) {
      // Another host's crash leftovers: their heartbeat has gone stale by then.
      if (this.temporary.needed)
        this.timers.push(setTimeout(runInBackground, HEARTBEAT_STALE_MS + 5_000).unref());
      this.timers.push(setInterval(runInBackground, interval * 1000).unref());
    }
  }

  /** Stops timers, and lets a pass in progress stop at its next item, save its progress and free the lease. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    await this.running?.catch(() => undefined);
  }

  /** One bounded pass; concurrent callers share the run in progress. */
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
    const leaseMs = this.settings.janitorLeaseSeconds * 1000;
    const lease = await this.lease.acquire(leaseMs);
    if (!lease.acquired) {
      report.skipped = `another instance holds the janitor lease (${lease.holder})`;
      this.runs.inc({ outcome: 'skipped' });
      this.logger.log({ holder: lease.holder }, 'Janitor: another instance is running it');
      return report;
    }
    let progress = parseProgress(lease.state);
    try {
      await this.temporary.start();
      const now = Date.now();
      const cutoff = now - this.settings.tempMaxAgeSeconds * 1000;
      await this.sweepTemporary(now, cutoff, report);
      const budget = new PassBudget(
        this.settings.janitorPassMaxItems,
        now + this.settings.janitorPassMaxSeconds * 1000,
        () => this.stopping,
      );
      const checkpoint = async () => {
        if (!(await this.lease.renew(leaseMs, JSON.stringify(progress))))
          throw new Error('The janitor lease was lost mid-pass (expired and taken over)');
      };
      while (!report.cycleComplete && !budget.spent()) {
        const finished = await this.walkPhase(progress, budget, now, cutoff, report, checkpoint);
        if (!finished) break;
        if (progress.phase === 'rows') {
          this.reportRowsWithoutObject(progress);
          report.cycleComplete = true;
          progress = startOfWalk();
        } else {
          progress = {
            ...progress,
            phase: progress.phase === 'objects' ? 'quarantine' : 'rows',
            after: '',
          };
        }
      }
      report.examined = budget.examined;
    } finally {
      await this.lease.release(JSON.stringify(progress));
    }
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

  /**
   * Continues the current phase from `progress.after` in batches, saving
   * progress (and renewing the lease) after each; true when the phase reached
   * its end, false when the budget stopped it.
   */
  private async walkPhase(
    progress: JanitorProgress,
    budget: PassBudget,
    now: number,
    cutoff: number,
    report: JanitorReport,
    checkpoint: () => Promise<void>,
  ): Promise<boolean> {
    const after = progress.after === '' ? undefined : progress.after;
    const handle = async (batch: Array<{ key: string; id?: string }>): Promise<void> => {
      if (progress.phase === 'objects')
        await this.quarantineUnreferenced(batch, now, cutoff, report);
      else if (progress.phase === 'quarantine') await this.expireQuarantine(batch, now, report);
      else await this.checkRows(batch as Array<{ key: string; id: string }>, progress, report);
    };
    const source: AsyncIterable<{ key: string; id?: string; modifiedAt?: Date }> =
      progress.phase === 'rows'
        ? this.rows(progress.after)
        : this.storage.list(
            progress.phase === 'objects' ? OBJECT_PREFIX : QUARANTINE_PREFIX,
            after,
          );
    let batch: Array<{ key: string; id?: string }> = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await handle(batch);
      const last = batch[batch.length - 1];
      progress.after = last.id ?? last.key;
      batch = [];
      await checkpoint();
    };
    const items = source[Symbol.asyncIterator]();
    for (;;) {
      const next = await items.next();
      if (next.done) break;
      if (budget.spent()) {
        // Not taken: the next pass lists it again. Peeking first means a walk
        // that ends exactly at the bound is reported complete.
        await flush();
        await items.return?.();
        return false;
      }
      batch.push(next.value);
      budget.spend();
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    return true;
  }

  private async *rows(after: string): AsyncIterable<{ key: string; id: string }> {
    for await (const row of fileRowsAfter(this.files, after))
      yield { key: row.storage_key, id: row.id };
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
    batch: Array<{ key: string; modifiedAt?: Date; size?: number }>,
    now: number,
    cutoff: number,
    report: JanitorReport,
  ): Promise<void> {
    const referenced = await this.files.referencedKeys(batch.map((object) => object.key));
    for (const object of batch) {
      if (referenced.has(object.key)) continue;
      if ((object.modifiedAt?.getTime() ?? now) >= cutoff) {
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
  }

  private async expireQuarantine(
    batch: Array<{ key: string }>,
    now: number,
    report: JanitorReport,
  ): Promise<void> {
    const retentionMs = this.settings.quarantineRetentionSeconds * 1000;
    const parked = batch.flatMap((object) => {
      const parsed = parseQuarantineKey(object.key);
      return parsed ? [{ key: object.key, ...parsed }] : [];
    });
    const referenced = await this.files.referencedKeys(parked.map((entry) => entry.originalKey));
    for (const entry of parked) {
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

  private async checkRows(
    batch: Array<{ key: string; id: string }>,
    progress: JanitorProgress,
    report: JanitorReport,
  ): Promise<void> {
    for (const row of batch) {
      if ((await this.storage.stat(row.key)) !== null) continue;
      report.rowsWithoutObject += 1;
      progress.missing += 1;
      if (progress.examples.length < EXAMPLE_IDS) progress.examples.push(row.id);
    }
  }

  /** At the end of a walk: the gauge, and one log line when rows have lost their bytes. */
  private reportRowsWithoutObject(progress: JanitorProgress): void {
    this.rowsWithoutObject.set(progress.missing);
    if (progress.missing > 0) {
      this.logger.error(
        { count: progress.missing, file_ids: progress.examples, storage: this.storage.location },
        `${progress.missing} file row(s) have no stored object; they are kept. Once you are sure the bytes are gone, remove them with \`npm run cli -- files-reconcile --remove-missing-rows\``,
      );
    }
  }

  private count(report: JanitorReport, field: JanitorCount, action: string, amount = 1): void {
    report[field] += amount;
    if (amount > 0) this.objects.inc({ action }, amount);
  }
}
