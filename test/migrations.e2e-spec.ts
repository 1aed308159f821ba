import { DataSource } from 'typeorm';
import { loadDatabaseSettings } from '../src/config/database.config';
import { buildDataSourceOptions } from '../src/database/database-options';
import { MIGRATIONS } from '../migrations';
import { CanonicalEmailDomains1796200000000 } from '../migrations/1796200000000-CanonicalEmailDomains';
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

describe('migration CanonicalEmailDomains', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  async function openWith(migrations: typeof MIGRATIONS): Promise<DataSource> {
    const settings = loadDatabaseSettings({ DATABASE_URL: database.url });
    const dataSource = new DataSource({ ...(await buildDataSourceOptions(settings)), migrations });
    await dataSource.initialize();
    return dataSource;
  }

  it('rewrites international domains to their ASCII form, leaving clashes alone', async () => {
    const before = await openWith(
      MIGRATIONS.slice(0, MIGRATIONS.indexOf(CanonicalEmailDomains1796200000000)),
    );
    const now = new Date();
    const user = (n: number, email: string) => ({
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      username: `user${n}`,
      username_normalized: `user${n}`,
      email,
      hashed_password: 'x',
      created_at: now,
      updated_at: now,
    });
    try {
      await before.runMigrations();
      await before
        .createQueryBuilder()
        .insert()
        // Only the columns this migration knows: later migrations add more to the entity.
        .into('users', Object.keys(user(0, '')))
        // No read-back of defaulted columns: the entity has columns this schema does not yet.
        .updateEntity(false)
        .values([
          user(1, 'a@straße.example'),
          user(2, 'b@bücher.example'),
          user(3, 'plain@example.org'),
          user(4, 'd@münchen.example'),
          user(5, 'd@xn--mnchen-3ya.example'),
        ])
        .execute();
    } finally {
      await before.destroy();
    }

    // Up to this migration only: later ones are not what this test is about.
    const after = await openWith(
      MIGRATIONS.slice(0, MIGRATIONS.indexOf(CanonicalEmailDomains1796200000000) + 1),
    );
    try {
      const applied = await after.runMigrations();
      // Later migrations run after it; this one is the first pending.
      expect(applied[0]?.name).toBe('CanonicalEmailDomains1796200000000');
      const rows: Array<{ id: string; email: string }> = await after.query(
        'SELECT id, email FROM users ORDER BY id',
      );
      expect(rows.map((row) => row.email)).toEqual([
        'a@xn--strae-oqa.example',
        'b@xn--bcher-kva.example',
        'plain@example.org',
        // Its ASCII form is another user's email: left for an admin to sort out.
        'd@münchen.example',
        'd@xn--mnchen-3ya.example',
      ]);
    } finally {
      await after.destroy();
    }
  });
});
