import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const timestamp = (name: string): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
});
const userForeignKey = (table: string) => ({
  name: `FK_${table}_user_id`,
  columnNames: ['user_id'],
  referencedTableName: 'users',
  referencedColumnNames: ['id'],
  onDelete: 'CASCADE',
  onUpdate: 'NO ACTION',
});

/**
 * Single sign-on (SPEC §9): `user_identities` links a provider's subject to a
 * user; `sso_states` holds sign-ins in progress and `sso_codes` the one-time
 * codes handed to clients (both hashed, short-lived, single use).
 */
export class CreateSsoTables1797100000000 implements MigrationInterface {
  name = 'CreateSsoTables1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'user_identities',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('user_id', 36),
          varchar('provider', 32),
          varchar('subject', 255),
          varchar('email', 254, true),
          timestamp('created_at'),
        ],
        indices: [
          {
            name: 'UQ_user_identities_provider_subject',
            columnNames: ['provider', 'subject'],
            isUnique: true,
          },
          { name: 'IDX_user_identities_user_id', columnNames: ['user_id'] },
        ],
        foreignKeys: [userForeignKey('user_identities')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sso_states',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('state_hash', 64),
          varchar('nonce_hash', 64),
          varchar('provider', 32),
          varchar('redirect_uri', 2048),
          timestamp('created_at'),
          timestamp('expires_at'),
        ],
        indices: [
          { name: 'UQ_sso_states_state_hash', columnNames: ['state_hash'], isUnique: true },
          { name: 'IDX_sso_states_expires_at', columnNames: ['expires_at'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sso_codes',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('code_hash', 64),
          varchar('user_id', 36),
          varchar('provider', 32),
          timestamp('created_at'),
          timestamp('expires_at'),
        ],
        indices: [
          { name: 'UQ_sso_codes_code_hash', columnNames: ['code_hash'], isUnique: true },
          { name: 'IDX_sso_codes_expires_at', columnNames: ['expires_at'] },
          { name: 'IDX_sso_codes_user_id', columnNames: ['user_id'] },
        ],
        foreignKeys: [userForeignKey('sso_codes')],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sso_codes');
    await queryRunner.dropTable('sso_states');
    await queryRunner.dropTable('user_identities');
  }
}
