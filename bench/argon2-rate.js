'use strict';
/**
 * The bare argon2id rate, as the login case's ceiling: CONCURRENCY verifications
 * kept in flight for SECONDS with the server's parameters and the thread pool
 * the server would have (the same build's thread-pool settings, or libuv's
 * default of 4 for builds without them). Run by login.js pinned to the
 * server's CPU; prints `{ rate, threadpool }` as JSON.
 *
 *   node bench/argon2-rate.js <dist dir> <concurrency> <seconds>
 */
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const [dist, concurrencyArg, secondsArg] = process.argv.slice(2);
const threadPoolModule = join(dist, 'src', 'thread-pool.js');
// Before anything touches the pool, exactly as main.ts does.
if (existsSync(threadPoolModule)) require(threadPoolModule).configureThreadPool(process.env);

const argon2 = require('argon2');
const { ARGON2_OPTIONS } = require(join(dist, 'src', 'users', 'password-hasher.js'));

async function main() {
  const concurrency = Number(concurrencyArg);
  const seconds = Number(secondsArg);
  const password = 'benchmark passphrase 1';
  const hash = await argon2.hash(password, ARGON2_OPTIONS);
  let done = 0;
  let counting = false;
  let stop = false;
  const worker = async () => {
    while (!stop) {
      if (!(await argon2.verify(hash, password))) throw new Error('verify failed');
      if (counting) done += 1;
    }
  };
  const workers = Array.from({ length: concurrency }, worker);
  await new Promise((resolve) => setTimeout(resolve, 1_000)); // warm-up
  counting = true;
  const started = process.hrtime.bigint();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1_000));
  counting = false;
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  stop = true;
  await Promise.all(workers);
  process.stdout.write(
    `${JSON.stringify({ rate: done / elapsed, threadpool: process.env.UV_THREADPOOL_SIZE || '4 (default)' })}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
