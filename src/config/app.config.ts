import { registerAs } from '@nestjs/config';
import { z } from 'zod';
import { ConfigurationError } from './configuration-error';
import {
  booleanSetting,
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
  METRICS_PUBLIC: booleanSetting(false),
  DOCS_ENABLED: booleanSetting(true),
  CORS_ORIGINS: optionalStringSetting().transform((value, ctx) => {
    if (value === undefined) return [];
    const origins = value
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== '');
    for (const origin of origins) {
      if (!isExactOrigin(origin)) {
        ctx.addIssue({
          code: 'custom',
          message: `must list exact origins such as https://app.example.org (scheme, host and optional port; no path, no wildcard), got ${JSON.stringify(origin)}`,
        });
        return z.NEVER;
      }
    }
    return [...new Set(origins)];
  }),
});

/** `https://host[:port]` exactly as a browser sends it in `Origin` (no path, no trailing slash). */
function isExactOrigin(text: string): boolean {
  // URL accepts `*` in a host, but browsers never send one: a wildcard here is a misunderstanding.
  if (text.includes('*')) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
}

/**
 * Who may scrape `GET /metrics`:
 * - `token`: only with `Authorization: Bearer <METRICS_TOKEN>` (any environment);
 * - `open`: anyone (outside production, or in production with METRICS_PUBLIC=true);
 * - `off`: nobody — the route answers 404 as if it did not exist (production
 *   without a token, unless METRICS_PUBLIC=true). Metrics reveal traffic and
 *   route shapes, so production does not publish them by accident.
 */
export type MetricsAccess = 'token' | 'open' | 'off';

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
  metricsAccess: MetricsAccess;
  /** Swagger UI at /docs and the document at /docs-json (and /docs-yaml). */
  docsEnabled: boolean;
  /** Exact origins browsers may call the API from (CORS); empty: no CORS headers at all. */
  corsOrigins: string[];
};

function toTrustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

export function loadAppSettings(env: NodeJS.ProcessEnv = process.env): AppSettings {
  const parsed = parseSettings(appSettingsSchema, env, ['METRICS_TOKEN']);
  if (parsed.METRICS_TOKEN !== undefined && parsed.METRICS_PUBLIC) {
    throw new ConfigurationError(
      'METRICS_PUBLIC',
      'cannot be true while METRICS_TOKEN is set (the token would not protect anything); unset one of them',
    );
  }
  const metricsAccess: MetricsAccess =
    parsed.METRICS_TOKEN !== undefined
      ? 'token'
      : parsed.NODE_ENV !== 'production' || parsed.METRICS_PUBLIC
        ? 'open'
        : 'off';
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
    metricsAccess,
    docsEnabled: parsed.DOCS_ENABLED,
    corsOrigins: parsed.CORS_ORIGINS,
  };
}

export const appConfig = registerAs('app', (): AppSettings => loadAppSettings());
