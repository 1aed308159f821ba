import { availableParallelism } from 'node:os';

/** Threads kept for everything but password hashing: fs calls, DNS lookups, zlib (libuv's own default). */
export const THREADS_BESIDES_HASHING = 4;

/**
 * PASSWORD_HASH_CONCURRENCY as the thread pool needs it before the settings
 * are validated: a usable value, else the default (one hash per CPU this
 * process may run on). An invalid value is reported by the validation at
 * boot; it does not matter here.
 */
export function passwordHashConcurrencyOf(env: NodeJS.ProcessEnv): number {
  const raw = env.PASSWORD_HASH_CONCURRENCY?.trim();
  const value = raw && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isSafeInteger(value) && value >= 1 && value <= 64 ? value : availableParallelism();
}

/**
 * argon2 hashes run on libuv's thread pool, and so does every fs call (file
 * uploads and downloads, the storage checks). The pool's size is read once,
 * when it first starts, so this must run before anything uses it: first
 * thing in main.ts. With at most PASSWORD_HASH_CONCURRENCY hashes running
 * (see PasswordHasher) the pool gets that many threads plus libuv's usual
 * four, so a login storm never leaves file I/O waiting for a thread. An
 * explicit UV_THREADPOOL_SIZE is left as the operator set it.
 */
export function configureThreadPool(env: NodeJS.ProcessEnv): void {
  if (env.UV_THREADPOOL_SIZE?.trim()) return;
  env.UV_THREADPOOL_SIZE = String(passwordHashConcurrencyOf(env) + THREADS_BESIDES_HASHING);
}
