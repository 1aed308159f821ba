import { Inject, Injectable, Logger } from '@nestjs/common';
import { runPacedBatches } from '../common/lifecycle/batch-pacing';
import { auditConfig, type AuditSettings } from '../config/audit.config';
import { ChainVerifier, type ChainProblem } from './audit-chain';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';
import type { AuditEventEntity } from './audit-event.entity';
import { AuditEventsRepository, type AuditEventFilters } from './audit-events.repository';
import { AuditService } from './audit.service';
import { SYSTEM_ACTOR } from './audit-context';

const EXPORT_BATCH_SIZE = 500;
const VERIFY_BATCH_SIZE = 1_000;
const DAY_MS = 86_400_000;

export interface AuditPage {
  items: AuditEventEntity[];
  next_cursor: string | null;
}

export type VerifyResult =
  | { ok: true; checked: number; firstSeq: number; lastSeq: number; lastHash: string }
  | { ok: false; checked: number; problem: ChainProblem };

/** Reading the audit log: the admin list and export, verification and the retention purge. */
@Injectable()
export class AuditLogService {
  private readonly logger = new Logger(AuditLogService.name);

  constructor(
    private readonly events: AuditEventsRepository,
    private readonly audit: AuditService,
    @Inject(auditConfig.KEY) private readonly settings: AuditSettings,
  ) {}

  async list(filters: AuditEventFilters, limit: number, cursor?: string): Promise<AuditPage> {
    const after = cursor === undefined ? undefined : decodeAuditCursor(filters, cursor);
    // One more than asked tells whether there is a next page without a count.
    const rows = await this.events.list(filters, limit + 1, after);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      next_cursor:
        rows.length > limit
          ? encodeAuditCursor(filters, { occurredAt: last.occurred_at, seq: last.seq })
          : null,
    };
  }

  exportBatch(
    filters: AuditEventFilters,
    after: AuditEventEntity | undefined,
  ): Promise<AuditEventEntity[]> {
    return this.events.list(
      filters,
      EXPORT_BATCH_SIZE,
      after && { occurredAt: after.occurred_at, seq: after.seq },
    );
  }

  /** Walks the chain from the purge anchor to the head, a batch at a time. */
  async verify(): Promise<VerifyResult> {
    const bounds = await this.events.bounds();
    const verifier = new ChainVerifier(bounds);
    let afterSeq = bounds.anchorSeq;
    for (;;) {
      const batch = await this.events.chainBatch(afterSeq, VERIFY_BATCH_SIZE);
      if (batch.length === 0) break;
      if (!batch.every((event) => verifier.accept(event))) break;
      afterSeq = batch[batch.length - 1].seq;
    }
    const verdict = verifier.finish();
    return verdict.ok
      ? {
          ...verdict,
          firstSeq: bounds.anchorSeq + 1,
          lastSeq: bounds.lastSeq,
          lastHash: bounds.lastHash,
        }
      : verdict;
  }

  /**
   * Deletes events older than AUDIT_RETENTION_DAYS, oldest first, in batches
   * of AUDIT_PURGE_BATCH_SIZE (each its own short transaction that also moves
   * the anchor), resting between batches as long as each took
   * (runPacedBatches; `signal` stops it after the batch in progress), then
   * records how many went. Returns that number.
   */
  async purgeExpired(now = new Date(), signal?: AbortSignal): Promise<number> {
    const before = new Date(now.getTime() - this.settings.retentionDays * DAY_MS);
    let purged = 0;
    await runPacedBatches(
      async () => {
        const deleted = await this.events.purgeBatch(before, this.settings.purgeBatchSize);
        purged += deleted;
        return { done: deleted < this.settings.purgeBatchSize };
      },
      { signal },
    );
    if (purged > 0) {
      await this.audit.record({
        action: 'audit.purged',
        actor: SYSTEM_ACTOR,
        target: { type: 'audit_log', id: null },
        details: { events: purged, before: before.toISOString() },
      });
      this.logger.log({ events: purged }, 'Purged audit events past their retention');
    }
    return purged;
  }
}
