import type { AuthSettings } from '../config/auth.config';
import { PasswordHasher } from './password-hasher';

/** How many argon2 calls run at the same time, at most (the real argon2 underneath). */
const concurrency = { running: 0, peak: 0 };

jest.mock('argon2', () => {
  const actual = jest.requireActual<typeof import('argon2')>('argon2');
  const tracked =
    <T extends unknown[], R>(original: (...args: T) => Promise<R>) =>
    async (...args: T): Promise<R> => {
      concurrency.running += 1;
      concurrency.peak = Math.max(concurrency.peak, concurrency.running);
      try {
        return await original(...args);
      } finally {
        concurrency.running -= 1;
      }
    };
  return { ...actual, hash: tracked(actual.hash), verify: tracked(actual.verify) };
});

const hasherWith = (passwordHashConcurrency: number) =>
  new PasswordHasher({ passwordHashConcurrency } as AuthSettings);

describe('PasswordHasher', () => {
  it('runs at most PASSWORD_HASH_CONCURRENCY hashes at once and still answers every call', async () => {
    const hasher = hasherWith(2);
    await hasher.onModuleInit();
    const stored = await hasher.hash('correct horse battery staple');
    concurrency.peak = 0;
    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => hasher.verify(stored, 'correct horse battery staple')),
      hasher.verify(stored, 'wrong password'),
      hasher.verifyNothing('anything'),
    ]);
    expect(results).toEqual([true, true, true, true, false, false]);
    expect(concurrency.peak).toBe(2);
  }, 30_000);

  it('treats a malformed stored hash as a failed verification', async () => {
    await expect(hasherWith(1).verify('not-a-hash', 'x')).resolves.toBe(false);
  });
});
