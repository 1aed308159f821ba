'use strict';
/**
 * `npm run bench`: builds, starts the built server on a fresh embedded SQLite
 * database (BENCH_DATABASE_URL=mysql://… for MySQL/MariaDB), and reports each
 * case as a ratio against a baseline measured in the same run.
 *
 *   BENCH_ONLY=auth            run one case
 *   BENCH_SECONDS, BENCH_ROUNDS, BENCH_CONNECTIONS   tune the load
 */
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { benchAuth } = require('./auth');
const { pinLoadGenerator, startServer, ROOT } = require('./server');

const CASES = { auth: benchAuth };

async function main() {
  pinLoadGenerator();
  const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : Object.keys(CASES);
  const results = [];
  for (const name of only) {
    const server = await startServer();
    try {
      const result = await CASES[name](server);
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
