import type { Logger } from '@nestjs/common';
import type { SchedulerRegistry } from '@nestjs/schedule';
import { errorForLog } from '../errors/error-for-log';

/**
 * A background job run every `intervalSeconds` (the first run one interval
 * after start), shared by the schedulers of the purges. Runs never overlap; a
 * failure is logged and retried at the next interval; `stop()` lets
 * shutdown stop a run in progress (the job's signal fires: a batched purge
 * ends after its current batch) and wait for it before the database closes.
 */
export class PeriodicJob {
  private running?: Promise<void>;
  private readonly stopping = new AbortController();

  /**
   * @param name the interval's name in the scheduler registry
   * @param what the job as log lines name it, e.g. "Token purge"
   */
  constructor(
    private readonly name: string,
    private readonly what: string,
    private readonly job: (signal: AbortSignal) => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  /** Registers the interval under `name`; the registry clears it on shutdown. */
  schedule(registry: SchedulerRegistry, intervalSeconds: number): void {
    const handle = setInterval(() => {
      void this.runOnce();
    }, intervalSeconds * 1000);
    // A pending run alone must not keep the process alive.
    handle.unref();
    registry.addInterval(this.name, handle);
  }

  /** Starts a run unless one is in progress. Never rejects. */
  runOnce(): Promise<void> {
    if (this.stopping.signal.aborted) return Promise.resolve();
    this.running ??= this.job(this.stopping.signal)
      .then(
        () => undefined,
        (error: unknown) =>
          this.logger.error(
            { err: errorForLog(error) },
            `${this.what} failed; it will run again at the next interval`,
          ),
      )
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  /** Asks a run in progress to stop, starts no other, and resolves once none is in progress. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }
}
