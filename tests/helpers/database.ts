import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type DatabaseClient = 'sqlite' | 'postgres' | 'mysql';

export interface TestDatabase {
  client: DatabaseClient;
  env: Record<string, string>;
  drop(): Promise<void>;
}

export const testDatabaseClient = (): DatabaseClient => {
  const client = (process.env.TEST_DB ?? 'sqlite') as DatabaseClient;
  if (!['sqlite', 'postgres', 'mysql'].includes(client)) throw new Error(`TEST_DB must be sqlite, postgres or mysql, not ${client}`);
  return client;
};

const SERVER = {
  postgres: {
    host: process.env.TEST_PG_HOST ?? '127.0.0.1',
    port: Number(process.env.TEST_PG_PORT ?? 5432),
    user: process.env.TEST_PG_USER ?? 'postgres',
    password: process.env.TEST_PG_PASSWORD ?? '',
  },
  mysql: {
    host: process.env.TEST_MYSQL_HOST ?? '127.0.0.1',
    port: Number(process.env.TEST_MYSQL_PORT ?? 3306),
    user: process.env.TEST_MYSQL_USER ?? 'root',
    password: process.env.TEST_MYSQL_PASSWORD ?? '',
  },
};

const withPostgres = async (sql: string) => {
  const { Client } = require('pg');
  const client = new Client({ ...SERVER.postgres, database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

const withMysql = async (sql: string) => {
  const mysql = require('mysql2/promise');
  const connection = await mysql.createConnection({ ...SERVER.mysql });
  try {
    await connection.query(sql);
  } finally {
    await connection.end();
  }
};

const networkEnv = (client: 'postgres' | 'mysql', name: string) => ({
  DATABASE_CLIENT: client,
  DATABASE_HOST: SERVER[client].host,
  DATABASE_PORT: String(SERVER[client].port),
  DATABASE_USERNAME: SERVER[client].user,
  DATABASE_PASSWORD: SERVER[client].password,
  DATABASE_NAME: name,
});

/** A throwaway database for one test file: a temp SQLite file, or a fresh database on the local server. */
export const createTestDatabase = async (client: DatabaseClient = testDatabaseClient()): Promise<TestDatabase> => {
  const name = `pp_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  if (client === 'postgres') {
    await withPostgres(`CREATE DATABASE ${name}`);
    return { client, env: networkEnv('postgres', name), drop: () => withPostgres(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
  if (client === 'mysql') {
    await withMysql(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    return { client, env: networkEnv('mysql', name), drop: () => withMysql(`DROP DATABASE IF EXISTS ${name}`) };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'pp-sqlite-'));
  return {
    client,
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'test.db') },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
};
