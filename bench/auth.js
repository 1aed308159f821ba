'use strict';
/**
 * GET /auth/me (global guard: JWT verify + session and user lookup) against
 * GET /api/v1 (the public index, same middleware, no guard work), measured
 * in interleaved rounds in the same run so machine noise hits both alike,
 * plus /auth/me's p99 latency at that load.
 */
const autocannon = require('autocannon');
const { median } = require('./table');

const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const SECONDS = Number(process.env.BENCH_SECONDS || 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 50);

function load(url, headers, seconds = SECONDS) {
  return autocannon({
    url,
    headers,
    connections: CONNECTIONS,
    duration: seconds,
    pipelining: 1,
  }).then((result) => {
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(`${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
    }
    return { rps: result.requests.average, p99: result.latency.p99 };
  });
}

/** Registers a user and returns its Authorization header value. */
async function signIn(server, prefix) {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const res = await fetch(`${server.baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      username: `${prefix}_${suffix}`,
      email: `${prefix}_${suffix}@example.org`,
      password: 'benchmark passphrase 1',
    }),
  });
  if (res.status !== 201) throw new Error(`register: ${res.status} ${await res.text()}`);
  const registered = await res.json();
  return `Bearer ${registered.access_token}`;
}

async function benchAuth(server) {
  const auth = { authorization: await signIn(server, 'bench') };
  const hello = `${server.baseUrl}/api/v1`;
  const me = `${server.baseUrl}/api/v1/auth/me`;

  // Warm-up (JIT, pools, caches), not counted.
  await load(hello, undefined, 2);
  await load(me, auth, 2);

  const helloRuns = [];
  const meRuns = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    helloRuns.push(await load(hello));
    meRuns.push(await load(me, auth));
  }
  const name = 'auth';
  return [
    {
      case: name,
      figure: `GET /auth/me, ${CONNECTIONS} connections`,
      value: median(meRuns.map((r) => r.rps)),
      unit: 'req/s',
      ceiling: 'GET /api/v1',
      ceilingValue: median(helloRuns.map((r) => r.rps)),
      goal: { ratio: '>=', target: 0.8 },
    },
    {
      case: name,
      figure: `GET /auth/me p99, ${CONNECTIONS} connections`,
      value: median(meRuns.map((r) => r.p99)),
      unit: 'ms',
      goal: { value: '<=', target: 25 },
    },
  ];
}

module.exports = { benchAuth, signIn, CONNECTIONS };
