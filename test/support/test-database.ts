import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

/** A database made for one test file, and how to get rid of it. */
export interface TestDatabase {
  url: string;
  kind: 'sqlite' | 'mysql';
  /** For MySQL: the database name. For SQLite: the file path. */
  name: string;
  drop(): Promise<void>;
}

/** `TEST_DATABASE_URL=mysql://…` (or mariadb://…) selects MySQL/MariaDB; anything else SQLite. */
export function testDatabaseKind(): 'sqlite' | 'mysql' {
  return /^(mysql|mariadb):\/\//.test(process.env.TEST_DATABASE_URL ?? '') ? 'mysql' : 'sqlite';
}

/**
 * A fresh, empty database. On MySQL/MariaDB the name in TEST_DATABASE_URL is
 * used as a prefix and a new database is created next to it, so test files can
 * run in parallel without seeing each other's rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDatabaseKind() === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'rvp-e2e-db-'));
    const path = join(dir, 'test.sqlite');
    return {
      url: `sqlite:${path}`,
      kind: 'sqlite',
      name: path,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const base = new URL(process.env.TEST_DATABASE_URL as string);
  const prefix = (base.pathname.replace(/^\//, '') || 'rvp_test').slice(0, 40);
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const serverUrl = new URL(base);
  serverUrl.pathname = '/';
  const admin = await createConnection({ uri: serverUrl.toString() });
  try {
    await admin.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'mysql',
    name,
    drop: async () => {
      const connection = await createConnection({ uri: serverUrl.toString() });
      try {
        await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await connection.end();
      }
    },
  };
}
