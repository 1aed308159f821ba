import { registerAs } from '@nestjs/config';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { ConfigurationError } from './configuration-error';
import {
  integerSetting,
  optionalStringSetting,
  optionalUrlSetting,
  parseSettings,
} from './settings';

export const MIN_JWT_SECRET_BYTES = 32;

export const authSettingsSchema = z.object({
  NODE_ENV: optionalStringSetting(),
  JWT_SECRET: optionalStringSetting(),
  ACCESS_TOKEN_TTL_SECONDS: integerSetting({ min: 30, max: 86_400, default: 900 }),
  REFRESH_TOKEN_TTL_SECONDS: integerSetting({ min: 300, max: 31_536_000, default: 2_592_000 }),
  AUTH_RATE_LIMIT: integerSetting({ min: 1, max: 1_000_000, default: 10 }),
  AUTH_RATE_WINDOW_SECONDS: integerSetting({ min: 1, max: 86_400, default: 60 }),
  PASSWORD_RESET_TTL_SECONDS: integerSetting({ min: 60, max: 604_800, default: 1_800 }),
  PASSWORD_RESET_URL: optionalUrlSetting(['http', 'https']).transform(
    (url) => url ?? 'http://localhost:3000/reset-password',
  ),
  PAT_MAX_EXPIRY_DAYS: integerSetting({ min: 1, max: 3_650, default: 365 }),
  TOKEN_RETENTION_DAYS: integerSetting({ min: 1, max: 3_650, default: 30 }),
  TOKEN_PURGE_INTERVAL_SECONDS: integerSetting({ min: 60, max: 604_800, default: 3_600 }),
  // Read before validation too, to size the thread pool (see thread-pool.ts): keep the bounds in step.
  PASSWORD_HASH_CONCURRENCY: integerSetting({ min: 1, max: 64, default: availableParallelism() }),
});

export type AuthSettings = {
  jwtSecret: string;
  /** True when no JWT_SECRET was configured outside production and one was generated. */
  jwtSecretGenerated: boolean;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  rateLimit: number;
  rateWindowSeconds: number;
  passwordResetTtlSeconds: number;
  passwordResetUrl: string;
  /** Upper bound of `expires_in_days` when creating a personal access token. */
  personalTokenMaxExpiryDays: number;
  /** How long expired and revoked token rows are kept before the purge deletes them. */
  tokenRetentionDays: number;
  tokenPurgeIntervalSeconds: number;
  /** Password hashes (argon2id) computed at once; more wait their turn. */
  passwordHashConcurrency: number;
};

/** Words that mark a value copied from documentation rather than generated. */
const PLACEHOLDER_PATTERN = /change|replace|placeholder|example|your[-_ ]|secret|xxxx|todo/i;

/** Generated once per process so every module and every test app agrees on it. */
let generatedSecret: string | undefined;

function resolveJwtSecret(raw: string | undefined, production: boolean): [string, boolean] {
  if (raw === undefined) {
    if (production) {
      throw new ConfigurationError(
        'JWT_SECRET',
        `is required in production (at least ${MIN_JWT_SECRET_BYTES} random bytes, e.g. \`openssl rand -base64 48\`)`,
      );
    }
    generatedSecret ??= randomBytes(48).toString('base64url');
    return [generatedSecret, true];
  }
  if (Buffer.byteLength(raw, 'utf8') < MIN_JWT_SECRET_BYTES) {
    throw new ConfigurationError(
      'JWT_SECRET',
      `must be at least ${MIN_JWT_SECRET_BYTES} bytes long`,
    );
  }
  if (production && PLACEHOLDER_PATTERN.test(raw)) {
    throw new ConfigurationError(
      'JWT_SECRET',
      'looks like a placeholder; set a random value (e.g. `openssl rand -base64 48`)',
    );
  }
  return [raw, false];
}

export function loadAuthSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const parsed = parseSettings(authSettingsSchema, env, ['JWT_SECRET']);
  const [jwtSecret, jwtSecretGenerated] = resolveJwtSecret(
    parsed.JWT_SECRET,
    parsed.NODE_ENV === 'production',
  );
  return {
    jwtSecret,
    jwtSecretGenerated,
    accessTokenTtlSeconds: parsed.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: parsed.REFRESH_TOKEN_TTL_SECONDS,
    rateLimit: parsed.AUTH_RATE_LIMIT,
    rateWindowSeconds: parsed.AUTH_RATE_WINDOW_SECONDS,
    passwordResetTtlSeconds: parsed.PASSWORD_RESET_TTL_SECONDS,
    passwordResetUrl: parsed.PASSWORD_RESET_URL,
    personalTokenMaxExpiryDays: parsed.PAT_MAX_EXPIRY_DAYS,
    tokenRetentionDays: parsed.TOKEN_RETENTION_DAYS,
    tokenPurgeIntervalSeconds: parsed.TOKEN_PURGE_INTERVAL_SECONDS,
    passwordHashConcurrency: parsed.PASSWORD_HASH_CONCURRENCY,
  };
}

export const authConfig = registerAs('auth', (): AuthSettings => loadAuthSettings());
