import {
  Table,
  TableColumn,
  type MigrationInterface,
  type QueryRunner,
  type TableColumnOptions,
  type TableForeignKeyOptions,
} from 'typeorm';

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
const userForeignKey = (table: string): TableForeignKeyOptions => ({
  name: `FK_${table}_user_id`,
  columnNames: ['user_id'],
  referencedTableName: 'users',
  referencedColumnNames: ['id'],
  onDelete: 'CASCADE',
  onUpdate: 'NO ACTION',
});

const USER_FLAGS = ['email_verified', 'mfa_enabled'] as const;
const isSqlite = (queryRunner: QueryRunner): boolean =>
  queryRunner.connection.driver.options.type === 'better-sqlite3';

/**
 * Verified email and the second factor (SPEC §11):
 * - `users.email_verified` (new accounts start unverified; every account that
 *   exists when this runs counts as verified, so nobody is locked out when
 *   REQUIRE_VERIFIED_EMAIL is turned on) and `users.mfa_enabled`;
 * - `email_verifications`: hashed, single-use links, each for one address;
 * - `user_mfa`: the encrypted TOTP secret and the last time step accepted;
 * - `mfa_recovery_codes`: hashed, single use;
 * - `mfa_challenges`: the `mfa_token` of a sign-in waiting for its code.
 */
export class AddEmailVerificationAndMfa1797300000000 implements MigrationInterface {
  name = 'AddEmailVerificationAndMfa1797300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (isSqlite(queryRunner)) {
      // SQLite's own ADD COLUMN: TypeORM's addColumns would rebuild `users` and lose the
      // full-text triggers of AddTextSearch.
      for (const column of USER_FLAGS)
        await queryRunner.query(
          `ALTER TABLE "users" ADD COLUMN "${column}" boolean NOT NULL DEFAULT (0)`,
        );
    } else {
      // As in the first migration: TINYINT is what boolean entity columns map to on MySQL/MariaDB.
      await queryRunner.addColumns(
        'users',
        USER_FLAGS.map((name) => new TableColumn({ name, type: 'tinyint', default: 0 })),
      );
    }
    // Accounts that exist before this release count as verified (docs/mfa.md).
    await queryRunner.query('UPDATE users SET email_verified = 1');
    await queryRunner.createTable(
      new Table({
        name: 'email_verifications',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('user_id', 36),
          varchar('email', 254),
          varchar('token_hash', 64),
          timestamp('created_at'),
          timestamp('expires_at'),
          timestamp('used_at', true),
        ],
        indices: [
          {
            name: 'UQ_email_verifications_token_hash',
            columnNames: ['token_hash'],
            isUnique: true,
          },
          { name: 'IDX_email_verifications_user_id', columnNames: ['user_id'] },
        ],
        foreignKeys: [userForeignKey('email_verifications')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user_mfa',
        columns: [
          { ...varchar('user_id', 36), isPrimary: true },
          varchar('secret_encrypted', 255),
          timestamp('enabled_at', true),
          { name: 'last_used_step', type: 'bigint', isNullable: true },
          timestamp('created_at'),
        ],
        foreignKeys: [userForeignKey('user_mfa')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mfa_recovery_codes',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('user_id', 36),
          varchar('code_hash', 64),
          timestamp('created_at'),
          timestamp('used_at', true),
        ],
        indices: [
          {
            name: 'UQ_mfa_recovery_codes_user_code',
            columnNames: ['user_id', 'code_hash'],
            isUnique: true,
          },
        ],
        foreignKeys: [userForeignKey('mfa_recovery_codes')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mfa_challenges',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('user_id', 36),
          varchar('token_hash', 64),
          { name: 'failed_attempts', type: 'integer', default: 0 },
          timestamp('created_at'),
          timestamp('expires_at'),
          timestamp('ended_at', true),
        ],
        indices: [
          { name: 'UQ_mfa_challenges_token_hash', columnNames: ['token_hash'], isUnique: true },
          { name: 'IDX_mfa_challenges_user_id', columnNames: ['user_id'] },
        ],
        foreignKeys: [userForeignKey('mfa_challenges')],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('mfa_challenges');
    await queryRunner.dropTable('mfa_recovery_codes');
    await queryRunner.dropTable('user_mfa');
    await queryRunner.dropTable('email_verifications');
    for (const column of [...USER_FLAGS].reverse()) {
      if (isSqlite(queryRunner))
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "${column}"`);
      else await queryRunner.dropColumn('users', column);
    }
  }
}
