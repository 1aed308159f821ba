'use strict';
/**
 * `npm run bench:scale`: lists, searches, sessions and exports at ~1k rows and
 * at 1M rows, on SQLite and/or MariaDB, with the ratio between the two.
 *
 *   node bench/scale.js [--db=sqlite|mysql|both] [--reseed] [--only=case,case] [--sizes=small,large]
 *                       [--no-plans] [--no-exports] [--seed-only] [--purge | --purge-only]
 *                       [--mysql-buffer-pool=3G]
 *
 * Seeded databases are kept between runs and seeded again only when missing
 * (or with --reseed): SQLite files in BENCH_SCALE_DIR (default
 * <tmpdir>/rvp-scale-bench), MariaDB databases rvp_scale_bench_small and
 * rvp_scale_bench_large on BENCH_SCALE_MYSQL (default mysql://root@127.0.0.1:3306).
 * Pending migrations run (timed) before each measurement.
 *
 * MariaDB's buffer pool decides whether 1M rows are read from memory or from
 * disk. The run prints its size; `--mysql-buffer-pool=<bytes|3G>` sets it for
 * the run (SET GLOBAL, restored at the end): the server's default 128 MiB
 * holds a tenth of the large data set, a production server is sized to it.
 *
 * Each case: one serial probe request first; a case slower than 1 s per
 * request is measured serially (3 requests) instead of under load, so one
 * pathological query cannot eat the run. Otherwise a 1 s warm-up, then
 * BENCH_SECONDS (default 4) at BENCH_CONNECTIONS (default 20) connections.
 *
 *   BENCH_EXPORT_SECONDS  cap on each export's wall time (default 60: enough for a steady
 *                         rate and flat memory; keeps a run with seeding near 10 minutes)
 *   BENCH_PURGE_SECONDS   cap on the purge case's wall time (default 600; the rate and the
 *                         p99 during the purge are steady after a few minutes)
 */
const { spawnSync } = require('node:child_process');
const { createHmac, randomUUID } = require('node:crypto');
const { existsSync, mkdirSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const autocannon = require('autocannon');
const { seed, counts, PASSWORD, LONG_SESSION_ID } = require('./scale-seed');
const { startServer, rssOf, pinLoadGenerator, ROOT } = require('./server');
const { explainAll } = require('./scale-plans');

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const SECONDS = Number(process.env.BENCH_SECONDS || 4);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 20);
const EXPORT_SECONDS = Number(process.env.BENCH_EXPORT_SECONDS || 60);
const PURGE_SECONDS = Number(process.env.BENCH_PURGE_SECONDS || 600);
const SERIAL_THRESHOLD_MS = 1_000;
const JWT_SECRET = 'bench-only-signing-key-0123456789-abcdefghijklmnop';
const SIZES = { small: 0.001, large: 1 };
const DIR = process.env.BENCH_SCALE_DIR || join(tmpdir(), 'rvp-scale-bench');
const MYSQL = (process.env.BENCH_SCALE_MYSQL || 'mysql://root@127.0.0.1:3306').replace(/\/$/, '');
const DAY = 86_400_000;

function log(line) {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

function target(driver, size) {
  if (driver === 'sqlite') {
    mkdirSync(DIR, { recursive: true });
    const file = join(DIR, `scale-${size}.sqlite`);
    return { driver, file, url: `sqlite:${file}` };
  }
  return { driver, url: `${MYSQL}/rvp_scale_bench_${size}` };
}

function migrate(t) {
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'typeorm', 'cli.js'),
      'migration:run',
      '-d',
      'dist/src/database/data-source.js',
    ],
    { cwd: ROOT, env: { PATH: process.env.PATH, DATABASE_URL: t.url }, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`migrations failed:\n${result.stdout}${result.stderr}`);
  const ran = (result.stdout.match(/Migration \S+ has been {2}executed successfully/g) || [])
    .length;
  return { ran, ms: Date.now() - started };
}

async function rowCount(t, table) {
  if (t.driver === 'sqlite') {
    if (!existsSync(t.file)) return 0;
    const db = new (require('better-sqlite3'))(t.file, { readonly: true });
    try {
      return db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get().n;
    } catch {
      return 0;
    } finally {
      db.close();
    }
  }
  const mysql = require('mysql2/promise');
  const connection = await mysql.createConnection({ uri: t.url });
  try {
    const [rows] = await connection.query(`SELECT COUNT(*) AS n FROM \`${table}\``);
    return Number(rows[0].n);
  } catch {
    return 0;
  } finally {
    await connection.end();
  }
}

