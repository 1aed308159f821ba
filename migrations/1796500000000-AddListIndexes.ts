import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes that let every list, filter and sort of the API read a page
 * without scanning or sorting a whole table (see docs/data-at-scale.md):
 *
 * - files: each sort (uploaded_at, filename, size) with owner_id in front for
 *   an owner's list and without it for an admin's, content_type before
 *   uploaded_at for the type filter, all ending in id, the tie-breaker of
 *   keyset pagination (InnoDB appends the primary key to a secondary index
 *   anyway; SQLite does not, so it is named);
 * - users: (created_at, id) for the default order (username and email sort by
 *   their unique indexes);
 * - tokens: (session_id, revoked_at) makes the per-request session lookup one
 *   row however long the session's rotation history; (user_id, type,
 *   revoked_at, expires_at) does the same for a user's live sessions and
 *   personal tokens; (revoked_reason, revoked_at) lets the purge skip the
 *   rotated links it must keep.
 *
 * The indexes they extend go in the same step: (owner_id, uploaded_at) and
 * (user_id, type) also served the foreign keys, which the wider indexes now
 * serve, so on MariaDB the new index is added before the old one is dropped,
 * in one ALTER per table.
 */
interface IndexChange {
  table: string;
  add: Array<[name: string, columns: string[]]>;
  drop: Array<[name: string, columns: string[]]>;
}

const CHANGES: IndexChange[] = [
  {
    table: 'files',
    add: [
      ['IDX_files_owner_uploaded_at_id', ['owner_id', 'uploaded_at', 'id']],
      ['IDX_files_owner_filename_id', ['owner_id', 'filename', 'id']],
      ['IDX_files_owner_size_id', ['owner_id', 'size', 'id']],
      ['IDX_files_owner_type_uploaded_at_id', ['owner_id', 'content_type', 'uploaded_at', 'id']],
      ['IDX_files_uploaded_at_id', ['uploaded_at', 'id']],
      ['IDX_files_filename_id', ['filename', 'id']],
      ['IDX_files_size_id', ['size', 'id']],
      ['IDX_files_type_uploaded_at_id', ['content_type', 'uploaded_at', 'id']],
    ],
    drop: [
      ['IDX_files_owner_uploaded_at', ['owner_id', 'uploaded_at']],
      ['IDX_files_uploaded_at', ['uploaded_at']],
    ],
  },
  {
    table: 'users',
    add: [['IDX_users_created_at_id', ['created_at', 'id']]],
    drop: [['IDX_users_created_at', ['created_at']]],
  },
  {
    table: 'tokens',
    add: [
      ['IDX_tokens_session_id_revoked_at', ['session_id', 'revoked_at']],
      ['IDX_tokens_user_type_revoked_expires', ['user_id', 'type', 'revoked_at', 'expires_at']],
      ['IDX_tokens_revoked_reason_revoked_at', ['revoked_reason', 'revoked_at']],
    ],
    drop: [
      ['IDX_tokens_session_id', ['session_id']],
      ['IDX_tokens_user_id_type', ['user_id', 'type']],
    ],
  },
];

const quoted = (columns: string[]) => columns.map((c) => `\`${c}\``).join(', ');

async function apply(
  queryRunner: QueryRunner,
  changes: Array<Pick<IndexChange, 'table' | 'add' | 'drop'>>,
): Promise<void> {
  const mysql = queryRunner.connection.driver.options.type !== 'better-sqlite3';
  for (const { table, add, drop } of changes) {
    if (mysql) {
      // One ALTER per table: the table is read once for all its new indexes.
      const clauses = [
        ...add.map(([name, columns]) => `ADD INDEX \`${name}\` (${quoted(columns)})`),
        ...drop.map(([name]) => `DROP INDEX \`${name}\``),
      ];
      await queryRunner.query(`ALTER TABLE \`${table}\` ${clauses.join(', ')}`);
    } else {
      for (const [name, columns] of add)
        await queryRunner.query(
          `CREATE INDEX "${name}" ON "${table}" (${columns.map((c) => `"${c}"`).join(', ')})`,
        );
      for (const [name] of drop) await queryRunner.query(`DROP INDEX "${name}"`);
    }
  }
}

export class AddListIndexes1796500000000 implements MigrationInterface {
  name = 'AddListIndexes1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await apply(queryRunner, CHANGES);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await apply(
      queryRunner,
      [...CHANGES].reverse().map(({ table, add, drop }) => ({ table, add: drop, drop: add })),
    );
  }
}
