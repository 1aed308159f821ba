'use strict';
/**
 * GET /auth/me (global guard: JWT verify + session and user lookup) against
 * GET /api/v1 (the public index, same middleware, no guard work), measured
 * in interleaved rounds in the same run so machine noise hits both alike.
 */
const autocannon = require('autocannon');

const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const SECONDS = Number(process.env.BENCH_SECONDS || 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10);

function load(url, headers) {
  return autocannon({
    url,
    headers,
    connections: CONNECTIONS,
    duration: SECONDS,
    pipelining: 1,
  }).then((result) => {
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(`${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
    }
    return result.requests.average;
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function benchAuth(server) {
  const suffix = Date.now().toString(36);
  const registered = await fetch(`${server.baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      username: `bench_${suffix}`,
      email: `bench_${suffix}@example.org`,
      password: 'benchmark passphrase 1',
    }),
  }).then((res) => res.json());
  const auth = { authorization: `Bearer ${registered.access_token}` };
  const hello = `${server.baseUrl}/api/v1`;
  const me = `${server.baseUrl}/api/v1/auth/me`;

  // Warm-up (JIT, pools, caches), not counted.
  await autocannon({ url: hello, connections: CONNECTIONS, duration: 2 });
  await autocannon({ url: me, headers: auth, connections: CONNECTIONS, duration: 2 });

  const helloRates = [];
  const meRates = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    helloRates.push(await load(hello));
    meRates.push(await load(me, auth));
  }
  const baseline = median(helloRates);
  const guarded = median(meRates);
  return {
    case: 'GET /auth/me vs GET /api/v1',
    baseline_rps: Math.round(baseline),
    guarded_rps: Math.round(guarded),
    ratio: Number((guarded / baseline).toFixed(3)),
    target: '>= 0.70',
    rounds: { hello: helloRates.map(Math.round), me: meRates.map(Math.round) },
  };
}

module.exports = { benchAuth };
