import { registerAs } from '@nestjs/config';
import { z } from 'zod';
import { integerSetting, optionalUrlSetting, parseSettings } from './settings';

export const redisSettingsSchema = z.object({
  REDIS_URL: optionalUrlSetting(['redis', 'rediss']),
  REDIS_CONNECT_TIMEOUT_MS: integerSetting({ min: 100, max: 60_000, default: 2_000 }),
  REDIS_COMMAND_TIMEOUT_MS: integerSetting({ min: 50, max: 60_000, default: 1_000 }),
});

export type RedisSettings = {
  /** Unset: shared counters (rate limits) stay in this process's memory. */
  url: string | undefined;
  connectTimeoutMs: number;
  /** A command without an answer for this long fails (the rate-limited routes then answer 503). */
  commandTimeoutMs: number;
};

export function loadRedisSettings(env: NodeJS.ProcessEnv = process.env): RedisSettings {
  const parsed = parseSettings(redisSettingsSchema, env, ['REDIS_URL']);
  return {
    url: parsed.REDIS_URL,
    connectTimeoutMs: parsed.REDIS_CONNECT_TIMEOUT_MS,
    commandTimeoutMs: parsed.REDIS_COMMAND_TIMEOUT_MS,
  };
}

export const redisConfig = registerAs('redis', (): RedisSettings => loadRedisSettings());
