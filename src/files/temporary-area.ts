import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { errorForLog } from '../common/errors/error-for-log';
import { STORAGE_DRIVER, type StorageDriver } from './storage/storage-driver';
import { heartbeatKeyOf, temporaryFolderOf, temporaryKeyFor } from './storage/storage-keys';

/** How often a writer refreshes its heartbeat. */
export const HEARTBEAT_INTERVAL_MS = 10_000;
/** A heartbeat this old means its writer is gone, wherever it ran. */
export const HEARTBEAT_STALE_MS = 60_000;

/** What a writer records about itself in `tmp/<writer>/heartbeat`. */
export interface Heartbeat {
  writer: string;
  host: string;
  boot_id?: string;
  pid: number;
  at: string;
}

/** This process, as a heartbeat describes a writer. */
export interface Here {
  writerId: string;
  host: string;
  bootId?: string;
  pid: number;
  isAlive(pid: number): boolean;
}

function readBootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function parseHeartbeat(text: string | null): Heartbeat | undefined {
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<Heartbeat>;
    if (typeof parsed.host === 'string' && typeof parsed.pid === 'number')
      return parsed as Heartbeat;
  } catch {
    // A heartbeat caught mid-write: judge by its age alone.
  }
  return undefined;
}

/**
 * Whether another writer's temporary folder may go. A stale heartbeat means
 * the writer is gone wherever it ran. On this host (same host name and boot)
 * a fresh heartbeat can be checked directly: its process is gone, or it had
 * this process's pid (a container restarted after `kill -9` gets pid 1 again),
 * so a crash leftover goes at the next start rather than a minute later.
 * (Two replicas sharing one local volume must not share a host name.)
 */
export function writerIsGone(
  heartbeat: Heartbeat | undefined,
  heartbeatModifiedAt: Date,
  here: Here,
  now: number,
): boolean {
  if (now - heartbeatModifiedAt.getTime() > HEARTBEAT_STALE_MS) return true;
  if (!heartbeat || heartbeat.writer === here.writerId) return false;
  const sameMachine =
    heartbeat.host === here.host && here.bootId !== undefined && heartbeat.boot_id === here.bootId;
  if (!sameMachine) return false;
  return heartbeat.pid === here.pid || !here.isAlive(heartbeat.pid);
}

/**
 * This process's folder for unfinished uploads, `tmp/<writer id>/`, with a
 * heartbeat the janitor reads to tell a live writer's uploads in flight from
 * a dead writer's leftovers (see `writerIsGone`). Only drivers whose writes
 * are not atomic (local disk) use temporary objects at all.
 */
@Injectable()
export class TemporaryArea implements OnApplicationShutdown {
  private readonly logger = new Logger(TemporaryArea.name);
  readonly here: Here = {
    writerId: randomUUID().replace(/-/g, ''),
    host: hostname(),
    bootId: readBootId(),
    pid: process.pid,
    isAlive: processIsAlive,
  };
  private timer?: NodeJS.Timeout;

  constructor(@Inject(STORAGE_DRIVER) private readonly storage: StorageDriver) {}

  get writerId(): string {
    return this.here.writerId;
  }

  get needed(): boolean {
    return !this.storage.writesAreAtomic;
  }

  keyFor(fileId: string): string {
    return temporaryKeyFor(this.writerId, fileId);
  }

  /** Writes the first heartbeat and keeps it fresh; call once the storage is verified. */
  async start(): Promise<void> {
    if (!this.needed || this.timer) return;
    await this.beat();
    this.timer = setInterval(
      () =>
        void this.beat().catch((error: unknown) =>
          this.logger.warn({ err: errorForLog(error) }, 'Could not refresh the upload heartbeat'),
        ),
      HEARTBEAT_INTERVAL_MS,
    ).unref();
  }

  /** After a graceful shutdown no upload is in flight: the folder goes with the process. */
  async onApplicationShutdown(): Promise<void> {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.storage
      .removePrefix(temporaryFolderOf(this.writerId))
      .catch((error: unknown) =>
        this.logger.warn({ err: errorForLog(error) }, 'Could not remove the temporary folder'),
      );
  }

  private async beat(): Promise<void> {
    const heartbeat: Heartbeat = {
      writer: this.here.writerId,
      host: this.here.host,
      boot_id: this.here.bootId,
      pid: this.here.pid,
      at: new Date().toISOString(),
    };
    await this.storage.writeSmall(heartbeatKeyOf(this.writerId), JSON.stringify(heartbeat));
  }
}
