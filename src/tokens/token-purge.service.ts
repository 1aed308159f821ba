import { Inject, Injectable, Logger } from '@nestjs/common';
import { runPacedBatches } from '../common/lifecycle/batch-pacing';
import { Database } from '../database/database.service';
import { authConfig, type AuthSettings } from '../config/auth.config';
import { TokensRepository, type PurgeCandidates } from './tokens.repository';

/** Rows deleted per statement: short statements keep SQLite's turn and MySQL's locks brief. */
export const PURGE_BATCH_SIZE = 500;
/**
 * On SQLite a statement blocks the event loop while it runs: a 500-row delete
 * (each row in 8 indexes) held requests for tens of milliseconds per batch,
 * and /auth/me's p99 during a 1M-row purge went from 30 to ~120 ms.
 */
export const SQLITE_PURGE_BATCH_SIZE = 100;

const DAY_MS = 86_400_000;

/**
 * Deletes token rows that died (expired or were revoked) more than
 * TOKEN_RETENTION_DAYS ago, in batches: select a batch of ids, delete them by
 * id, repeat until a batch comes back short, resting between batches as long
 * as each took (runPacedBatches), so a large backlog does not slow the API down. Refresh tokens that were rotated
 * away are kept until their own expiry is that old, so reuse of a stolen one
 * is still detected (see TokensRepository.purgeCandidates).
 *
 * Scheduling lives in TokenPurgeScheduler (HTTP app only); this class is the
 * work, callable from anywhere (tests call it directly).
 */
@Injectable()
export class TokenPurgeService {
  private readonly logger = new Logger(TokenPurgeService.name);

  constructor(
    private readonly tokens: TokensRepository,
    private readonly db: Database,
    @Inject(authConfig.KEY) private readonly settings: AuthSettings,
  ) {}

  /** Returns the number of rows deleted; `signal` (shutdown) stops it after the batch in progress. */
  async purge(
    options: { now?: Date; batchSize?: number; signal?: AbortSignal } = {},
  ): Promise<number> {
    const now = options.now ?? new Date();
    const batchSize =
      options.batchSize ??
      (this.db.driver === 'sqlite' ? SQLITE_PURGE_BATCH_SIZE : PURGE_BATCH_SIZE);
    const cutoff = new Date(now.getTime() - this.settings.tokenRetentionDays * DAY_MS);
    let deleted = 0;
    for (const kind of ['expired', 'revoked'] satisfies PurgeCandidates[]) {
      await runPacedBatches(
        async () => {
          const ids = await this.tokens.purgeCandidates(kind, cutoff, batchSize);
          deleted += await this.tokens.deleteByIds(ids);
          return { done: ids.length < batchSize };
        },
        { signal: options.signal },
      );
    }
    if (deleted > 0) this.logger.log({ deleted }, 'Purged dead token rows');
    return deleted;
  }
}
