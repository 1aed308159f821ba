'use strict';
/**
 * Starts the built server (dist/) as a child process for benchmarks and
 * resolves once it is listening. Shared by every benchmark case.
 */
const { spawn } = require('node:child_process');
const { mkdtempSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function canPin() {
  if (require('node:os').availableParallelism() < 2) return false;
  return require('node:child_process').spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}

/** Pins this process (the load generator) to CPU 1 when the server is pinned to CPU 0. */
function pinLoadGenerator() {
  if (process.env.BENCH_SERVER_CPU === undefined && canPin()) {
    require('node:child_process').spawnSync('taskset', ['-cp', '1', String(process.pid)]);
  }
}

async function startServer(env = {}) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'rvp-bench-'));
  const command = [process.execPath, join(ROOT, 'dist', 'src', 'main.js')];
  // With two or more CPUs the server gets one to itself and the load generator
  // (this process) another, so they do not fight over a core.
  const cpu = process.env.BENCH_SERVER_CPU ?? (canPin() ? '0' : undefined);
  const pinned = cpu !== undefined ? ['taskset', '-c', cpu, ...command] : command;
  const child = spawn(pinned[0], pinned.slice(1), {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-only-signing-key-0123456789-abcdefghijklmnop',
      HOST: '127.0.0.1',
      PORT: String(port),
      // Request logging would measure the log pipe, not the API.
      LOG_LEVEL: 'warn',
      DATABASE_URL: process.env.BENCH_DATABASE_URL || `sqlite:${join(dir, 'bench.sqlite')}`,
      DATABASE_RUN_MIGRATIONS: 'true',
      STORAGE_DIR: join(dir, 'files'),
      AUTH_RATE_LIMIT: '1000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i += 1) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/api/v1/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    baseUrl,
    pid: child.pid,
    dir,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** Resident set size of a process in bytes (Linux), read from /proc. */
function rssOf(pid) {
  const status = require('node:fs').readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]);
  return kib * 1024;
}

module.exports = { startServer, rssOf, pinLoadGenerator, ROOT };
