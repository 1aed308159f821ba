'use strict';
/**
 * Login throughput with N concurrent sign-ins against the bare argon2id rate
 * measured in the same run, pinned to the same CPU, with the same thread
 * pool (argon2-rate.js); and GET /api/v1/health's p99 while the logins run
 * (the event loop must stay responsive while passwords are being hashed).
 */
const autocannon = require('autocannon');
const { spawn } = require('node:child_process');
const { join } = require('node:path');
const { median } = require('./table');
const { onServerCpu, ROOT } = require('./server');

const CONCURRENCY = Number(process.env.BENCH_LOGIN_CONNECTIONS || 16);
const SECONDS = Number(process.env.BENCH_LOGIN_SECONDS || 6);
const ROUNDS = Number(process.env.BENCH_LOGIN_ROUNDS || 2);
const PASSWORD = 'benchmark passphrase 1';

function bareArgon2Rate() {
  const dist = process.env.BENCH_SERVER_DIST || join(ROOT, 'dist');
  const command = onServerCpu([
    process.execPath,
    join(__dirname, 'argon2-rate.js'),
    dist,
    String(CONCURRENCY),
    String(SECONDS),
  ]);
  return new Promise((resolve, reject) => {
    const child = spawn(command[0], command.slice(1), {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        ...pick(process.env, ['UV_THREADPOOL_SIZE', 'PASSWORD_HASH_CONCURRENCY']),
      },
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(out)),
    );
  });
}

function pick(source, names) {
  return Object.fromEntries(
    names.filter((n) => source[n] !== undefined).map((n) => [n, source[n]]),
  );
}

async function register(server, suffix) {
  const res = await fetch(`${server.baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      username: `login_${suffix}`,
      email: `login_${suffix}@example.org`,
      password: PASSWORD,
    }),
  });
  if (res.status !== 201) throw new Error(`register: ${res.status} ${await res.text()}`);
  return `login_${suffix}`;
}

/** N connections signing in for SECONDS while one client polls the health route. */
async function loginStorm(server, usernames) {
  const requests = usernames.map((username) => ({
    method: 'POST',
    path: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  }));
  const [logins, health] = await Promise.all([
    autocannon({
      url: server.baseUrl,
      connections: CONCURRENCY,
      duration: SECONDS,
      requests,
    }),
    autocannon({
      url: `${server.baseUrl}/api/v1/health`,
      connections: 1,
      overallRate: 50,
      duration: SECONDS,
    }),
  ]);
  if (logins.non2xx > 0 || logins.errors > 0)
    throw new Error(`login: ${logins.non2xx} non-2xx responses, ${logins.errors} errors`);
  return { rate: logins.requests.total / SECONDS, healthP99: health.latency.p99 };
}

async function benchLogin(server) {
  const suffix = Date.now().toString(36);
  const usernames = [];
  for (let i = 0; i < Math.min(CONCURRENCY, 8); i += 1)
    usernames.push(await register(server, `${suffix}${i}`));

  // The same health polling with no logins: what this machine allows at all (it is shared).
  const quiet = await autocannon({
    url: `${server.baseUrl}/api/v1/health`,
    connections: 1,
    overallRate: 50,
    duration: 3,
  });
  const bare = [];
  const storms = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    bare.push(await bareArgon2Rate());
    storms.push(await loginStorm(server, usernames));
  }
  return [
    {
      case: 'login',
      figure: `POST /auth/login, ${CONCURRENCY} concurrent`,
      value: median(storms.map((s) => s.rate)),
      unit: 'logins/s',
      ceiling: `bare argon2id verify (pool ${bare[0].threadpool})`,
      ceilingValue: median(bare.map((b) => b.rate)),
      goal: { ratio: '>=', target: 0.9 },
    },
    {
      case: 'login',
      figure: 'GET /health p99, no logins (reference)',
      value: quiet.latency.p99,
      unit: 'ms',
    },
    {
      case: 'login',
      figure: 'GET /health p99 during the login storm',
      value: median(storms.map((s) => s.healthP99)),
      unit: 'ms',
      goal: { value: '<=', target: 20 },
    },
  ];
}

module.exports = { benchLogin };
