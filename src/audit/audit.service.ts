import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { AsyncResource } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { errorForLog } from '../common/errors/error-for-log';
import { auditConfig, type AuditSettings } from '../config/audit.config';
import { Database } from '../database/database.service';
import type { AuditAction, AuditOutcome, AuditTargetType } from './audit-actions';
import { canonicalJson, type AuditDetail } from './audit-chain';
import { currentAuditOrigin, type AuditActor } from './audit-context';
import { AuditEventsRepository, type PendingEvent } from './audit-events.repository';

/** What a caller says about an event; where it came from is taken from the request. */
export interface AuditEventInput {
  action: AuditAction;
  /** Default `success`. */
  outcome?: AuditOutcome;
  target?: { type: AuditTargetType; id: string | null };
  /** Facts about the event. Never a password, token value or hash. */
  details?: Record<string, AuditDetail>;
  /** Who acted, when the request does not know yet (sign-in, refresh, reset link). */
  actor?: AuditActor;
}

type EventsOf<T> = (result: T) => AuditEventInput | AuditEventInput[] | null | undefined;

/** Detached events waiting beyond this are dropped (logged): a bound on memory if the database is down. */
const MAX_DETACHED = 10_000;
const DETACHED_RETRY_MS = 1_000;

/**
 * The one way modules record audit events (SPEC §8).
 *
 * - `record` / `withEvent`: the event of a change, written in the change's
 *   transaction (joining the one `Database.transaction` has open, or the
 *   manager given), so the change and its event commit or roll back together.
 * - `recordDetached`: the event of a refused request that changed nothing
 *   (a failed sign-in): queued and written right after, off the answer's
 *   path; shutdown waits for the queue to be written.
 *
 * Request id, address, user agent and actor come from the request being
 * served (audit-context.ts); outside a request the actor is `system`.
 */
@Injectable()
export class AuditService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditService.name);
  private readonly detached: PendingEvent[] = [];
  private flushing?: Promise<void>;
  private retryTimer?: NodeJS.Timeout;
  /**
   * Starts a flush outside whatever context the caller is in: a flush
   * scheduled from inside a request's transaction must not run on that
   * transaction's (by then finished) manager.
   */
  private readonly scheduleFlush: () => void;

  constructor(
    private readonly events: AuditEventsRepository,
    private readonly db: Database,
    @Inject(auditConfig.KEY) private readonly settings: AuditSettings,
  ) {
    this.scheduleFlush = AsyncResource.bind(() => {
      setImmediate(() => void this.flush());
    });
  }

  get enabled(): boolean {
    return this.settings.enabled;
  }

  /** Writes events in the current transaction (or `manager`'s); starts one when there is none. */
  async record(input: AuditEventInput | AuditEventInput[], manager?: EntityManager): Promise<void> {
    if (!this.settings.enabled) return;
    const pending = (Array.isArray(input) ? input : [input]).map(toPending);
    if (pending.length === 0) return;
    if (manager) await this.events.append(manager, pending);
    else await this.db.transaction((m) => this.events.append(m, pending));
  }

  /**
   * Runs `change` and records the events it describes in one transaction:
   * neither is kept without the other. `eventsOf` may return nothing when the
   * change turned out to change nothing.
   */
  withEvent<T>(change: () => Promise<T>, eventsOf: EventsOf<T>): Promise<T> {
    return this.db.transaction(async (manager) => {
      const result = await change();
      const events = eventsOf(result);
      if (events) await this.record(events, manager);
      return result;
    });
  }

  /** Queues the event of a request that changed nothing; never delays or fails the caller. */
  recordDetached(input: AuditEventInput): void {
    if (!this.settings.enabled) return;
    if (this.detached.length >= MAX_DETACHED) {
      this.logger.error({ action: input.action }, 'Audit queue full: an event was dropped');
      return;
    }
    this.detached.push(toPending(input));
    this.scheduleFlush();
  }

  /** Writes every queued event (resolves when the queue is empty or a write failed). */
  flush(): Promise<void> {
    this.flushing ??= this.writeQueued().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  /** Shutdown (after requests have finished): nothing queued is lost. */
  async beforeApplicationShutdown(): Promise<void> {
    clearTimeout(this.retryTimer);
    await this.flushing;
    await this.flush();
    if (this.detached.length > 0) {
      this.logger.error(
        { events: this.detached.length },
        'Shutting down with audit events that could not be written',
      );
    }
  }

  private async writeQueued(): Promise<void> {
    while (this.detached.length > 0) {
      const batch = this.detached.slice(0, 500);
      try {
        await this.db.transaction((m) => this.events.append(m, batch));
        this.detached.splice(0, batch.length);
      } catch (error) {
        this.logger.error(
          { err: errorForLog(error), events: this.detached.length },
          'Could not write queued audit events; retrying',
        );
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(this.scheduleFlush, DETACHED_RETRY_MS);
        this.retryTimer.unref();
        return;
      }
    }
  }
}

function toPending(input: AuditEventInput): PendingEvent {
  const origin = currentAuditOrigin();
  const actor = input.actor ?? origin.actor;
  const details: Record<string, AuditDetail> = { ...input.details };
  if (actor.tokenId) details.actor_token_id = actor.tokenId;
  return {
    id: randomUUID(),
    action: input.action,
    outcome: input.outcome ?? 'success',
    actor_id: actor.id,
    actor_type: actor.type,
    target_type: input.target?.type ?? null,
    target_id: input.target?.id ?? null,
    ip: origin.ip,
    user_agent: origin.userAgent,
    request_id: origin.requestId,
    details: canonicalJson(details),
  };
}
