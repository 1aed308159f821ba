import type { Logger } from '@nestjs/common';

/** An outage counts as over once this long passes without a failure. */
const QUIET_MS = 10_000;

/**
 * Logs a dependency outage once, not once per request: the first failure is
 * logged with its cause, later ones are only counted, and when failures stop
 * (QUIET_MS without one) a single line says how many requests were refused
 * and for how long.
 */
export class OutageLog {
  private failures = 0;
  private since?: number;
  private quietTimer?: NodeJS.Timeout;

  constructor(
    private readonly logger: Pick<Logger, 'error' | 'warn'>,
    private readonly dependency: string,
    private readonly quietMs = QUIET_MS,
  ) {}

  get failing(): boolean {
    return this.since !== undefined;
  }

  failure(cause: string): void {
    this.failures += 1;
    if (this.since === undefined) {
      this.since = Date.now();
      this.logger.error(
        { dependency: this.dependency, cause },
        `${this.dependency} unavailable (${cause}): answering 503 until it is back`,
      );
    }
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => this.end(), this.quietMs).unref();
  }

  private end(): void {
    const seconds = Math.round((Date.now() - (this.since ?? Date.now())) / 1000);
    this.logger.warn(
      { dependency: this.dependency, failed_requests: this.failures, duration_s: seconds },
      `${this.dependency} outage over: ${this.failures} request(s) answered 503 in ${seconds} s`,
    );
    this.failures = 0;
    this.since = undefined;
    this.quietTimer = undefined;
  }
}
