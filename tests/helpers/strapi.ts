import path from 'node:path';
import request from 'supertest';
import { createTestDatabase, TestDatabase } from './database';

export const EXAMPLE_APP = path.resolve(__dirname, '..', '..', 'example');

export interface TestApp {
  strapi: any;
  http: ReturnType<typeof request>;
  database: TestDatabase;
  /** Shuts Strapi down; the database is dropped unless kept for a restart. */
  stop(options?: { keepDatabase?: boolean }): Promise<void>;
}

export interface StartOptions {
  demoContent?: boolean;
  /** Restart on a database kept from an earlier start. */
  database?: TestDatabase;
  /** Extra environment, e.g. the example app's PRIVACY_POLICY_* settings. */
  env?: Record<string, string>;
  /**
   * Refuse publishes with compliance errors, as the plugin does by default. Off unless asked for: most
   * suites publish small fixtures that are not complete privacy notices.
   */
  complianceGate?: boolean;
}

/**
 * Waits (at most 10 s) until no query holds or waits for a database connection. After a document-service
 * write commits, Strapi re-reads the entry for its `entry.*` event without awaiting it
 * (@strapi/core document-service/events.js); destroying the pool under those reads aborts them, and the
 * abort surfaces as an error in the suite's teardown.
 */
const untilPoolIdle = async (app: any) => {
  const pool = app.db?.connection?.client?.pool;
  const deadline = Date.now() + 10_000;
  while (pool && (pool.numUsed() > 0 || pool.numPendingAcquires() > 0) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** Boots the example app in-process on a throwaway database, with the plugin built from this tree. */
export const startStrapi = async ({
  demoContent = false,
  env = {},
  database: reused,
  complianceGate = false,
}: StartOptions = {}): Promise<TestApp> => {
  const database = reused ?? (await createTestDatabase());
  Object.assign(process.env, database.env, {
    NODE_ENV: 'test',
    DEMO_CONTENT: String(demoContent),
    DEMO_ADMIN: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
    PRIVACY_POLICY_INSTALL_LEGAL_BASES: 'true',
    PRIVACY_POLICY_COMPLIANCE_GATE: String(complianceGate),
    ...env,
  });
  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({ appDir: EXAMPLE_APP, distDir: EXAMPLE_APP });
  app.log.level = 'error';
  await app.load();
  await app.server.mount();
  return {
    strapi: app,
    http: request(app.server.httpServer),
    database,
    async stop({ keepDatabase = false } = {}) {
      await untilPoolIdle(app);
      await app.destroy();
      if (!keepDatabase) await database.drop();
    },
  };
};
