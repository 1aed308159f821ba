import { registerAs } from '@nestjs/config';
import { z } from 'zod';
import {
  enumSetting,
  integerSetting,
  optionalStringSetting,
  parseSettings,
  stringSetting,
} from './settings';

export const appSettingsSchema = z.object({
  NODE_ENV: enumSetting(['development', 'production', 'test'], 'development'),
  PORT: integerSetting({ min: 1, max: 65535, default: 3000 }),
  HOST: stringSetting('0.0.0.0'),
  LOG_LEVEL: enumSetting(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
  TRUST_PROXY: stringSetting('false').refine(
    (value) =>
      /^(true|false|\d{1,2}|[0-9a-fA-F.:/,\s]+|loopback|linklocal|uniquelocal)$/.test(value),
    'must be true, false, a hop count, or a comma-separated list of proxy addresses',
  ),
  JSON_BODY_LIMIT_BYTES: integerSetting({
    min: 1024,
    max: 100 * 1024 * 1024,
    default: 1024 * 1024,
  }),
  REQUEST_BODY_TIMEOUT_SECONDS: integerSetting({ min: 1, max: 3_600, default: 30 }),
  SHUTDOWN_TIMEOUT_MS: integerSetting({ min: 0, max: 600_000, default: 10_000 }),
  METRICS_TOKEN: optionalStringSetting().refine(
    (value) => value === undefined || value.length >= 16,
    'must be at least 16 characters when set',
  ),
});

export type AppSettings = {
  environment: 'development' | 'production' | 'test';
  port: number;
  host: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Passed to Express's `trust proxy` so client IPs are right behind a load balancer. */
  trustProxy: boolean | number | string;
  jsonBodyLimitBytes: number;
  /** JSON and form bodies must arrive whole within this (uploads have an idle timeout instead). */
  requestBodyTimeoutSeconds: number;
  shutdownTimeoutMs: number;
  /** When set, `GET /metrics` requires `Authorization: Bearer <token>`. */
  metricsToken: string | undefined;
};

function toTrustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

export function loadAppSettings(env: NodeJS.ProcessEnv = process.env): AppSettings {
  const parsed = parseSettings(appSettingsSchema, env, ['METRICS_TOKEN']);
  return {
    environment: parsed.NODE_ENV,
    port: parsed.PORT,
    host: parsed.HOST,
    logLevel: parsed.LOG_LEVEL,
    trustProxy: toTrustProxy(parsed.TRUST_PROXY),
    jsonBodyLimitBytes: parsed.JSON_BODY_LIMIT_BYTES,
    requestBodyTimeoutSeconds: parsed.REQUEST_BODY_TIMEOUT_SECONDS,
    shutdownTimeoutMs: parsed.SHUTDOWN_TIMEOUT_MS,
    metricsToken: parsed.METRICS_TOKEN,
  };
}

export const appConfig = registerAs('app', (): AppSettings => loadAppSettings());
