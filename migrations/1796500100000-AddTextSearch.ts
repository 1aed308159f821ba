import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text indexes for `q` (see src/common/pagination/text-search.ts):
 * filenames, and usernames with emails.
 *
 * MariaDB: FULLTEXT indexes. SQLite: FTS5 tables with the trigram tokenizer
 * ("contains" served by the index), external-content tables over `files` and
 * `users` keyed by rowid and kept in step by triggers; plus a plain index
 * under each FULLTEXT index's name, which is what TypeORM expects on SQLite
 * for an entity index marked `fulltext`.
 *
 * Written out here, not derived from the entities, so this migration keeps
 * doing what it did whatever the code becomes. A later migration that makes
 * TypeORM rebuild `files` or `users` on SQLite (a copy into a new table, new
 * rowids, triggers gone) must re-create the triggers and run the 'rebuild'
 * command below.
 */
const SEARCHES = [
  {
    table: 'users',
    fts: 'users_fts',
    index: 'FT_users_username_email',
    columns: ['username_normalized', 'email'],
  },
  { table: 'files', fts: 'files_fts', index: 'FT_files_filename', columns: ['filename'] },
];

export class AddTextSearch1796500100000 implements MigrationInterface {
  name = 'AddTextSearch1796500100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.driver.options.type === 'better-sqlite3';
    for (const { table, fts, index, columns } of SEARCHES) {
      if (!sqlite) {
        await queryRunner.query(
          `ALTER TABLE \`${table}\` ADD FULLTEXT INDEX \`${index}\` (${columns.map((c) => `\`${c}\``).join(', ')})`,
        );
        continue;
      }
      const list = columns.map((c) => `"${c}"`).join(', ');
      const fresh = columns.map((c) => `new."${c}"`).join(', ');
      const old = columns.map((c) => `old."${c}"`).join(', ');
      await queryRunner.query(`CREATE INDEX "${index}" ON "${table}" (${list})`);
      await queryRunner.query(
        `CREATE VIRTUAL TABLE "${fts}" USING fts5(${list}, content='${table}', content_rowid='rowid', tokenize='trigram')`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${fts}_insert" AFTER INSERT ON "${table}" BEGIN
           INSERT INTO "${fts}"(rowid, ${list}) VALUES (new.rowid, ${fresh});
         END`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${fts}_delete" AFTER DELETE ON "${table}" BEGIN
           INSERT INTO "${fts}"("${fts}", rowid, ${list}) VALUES ('delete', old.rowid, ${old});
         END`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${fts}_update" AFTER UPDATE OF ${list} ON "${table}" BEGIN
           INSERT INTO "${fts}"("${fts}", rowid, ${list}) VALUES ('delete', old.rowid, ${old});
           INSERT INTO "${fts}"(rowid, ${list}) VALUES (new.rowid, ${fresh});
         END`,
      );
      // Index the rows already there.
      await queryRunner.query(`INSERT INTO "${fts}"("${fts}") VALUES ('rebuild')`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.driver.options.type === 'better-sqlite3';
    for (const { table, fts, index } of [...SEARCHES].reverse()) {
      if (!sqlite) {
        await queryRunner.query(`ALTER TABLE \`${table}\` DROP INDEX \`${index}\``);
        continue;
      }
      for (const trigger of ['insert', 'delete', 'update'])
        await queryRunner.query(`DROP TRIGGER "${fts}_${trigger}"`);
      await queryRunner.query(`DROP TABLE "${fts}"`);
      await queryRunner.query(`DROP INDEX "${index}"`);
    }
  }
}
