import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import * as argon2 from 'argon2';
import { authConfig, type AuthSettings } from '../config/auth.config';
import { ConcurrencyGate } from './concurrency-gate';

/** OWASP's argon2id recommendation: 19 MiB, two passes, one lane (~40 ms here). */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * argon2id hashing. The argon2 binding runs on libuv's thread pool, so hashing
 * never blocks the event loop; but a hash is ~40 ms of CPU, and with more
 * hashes running than there are CPUs they only take turns on the cores, each
 * finishing later, while the event loop (and file I/O, which needs pool
 * threads too) waits behind them. So at most PASSWORD_HASH_CONCURRENCY run at
 * once (default one per CPU) and the rest queue here, first come first
 * served; main.ts sizes the pool to leave threads for file I/O (thread-pool.ts).
 */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  /** Verified against when an account does not exist, so timing does not reveal which do. */
  private dummyHash = '';
  private readonly gate: ConcurrencyGate;

  constructor(@Inject(authConfig.KEY) settings: AuthSettings) {
    this.gate = new ConcurrencyGate(settings.passwordHashConcurrency);
  }

  async onModuleInit(): Promise<void> {
    this.dummyHash = await this.hash('not-a-real-password: timing equaliser');
  }

  hash(password: string): Promise<string> {
    return this.gate.run(() => argon2.hash(password, ARGON2_OPTIONS));
  }

  async verify(hash: string, password: string): Promise<boolean> {
    // No password (an account made by single sign-on): the same work as a wrong one, and false.
    if (hash === '') return this.verifyNothing(password);
    try {
      return await this.gate.run(() => argon2.verify(hash, password));
    } catch {
      // A malformed stored hash is a failed verification, not a crash.
      return false;
    }
  }

  /**
   * Spends the same work as a real verification and always fails. It waits in
   * the same queue, so an unknown account is not answered sooner under load.
   */
  async verifyNothing(password: string): Promise<false> {
    await this.verify(this.dummyHash, password);
    return false;
  }

  /** True when a stored hash was made with weaker parameters than today's. */
  needsRehash(hash: string): boolean {
    try {
      return argon2.needsRehash(hash, ARGON2_OPTIONS);
    } catch {
      return true;
    }
  }
}
