'use strict';
/**
 * The database for one bench case: a fresh SQLite file (the server makes it
 * in its own temporary directory), or with `--db mariadb` a fresh database on
 * BENCH_MARIADB_URL, dropped afterwards. BENCH_DATABASE_URL names one fixed
 * database instead (it is left as it is).
 */
let counter = 0;

async function createDatabase(kind) {
  if (process.env.BENCH_DATABASE_URL)
    return { url: process.env.BENCH_DATABASE_URL, drop: async () => {} };
  if (kind === 'sqlite') return { url: undefined, drop: async () => {} };
  const mysql = require('mysql2/promise');
  const base = new URL(process.env.BENCH_MARIADB_URL || 'mysql://root@127.0.0.1:3306');
  const name = `rvp_bench_${process.pid}_${(counter += 1)}`;
  const admin = await mysql.createConnection({
    host: base.hostname,
    port: Number(base.port || 3306),
    user: decodeURIComponent(base.username || 'root'),
    password: decodeURIComponent(base.password),
  });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const connection = await mysql.createConnection({
        host: base.hostname,
        port: Number(base.port || 3306),
        user: decodeURIComponent(base.username || 'root'),
        password: decodeURIComponent(base.password),
      });
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
}

module.exports = { createDatabase };
