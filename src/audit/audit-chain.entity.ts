import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../database/column-types';

/**
 * The head of the audit hash chain (one row, id `main`), written in the same
 * transaction as every append and purge:
 * - `last_seq` / `last_hash`: the newest event, so a removed or added tail is
 *   noticed, and the lock on this row is what keeps concurrent writers from
 *   forking the chain;
 * - `anchor_seq` / `anchor_hash`: the last purged event, where verification
 *   of what remains starts (0 and 64 zeros before any purge).
 */
@Entity({ name: 'audit_chain' })
export class AuditChainEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  id!: string;

  @Column(bigintColumn)
  last_seq!: number;

  @Column({ type: 'varchar', length: 64 })
  last_hash!: string;

  @Column(bigintColumn)
  anchor_seq!: number;

  @Column({ type: 'varchar', length: 64 })
  anchor_hash!: string;
}
