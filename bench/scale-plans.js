'use strict';
/**
 * Query plans of the list queries at scale: MariaDB `EXPLAIN`, SQLite
 * `EXPLAIN QUERY PLAN`. The SQL mirrors what the repositories send
 * (src/files/files.repository.ts, src/users/users.repository.ts,
 * src/tokens/tokens.repository.ts); test/list-plans.e2e-spec.ts checks the
 * repositories' own queries pick the intended indexes.
 */

const DAY = 86_400_000;

function queries(ownerId, driver) {
  const sqlite = driver === 'sqlite';
  const now = new Date();
  const monthAgo = new Date(now.getTime() - 30 * DAY);
  const yearAgo = new Date(now.getTime() - 365 * DAY);
  const cutoff = new Date(now.getTime() - 30 * DAY);
  // On MariaDB the lists read ids first and then the rows by id (see fetchOrdered in
  // src/common/pagination/list-page.ts); the first query is the one whose plan matters.
  const fileColumns = sqlite
    ? 'f.id, f.owner_id, f.filename, f.content_type, f.size, f.sha256, f.uploaded_at'
    : 'f.id';
  const userColumns = sqlite
    ? 'u.id, u.username, u.email, u.is_active, u.is_admin, u.created_at, u.updated_at'
    : 'u.id';
  return {
    'files: default page': [
      `SELECT ${fileColumns} FROM files f WHERE f.owner_id = ? ORDER BY f.uploaded_at DESC, f.id DESC LIMIT 21`,
      [ownerId],
    ],
    'token purge: expired candidates': [
      `SELECT t.id FROM tokens t WHERE t.expires_at < ? LIMIT 500`,
      [new Date(now.getTime() - 30 * DAY)],
    ],
    'files: total (capped count)': [
      `SELECT COUNT(*) AS n FROM (SELECT 1 FROM files f WHERE f.owner_id = ? LIMIT 10001) capped`,
      [ownerId],
    ],
    // The shape of applyAfter (list-page.ts): the leading bound gives SQLite its range.
    'files: next page by cursor': [
      `SELECT ${fileColumns} FROM files f WHERE f.owner_id = ? AND f.uploaded_at <= ? AND (f.uploaded_at < ? OR (f.uploaded_at = ? AND f.id < ?)) ORDER BY f.uploaded_at DESC, f.id DESC LIMIT 21`,
      [ownerId, monthAgo, monthAgo, monthAgo, 'ffffffff-ffff-4fff-bfff-ffffffffffff'],
    ],
    'files: sort=filename': [
      `SELECT ${fileColumns} FROM files f WHERE f.owner_id = ? ORDER BY f.filename ASC, f.id ASC LIMIT 21`,
      [ownerId],
    ],
    'files: sort=size': [
      `SELECT ${fileColumns} FROM files f WHERE f.owner_id = ? ORDER BY f.size DESC, f.id DESC LIMIT 21`,
      [ownerId],
    ],
    'files: q=neural': sqlite
      ? [
          `SELECT ${fileColumns} FROM files f WHERE f.owner_id = ? AND f.rowid IN (SELECT rowid FROM files_fts WHERE files_fts MATCH ?) ORDER BY f.uploaded_at DESC, f.id DESC LIMIT 21`,
          [ownerId, '"neural"'],
        ]
      : [
          `SELECT ${fileColumns} FROM files f WHERE f.owner_id = ? AND MATCH(f.filename) AGAINST (? IN BOOLEAN MODE) AND (LOWER(f.filename) LIKE ? ESCAPE '!') ORDER BY f.uploaded_at DESC, f.id DESC LIMIT 21`,
          [ownerId, '+neural*', '%neural%'],
        ],
    'files: content_type': [
      `SELECT ${fileColumns} FROM files f WHERE f.owner_id = ? AND f.content_type = ? ORDER BY f.uploaded_at DESC, f.id DESC LIMIT 21`,
      [ownerId, 'application/pdf'],
    ],
    'files: uploaded_after': [
      `SELECT ${fileColumns} FROM files f WHERE f.owner_id = ? AND f.uploaded_at >= ? ORDER BY f.uploaded_at DESC, f.id DESC LIMIT 21`,
      [ownerId, monthAgo],
    ],
    'files: uploaded_before (export batch shape)': [
      `SELECT ${fileColumns} FROM files f WHERE f.owner_id = ? AND f.uploaded_at < ? ORDER BY f.uploaded_at DESC, f.id DESC LIMIT 500`,
      [ownerId, yearAgo],
    ],
    'admin files: default page': [
      `SELECT ${fileColumns} FROM files f ORDER BY f.uploaded_at DESC, f.id DESC LIMIT 21`,
      [],
    ],
    'admin files: sort=filename': [
      `SELECT ${fileColumns} FROM files f ORDER BY f.filename ASC, f.id ASC LIMIT 21`,
      [],
    ],
    'admin users: default page': [
      `SELECT ${userColumns} FROM users u ORDER BY u.created_at DESC, u.id DESC LIMIT 21`,
      [],
    ],
    'admin users: sort=username': [
      `SELECT ${userColumns} FROM users u ORDER BY u.username_normalized ASC LIMIT 21`,
      [],
    ],
    'admin users: sort=email': [
      `SELECT ${userColumns} FROM users u ORDER BY u.email ASC LIMIT 21`,
      [],
    ],
    'admin users: q=garcia': sqlite
      ? [
          `SELECT ${userColumns} FROM users u WHERE u.rowid IN (SELECT rowid FROM users_fts WHERE users_fts MATCH ?) ORDER BY u.created_at DESC, u.id DESC LIMIT 21`,
          ['"garcia"'],
        ]
      : [
          `SELECT ${userColumns} FROM users u WHERE MATCH(u.username_normalized, u.email) AGAINST (? IN BOOLEAN MODE) AND (u.username_normalized LIKE ? ESCAPE '!' OR u.email LIKE ? ESCAPE '!') ORDER BY u.created_at DESC, u.id DESC LIMIT 21`,
          ['+garcia*', '%garcia%', '%garcia%'],
        ],
    'auth/me: session lookup': [
      `SELECT t.id FROM tokens t INNER JOIN users u ON u.id = t.user_id WHERE t.session_id = ? AND t.type = 'refresh' AND t.revoked_at IS NULL AND t.expires_at > ? LIMIT 1`,
      ['5e55100e-0000-4000-8000-00000000b00c', now],
    ],
    'auth/sessions': [
      `SELECT t.id FROM tokens t WHERE t.user_id = ? AND t.type = 'refresh' AND t.revoked_at IS NULL AND t.expires_at > ? ORDER BY COALESCE(t.last_used_at, t.created_at) DESC, t.id DESC LIMIT 21`,
      [ownerId, now],
    ],
    'token purge: revoked candidates': [
      `SELECT t.id FROM tokens t WHERE (t.revoked_reason IS NULL AND t.revoked_at < ?) OR (t.revoked_reason < 'rotated' AND t.revoked_at < ?) OR (t.revoked_reason > 'rotated' AND t.revoked_at < ?) LIMIT 500`,
      [cutoff, cutoff, cutoff],
    ],
  };
}

