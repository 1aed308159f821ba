import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import type { DatabaseSettings, MysqlSettings } from '../config/database.config';
import { ENTITIES } from './entities';
import { guardedMysql2 } from './guarded-mysql2';
import { TypeOrmLogger } from './typeorm-logger';

export const MIGRATIONS_TABLE = 'migrations';

/**
 * TypeORM needs to know whether it talks to MySQL or MariaDB (their schema
 * introspection differs). A `mysql://` URL may point at either, so ask the
 * server once.
 */
async function detectMysqlFlavour(
  settings: MysqlSettings & Pick<DatabaseSettings, 'connectTimeoutMs'>,
): Promise<'mysql' | 'mariadb'> {
  if (settings.flavour === 'mariadb') return 'mariadb';
  const connection = await createConnection({
    uri: settings.url,
    connectTimeout: settings.connectTimeoutMs,
  });
  try {
    const [rows] = await connection.query<
      Array<{ version: string } & import('mysql2').RowDataPacket>
    >('SELECT VERSION() AS version');
    return /mariadb/i.test(rows[0]?.version ?? '') ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

/**
 * The single source of TypeORM options, used by the Nest app, the CLI and the
 * migration CLI (`src/database/data-source.ts`).
 */
export async function buildDataSourceOptions(
  settings: DatabaseSettings,
): Promise<DataSourceOptions> {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logger: new TypeOrmLogger(),
    maxQueryExecutionTime: 1_000,
  };

  if (settings.kind === 'sqlite') {
    mkdirSync(dirname(settings.path), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: settings.path,
      enableWAL: true,
      // Wait for a concurrent writer (e.g. the CLI) instead of failing at once, but
      // not forever: a lock held longer fails as SQLITE_BUSY (503).
      timeout: settings.queryTimeoutMs > 0 ? settings.queryTimeoutMs : 60_000,
      prepareDatabase: (db: { pragma(source: string): unknown }) => {
        db.pragma('synchronous = NORMAL');
      },
    };
  }

  return {
    ...common,
    type: await detectMysqlFlavour(settings),
    url: settings.url,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    supportBigNumbers: true,
    bigNumberStrings: true,
    poolSize: settings.poolSize,
    connectTimeout: settings.connectTimeoutMs,
    // Bounded waits and statement timeouts (see guarded-mysql2.ts).
    connectorPackage: 'mysql2',
    driver: guardedMysql2({
      acquireTimeoutMs: settings.acquireTimeoutMs,
      queryTimeoutMs: settings.queryTimeoutMs,
    }),
    extra: { queueLimit: settings.queueLimit },
  };
}
