import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Leases on background jobs (one row per job): only the instance holding the
 * `files-janitor` lease walks the storage, and the row keeps where its
 * bounded passes have got to, so the next pass (on any instance) continues.
 */
export class AddJobLeases1797400000000 implements MigrationInterface {
  name = 'AddJobLeases1797400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'job_leases',
        columns: [
          { name: 'name', type: 'varchar', length: '32', isPrimary: true },
          { name: 'holder', type: 'varchar', length: '36', isNullable: true },
          { name: 'expires_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'state', type: 'varchar', length: '1000', isNullable: true },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('job_leases');
  }
}
