import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * The three tables of the data model. Written with the Table API so TypeORM
 * emits the right DDL for SQLite and for MySQL/MariaDB from this one file.
 */

const uuid = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  ...extra,
});
const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const timestamp = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable: nullable,
});

export class CreateUsersFilesTokens1795752000000 implements MigrationInterface {
  name = 'CreateUsersFilesTokens1795752000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // MySQL spells BOOLEAN as TINYINT(1) while TypeORM maps boolean entity
    // columns to plain TINYINT there; naming it directly keeps the schema and
    // the entities in step on both databases.
    const booleanType =
      queryRunner.connection.driver.options.type === 'better-sqlite3' ? 'boolean' : 'tinyint';
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          uuid('id', { isPrimary: true }),
          varchar('username', 32),
          varchar('username_normalized', 32),
          varchar('email', 254),
          varchar('hashed_password', 255),
          { name: 'is_active', type: booleanType, default: 1 },
          { name: 'is_admin', type: booleanType, default: 0 },
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        indices: [
          {
            name: 'UQ_users_username_normalized',
            columnNames: ['username_normalized'],
            isUnique: true,
          },
          { name: 'UQ_users_email', columnNames: ['email'], isUnique: true },
          { name: 'IDX_users_created_at', columnNames: ['created_at'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'files',
        columns: [
          uuid('id', { isPrimary: true }),
          uuid('owner_id'),
          varchar('filename', 255),
          varchar('content_type', 127),
          { name: 'size', type: 'bigint' },
          varchar('sha256', 64),
          varchar('storage_key', 64),
          timestamp('uploaded_at'),
        ],
        indices: [
          { name: 'IDX_files_owner_uploaded_at', columnNames: ['owner_id', 'uploaded_at'] },
          { name: 'IDX_files_uploaded_at', columnNames: ['uploaded_at'] },
          { name: 'UQ_files_storage_key', columnNames: ['storage_key'], isUnique: true },
        ],
        foreignKeys: [
          {
            name: 'FK_files_owner_id',
            columnNames: ['owner_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            // Deleting a user removes their file rows; the service removes the bytes.
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'tokens',
        columns: [
          uuid('id', { isPrimary: true }),
          uuid('user_id'),
          varchar('token', 64),
          varchar('type', 16),
          varchar('name', 100, true),
          uuid('session_id', { isNullable: true }),
          timestamp('session_started_at', true),
          timestamp('created_at'),
          timestamp('expires_at', true),
          timestamp('last_used_at', true),
          timestamp('revoked_at', true),
          varchar('revoked_reason', 32, true),
          varchar('user_agent', 255, true),
          varchar('ip', 45, true),
        ],
        indices: [
          { name: 'UQ_tokens_token', columnNames: ['token'], isUnique: true },
          { name: 'IDX_tokens_session_id', columnNames: ['session_id'] },
          { name: 'IDX_tokens_user_id_type', columnNames: ['user_id', 'type'] },
          { name: 'IDX_tokens_expires_at', columnNames: ['expires_at'] },
          { name: 'IDX_tokens_revoked_at', columnNames: ['revoked_at'] },
        ],
        foreignKeys: [
          {
            name: 'FK_tokens_user_id',
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('tokens');
    await queryRunner.dropTable('files');
    await queryRunner.dropTable('users');
  }
}
