import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { errorForLog } from '../common/errors/error-for-log';
import { FilesRepository } from './files.repository';
import { StorageIdentityRepository } from './storage-identity.repository';
import { STORAGE_DRIVER, STORAGE_MARKER_KEY, type StorageDriver } from './storage/storage-driver';
import { OBJECT_PREFIX } from './storage/storage-keys';

/** Why the storage is not trusted; readiness shows this as the storage check's message. */
export type StorageProblem = 'marker missing' | 'marker mismatch' | 'storage unavailable';

export type StorageIdentityState =
  | { verified: true; storageId: string }
  | { verified: false; problem: StorageProblem; detail: string };

const MARKER_FORMAT = 'reviewpoint-storage/1';
/** How many of the newest rows must have their bytes before storage without any marker is adopted. */
const ADOPTION_SAMPLE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Marker = { kind: 'absent' } | { kind: 'id'; id: string } | { kind: 'unreadable' };

export function markerContent(storageId: string, createdAt = new Date()): string {
  return `${JSON.stringify({ format: MARKER_FORMAT, storage_id: storageId, created_at: createdAt.toISOString() })}\n`;
}

/** An empty marker counts as absent: that is what a crash while writing it leaves. */
export function parseMarker(text: string | null): Marker {
  if (text === null || text.trim() === '') return { kind: 'absent' };
  try {
    const parsed = JSON.parse(text) as { format?: unknown; storage_id?: unknown };
    if (
      parsed.format === MARKER_FORMAT &&
      typeof parsed.storage_id === 'string' &&
      UUID.test(parsed.storage_id)
    )
      return { kind: 'id', id: parsed.storage_id };
  } catch {
    // fall through
  }
  return { kind: 'unreadable' };
}

/**
 * Makes sure the file storage is the one this database's rows point into
 * before anything trusts its contents.
 *
 * The first start writes a random id into a marker object at the storage's
 * root (`.reviewpoint-storage`) and into the `storage_identity` table. From
 * then on the storage counts as verified only while both agree. A missing
 * marker (an unmounted volume, a typo in STORAGE_DIR, a second instance
 * pointed at the wrong place) or a different one is never "the files are
 * gone": the janitor cleans nothing, uploads and readiness answer 503, and
 * one error line names the storage, until an operator fixes the setting.
 *
 * Only two situations write anything, each on a storage with nothing to
 * lose or with strong evidence:
 * - a first start: no id in the database, no marker, no file rows, no
 *   objects. The marker is created exclusively (so instances sharing one
 *   storage agree on one id), then the id is recorded; an instance that
 *   loses that race on another storage takes its marker back and refuses;
 * - an installation from before markers (rows and objects, no id anywhere)
 *   is adopted once the newest rows' bytes are all found in the storage.
 * Everything else needs an operator: `npm run cli -- files-reconcile --claim-storage`.
 */
@Injectable()
export class StorageIdentity {
  private readonly logger = new Logger(StorageIdentity.name);
  private state: StorageIdentityState = {
    verified: false,
    problem: 'storage unavailable',
    detail: 'not checked yet',
  };
  private lastReported?: string;
  private checking?: Promise<StorageIdentityState>;

  constructor(
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
    private readonly identities: StorageIdentityRepository,
    private readonly files: FilesRepository,
  ) {}

  /** The outcome of the last check (no I/O). */
  get current(): StorageIdentityState {
    return this.state;
  }

  /**
   * Checks the marker against the database (pairing them where that is safe,
   * unless `create` is false); concurrent callers share one check. A verified
   * storage costs one small read.
   */
  verify(options: { create?: boolean } = {}): Promise<StorageIdentityState> {
    this.checking ??= this.evaluate(options.create ?? true)
      .catch((error: unknown): StorageIdentityState => ({
        verified: false,
        problem: 'storage unavailable',
        detail: `cannot check ${this.storage.location}: ${errorForLog(error).message}`,
      }))
      .then((state) => this.record(state))
      .finally(() => (this.checking = undefined));
    return this.checking;
  }

  /**
   * The operator's decision (CLI): the configured storage belongs to this
   * database. Pairs a storage without a marker, or records the marker of a
   * first start that stopped before the database row; refuses a storage whose
   * marker names another storage than the database does.
   */
  async claim(): Promise<string> {
    const marker = parseMarker(await this.storage.readSmall(STORAGE_MARKER_KEY));
    const dbId = await this.identities.storageId();
    if (
      marker.kind === 'unreadable' ||
      (marker.kind === 'id' && dbId !== null && marker.id !== dbId)
    )
      throw new Error(
        `${this.storage.location} carries another storage's marker; point the setting at this database's storage instead`,
      );
    const storageId =
      dbId ?? (await this.identities.claim(marker.kind === 'id' ? marker.id : randomUUID()));
    if (marker.kind === 'absent')
      await this.storage.writeSmall(STORAGE_MARKER_KEY, markerContent(storageId));
    this.record({ verified: true, storageId });
    return storageId;
  }