async function prepare(t, size) {
  if (t.driver === 'mysql') {
    const mysql = require('mysql2/promise');
    const connection = await mysql.createConnection({ uri: MYSQL });
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`rvp_scale_bench_${size}\``);
    await connection.end();
  }
  const expected = counts(SIZES[size]);
  const seeded = !args.reseed && (await rowCount(t, 'files')) === expected.files;
  if (!seeded) {
    const migration = migrate(t);
    log(
      `${t.driver}/${size}: schema ready (${migration.ran} migrations, ${migration.ms} ms); seeding`,
    );
    const started = Date.now();
    await seed(t, SIZES[size], { hashedPassword: await hashPassword() });
    log(`${t.driver}/${size}: seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else if ((await rowCount(t, 'tokens')) < expected.tokens) {
    // The purge case deleted token rows: put them back.
    const started = Date.now();
    await seed(t, SIZES[size], { hashedPassword: await hashPassword(), tables: ['tokens'] });
    log(
      `${t.driver}/${size}: tokens seeded again in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  const migration = migrate(t);
  if (migration.ran > 0)
    log(`${t.driver}/${size}: ${migration.ran} pending migrations ran in ${migration.ms} ms`);
  return { expected, migration };
}

function hashPassword() {
  const argon2 = require('argon2');
  return argon2.hash(PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
}

/**
 * `--purge`: the token purge of the seeded dead rows (~600k at 1M, expired or
 * logged out more than TOKEN_RETENTION_DAYS ago) inside a server whose first
 * purge starts 60 s after start-up, while /auth/me is under load: p99 in 4 s
 * windows before and during the purge. Destructive: the next run seeds the
 * tokens again.
 */
async function measurePurge(t) {
  const server = await startServer({
    DATABASE_URL: t.url,
    DATABASE_RUN_MIGRATIONS: 'false',
    TOKEN_PURGE_INTERVAL_SECONDS: '60',
  });
  const started = Date.now();
  try {
    const owner = await login(server.baseUrl, 'owner');
    const headers = { authorization: `Bearer ${owner.access_token}` };
    const url = `${server.baseUrl}/api/v1/auth/me`;
    const before = await rowCount(t, 'tokens');
    const windows = [];
    let last = before;
    let purgeStart = null;
    let purgeEnd = null;
    // 4 s windows until the row count, having dropped, holds still (or BENCH_PURGE_SECONDS).
    while (purgeEnd === null && Date.now() - started < PURGE_SECONDS * 1000) {
      const at = (Date.now() - started) / 1000;
      const result = await autocannon({
        url,
        headers,
        connections: CONNECTIONS,
        duration: 4,
        timeout: 30,
      });
      const count = await rowCount(t, 'tokens');
      const purging = count < last;
      if (purging && purgeStart === null) purgeStart = at;
      if (!purging && purgeStart !== null) purgeEnd = at;
      windows.push({
        at_s: Math.round(at),
        p50: result.latency.p50,
        p99: result.latency.p99,
        rps: Math.round(result.requests.average),
        rows: count,
        purging,
      });
      log(`${t.driver}: purge window ${JSON.stringify(windows[windows.length - 1])}`);
      last = count;
    }
    const quiet = windows.filter((w) => !w.purging);
    const busy = windows.filter((w) => w.purging);
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    return {
      deleted: before - last,
      purge_seconds:
        purgeStart === null
          ? null
          : Math.round((purgeEnd ?? (Date.now() - started) / 1000) - purgeStart),
      me_p99_quiet_ms: quiet.length ? median(quiet.map((w) => w.p99)) : null,
      me_p99_during_purge_ms: busy.length ? Math.max(...busy.map((w) => w.p99)) : null,
      me_p99_during_purge_median_ms: busy.length ? median(busy.map((w) => w.p99)) : null,
      me_rps_quiet: quiet.length ? median(quiet.map((w) => w.rps)) : null,
      me_rps_during_purge: busy.length ? median(busy.map((w) => w.rps)) : null,
      finished: purgeEnd !== null,
      windows,
    };
  } finally {
    await server.stop();
  }
}

function signAccess(userId, sessionId) {
  const encode = (object) => Buffer.from(JSON.stringify(object)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({
    sid: sessionId,
    typ: 'access',
    iat: now,
    exp: now + 3600,
    sub: userId,
    jti: randomUUID(),
  })}`;
  return `${body}.${createHmac('sha256', JWT_SECRET).update(body).digest('base64url')}`;
}

async function login(baseUrl, username) {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!response.ok)
    throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function timed(url, headers) {
  const started = process.hrtime.bigint();
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(120_000) });
  const body = await response.text();
  return {
    ms: Number(process.hrtime.bigint() - started) / 1e6,
    status: response.status,
    body,
  };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function measure(url, headers) {
  let probe;
  try {
    // The first request of a case warms caches (cold index pages); the second is the probe.
    await timed(url, headers);
    probe = await timed(url, headers);
  } catch (error) {
    return { error: `probe failed: ${error.message}` };
  }
  if (probe.status !== 200)
    return { error: `HTTP ${probe.status} ${probe.body.slice(0, 160)}`, p50: probe.ms };
  if (probe.ms > SERIAL_THRESHOLD_MS) {
    const times = [probe.ms];
    for (let i = 0; i < 2; i += 1) {
      const again = await timed(url, headers).catch(() => null);
      if (again) times.push(again.ms);
    }
    return {
      serial: true,
      p50: percentile(times, 50),
      p99: Math.max(...times),
      rps: 1000 / percentile(times, 50),
    };
  }
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 1, timeout: 30 });
  const result = await autocannon({
    url,
    headers,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 30,
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Streams an export, counting data lines; samples the server's RSS meanwhile. */
async function measureExport(server, path, headers, expectedRows) {
  const idle = rssOf(server.pid);
  let peak = idle;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, rssOf(server.pid));
    } catch {
      // process gone
    }
  }, 100);
  const started = Date.now();
  let lines = 0;
  let capped = false;
  const controller = new AbortController();
  const timer = setTimeout(() => {
    capped = true;
    controller.abort();
  }, EXPORT_SECONDS * 1000);
  try {
    const response = await fetch(`${server.baseUrl}${path}`, {
      headers,
      signal: controller.signal,
    });
    if (!response.ok) return { error: `HTTP ${response.status}` };
    for await (const chunk of response.body) {
      for (let i = 0; i < chunk.length; i += 1) if (chunk[i] === 10) lines += 1;
    }
  } catch (error) {
    if (!capped) return { error: error.message };
  } finally {
    clearTimeout(timer);
    clearInterval(sampler);
  }
  const seconds = (Date.now() - started) / 1000;
  const rows = Math.max(0, lines - 1);
  return {
    rows,
    expected: expectedRows,
    complete: !capped && rows === expectedRows,
    capped_at_s: capped ? EXPORT_SECONDS : undefined,
    seconds: Number(seconds.toFixed(1)),
    rows_per_s: Math.round(rows / seconds),
    peak_rss_over_idle_mib: Number(((peak - idle) / 1048576).toFixed(1)),
  };
}

async function ownerFileCount(t, ownerId) {
  if (t.driver === 'sqlite') {
    const db = new (require('better-sqlite3'))(t.file, { readonly: true });
    try {
      return db.prepare('SELECT COUNT(*) AS n FROM files WHERE owner_id = ?').get(ownerId).n;
    } finally {
      db.close();
    }
  }
  const mysql = require('mysql2/promise');
  const connection = await mysql.createConnection({ uri: t.url });
  try {
    const [rows] = await connection.query('SELECT COUNT(*) AS n FROM files WHERE owner_id = ?', [
      ownerId,
    ]);
    return Number(rows[0].n);
  } finally {
    await connection.end();
  }
}

function cases(ctx) {
  const { owner, admin, longSession, ownerFiles, users } = ctx;
  const monthAgo = new Date(Date.now() - 30 * DAY).toISOString();
  const yearAgo = new Date(Date.now() - 365 * DAY).toISOString();
  return [
    ['files: default page', '/files', owner],
    [
      'files: next page by cursor',
      async () => `/files?cursor=${await ctx.nextCursor('/files', owner)}`,
      owner,
    ],
    ['files: deep offset (40%)', `/files?offset=${Math.floor(ownerFiles * 0.4)}`, owner],
    ['files: sort=filename', '/files?sort=filename&order=asc', owner],
    ['files: sort=size', '/files?sort=size', owner],
    ['files: q=neural', '/files?q=neural', owner],
    ['files: content_type=pdf', '/files?content_type=application/pdf', owner],
    ['files: uploaded_after 30 d', `/files?uploaded_after=${monthAgo}`, owner],
    ['files: uploaded_before 1 y', `/files?uploaded_before=${yearAgo}`, owner],
    ['admin files: default page', '/files', admin],
    ['admin users: default page', '/users', admin],
    ['admin users: q=garcia', '/users?q=garcia', admin],
    ['admin users: sort=username', '/users?sort=username&order=asc', admin],
    ['admin users: sort=email', '/users?sort=email&order=asc', admin],
    ['admin users: deep offset (95%)', `/users?offset=${Math.floor(users * 0.95)}`, admin],
    ['auth/me: fresh session', '/auth/me', owner],
    ['auth/me: long-lived session', '/auth/me', longSession],
    ['auth/sessions', '/auth/sessions', longSession],
  ];
}

async function runSize(driver, size) {
  const t = target(driver, size);
  const { expected } = await prepare(t, size);
  if (args['seed-only']) return { results: {}, exports: {} };
  const server = await startServer({ DATABASE_URL: t.url, DATABASE_RUN_MIGRATIONS: 'false' });
  log(`${driver}/${size}: server up`);
  try {
    const ownerLogin = await login(server.baseUrl, 'owner');
    const adminLogin = await login(server.baseUrl, 'admin');
    const ownerId = ownerLogin.user.id;
    const auth = (token) => ({ authorization: `Bearer ${token}` });
    const ctx = {
      owner: auth(ownerLogin.access_token),
      admin: auth(adminLogin.access_token),
      longSession: auth(signAccess(ownerId, LONG_SESSION_ID)),
      ownerFiles: await ownerFileCount(t, ownerId),
      users: expected.users,
      nextCursor: async (path, headers) => {
        const page = await timed(`${server.baseUrl}/api/v1${path}`, headers);
        const cursor = JSON.parse(page.body).next_cursor;
        if (!cursor) throw new Error('no next_cursor');
        return encodeURIComponent(cursor);
      },
    };
    const results = {};
    const only = args.only ? String(args.only).split(',') : null;
    for (const [name, pathOrFn, headers] of cases(ctx)) {
      if (only && !only.some((o) => name.includes(o))) continue;
      let path;
      try {
        path = typeof pathOrFn === 'function' ? await pathOrFn() : pathOrFn;
      } catch (error) {
        results[name] = { error: error.message };
        log(`${driver}/${size}: ${name}: ${error.message}`);
        continue;
      }
      results[name] = await measure(`${server.baseUrl}/api/v1${path}`, headers);
      log(`${driver}/${size}: ${name}: ${JSON.stringify(results[name])}`);
    }
    const exports = {};
    if (!args['no-exports'] && (!only || only.includes('export'))) {
      exports['owner files export'] = await measureExport(
        server,
        '/api/v1/files/export',
        ctx.owner,
        ctx.ownerFiles,
      );
      log(`${driver}/${size}: owner export ${JSON.stringify(exports['owner files export'])}`);
      exports['admin users export'] = await measureExport(
        server,
        '/api/v1/users/export',
        ctx.admin,
        await rowCount(t, 'users'),
      );
      log(`${driver}/${size}: users export ${JSON.stringify(exports['admin users export'])}`);
    }
    const plans =
      args['no-plans'] || size !== 'large' ? undefined : await explainAll(t, { ownerId });
    return { results, exports, plans, ownerFiles: ctx.ownerFiles };
  } finally {
    await server.stop();
  }
}

async function runPurge(driver, size) {
  const t = target(driver, size);
  await prepare(t, size);
  const purge = await measurePurge(t);
  log(`${driver}/${size}: purge ${JSON.stringify({ ...purge, windows: undefined })}`);
  return purge;
}

const fmt = (value, digits = 0) =>
  value === undefined || value === null || Number.isNaN(value) ? '–' : value.toFixed(digits);

function table(driver, small, large) {
  const lines = [
    `### ${driver}: ${CONNECTIONS} connections, ${SECONDS} s per case (serial = slower than 1 s, 3 requests one at a time)`,
    '',
    '| request | 1k rows p50 / p99 ms, req/s | 1M rows p50 / p99 ms, req/s | p99 ratio |',
    '|---|---|---|---|',
  ];
  const cell = (r) => {
    if (!r) return '–';
    if (r.error) return `error: ${r.error}`;
    if (!r.serial && r.rps === 0) return `none completed in ${SECONDS} s`;
    const bad = r.non2xx || r.errors ? ` (${r.non2xx || 0} non-2xx, ${r.errors || 0} errors)` : '';
    return `${fmt(r.p50)} / ${fmt(r.p99)}, ${fmt(r.rps)}${r.serial ? ' serial' : ''}${bad}`;
  };
  for (const name of Object.keys({ ...small?.results, ...large?.results })) {
    const s = small?.results[name];
    const l = large?.results[name];
    const ratio = s?.p99 && l?.p99 ? `×${(l.p99 / Math.max(1, s.p99)).toFixed(1)}` : '–';
    lines.push(`| ${name} | ${cell(s)} | ${cell(l)} | ${ratio} |`);
  }
  for (const name of Object.keys({ ...small?.exports, ...large?.exports })) {
    const e = (x) =>
      !x
        ? '–'
        : x.error
          ? `error: ${x.error}`
          : `${x.rows}/${x.expected} rows${x.complete ? '' : ' INCOMPLETE'}${x.capped_at_s ? ` (stopped at ${x.capped_at_s} s)` : ''}, ${x.rows_per_s} rows/s, +${x.peak_rss_over_idle_mib} MiB RSS`;
    lines.push(`| ${name} | ${e(small?.exports[name])} | ${e(large?.exports[name])} | |`);
  }
  return lines.join('\n');
}

/** Sets MariaDB's buffer pool for this run when asked; returns its size and how to restore it. */
async function bufferPool() {
  const mysql = require('mysql2/promise');
  const connection = await mysql.createConnection({ uri: MYSQL });
  const read = async () =>
    Number((await connection.query('SELECT @@innodb_buffer_pool_size AS b'))[0][0].b);
  try {
    const original = await read();
    const wanted = args['mysql-buffer-pool'];
    if (wanted) {
      const units = { K: 2 ** 10, M: 2 ** 20, G: 2 ** 30 };
      const match = /^(\d+)([KMG])?$/i.exec(String(wanted));
      if (!match) throw new Error(`--mysql-buffer-pool: not a size: ${wanted}`);
      const bytes = Number(match[1]) * (units[(match[2] || '').toUpperCase()] || 1);
      await connection.query(`SET GLOBAL innodb_buffer_pool_size = ${bytes}`);
      // The resize runs in the background; wait until the new size shows.
      for (let i = 0; i < 120 && (await read()) < bytes; i += 1)
        await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const size = await read();
    return {
      mib: Math.round(size / 2 ** 20),
      restore: async () => {
        if (!wanted) return;
        const again = await mysql.createConnection({ uri: MYSQL });
        await again.query(`SET GLOBAL innodb_buffer_pool_size = ${original}`);
        await again.end();
      },
    };
  } finally {
    await connection.end();
  }
}

async function main() {
  pinLoadGenerator();
  const dbs = args.db === 'both' || !args.db ? ['sqlite', 'mysql'] : [String(args.db)];
  const sizes = args.sizes ? String(args.sizes).split(',') : ['small', 'large'];
  const report = [];
  const all = {};
  const pool = dbs.includes('mysql') ? await bufferPool() : undefined;
  if (pool) report.push(`MariaDB innodb_buffer_pool_size: ${pool.mib} MiB\n`);
  for (const driver of dbs) {
    const started = Date.now();
    const out = {};
    if (!args['purge-only']) for (const size of sizes) out[size] = await runSize(driver, size);
    if (args.purge || args['purge-only']) {
      const purge = await runPurge(driver, 'large');
      report.push(
        `#### ${driver}: token purge at 1M rows under /auth/me load\n\n${purge.deleted} rows deleted in ~${purge.purge_seconds} s (${purge.finished ? 'finished' : 'still running when the case stopped'}); /auth/me p99 ${purge.me_p99_quiet_ms} ms before, ${purge.me_p99_during_purge_median_ms} ms during (median of 4 s windows; worst ${purge.me_p99_during_purge_ms} ms); req/s ${purge.me_rps_quiet} before, ${purge.me_rps_during_purge} during\n`,
      );
      out.purge = purge;
    }
    all[driver] = out;
    report.push(table(driver, out.small, out.large));
    report.push(`\n(${driver}: ${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    if (out.large?.plans) {
      report.push(`#### ${driver}: query plans at 1M rows\n`);
      for (const [name, plan] of Object.entries(out.large.plans))
        report.push(`${name}\n\`\`\`\n${plan}\n\`\`\`\n`);
    }
  }
  await pool?.restore();
  const text = report.join('\n');
  process.stdout.write(`${text}\n`);
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `scale-${Date.now()}.json`), JSON.stringify(all, null, 2));
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
