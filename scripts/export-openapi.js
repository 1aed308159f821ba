'use strict';
/**
 * Writes the OpenAPI document of the built app (dist/) to a file:
 *
 *   node scripts/export-openapi.js [out.json]     (default: clients/typescript/openapi.json)
 *
 * It starts the built server on a loopback port with a throwaway SQLite
 * database and fetches `/docs-json`, exactly what a client sees. The Swagger
 * CLI plugin runs in `nest build`, so only the built app has the full document.
 * The settings are fixed (development defaults, no METRICS_TOKEN) so the
 * document does not depend on the machine it is exported on.
 */
const { spawn } = require('node:child_process');
const { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { dirname, join, resolve } = require('node:path');

const ROOT = join(__dirname, '..');
const MAIN = join(ROOT, 'dist', 'src', 'main.js');
const DEFAULT_OUT = join(ROOT, 'clients', 'typescript', 'openapi.json');

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function exportDocument(out) {
  if (!existsSync(MAIN)) throw new Error('dist/ is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'rvp-openapi-'));
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
      STORAGE_DIR: join(dir, 'files'),
      JWT_SECRET: 'openapi-export-only-key-0123456789-abcdefghijkl',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    let document;
    for (let attempt = 0; attempt < 300 && document === undefined; attempt += 1) {
      if (child.exitCode !== null) throw new Error(`the server exited:\n${output}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/docs-json`);
        if (response.ok) document = await response.json();
      } catch {
        await new Promise((done) => setTimeout(done, 100));
      }
    }
    if (document === undefined) throw new Error(`no document within 30 s:\n${output}`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const out = resolve(process.argv[2] ?? DEFAULT_OUT);
  exportDocument(out).then(
    () => process.stdout.write(`OpenAPI document written to ${out}\n`),
    (error) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}

module.exports = { exportDocument };