  private async evaluate(create: boolean): Promise<StorageIdentityState> {
    const location = this.storage.location;
    const markerText = await this.storage.readSmall(STORAGE_MARKER_KEY);
    const marker = parseMarker(markerText);
    if (this.state.verified && marker.kind === 'id' && marker.id === this.state.storageId)
      return this.state;
    const dbId = await this.identities.storageId();
    if (marker.kind === 'id' && marker.id === dbId) return { verified: true, storageId: dbId };
    if (marker.kind === 'unreadable')
      return refused(
        'marker mismatch',
        `the marker ${STORAGE_MARKER_KEY} in ${location} is not ours`,
      );
    if (dbId !== null) {
      return marker.kind === 'id'
        ? refused(
            'marker mismatch',
            `${location} belongs to storage ${marker.id}, but this database's files are in storage ${dbId}`,
          )
        : refused(
            'marker missing',
            `${location} has no marker (${STORAGE_MARKER_KEY}) while this database's files are in storage ${dbId}: is the volume mounted and the setting right?`,
          );
    }

    // The database has never recorded a storage. Even an empty storage with a
    // marker may belong to a live installation that has not stored a file yet:
    // never share it.
    if (marker.kind === 'id')
      return refused(
        'marker mismatch',
        `${location} belongs to storage ${marker.id}, which this database has never recorded`,
      );
    // Pair only where nothing can be lost, or with strong evidence.
    const staleMarker = markerText !== null; // an empty marker file: a crash while writing one
    const hasRows = await this.files.hasAny();
    if (create && !hasRows && !(await this.hasObjects()))
      return this.pair({ what: 'initialised', createStorage: true, staleMarker });
    if (create && hasRows && (await this.newestRowsAllPresent()))
      return this.pair({
        what: 'adopted (it had no marker yet and holds the newest files’ bytes)',
        createStorage: false,
        staleMarker,
      });
    return refused(
      'marker missing',
      `${location} has no marker (${STORAGE_MARKER_KEY}) and its contents do not match this database's files`,
    );
  }

  /** Creates the marker (exclusively, so instances sharing one storage agree) and then records its id. */
  private async pair(options: {
    what: string;
    createStorage: boolean;
    staleMarker: boolean;
  }): Promise<StorageIdentityState> {
    if (options.staleMarker) await this.storage.delete(STORAGE_MARKER_KEY);
    const candidate = randomUUID();
    const created = await this.storage.writeSmall(STORAGE_MARKER_KEY, markerContent(candidate), {
      createStorage: options.createStorage,
      exclusive: true,
    });
    // Another instance on this storage wrote one first: pair with that on the next check.
    if (!created) return refused('marker missing', 'another instance is initialising this storage');
    return this.recordId(candidate, options.what);
  }

  /** Records `storageId` in the database; when another id won, the marker just made is taken back. */
  private async recordId(storageId: string, what: string): Promise<StorageIdentityState> {
    const recorded = await this.identities.claim(storageId);
    if (recorded === storageId) {
      this.logger.log(`Storage ${this.storage.location} ${what} (storage id ${storageId})`);
      return { verified: true, storageId };
    }
    await this.storage.delete(STORAGE_MARKER_KEY);
    return refused(
      'marker missing',
      `another instance paired this database with storage ${recorded} first; ${this.storage.location} is not it`,
    );
  }

  private async hasObjects(): Promise<boolean> {
    for await (const object of this.storage.list(OBJECT_PREFIX)) {
      void object;
      return true;
    }
    return false;
  }

  private async newestRowsAllPresent(): Promise<boolean> {
    for (const row of await this.files.newest(ADOPTION_SAMPLE)) {
      if ((await this.storage.stat(row.storage_key)) === null) return false;
    }
    return true;
  }

  /** Keeps the new state and logs once per change, not per check. */
  private record(state: StorageIdentityState): StorageIdentityState {
    this.state = state;
    const summary = state.verified
      ? `verified ${state.storageId}`
      : `${state.problem}: ${state.detail}`;
    if (summary === this.lastReported) return state;
    const first = this.lastReported === undefined;
    this.lastReported = summary;
    if (state.verified) {
      if (!first)
        this.logger.log(
          `Storage ${this.storage.location} verified again (storage id ${state.storageId})`,
        );
    } else {
      this.logger.error(
        { storage: this.storage.location, problem: state.problem },
        `Storage not trusted, ${state.problem}: ${state.detail}. Nothing is cleaned up, uploads and readiness answer 503 until this is fixed.`,
      );
    }
    return state;
  }
}

function refused(problem: StorageProblem, detail: string): StorageIdentityState {
  return { verified: false, problem, detail };
}