const sqliteDate = (d) => d.toISOString().replace('T', ' ').replace('Z', '');

async function explainAll(target, { ownerId, extra = {} }) {
  const all = { ...queries(ownerId, target.driver), ...extra };
  const plans = {};
  if (target.driver === 'sqlite') {
    const db = new (require('better-sqlite3'))(target.file, { readonly: true });
    try {
      for (const [name, [sql, params]] of Object.entries(all)) {
        try {
          const rows = db
            .prepare(`EXPLAIN QUERY PLAN ${sql}`)
            .all(...params.map((p) => (p instanceof Date ? sqliteDate(p) : p)));
          plans[name] = `${sql}\n${rows.map((r) => `  ${r.detail}`).join('\n')}`;
        } catch (error) {
          plans[name] = `${sql}\n  (not explained: ${error.message})`;
        }
      }
    } finally {
      db.close();
    }
    return plans;
  }
  const mysql = require('mysql2/promise');
  const connection = await mysql.createConnection({ uri: target.url, timezone: 'Z' });
  try {
    for (const [name, [sql, params]] of Object.entries(all)) {
      try {
        const [rows] = await connection.query(`EXPLAIN ${sql}`, params);
        plans[name] = `${sql}\n${rows
          .map(
            (r) =>
              `  ${r.table} type=${r.type} key=${r.key} key_len=${r.key_len} rows=${r.rows} ${r.Extra ?? ''}`,
          )
          .join('\n')}`;
      } catch (error) {
        plans[name] = `${sql}\n  (not explained: ${error.message})`;
      }
    }
  } finally {
    await connection.end();
  }
  return plans;
}

module.exports = { explainAll, queries };
