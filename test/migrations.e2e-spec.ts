import { DataSource } from 'typeorm';
import { loadDatabaseSettings } from '../src/config/database.config';
import { buildDataSourceOptions } from '../src/database/database-options';
import { MIGRATIONS } from '../migrations';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const TABLES = ['users', 'files', 'tokens', 'storage_identity'];

/** Runs the real migrations through the same options source as the app and the CLI. */
describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    const settings = loadDatabaseSettings({ DATABASE_URL: database.url });
    dataSource = new DataSource(await buildDataSourceOptions(settings));
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  async function existingTables(): Promise<string[]> {
    const runner = dataSource.createQueryRunner();
    try {
      const found: string[] = [];
      for (const table of TABLES) if (await runner.hasTable(table)) found.push(table);
      return found;
    } finally {
      await runner.release();
    }
  }

  it('applies every migration on an empty database', async () => {
    const applied = await dataSource.runMigrations();
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((M) => new M().name ?? M.name));
    expect(await existingTables()).toEqual(TABLES);
  });

  it('leaves the schema exactly as the entities describe it (no drift)', async () => {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('enforces the unique keys and foreign keys the product relies on', async () => {
    const now = new Date();
    const user = {
      id: '00000000-0000-4000-8000-000000000001',
      username: 'Ada',
      username_normalized: 'ada',
      email: 'ada@example.org',
      hashed_password: 'x',
      created_at: now,
      updated_at: now,
    };
    await dataSource.createQueryBuilder().insert().into('users').values(user).execute();
    await expect(
      dataSource
        .createQueryBuilder()
        .insert()
        .into('users')
        .values({
          ...user,
          id: '00000000-0000-4000-8000-000000000002',
          username: 'ADA',
          email: 'other@example.org',
        })
        .execute(),
    ).rejects.toThrow();
    await expect(
      dataSource
        .createQueryBuilder()
        .insert()
        .into('files')
        .values({
          id: '00000000-0000-4000-8000-0000000000f1',
          owner_id: '00000000-0000-4000-8000-00000000dead',
          filename: 'a.pdf',
          content_type: 'application/pdf',
          size: 1,
          sha256: 'a'.repeat(64),
          storage_key: 'k1',
          uploaded_at: now,
        })
        .execute(),
    ).rejects.toThrow();
    await dataSource
      .createQueryBuilder()
      .insert()
      .into('tokens')
      .values({
        id: '00000000-0000-4000-8000-0000000000a1',
        user_id: user.id,
        token: 'b'.repeat(64),
        type: 'refresh',
        created_at: now,
      })
      .execute();
    // Deleting a user cascades to their tokens.
    await dataSource
      .createQueryBuilder()
      .delete()
      .from('users')
      .where('id = :id', { id: user.id })
      .execute();
    const [{ count }] = await dataSource.query('SELECT COUNT(*) AS count FROM tokens');
    expect(Number(count)).toBe(0);
  });

  it('reverts every migration, leaving no table behind, and re-applies cleanly', async () => {
    for (let i = 0; i < MIGRATIONS.length; i += 1) await dataSource.undoLastMigration();
    expect(await existingTables()).toEqual([]);
    await dataSource.runMigrations();
    expect(await existingTables()).toEqual(TABLES);
  });
});
