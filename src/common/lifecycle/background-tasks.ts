import type { Logger } from '@nestjs/common';
import { errorForLog } from '../errors/error-for-log';

/**
 * Work a request starts and does not wait for (mail, mostly): every task is
 * tracked so tests can wait for it (`idle`) and shutdown can give it a
 * moment (`drain`). A task never rejects to its starter: failures are logged.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  start(what: string, task: () => Promise<void>): void {
    const tracked: Promise<void> = task()
      .catch((error: unknown) => this.logger.error({ err: errorForLog(error) }, `${what} failed`))
      .finally(() => this.running.delete(tracked));
    this.running.add(tracked);
  }

  /** Resolves once every task started so far (and any they started) has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** `idle`, but gives up after `timeoutMs`; true when everything finished. */
  async drain(timeoutMs: number): Promise<boolean> {
    if (this.running.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const finished = await Promise.race([this.idle().then(() => true as const), gaveUp]);
    clearTimeout(timer);
    return finished;
  }
}
