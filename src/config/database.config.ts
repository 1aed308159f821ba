import { registerAs } from '@nestjs/config';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { ConfigurationError } from './configuration-error';
import {
  integerSetting,
  optionalBooleanSetting,
  optionalStringSetting,
  parseSettings,
} from './settings';

export const DEFAULT_SQLITE_PATH = './data/reviewpoint.sqlite';

export const databaseSettingsSchema = z.object({
  DATABASE_URL: optionalStringSetting(),
  DATABASE_RUN_MIGRATIONS: optionalBooleanSetting(),
  DATABASE_POOL_SIZE: integerSetting({ min: 1, max: 200, default: 10 }),
  DATABASE_CONNECT_TIMEOUT_MS: integerSetting({ min: 100, max: 120_000, default: 10_000 }),
  DATABASE_CONNECT_RETRIES: integerSetting({ min: 0, max: 100, default: 3 }),
  DATABASE_QUERY_TIMEOUT_MS: integerSetting({ min: 100, max: 3_600_000, default: 10_000 }),
  DATABASE_ACQUIRE_TIMEOUT_MS: integerSetting({ min: 10, max: 120_000, default: 5_000 }),
  DATABASE_QUEUE_LIMIT: integerSetting({ min: 1, max: 100_000, default: 100 }),
});

export type SqliteSettings = { kind: 'sqlite'; path: string };
/**
 * `flavour` is what the URL says; `mysql://` may still point at a MariaDB
 * server, which the options builder detects when it connects.
 */
export type MysqlSettings = {
  kind: 'mysql';
  url: string;
  flavour: 'mysql' | 'mariadb';
  database: string;
};

export type DatabaseSettings = (SqliteSettings | MysqlSettings) & {
  /** Apply pending migrations at start-up (default: on for SQLite, off for MySQL). */
  runMigrations: boolean;
  poolSize: number;
  connectTimeoutMs: number;
  connectRetries: number;
  /** MySQL: a statement with no answer for this long fails, and its connection is replaced. */
  queryTimeoutMs: number;
  /** Longest wait for a pooled connection (MySQL) or for the turn (SQLite) before 503. */
  acquireTimeoutMs: number;
  /** Requests that may wait for a connection or turn at once; more get 503 at once. */
  queueLimit: number;
};

function parseDatabaseUrl(raw: string | undefined): SqliteSettings | MysqlSettings {
  if (raw === undefined) return { kind: 'sqlite', path: resolve(DEFAULT_SQLITE_PATH) };
  if (raw.startsWith('sqlite:')) {
    const path = raw.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '') {
      throw new ConfigurationError(
        'DATABASE_URL',
        'must name a file after sqlite: (e.g. sqlite:./data/app.sqlite)',
      );
    }
    return { kind: 'sqlite', path: isAbsolute(path) ? path : resolve(path) };
  }
  const scheme = /^([a-z0-9+.-]+):/i.exec(raw)?.[1]?.toLowerCase();
  if (scheme !== 'mysql' && scheme !== 'mariadb') {
    throw new ConfigurationError(
      'DATABASE_URL',
      `must be unset (embedded SQLite), sqlite:<path>, mysql://… or mariadb://…${scheme ? ` (got a ${scheme}: URL)` : ''}`,
    );
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError('DATABASE_URL', 'is not a valid URL');
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!url.hostname || !/^[A-Za-z0-9_$-]{1,64}$/.test(database)) {
    throw new ConfigurationError(
      'DATABASE_URL',
      'must name a host and a database, e.g. mysql://user:password@host:3306/reviewpoint',
    );
  }
  return { kind: 'mysql', url: raw, flavour: scheme, database };
}

export function loadDatabaseSettings(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  const parsed = parseSettings(databaseSettingsSchema, env, ['DATABASE_URL']);
  const target = parseDatabaseUrl(parsed.DATABASE_URL);
  return {
    ...target,
    runMigrations: parsed.DATABASE_RUN_MIGRATIONS ?? target.kind === 'sqlite',
    poolSize: parsed.DATABASE_POOL_SIZE,
    connectTimeoutMs: parsed.DATABASE_CONNECT_TIMEOUT_MS,
    connectRetries: parsed.DATABASE_CONNECT_RETRIES,
    queryTimeoutMs: parsed.DATABASE_QUERY_TIMEOUT_MS,
    acquireTimeoutMs: parsed.DATABASE_ACQUIRE_TIMEOUT_MS,
    queueLimit: parsed.DATABASE_QUEUE_LIMIT,
  };
}

export const databaseConfig = registerAs('database', (): DatabaseSettings =>
  loadDatabaseSettings(),
);
