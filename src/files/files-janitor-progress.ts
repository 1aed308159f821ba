/** What one pass did, and what it left alone. */
export interface JanitorReport {
  /** Set when the pass did nothing because the storage is not verified (see StorageIdentity). */
  refused?: string;
  /** Set when the pass did nothing because another instance holds the janitor lease. */
  skipped?: string;
  /** Objects and rows this pass looked at (at most FILES_JANITOR_PASS_MAX_ITEMS). */
  examined: number;
  /** True when this pass finished a walk of the whole storage and table; false when it stopped at its bound. */
  cycleComplete: boolean;
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
  /** Rows (seen by this pass) whose object is missing: counted, never removed here (`files-reconcile` does that). */
  rowsWithoutObject: number;
}

export type JanitorCount = Exclude<keyof JanitorReport, 'refused' | 'skipped' | 'cycleComplete'>;

export function emptyReport(): JanitorReport {
  return {
    examined: 0,
    cycleComplete: false,
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
 * Where the janitor's walk has got to, kept in the lease row between passes:
 * committed objects, then quarantined ones (both in key order), then file
 * rows (id order); `after` is the last key or id done. `missing` and
 * `examples` add up the rows without an object over the whole walk.
 */
export interface JanitorProgress {
  phase: 'objects' | 'quarantine' | 'rows';
  after: string;
  missing: number;
  examples: string[];
}

const PHASES: ReadonlyArray<JanitorProgress['phase']> = ['objects', 'quarantine', 'rows'];

export function startOfWalk(): JanitorProgress {
  return { phase: 'objects', after: '', missing: 0, examples: [] };
}

/** The saved progress, or the start of a walk when there is none or it cannot be read. */
export function parseProgress(saved: string | null): JanitorProgress {
  if (!saved) return startOfWalk();
  try {
    const value = JSON.parse(saved) as Partial<JanitorProgress>;
    if (
      PHASES.includes(value.phase as JanitorProgress['phase']) &&
      typeof value.after === 'string' &&
      Number.isSafeInteger(value.missing) &&
      Array.isArray(value.examples)
    )
      return value as JanitorProgress;
  } catch {
    // Unreadable: start over, which is always safe.
  }
  return startOfWalk();
}

/** How much one pass may still do: items and a deadline. */
export class PassBudget {
  private used = 0;

  constructor(
    private readonly maxItems: number,
    private readonly deadline: number,
    private readonly stopping: () => boolean,
  ) {}

  /** Counts one item. */
  spend(): void {
    this.used += 1;
  }

  spent(): boolean {
    return this.used >= this.maxItems || Date.now() >= this.deadline || this.stopping();
  }

  get examined(): number {
    return this.used;
  }
}
