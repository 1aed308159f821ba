import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintColumn, timestampColumn, uuidColumn } from '../database/column-types';
import type { AuditActorType, AuditOutcome } from './audit-actions';

/**
 * One recorded security event, a link in the hash chain (see audit-chain.ts).
 * Rows are only ever inserted (and purged when older than the retention);
 * nothing in the application updates one.
 *
 * Every list filter has an index ending in (occurred_at, seq), the list's
 * order, so a filtered page is one index range read at any table size.
 */
@Entity({ name: 'audit_events' })
@Index('UQ_audit_events_seq', ['seq'], { unique: true })
@Index('IDX_audit_events_occurred_at', ['occurred_at', 'seq'])
@Index('IDX_audit_events_action', ['action', 'occurred_at', 'seq'])
@Index('IDX_audit_events_actor_id', ['actor_id', 'occurred_at', 'seq'])
@Index('IDX_audit_events_target_id', ['target_id', 'occurred_at', 'seq'])
@Index('IDX_audit_events_outcome', ['outcome', 'occurred_at', 'seq'])
export class AuditEventEntity {
  @PrimaryColumn(uuidColumn)
  id!: string;

  /** Position in the chain: 1, 2, 3… with no gaps (a gap is a removed event). */
  @Column(bigintColumn)
  seq!: number;

  /** Taken when the event joins the chain, so it never decreases along `seq`. */
  @Column(timestampColumn)
  occurred_at!: Date;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 16 })
  outcome!: AuditOutcome;

  @Column({ ...uuidColumn, nullable: true })
  actor_id!: string | null;

  @Column({ type: 'varchar', length: 16 })
  actor_type!: AuditActorType;

  @Column({ type: 'varchar', length: 32, nullable: true })
  target_type!: string | null;

  @Column({ ...uuidColumn, nullable: true })
  target_id!: string | null;

  @Column({ type: 'varchar', length: 45, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  user_agent!: string | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  request_id!: string | null;

  /** Canonical JSON (sorted keys), hashed exactly as stored. */
  @Column({ type: 'text' })
  details!: string;

  /** The previous event's `hash` (64 zeros before the first event). */
  @Column({ type: 'varchar', length: 64 })
  prev_hash!: string;

  /** sha256(prev_hash + canonical content), hex. */
  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}
