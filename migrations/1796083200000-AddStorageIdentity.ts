import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The id of the file storage this database belongs to (one row). The same id
 * sits in a marker object at the storage's root; the janitor cleans nothing
 * unless both agree, so an empty or wrong STORAGE_DIR can never look like
 * "every file's bytes are gone".
 */
export class AddStorageIdentity1796083200000 implements MigrationInterface {
  name = 'AddStorageIdentity1796083200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'storage_identity',
        columns: [
          { name: 'name', type: 'varchar', length: '32', isPrimary: true },
          { name: 'storage_id', type: 'varchar', length: '36' },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('storage_identity');
  }
}
