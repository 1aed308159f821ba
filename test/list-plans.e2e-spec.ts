import { randomBytes, randomUUID } from 'node:crypto';
import type { Logger as TypeOrmLoggerInterface } from 'typeorm';
import { FileEntity } from '../src/files/file.entity';
import { FilesJanitor } from '../src/files/files-janitor.service';
import { UserEntity } from '../src/users/user.entity';
import { insertRows } from './support/bulk-insert';
import { register, signInAdmin, type SignedIn } from './support/factories';
import { useTestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

/**
 * The query plans of the list queries, as the app sends them: each list
 * request is made over HTTP, the SELECT it ran is captured from TypeORM's
 * logger and explained (MariaDB EXPLAIN, SQLite EXPLAIN QUERY PLAN), and the
 * plan must read the intended index in order: no whole-table scan, no sort
 * of all matches. On MariaDB an owner's range (`uploaded_before`) must be a
 * range on the composite index, not a walk of the owner's prefix.
 */

interface Captured {
  sql: string;
  parameters: unknown[];
}

describe('list query plans', () => {
  const t = useTestApp();
  let admin: SignedIn;
  let owner: SignedIn;
  let captured: Captured[] = [];
  const mysql = testDatabaseKind() === 'mysql';

  beforeAll(async () => {
    admin = await signInAdmin(t);
    owner = await register(t);
    const others = [await register(t), await register(t)];
    // Enough rows that the planners' cost models prefer indexes as they will in production.
    const rows: FileEntity[] = [];
    for (let i = 0; i < 3000; i += 1) {
      const row = new FileEntity();
      Object.assign(row, {
        id: randomUUID(),
        owner_id: i % 3 === 0 ? owner.user.id : others[i % 2].user.id,
        filename: `file ${i}.pdf`,
        content_type: i % 4 === 0 ? 'text/plain' : 'application/pdf',
        size: 1000 + i,
        sha256: randomBytes(32).toString('hex'),
        storage_key: randomBytes(16).toString('hex'),
        uploaded_at: new Date(Date.parse('2025-01-01T00:00:00Z') + i * 3_600_000),
      });
      rows.push(row);
    }
    await insertRows(t.dataSource, FileEntity, rows);
    const users: UserEntity[] = [];
    for (let i = 0; i < 3000; i += 1) {
      const user = new UserEntity();
      const name = `plan_${i}_${randomBytes(3).toString('hex')}`;
      Object.assign(user, {
        id: randomUUID(),
        username: name,
        username_normalized: name,
        email: `${name}@example.org`,
        hashed_password: 'not-a-real-hash',
        is_active: true,
        is_admin: false,
        created_at: new Date(Date.parse('2025-01-01T00:00:00Z') + i * 60_000),
        updated_at: new Date(),
      });
      users.push(user);
    }
    await insertRows(t.dataSource, UserEntity, users);
    // The janitor's start-up pass (a second after boot) walks the files table by id;
    // let it finish first, so that only the requests' own queries are captured.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await t.app.get(FilesJanitor).runOnce();
    if (mysql) await t.dataSource.query('ANALYZE TABLE files, users, tokens');
    else await t.dataSource.query('ANALYZE');

    const logger: TypeOrmLoggerInterface = t.dataSource.logger;
    logger.logQuery = (sql: string, parameters?: unknown[]) => {
      if (/^\s*SELECT/i.test(sql)) captured.push({ sql, parameters: parameters ?? [] });
    };
  });

  /** The SELECTs a request ran on `table`. */
  async function queriesOf(path: string, who: SignedIn, table: string): Promise<Captured[]> {
    captured = [];
    const res = await t.http.get(`/api/v1${path}`).set('Authorization', who.auth);
    expect({ path, status: res.status }).toEqual({ path, status: 200 });
    // The lists alias their table by its initial (f, u, t); other queries (e.g. the janitor's) do not.
    const pattern = new RegExp(`FROM [\`"]${table}[\`"] [\`"]${table[0]}[\`"]`);
    return captured.filter((q) => pattern.test(q.sql) && !/COUNT\(/i.test(q.sql));
  }

  async function plan(query: Captured): Promise<string> {
    if (mysql) {
      const rows: Array<Record<string, string | number | null>> = await t.dataSource.query(
        `EXPLAIN ${query.sql}`,
        query.parameters,
      );
      return rows
        .map((r) => `${r.table} type=${r.type} key=${r.key} key_len=${r.key_len} ${r.Extra ?? ''}`)
        .join('\n');
    }
    const rows: Array<{ detail: string }> = await t.dataSource.query(
      `EXPLAIN QUERY PLAN ${query.sql}`,
      query.parameters,
    );
    return rows.map((r) => r.detail).join('\n');
  }

  const yearAgo = encodeURIComponent('2025-03-01T00:00:00.000Z');

  it.each([
    ['/files', 'owner', 'files', 'IDX_files_owner_uploaded_at_id'],
    ['/files?sort=filename&order=asc', 'owner', 'files', 'IDX_files_owner_filename_id'],
    ['/files?sort=size', 'owner', 'files', 'IDX_files_owner_size_id'],
    ['/files?content_type=text/plain', 'owner', 'files', 'IDX_files_owner_type_uploaded_at_id'],
    [`/files?uploaded_before=${yearAgo}`, 'owner', 'files', 'IDX_files_owner_uploaded_at_id'],
    ['/files', 'admin', 'files', 'IDX_files_uploaded_at_id'],
    ['/files?sort=filename&order=asc', 'admin', 'files', 'IDX_files_filename_id'],
    ['/files?sort=size&order=asc', 'admin', 'files', 'IDX_files_size_id'],
    ['/users', 'admin', 'users', 'IDX_users_created_at_id'],
    ['/users?sort=username&order=asc', 'admin', 'users', 'UQ_users_username_normalized'],
    ['/users?sort=email', 'admin', 'users', 'UQ_users_email'],
    ['/auth/sessions', 'owner', 'tokens', 'IDX_tokens_user_type_revoked_expires'],
  ] as const)('%s (%s) reads %s by %s', async (path, who, table, index) => {
    const queries = await queriesOf(path, who === 'admin' ? admin : owner, table);
    expect(queries.length).toBeGreaterThan(0);
    const explained = await plan(queries[0]);
    expect({ path, explained }).toEqual({ path, explained: expect.stringContaining(index) });
    if (table === 'tokens') return; // a handful of live sessions are sorted after the range read
    if (mysql) {
      expect({ path, explained }).toEqual({
        path,
        explained: expect.not.stringMatching(/Using filesort|type=ALL/),
      });
      if (path.includes('uploaded_before'))
        // A range on (owner_id, uploaded_at), not a walk of the owner's prefix (type=ref).
        expect(explained).toMatch(/type=range/);
    } else {
      expect({ path, explained }).toEqual({
        path,
        // "SCAN f USING INDEX …" (an index walk in order, stopped by LIMIT) is fine; a bare scan is not.
        explained: expect.not.stringMatching(/TEMP B-TREE|SCAN [fu]$/m),
      });
    }
  });

  it.each([
    ['/files?limit=5', 'uploaded_at'],
    ['/files?limit=5&sort=filename&order=asc', 'filename'],
  ])('reads the page after a cursor from the cursor on: %s', async (path, key) => {
    const first = await t.http.get(`/api/v1${path}`).set('Authorization', owner.auth).expect(200);
    const next = `${path}&cursor=${encodeURIComponent(first.body.next_cursor)}`;
    const explained = await plan((await queriesOf(next, owner, 'files'))[0]);
    if (mysql) expect(explained).toMatch(/type=range/);
    // A seek on (owner_id, key) up to the cursor's key, not a walk from the owner's first entry.
    else expect(explained).toMatch(new RegExp(`owner_id=\\? AND ${key}[<>]\\?`));
  });

  it('sends no count for a list that fits in its first page', async () => {
    captured = [];
    const one = await t.http
      .get('/api/v1/auth/sessions')
      .set('Authorization', owner.auth)
      .expect(200);
    expect(one.body).toMatchObject({ total: one.body.items.length, total_exact: true });
    const many = await t.http
      .get('/api/v1/files?limit=5')
      .set('Authorization', owner.auth)
      .expect(200);
    expect(many.body.total).toBeGreaterThan(5);
    // Only the second list (more than one page) counted.
    expect(captured.filter((q) => /COUNT\(/i.test(q.sql))).toHaveLength(1);
  });

  it('looks up a session on every request by (session_id, revoked_at)', async () => {
    // The guard's lookup (TokensRepository SESSION_OWNER_SQL) runs as a prepared
    // statement outside TypeORM's logger on SQLite; its WHERE clause is this one.
    const explained = await plan({
      sql: `SELECT t.id FROM tokens t WHERE t.session_id = ? AND t.type = 'refresh'
              AND t.revoked_at IS NULL AND t.expires_at > ? LIMIT 1`,
      parameters: [randomUUID(), mysql ? new Date() : new Date().toISOString()],
    });
    expect(explained).toContain('IDX_tokens_session_id_revoked_at');
  });
});
