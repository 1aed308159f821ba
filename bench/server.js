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

/** The CPU list the server (and every baseline that stands for it) runs on, or undefined when not pinned. */
function serverCpu() {
  return process.env.BENCH_SERVER_CPU ?? (canPin() ? '0' : undefined);
}

/** `command` prefixed with taskset so it runs where the server runs. */
function onServerCpu(command) {
  const cpu = serverCpu();
  return cpu !== undefined ? ['taskset', '-c', cpu, ...command] : command;
}

/**
 * The built application to start: dist/ by default; BENCH_SERVER_DIST names
 * another build (e.g. a copy of an earlier commit's dist/, kept inside the
 * repository so it finds node_modules) to measure before and after in one way.
 */
function serverEntry() {
  const dist = process.env.BENCH_SERVER_DIST || join(ROOT, 'dist');
  return join(dist, 'src', 'main.js');
}

let profiles = 0;

async function startServer(env = {}, options = {}) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'rvp-bench-'));
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROF
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`,
        `--cpu-prof-name=${options.name || 'server'}-${(profiles += 1)}.cpuprofile`,
      ]
    : [];
  const command = [process.execPath, ...profile, serverEntry()];
  // With two or more CPUs the server gets one to itself and the load generator
  // (this process) another, so they do not fight over a core.
  const pinned = onServerCpu(command);
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
      // Benchmarks upload with many connections as one user.
      MAX_CONCURRENT_UPLOADS_PER_USER: '1000',
      // Settings the operator may pass through to the server under test.
      ...pick(process.env, ['UV_THREADPOOL_SIZE', 'PASSWORD_HASH_CONCURRENCY']),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  // BENCH_SERVER_LOG=<file>: every server's output is appended there (to see why a request failed).
  if (process.env.BENCH_SERVER_LOG) {
    const log = require('node:fs').createWriteStream(process.env.BENCH_SERVER_LOG, { flags: 'a' });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
  }
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
        child.once('exit', () => {
          // The files cases leave gigabytes behind; a later run needs the room.
          require('node:fs').rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

function pick(source, names) {
  return Object.fromEntries(
    names.filter((n) => source[n] !== undefined).map((n) => [n, source[n]]),
  );
}

/** Resident set size of a process in bytes (Linux), read from /proc. */
function rssOf(pid) {
  const status = require('node:fs').readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]);
  return kib * 1024;
}

module.exports = { startServer, rssOf, pinLoadGenerator, onServerCpu, serverCpu, freePort, ROOT };
