import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Database } from '../database/database.service';
import { AuditChainEntity } from './audit-chain.entity';
import { AuditEventEntity } from './audit-event.entity';
import { chainHash, type ChainBounds, type ChainedContent } from './audit-chain';

const CHAIN_ID = 'main';

/** An event ready to be chained: everything but its place (seq, time) and hashes. */
export type PendingEvent = Omit<ChainedContent, 'seq' | 'occurred_at'>;

export interface AuditEventFilters {
  action?: string;
  actor_id?: string;
  target_id?: string;
  outcome?: string;
  since?: Date;
  until?: Date;
}

/** Keyset position in the list's order (newest first). */
export interface AuditPosition {
  occurredAt: Date;
  seq: number;
}

const toNumber = (value: unknown): number => Number(value);

/** Named queries on `audit_events` and `audit_chain`; every call goes through `Database`. */
@Injectable()
export class AuditEventsRepository {
  constructor(private readonly db: Database) {}

  /**
   * Appends events to the chain inside the caller's transaction. The chain
   * head row is locked first (FOR UPDATE on MySQL; SQLite runs one
   * transaction at a time), so concurrent writers queue for the head and each
   * links to the one committed before it: the chain cannot fork. The lock is
   * held until the caller commits, which is why services record the event as
   * the last statement of their change.
   */
  async append(manager: EntityManager, pending: PendingEvent[]): Promise<void> {
    if (pending.length === 0) return;
    const lock = this.db.driver === 'mysql' ? ' FOR UPDATE' : '';
    const rows = await manager.query<Array<{ last_seq: unknown; last_hash: string }>>(
      `SELECT last_seq, last_hash FROM audit_chain WHERE id = ?${lock}`,
      [CHAIN_ID],
    );
    if (rows.length === 0) throw new Error('The audit chain head row is missing');
    let seq = toNumber(rows[0].last_seq);
    let previous = rows[0].last_hash;
    // Taken after the lock, so occurred_at never decreases along seq.
    const occurredAt = new Date();
    const events: AuditEventEntity[] = pending.map((event) => {
      seq += 1;
      const content: ChainedContent = { ...event, seq, occurred_at: occurredAt };
      const hash = chainHash(previous, content);
      const row = Object.assign(new AuditEventEntity(), content, { prev_hash: previous, hash });
      previous = hash;
      return row;
    });
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values(events)
      .updateEntity(false)
      .execute();
    await manager.query('UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE id = ?', [
      seq,
      previous,
      CHAIN_ID,
    ]);
  }

  /** One page, newest first, after `after` (exclusive). */
  list(
    filters: AuditEventFilters,
    limit: number,
    after?: AuditPosition,
  ): Promise<AuditEventEntity[]> {
    return this.db.run((m) => this.page(m, filters, limit, after).getMany());
  }

  /** The SQL a list page runs, for EXPLAIN in tests and docs. */
  listSql(
    filters: AuditEventFilters,
    limit: number,
    after?: AuditPosition,
  ): Promise<[string, unknown[]]> {
    return this.db.run((m) =>
      Promise.resolve(this.page(m, filters, limit, after).getQueryAndParameters()),
    );
  }

  /** The chain head and the purge anchor. */
  async bounds(): Promise<ChainBounds> {
    const head = await this.db.run((m) =>
      m.getRepository(AuditChainEntity).findOneByOrFail({ id: CHAIN_ID }),
    );
    return {
      anchorSeq: head.anchor_seq,
      anchorHash: head.anchor_hash,
      lastSeq: head.last_seq,
      lastHash: head.last_hash,
    };
  }

  /** Events after `afterSeq` in chain order, a batch at a time (for verification). */
  chainBatch(afterSeq: number, limit: number): Promise<AuditEventEntity[]> {
    return this.db.run((m) =>
      m
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .where('e.seq > :afterSeq', { afterSeq })
        .orderBy('e.seq', 'ASC')
        .limit(limit)
        .getMany(),
    );
  }

  /**
   * Deletes up to `limit` of the oldest events older than `before`, and moves
   * the anchor to the newest one deleted, in one transaction: what remains
   * still verifies from the anchor. Returns how many were deleted.
   */
  purgeBatch(before: Date, limit: number): Promise<number> {
    return this.db.transaction(async (m) => {
      const lock = this.db.driver === 'mysql' ? ' FOR UPDATE' : '';
      await m.query(`SELECT anchor_seq FROM audit_chain WHERE id = ?${lock}`, [CHAIN_ID]);
      const oldest = await m
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .select(['e.seq', 'e.hash'])
        .where('e.occurred_at < :before', { before })
        .orderBy('e.seq', 'ASC')
        .limit(limit)
        .getMany();
      if (oldest.length === 0) return 0;
      // Only a run without gaps from the anchor moves it (events are purged oldest first).
      const last = oldest[oldest.length - 1];
      await m
        .createQueryBuilder()
        .delete()
        .from(AuditEventEntity)
        .where('seq <= :lastSeq', { lastSeq: last.seq })
        .execute();
      await m.query('UPDATE audit_chain SET anchor_seq = ?, anchor_hash = ? WHERE id = ?', [
        last.seq,
        last.hash,
        CHAIN_ID,
      ]);
      return oldest.length;
    });
  }

  private page(
    manager: EntityManager,
    filters: AuditEventFilters,
    limit: number,
    after?: AuditPosition,
  ): SelectQueryBuilder<AuditEventEntity> {
    const query = this.filtered(manager, filters)
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.seq', 'DESC')
      .limit(limit);
    if (after) {
      query.andWhere(
        '(e.occurred_at < :afterTime OR (e.occurred_at = :afterTime AND e.seq < :afterSeq))',
        { afterTime: after.occurredAt, afterSeq: after.seq },
      );
    }
    return query;
  }

  private filtered(
    manager: EntityManager,
    filters: AuditEventFilters,
  ): SelectQueryBuilder<AuditEventEntity> {
    const query = manager.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (filters.action !== undefined) query.andWhere('e.action = :action', filters);
    if (filters.actor_id !== undefined) query.andWhere('e.actor_id = :actor_id', filters);
    if (filters.target_id !== undefined) query.andWhere('e.target_id = :target_id', filters);
    if (filters.outcome !== undefined) query.andWhere('e.outcome = :outcome', filters);
    if (filters.since !== undefined) query.andWhere('e.occurred_at >= :since', filters);
    if (filters.until !== undefined) query.andWhere('e.occurred_at <= :until', filters);
    return query;
  }
}
