import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SCIM's `userName` as the identity provider sends it (often an email or a
 * UPN longer than a username may be): `users.scim_user_name` as sent, and
 * `users.scim_user_name_normalized` (lower-cased), its unique key on both
 * databases. NULL for users not provisioned over SCIM. Plain `ALTER TABLE …
 * ADD COLUMN` (see AddTokenScopesAndExternalId: on SQLite, TypeORM's
 * `addColumn` would rebuild `users` and lose its text-search triggers).
 */
export class AddScimUserName1797250000000 implements MigrationInterface {
  name = 'AddScimUserName1797250000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users ADD COLUMN scim_user_name varchar(255) NULL`);
    await queryRunner.query(
      `ALTER TABLE users ADD COLUMN scim_user_name_normalized varchar(255) NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX UQ_users_scim_user_name_normalized ON users (scim_user_name_normalized)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.driver.options.type === 'better-sqlite3';
    await queryRunner.query(
      `DROP INDEX UQ_users_scim_user_name_normalized${sqlite ? '' : ' ON users'}`,
    );
    await queryRunner.query(`ALTER TABLE users DROP COLUMN scim_user_name_normalized`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN scim_user_name`);
  }
}
