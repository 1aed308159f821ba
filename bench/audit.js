'use strict';
/**
 * The cost of the audit log: the same requests against two servers on the
 * same kind of database, one with AUDIT_ENABLED=true (the default) and one
 * with AUDIT_ENABLED=false, in interleaved rounds of the same run:
 * - POST /auth/login (argon2 verify + session + `user.login` event),
 * - POST /files (a small PNG: stream, sniff, store + `file.uploaded` event),
 * - POST /tokens with 50 connections (a cheap write + `token.created` event):
 *   how many audited changes per second the hash chain lets through when 50
 *   requests append at once, against the same writes unaudited.
 * Each ratio is audited / unaudited requests per second (1.0 = free).
 */
const autocannon = require('autocannon');
const { startServer } = require('./server');

const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const SECONDS = Number(process.env.BENCH_SECONDS || 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10);
const CHAIN_CONNECTIONS = 50;
const PASSWORD = 'benchmark passphrase 1';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function run(options) {
  return autocannon({ duration: SECONDS, pipelining: 1, ...options }).then((result) => {
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(
        `${options.url}: ${result.non2xx} non-2xx responses, ${result.errors} errors`,
      );
    }
    return result.requests.average;
  });
}

/** A user on `server`, signed in; the requests each case sends. */
async function prepare(server) {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const username = `bench_${suffix}`;
  const registered = await fetch(`${server.baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, email: `${username}@example.org`, password: PASSWORD }),
  }).then((res) => res.json());
  const auth = `Bearer ${registered.access_token}`;
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  const boundary = '----rvp-bench-boundary';
  const multipart = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    png,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return {
    login: {
      url: `${server.baseUrl}/api/v1/auth/login`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
      connections: CONNECTIONS,
    },
    upload: {
      url: `${server.baseUrl}/api/v1/files`,
      method: 'POST',
      headers: { authorization: auth, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: multipart,
      connections: CONNECTIONS,
    },
    tokens: {
      url: `${server.baseUrl}/api/v1/tokens`,
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'bench' }),
      connections: CHAIN_CONNECTIONS,
    },
  };
}

async function benchAudit(audited, _settings, env = {}) {
  const unaudited = await startServer({ AUDIT_ENABLED: 'false', ...env });
  try {
    const on = await prepare(audited);
    const off = await prepare(unaudited);
    const cases = ['login', 'upload', 'tokens'];
    // Warm-up (JIT, pools), not counted.
    for (const name of cases) {
      await run({ ...on[name], duration: 1 });
      await run({ ...off[name], duration: 1 });
    }
    const rates = Object.fromEntries(cases.map((name) => [name, { on: [], off: [] }]));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const name of cases) {
        // Alternate which goes first so drift over the run hits both alike.
        const order = round % 2 === 0 ? ['on', 'off'] : ['off', 'on'];
        for (const which of order) {
          rates[name][which].push(await run(which === 'on' ? on[name] : off[name]));
        }
      }
    }
    const summary = {};
    for (const name of cases) {
      const audited_rps = median(rates[name].on);
      const unaudited_rps = median(rates[name].off);
      summary[name] = {
        audited_rps: Math.round(audited_rps),
        unaudited_rps: Math.round(unaudited_rps),
        ratio: Number((audited_rps / unaudited_rps).toFixed(3)),
        rounds: { on: rates[name].on.map(Math.round), off: rates[name].off.map(Math.round) },
      };
    }
    return {
      case: 'audit log on vs off (AUDIT_ENABLED)',
      login: summary.login,
      upload: summary.upload,
      audited_events_per_second_50_concurrent: summary.tokens.audited_rps,
      tokens_50_concurrent: summary.tokens,
      target: 'login and upload ratio >= 0.90',
    };
  } finally {
    await unaudited.stop();
  }
}

module.exports = { benchAudit };
