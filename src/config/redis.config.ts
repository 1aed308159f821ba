import { registerAs } from '@nestjs/config';
import { z } from 'zod';
import { optionalUrlSetting, parseSettings } from './settings';

export const redisSettingsSchema = z.object({
  REDIS_URL: optionalUrlSetting(['redis', 'rediss']),
});

export type RedisSettings = {
  /** Unset: shared counters (rate limits) stay in this process's memory. */
  url: string | undefined;
};

export function loadRedisSettings(env: NodeJS.ProcessEnv = process.env): RedisSettings {
  return { url: parseSettings(redisSettingsSchema, env, ['REDIS_URL']).REDIS_URL };
}

export const redisConfig = registerAs('redis', (): RedisSettings => loadRedisSettings());
