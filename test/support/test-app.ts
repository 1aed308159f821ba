import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { createTestDatabase, type TestDatabase } from './test-database';
import { createTestStorage, type TestStorage } from './test-storage';

export const TEST_JWT_SECRET = 'e2e-only-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz';

export interface TestApp {
  app: NestExpressApplication;
  /** supertest bound to the listening server. */
  http: ReturnType<typeof request>;
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  port: number;
  dataSource: DataSource;
  database: TestDatabase;
  /** The local storage directory (unused when the suite runs on S3; see `storage`). */
  storageDir: string;
  /** Where uploaded bytes are, inspected independently of the app's driver. */
  storage: TestStorage;
  /** Stops the app but keeps its database and storage (to start another app on them). */
  stop(): Promise<void>;
  /** Stops the app and removes what it made (its storage; its database unless one was given). */
  close(): Promise<void>;
}

/**
 * Boots the real application (same `createApp` as main.ts) on a fresh
 * database migrated with the real migrations, listening on a loopback port.
 * `env` overrides settings for this app only.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { database?: TestDatabase } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const storageDir = mkdtempSync(join(tmpdir(), 'rvp-e2e-files-'));
  const storage = await createTestStorage(storageDir);
  const settings: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: database.url,
    DATABASE_RUN_MIGRATIONS: 'true',
    DATABASE_CONNECT_RETRIES: '0',
    JWT_SECRET: TEST_JWT_SECRET,
    ...storage.env,
    // Most tests sign in many times from one address; the rate-limit tests set their own.
    AUTH_RATE_LIMIT: '100000',
    ...env,
  };
  const previous = new Map(Object.keys(settings).map((key) => [key, process.env[key]]));
  Object.assign(process.env, settings);
  let app: NestExpressApplication;
  try {
    app = await createApp();
  } finally {
    for (const [key, value] of previous) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const ownsDatabase = options.database === undefined;
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= app.close());
  return {
    app,
    http: request(app.getHttpServer()),
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    dataSource: app.get(DataSource),
    database,
    storageDir,
    storage,
    stop,
    close: async () => {
      await stop();
      if (ownsDatabase) await database.drop();
      await storage.drop();
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
}

/**
 * The app a `describe` block shares: started in `beforeAll` (before any hook
 * registered after this call), closed in `afterAll`. The returned object
 * stands for that app and may be used in hooks and tests, not at collection
 * time. `env` may be a function when the settings are only known once other
 * hooks have run.
 */
export function useTestApp(
  env:
    Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>) = {},
  options: { database?: () => TestDatabase } = {},
): TestApp {
  let current: TestApp | undefined;
  beforeAll(async () => {
    current = await startTestApp(typeof env === 'function' ? await env() : env, {
      database: options.database?.(),
    });
  });
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });
  return new Proxy({} as TestApp, {
    get(_target, key) {
      // Not a promise: `await t` or returning it from an async function must not look for `then`.
      if (key === 'then') return undefined;
      if (!current) throw new Error(`useTestApp: the app is not running (reading ${String(key)})`);
      return Reflect.get(current, key) as unknown;
    },
  });
}
