import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Token scopes and SCIM's `externalId` (SPEC §10):
 * - `tokens.scopes`: the scopes of a personal access token, space-separated;
 *   NULL for a token that has its owner's full access (every token made before
 *   scopes existed, and one created without `scopes`);
 * - `users.external_id`: the identity provider's id for a provisioned user,
 *   indexed for SCIM's `externalId eq "…"` filter.
 * Plain `ALTER TABLE … ADD COLUMN` on both databases: on SQLite, TypeORM's
 * `addColumn` would rebuild `users` and lose the text-search triggers on it.
 */
export class AddTokenScopesAndExternalId1797200000000 implements MigrationInterface {
  name = 'AddTokenScopesAndExternalId1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE tokens ADD COLUMN scopes varchar(255) NULL`);
    await queryRunner.query(`ALTER TABLE users ADD COLUMN external_id varchar(255) NULL`);
    await queryRunner.query(`CREATE INDEX IDX_users_external_id ON users (external_id)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.driver.options.type === 'better-sqlite3';
    await queryRunner.query(`DROP INDEX IDX_users_external_id${sqlite ? '' : ' ON users'}`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN external_id`);
    await queryRunner.query(`ALTER TABLE tokens DROP COLUMN scopes`);
  }
}
