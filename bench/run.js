'use strict';
/**
 * `npm run bench [-- options]`: builds, then for each case starts the built
 * server on a fresh database, measures, and prints ONE table: each figure,
 * its ceiling measured in the same run, the ratio and the goal. Goals are
 * reported, not asserted: the exit code is non-zero only on an error.
 *
 *   --db sqlite|mariadb      database (BENCH_DB; default sqlite). mariadb creates and drops a
 *                            fresh database on BENCH_MARIADB_URL (default mysql://root@127.0.0.1:3306)
 *   --repeat N               run every case N times and report medians (BENCH_REPEAT; default 1)
 *   --only a,b               some cases only (BENCH_ONLY): auth, login, audit, files, s3-files
 *   BENCH_FILE_BYTES         size of the files cases (default 1 GiB)
 *   BENCH_SECONDS, BENCH_ROUNDS, BENCH_CONNECTIONS     the auth case's load
 *   BENCH_SERVER_DIST        another build to measure (default dist/)
 *   BENCH_CPU_PROF=<dir>     the server writes V8 CPU profiles there (see bench/profile-top.js)
 *   BENCH_SERVER_LOG=<file>  every server's output is appended there
 *
 * To add a case, append to CASES: `run(server, settings)` returns rows (see table.js).
 */
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { parseArgs } = require('node:util');
const { benchAudit, AUDIT_BENCH_ENV } = require('./audit');
const { benchAuth } = require('./auth');
const { benchLogin } = require('./login');
const { benchFiles, benchFilesS3, prepareS3, s3Available, FILE_BYTES } = require('./files');
const { createDatabase } = require('./database');
const { pinLoadGenerator, startServer, ROOT } = require('./server');
const { render, summarise } = require('./table');

/**
 * Each case: a name, the settings its server needs (or `prepare()` returning
 * `{ env, settings }`), and `available()` when it needs an outside service.
 */
const CASES = [
  { name: 'auth', run: benchAuth, env: {} },
  { name: 'login', run: benchLogin, env: {} },
  { name: 'audit', run: auditRows, env: AUDIT_BENCH_ENV },
  { name: 'files', run: benchFiles, env: { MAX_UPLOAD_BYTES: String(FILE_BYTES) } },
  // Needs an S3-compatible server (BENCH_S3_ENDPOINT, default the CI Swift server on :8080).
  { name: 's3-files', run: benchFilesS3, prepare: prepareS3, available: s3Available },
];

/** The audit case (audited server against an unaudited one on its own fresh database) as table rows. */
async function auditRows(server, _settings, db) {
  const database = await createDatabase(db);
  try {
    const result = await benchAudit(
      server,
      undefined,
      database.url ? { DATABASE_URL: database.url } : {},
    );
    const row = (figure, { audited_rps, unaudited_rps }, goal) => ({
      case: 'audit',
      figure,
      value: audited_rps,
      unit: 'req/s',
      ceiling: 'same with AUDIT_ENABLED=false',
      ceilingValue: unaudited_rps,
      goal,
    });
    return [
      row('POST /auth/login, audited', result.login, { ratio: '>=', target: 0.9 }),
      row('POST /files (small PNG), audited', result.upload, { ratio: '>=', target: 0.9 }),
      row('POST /tokens, 50 concurrent, audited', result.tokens_50_concurrent),
    ];
  } finally {
    await database.drop();
  }
}

function options() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: process.env.BENCH_DB || 'sqlite' },
      repeat: { type: 'string', default: process.env.BENCH_REPEAT || '1' },
      only: { type: 'string', default: process.env.BENCH_ONLY || '' },
    },
  });
  if (!['sqlite', 'mariadb'].includes(values.db))
    throw new Error(`--db must be sqlite or mariadb, not ${values.db}`);
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1)
    throw new Error('--repeat must be a positive integer');
  const names = values.only ? values.only.split(',') : CASES.map((c) => c.name);
  for (const name of names)
    if (!CASES.some((c) => c.name === name))
      throw new Error(`unknown case ${name}; known: ${CASES.map((c) => c.name).join(', ')}`);
  return { db: values.db, repeat, cases: CASES.filter((c) => names.includes(c.name)) };
}

async function runCase(benchCase, db) {
  const prepared = benchCase.prepare ? await benchCase.prepare() : { env: benchCase.env };
  const database = await createDatabase(db);
  const server = await startServer(
    { ...prepared.env, ...(database.url ? { DATABASE_URL: database.url } : {}) },
    { name: benchCase.name },
  );
  try {
    return await benchCase.run(server, prepared.settings, db);
  } finally {
    await server.stop();
    await database.drop();
  }
}

async function main() {
  const { db, repeat, cases } = options();
  pinLoadGenerator();
  const started = Date.now();
  const skipped = [];
  const usable = [];
  for (const benchCase of cases) {
    const reason = benchCase.available ? await benchCase.available() : undefined;
    if (reason) skipped.push(`${benchCase.name}: ${reason}`);
    else usable.push(benchCase);
  }
  const runs = [];
  for (let run = 1; run <= repeat; run += 1) {
    const rows = [];
    for (const benchCase of usable) {
      process.stderr.write(`run ${run}/${repeat}: ${benchCase.name}…\n`);
      rows.push(...(await runCase(benchCase, db)));
    }
    runs.push(rows);
  }
  const summary = summarise(runs);
  const seconds = Math.round((Date.now() - started) / 1000);
  process.stdout.write(
    `\nReViewPoint bench — database ${db}, ${repeat} run(s), medians, node ${process.version}, ${seconds} s\n\n`,
  );
  process.stdout.write(`${render(summary, repeat)}\n`);
  for (const line of skipped) process.stdout.write(`\nskipped ${line}\n`);

  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${db}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ node: process.version, database: db, repeat, seconds, skipped, summary, runs }, null, 2)}\n`,
  );
  process.stdout.write(`\nsaved ${file}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
