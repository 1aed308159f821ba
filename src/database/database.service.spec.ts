import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { DatabaseUnavailableError } from '../common/errors/database-errors';
import { Database } from './database.service';

/** Pins the SQLite behaviour the serialisation exists for. */
describe('Database on embedded SQLite', () => {
  let dir: string;
  let dataSource: DataSource;
  let db: Database;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rvp-db-'));
    dataSource = new DataSource({
      type: 'better-sqlite3',
      database: join(dir, 'x.sqlite'),
      enableWAL: true,
    });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE items (id INTEGER PRIMARY KEY, label TEXT UNIQUE)');
    db = new Database(dataSource, { acquireTimeoutMs: 5_000, queueLimit: 100 });
  });

  afterAll(async () => {
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('runs concurrent transactions one after another instead of nesting them', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        db.transaction(async (m) => {
          await m.query('INSERT INTO items (label) VALUES (?)', [`a${i}`]);
          await pause();
          await m.query('INSERT INTO items (label) VALUES (?)', [`b${i}`]);
        }),
      ),
    );
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    const [{ count }] = await dataSource.query('SELECT COUNT(*) AS count FROM items');
    expect(count).toBe(20);
  });

  it("keeps another request's write out of a transaction that rolls back", async () => {
    const failing = db.transaction(async (m) => {
      await m.query('INSERT INTO items (label) VALUES (?)', ['doomed']);
      await pause();
      throw new Error('rollback');
    });
    const independent = db.run((m) => m.query('INSERT INTO items (label) VALUES (?)', ['kept']));
    await expect(failing).rejects.toThrow('rollback');
    await independent;
    const labels = await dataSource.query<Array<{ label: string }>>(
      "SELECT label FROM items WHERE label IN ('doomed', 'kept')",
    );
    expect(labels.map((row) => row.label)).toEqual(['kept']);
  });

  it('lets nested calls join the surrounding transaction', async () => {
    await expect(
      db.transaction(async () => {
        await db.run((m) => m.query('INSERT INTO items (label) VALUES (?)', ['nested']));
        await db.transaction((m) =>
          m.query('INSERT INTO items (label) VALUES (?)', ['nested-again']),
        );
        throw new Error('undo both');
      }),
    ).rejects.toThrow('undo both');
    const [{ count }] = await dataSource.query(
      "SELECT COUNT(*) AS count FROM items WHERE label LIKE 'nested%'",
    );
    expect(count).toBe(0);
  });

  it('bounds the wait for the turn: too long or too many waiting fails fast as unavailable', async () => {
    const bounded = new Database(dataSource, { acquireTimeoutMs: 50, queueLimit: 2 });
    let release!: () => void;
    const holder = bounded.run(() => new Promise<void>((resolve) => (release = resolve)));
    const queued = [
      bounded.run((m) => m.query('SELECT 1 AS one')),
      bounded.run((m) => m.query('SELECT 2 AS two')),
    ];
    const started = Date.now();
    await expect(bounded.run((m) => m.query('SELECT 3'))).rejects.toBeInstanceOf(
      DatabaseUnavailableError,
    );
    expect(Date.now() - started).toBeLessThan(20);
    for (const waiter of queued) await expect(waiter).rejects.toThrow(/no turn within 50 ms/);
    release();
    await holder;
    // The queue is empty again and the turn free.
    await expect(bounded.run((m) => m.query('SELECT 4 AS four'))).resolves.toEqual([{ four: 4 }]);
  });

  it('keeps working after a failed unit of work', async () => {
    await expect(
      db.run((m) => m.query('INSERT INTO items (label) VALUES (?)', ['kept'])),
    ).rejects.toThrow(/UNIQUE/);
    await expect(db.run((m) => m.query('SELECT 1 AS one'))).resolves.toEqual([{ one: 1 }]);
  });
});
