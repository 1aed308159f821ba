import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});

/** The chain's starting point: the "previous hash" of the first event ever recorded. */
const GENESIS_HASH = '0'.repeat(64);

/**
 * The audit log (SPEC §8): `audit_events`, a hash chain of security events,
 * and `audit_chain`, its head and the anchor left by the retention purge.
 * No foreign keys: events outlive the users, tokens and files they name.
 */
export class CreateAuditEvents1797000000000 implements MigrationInterface {
  name = 'CreateAuditEvents1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          { name: 'seq', type: 'bigint' },
          { name: 'occurred_at', type: 'datetime', precision: 3 },
          varchar('action', 64),
          varchar('outcome', 16),
          varchar('actor_id', 36, true),
          varchar('actor_type', 16),
          varchar('target_type', 32, true),
          varchar('target_id', 36, true),
          varchar('ip', 45, true),
          varchar('user_agent', 255, true),
          varchar('request_id', 128, true),
          { name: 'details', type: 'text' },
          varchar('prev_hash', 64),
          varchar('hash', 64),
        ],
        indices: [
          { name: 'UQ_audit_events_seq', columnNames: ['seq'], isUnique: true },
          { name: 'IDX_audit_events_occurred_at', columnNames: ['occurred_at', 'seq'] },
          { name: 'IDX_audit_events_action', columnNames: ['action', 'occurred_at', 'seq'] },
          { name: 'IDX_audit_events_actor_id', columnNames: ['actor_id', 'occurred_at', 'seq'] },
          {
            name: 'IDX_audit_events_target_id',
            columnNames: ['target_id', 'occurred_at', 'seq'],
          },
          { name: 'IDX_audit_events_outcome', columnNames: ['outcome', 'occurred_at', 'seq'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_chain',
        columns: [
          { ...varchar('id', 16), isPrimary: true },
          { name: 'last_seq', type: 'bigint' },
          varchar('last_hash', 64),
          { name: 'anchor_seq', type: 'bigint' },
          varchar('anchor_hash', 64),
        ],
      }),
    );
    await queryRunner.query(
      `INSERT INTO audit_chain (id, last_seq, last_hash, anchor_seq, anchor_hash) VALUES ('main', 0, '${GENESIS_HASH}', 0, '${GENESIS_HASH}')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_chain');
    await queryRunner.dropTable('audit_events');
  }
}
