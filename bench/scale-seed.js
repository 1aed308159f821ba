'use strict';
/**
 * Seeds a database for the data-scale benchmark (bench/scale.js) with bulk
 * SQL: users, files and token rows at a chosen scale (1 = 200,000 users,
 * 1,000,000 files, 1,000,000 token rows including one session with 5,760
 * rotated refresh links, i.e. 60 days of 15-minute refreshes).
 *
 * Fast by construction: rows are generated in primary-key order (random
 * UUIDs, sorted) and written as multi-row INSERTs in large transactions
 * while the secondary indexes, foreign keys and triggers are dropped; they
 * are re-created from their saved definitions afterwards, so each index is
 * built once by sorting instead of row by row. SQLite runs with
 * journal_mode=OFF and synchronous=OFF while loading.
 *
 * The data is deterministic (seeded PRNG): two seeds of the same scale are
 * identical, so figures from different runs compare.
 */
const { createHash } = require('node:crypto');

const PASSWORD = 'bench scale passphrase 1';
/** The owner's long-lived session; the bench signs access tokens that name it. */
const LONG_SESSION_ID = '5e55100e-0000-4000-8000-00000000b00c';
const DAY = 86_400_000;
const MINUTE = 60_000;

const FIRST = (
  'maria jose juan ana luis carmen pedro laura carlos sofia david emma james olivia liam noah ' +
  'mia lucas chloe ethan hannah leon nina omar yusuf aiko hiro mei wei li ivan olga piotr anna ' +
  'fatima amir sara ali zoe max lena felix clara jonas paul marie tom julia eva adam'
).split(' ');
const LAST = (
  'garcia martinez lopez gonzalez rodriguez fernandez smith johnson williams brown jones miller ' +
  'davis wilson anderson taylor thomas moore martin jackson white harris clark lewis walker ' +
  'hall young king wright scott green baker adams nelson hill campbell mitchell roberts carter ' +
  'phillips evans turner torres parker collins edwards stewart morris murphy cook rogers ' +
  'muller schmidt schneider fischer weber meyer wagner becker schulz hoffmann tanaka suzuki ' +
  'sato watanabe kim lee park chen wang zhang liu yang huang kowalski nowak novak ivanov petrov'
).split(' ');
const DOMAINS = ['example.org', 'example.com', 'uni.example.edu', 'lab.example.net'];
const WORDS = (
  'neural network deep learning graph attention transformer survey review analysis model ' +
  'bayesian inference causal robust sparse efficient scalable federated privacy secure ' +
  'protein folding genome sequence climate ocean carbon energy solar battery quantum ' +
  'circuit optimization convex stochastic gradient descent reinforcement policy agent ' +
  'vision image segmentation detection language translation speech audio signal ' +
  'compression retrieval ranking recommendation clinical trial cohort imaging mri ' +
  'cancer cell tissue synthesis catalyst polymer material thermal fluid turbulence ' +
  'galaxy stellar dark matter cosmology economic market policy labour education ' +
  'dataset benchmark evaluation ablation appendix supplement draft final revised ' +
  'camera ready poster slides notes thesis chapter proposal report'
).split(' ');
const TYPES = [
  ['application/pdf', 'pdf', 0.62],
  ['image/png', 'png', 0.12],
  ['text/plain', 'txt', 0.1],
  ['image/jpeg', 'jpg', 0.08],
  ['application/zip', 'zip', 0.05],
  ['text/csv', 'csv', 0.03],
];

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hex(random, length) {
  let out = '';
  while (out.length < length)
    out += Math.floor(random() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return out.slice(0, length);
}

function uuid(random) {
  const h = hex(random, 32);
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function sortedUuids(random, count) {
  const ids = new Array(count);
  for (let i = 0; i < count; i += 1) ids[i] = uuid(random);
  return ids.sort();
}

const pick = (random, list) => list[Math.floor(random() * list.length)];

function counts(scale) {
  return {
    users: Math.max(50, Math.round(200_000 * scale)),
    files: Math.max(100, Math.round(1_000_000 * scale)),
    tokens: Math.max(100, Math.round(1_000_000 * scale)),
    longSessionLinks: Math.max(6, Math.round(5_760 * scale)),
  };
}

/** Column lists and row generators; each yields arrays in column order. */
function* userRows(n, now, hashedPassword, special) {
  const random = prng(1);
  const ids = sortedUuids(random, n);
  for (let i = 0; i < n; i += 1) {
    const id = ids[i];
    let username;
    let isAdmin = 0;
    if (id === special.owner) username = 'owner';
    else if (id === special.admin) {
      username = 'admin';
      isAdmin = 1;
    } else username = `${pick(random, FIRST)}.${pick(random, LAST)}${i}`;
    const created = new Date(now - random() * 730 * DAY);
    yield [
      id,
      username,
      username.toLowerCase(),
      `${username.toLowerCase()}@${pick(random, DOMAINS)}`,
      hashedPassword,
      random() < 0.97 ? 1 : 0,
      isAdmin,
      created,
      created,
    ];
  }
}

function userIds(n) {
  return sortedUuids(prng(1), n);
}

function fileName(random) {
  const words = [];
  const count = 2 + Math.floor(random() * 3);
  for (let i = 0; i < count; i += 1) words.push(pick(random, WORDS));
  const separator = pick(random, ['_', '-', ' ', '_']);
  let name = words.join(separator);
  if (random() < 0.3) name = name[0].toUpperCase() + name.slice(1);
  if (random() < 0.2) name += `_v${1 + Math.floor(random() * 5)}`;
  if (random() < 0.1) name = `${2019 + Math.floor(random() * 8)}-${name}`;
  return name;
}

function contentType(random) {
  let r = random();
  for (const [type, extension, share] of TYPES) {
    if (r < share) return [type, extension];
    r -= share;
  }
  return TYPES[0].slice(0, 2);
}

function* fileRows(n, now, users, ownerId) {
  const random = prng(2);
  const ids = sortedUuids(random, n);
  const others = users.slice(0, Math.min(users.length, 20_000)).filter((id) => id !== ownerId);
  for (let i = 0; i < n; i += 1) {
    const [type, extension] = contentType(random);
    // Log-normal-ish sizes from 1 KiB to ~100 MiB, most around 200 KiB–2 MiB.
    const size = Math.max(
      1024,
      Math.round(Math.exp(12.5 + 1.6 * (random() + random() + random() - 1.5))),
    );
    // Denser towards the present, over two years.
    const age = Math.pow(random(), 1.5) * 730 * DAY;
    yield [
      ids[i],
      random() < 0.5 ? ownerId : pick(random, others),
      `${fileName(random)}.${extension}`,
      type,
      size,
      hex(random, 64),
      hex(random, 32),
      new Date(now - age),
    ];
  }
}

const hashToken = (value) => createHash('sha256').update(value, 'utf8').digest('hex');

/**
 * Token rows: the owner's long-lived session (rotated every 15 minutes for
 * 60 days, its last link live), some live sessions of the owner, and for
 * everyone else the history a year of use leaves: refresh links that
 * expired without being revoked (most), rotated links, logouts, reset and
 * personal access tokens.
 */
function* tokenRows(n, links, now, users, ownerId) {
  const random = prng(3);
  const ids = sortedUuids(random, n);
  const ttl = 30 * DAY;
  const longSession = LONG_SESSION_ID;
  const longStart = now - links * 15 * MINUTE;
  const ownerLiveSessions = Math.max(3, Math.round(n / 20_000));
  const ownerDeadSessions = Math.max(10, Math.round(n / 50));
  for (let i = 0; i < n; i += 1) {
    const id = ids[i];
    const token = hashToken(`bench-token-${i}`);
    if (i < links) {
      const created = longStart + i * 15 * MINUTE;
      const last = i === links - 1;
      yield [
        id,
        ownerId,
        token,
        'refresh',
        null,
        longSession,
        new Date(longStart),
        new Date(created),
        new Date(last ? now + ttl : created + ttl),
        new Date(created),
        last ? null : new Date(created + 15 * MINUTE),
        last ? null : 'rotated',
        'Mozilla/5.0 (X11; Linux x86_64) bench',
        '192.0.2.10',
      ];
      continue;
    }
    const j = i - links;
    const user = j < ownerLiveSessions + ownerDeadSessions ? ownerId : pick(random, users);
    const r = random();
    let type = 'refresh';
    let created = now - random() * 365 * DAY;
    let expires = created + ttl;
    let revoked = null;
    let reason = null;
    if (j < ownerLiveSessions) {
      created = now - random() * 20 * DAY;
      expires = now + ttl - random() * DAY;
    } else if (r < 0.68) {
      // Expired without being revoked: revoked_at stays NULL.
      created = Math.min(created, now - ttl - DAY);
      expires = created + ttl;
    } else if (r < 0.965) {
      revoked = created + random() * 15 * MINUTE;
      reason = 'rotated';
    } else if (r < 0.98) {
      revoked = created + random() * 10 * DAY;
      reason = 'logout';
    } else if (r < 0.99) {
      type = 'reset';
      expires = created + 3600_000;
      if (random() < 0.5) {
        revoked = created + 60_000;
        reason = 'used';
      }
    } else {
      type = 'access';
      expires = random() < 0.5 ? null : created + 365 * DAY;
    }
    yield [
      id,
      user,
      token,
      type,
      type === 'access' ? `integration ${j}` : null,
      type === 'refresh' ? uuid(random) : null,
      type === 'refresh' ? new Date(created) : null,
      new Date(created),
      expires === null ? null : new Date(expires),
      new Date(revoked ?? created),
      revoked === null ? null : new Date(revoked),
      reason,
      type === 'refresh' ? 'Mozilla/5.0 bench' : null,
      type === 'refresh' ? '192.0.2.20' : null,
    ];
  }
}

const COLUMNS = {
  users: [
    'id',
    'username',
    'username_normalized',
    'email',
    'hashed_password',
    'is_active',
    'is_admin',
    'created_at',
    'updated_at',
  ],
  files: [
    'id',
    'owner_id',
    'filename',
    'content_type',
    'size',
    'sha256',
    'storage_key',
    'uploaded_at',
  ],
  tokens: [
    'id',
    'user_id',
    'token',
    'type',
    'name',
    'session_id',
    'session_started_at',
    'created_at',
    'expires_at',
    'last_used_at',
    'revoked_at',
    'revoked_reason',
    'user_agent',
    'ip',
  ],
};

/** SQLite stores these datetimes as text in this exact shape (TypeORM's format), MySQL as DATETIME(3). */
function sqliteDate(date) {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

// ---------------------------------------------------------------- SQLite

function seedSqlite(file, rowsByTable) {
  const Database = require('better-sqlite3');
  const db = new Database(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -262144');
  const tables = Object.keys(rowsByTable);
  const saved = db
    .prepare(
      `SELECT type, name, tbl_name, sql FROM sqlite_master
       WHERE type IN ('index', 'trigger') AND sql IS NOT NULL
         AND tbl_name IN (${tables.map(() => '?').join(',')})`,
    )
    .all(...tables);
  for (const item of saved) db.exec(`DROP ${item.type.toUpperCase()} "${item.name}"`);
  for (const table of tables) {
    db.exec(`DELETE FROM "${table}"`);
    const columns = COLUMNS[table];
    const perStatement = Math.floor(32_000 / columns.length);
    const one = `(${columns.map(() => '?').join(',')})`;
    const full = db.prepare(
      `INSERT INTO "${table}" (${columns.join(',')}) VALUES ${new Array(perStatement).fill(one).join(',')}`,
    );
    let batch = [];
    let rows = 0;
    const flush = (values, count) => {
      if (count === perStatement) full.run(values);
      else
        db.prepare(
          `INSERT INTO "${table}" (${columns.join(',')}) VALUES ${new Array(count).fill(one).join(',')}`,
        ).run(values);
    };
    db.exec('BEGIN');
    for (const row of rowsByTable[table]()) {
      for (const value of row) batch.push(value instanceof Date ? sqliteDate(value) : value);
      rows += 1;
      if (rows % perStatement === 0) {
        flush(batch, perStatement);
        batch = [];
      }
    }
    if (batch.length > 0) flush(batch, batch.length / columns.length);
    db.exec('COMMIT');
  }
  for (const item of saved.filter((s) => s.type === 'index')) db.exec(item.sql);
  for (const item of saved.filter((s) => s.type === 'trigger')) db.exec(item.sql);
  // External-content full-text tables are rebuilt from their content table.
  const fts = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%'")
    .all();
  for (const { name } of fts) db.exec(`INSERT INTO "${name}"("${name}") VALUES ('rebuild')`);
  db.exec('ANALYZE');
  db.pragma('journal_mode = WAL');
  db.close();
}

// ---------------------------------------------------------------- MariaDB

async function seedMysql(url, rowsByTable) {
  const mysql = require('mysql2/promise');
  const connection = await mysql.createConnection({
    uri: url,
    multipleStatements: false,
    dateStrings: true,
    timezone: 'Z',
  });
  const database = new URL(url).pathname.slice(1);
  await connection.query('SET SESSION foreign_key_checks = 0, unique_checks = 0');
  const tables = Object.keys(rowsByTable);
  const [indexRows] = await connection.query(
    `SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, INDEX_TYPE, COLUMN_NAME, SUB_PART, SEQ_IN_INDEX
     FROM information_schema.STATISTICS
     WHERE TABLE_SCHEMA = ? AND TABLE_NAME IN (?) AND INDEX_NAME <> 'PRIMARY'
     ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
    [database, tables],
  );
  const [foreignKeys] = await connection.query(
    `SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME,
            k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE
     FROM information_schema.KEY_COLUMN_USAGE k
     JOIN information_schema.REFERENTIAL_CONSTRAINTS r
       ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
     WHERE k.TABLE_SCHEMA = ? AND k.TABLE_NAME IN (?)`,
    [database, tables],
  );
  const indexes = new Map();
  for (const row of indexRows) {
    const key = `${row.TABLE_NAME}.${row.INDEX_NAME}`;
    if (!indexes.has(key))
      indexes.set(key, {
        table: row.TABLE_NAME,
        name: row.INDEX_NAME,
        unique: Number(row.NON_UNIQUE) === 0,
        fulltext: row.INDEX_TYPE === 'FULLTEXT',
        columns: [],
      });
    indexes
      .get(key)
      .columns.push(`\`${row.COLUMN_NAME}\`${row.SUB_PART ? `(${row.SUB_PART})` : ''}`);
  }
  for (const fk of foreignKeys)
    await connection.query(
      `ALTER TABLE \`${fk.TABLE_NAME}\` DROP FOREIGN KEY \`${fk.CONSTRAINT_NAME}\``,
    );
  for (const table of tables) {
    const drops = [...indexes.values()]
      .filter((i) => i.table === table)
      .map((i) => `DROP INDEX \`${i.name}\``);
    if (drops.length > 0) await connection.query(`ALTER TABLE \`${table}\` ${drops.join(', ')}`);
    await connection.query(`TRUNCATE TABLE \`${table}\``);
  }
  for (const table of tables) {
    const columns = COLUMNS[table];
    const perStatement = 2_000;
    const perTransaction = 50_000;
    let values = [];
    let rows = 0;
    await connection.query('START TRANSACTION');
    const flush = async () => {
      await connection.query(
        `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(',')}) VALUES ${values.join(',')}`,
      );
      values = [];
    };
    for (const row of rowsByTable[table]()) {
      values.push(
        `(${row
          .map((value) =>
            value instanceof Date
              ? `'${value.toISOString().replace('T', ' ').replace('Z', '')}'`
              : connection.escape(value),
          )
          .join(',')})`,
      );
      rows += 1;
      if (values.length === perStatement) await flush();
      if (rows % perTransaction === 0) {
        await connection.query('COMMIT');
        await connection.query('START TRANSACTION');
      }
    }
    if (values.length > 0) await flush();
    await connection.query('COMMIT');
  }
  for (const table of tables) {
    const adds = [...indexes.values()]
      .filter((i) => i.table === table)
      .map(
        (i) =>
          `ADD ${i.unique ? 'UNIQUE ' : ''}${i.fulltext ? 'FULLTEXT ' : ''}INDEX \`${i.name}\` (${i.columns.join(', ')})`,
      );
    // InnoDB builds one FULLTEXT index per ALTER.
    const fulltext = adds.filter((a) => a.includes('FULLTEXT'));
    const plain = adds.filter((a) => !a.includes('FULLTEXT'));
    if (plain.length > 0) await connection.query(`ALTER TABLE \`${table}\` ${plain.join(', ')}`);
    for (const add of fulltext) await connection.query(`ALTER TABLE \`${table}\` ${add}`);
  }
  for (const fk of foreignKeys)
    await connection.query(
      `ALTER TABLE \`${fk.TABLE_NAME}\` ADD CONSTRAINT \`${fk.CONSTRAINT_NAME}\` FOREIGN KEY (\`${fk.COLUMN_NAME}\`)
       REFERENCES \`${fk.REFERENCED_TABLE_NAME}\` (\`${fk.REFERENCED_COLUMN_NAME}\`)
       ON DELETE ${fk.DELETE_RULE} ON UPDATE ${fk.UPDATE_RULE}`,
    );
  for (const table of tables) await connection.query(`ANALYZE TABLE \`${table}\``);
  await connection.end();
}

/**
 * Seeds `target` ({ driver: 'sqlite', file } or { driver: 'mysql', url }),
 * whose schema the app's migrations have already created; `tables` limits it
 * to some tables.
 */
async function seed(target, scale, { hashedPassword, now = Date.now(), tables }) {
  const n = counts(scale);
  const users = userIds(n.users);
  const special = { owner: users[Math.floor(n.users / 3)], admin: users[Math.floor(n.users / 7)] };
  const rowsByTable = {
    users: () => userRows(n.users, now, hashedPassword, special),
    files: () => fileRows(n.files, now, users, special.owner),
    tokens: () => tokenRows(n.tokens, n.longSessionLinks, now, users, special.owner),
  };
  // Only some tables (the token purge case deletes token rows; they are seeded again alone).
  if (tables)
    for (const table of Object.keys(rowsByTable))
      if (!tables.includes(table)) delete rowsByTable[table];
  if (target.driver === 'sqlite') seedSqlite(target.file, rowsByTable);
  else await seedMysql(target.url, rowsByTable);
  return { ...n, ownerId: special.owner, adminId: special.admin };
}

module.exports = { seed, counts, PASSWORD, LONG_SESSION_ID };
