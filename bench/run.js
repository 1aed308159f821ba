'use strict';
/**
 * `npm run bench`: builds, starts the built server on a fresh embedded SQLite
 * database (BENCH_DATABASE_URL=mysql://… for MySQL/MariaDB), and reports each
 * case as a ratio against a baseline measured in the same run.
 *
 *   BENCH_ONLY=auth|files|s3-files|audit   run some cases (comma-separated)
 *   BENCH_FILE_BYTES           size of the files case (default 1 GiB)
 *   BENCH_SECONDS, BENCH_ROUNDS, BENCH_CONNECTIONS   tune the load
 */
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { benchAudit } = require('./audit');
const { benchAuth } = require('./auth');
const { benchFiles, benchFilesS3, prepareS3, FILE_BYTES } = require('./files');
const { pinLoadGenerator, startServer, ROOT } = require('./server');

/** Each case with the settings its server needs. */
const CASES = {
  auth: { run: benchAuth, env: {} },
  audit: { run: benchAudit, env: {} },
  files: { run: benchFiles, env: { MAX_UPLOAD_BYTES: String(FILE_BYTES) } },
  // Needs an S3-compatible server (BENCH_S3_ENDPOINT, default the CI Swift server on :8080).
  's3-files': { prepare: prepareS3, run: benchFilesS3 },
};

/** Cases that need outside services run only when asked for (BENCH_ONLY) or when the service answers. */
async function available(name) {
  if (name !== 's3-files') return true;
  const endpoint = process.env.BENCH_S3_ENDPOINT || 'http://127.0.0.1:8080';
  try {
    await fetch(endpoint, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    process.stdout.write(
      `s3-files: no S3-compatible server at ${endpoint}; skipped (start one with .ci/s3/start-s3.sh)\n`,
    );
    return false;
  }
}

async function main() {
  pinLoadGenerator();
  const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : Object.keys(CASES);
  const results = [];
  for (const name of only) {
    const benchCase = CASES[name];
    if (!benchCase)
      throw new Error(`unknown case ${name}; known: ${Object.keys(CASES).join(', ')}`);
    if (!(await available(name))) continue;
    const prepared = benchCase.prepare ? await benchCase.prepare() : { env: benchCase.env };
    const server = await startServer(prepared.env);
    try {
      const result = await benchCase.run(server, prepared.settings);
      results.push(result);
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } finally {
      await server.stop();
    }
  }
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ node: process.version, database: process.env.BENCH_DATABASE_URL ? 'mysql' : 'sqlite', results }, null, 2)}\n`,
  );
  process.stdout.write(`\nsaved ${file}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
