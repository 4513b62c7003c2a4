import path from 'node:path';
import request from 'supertest';
import { createTestDatabase, TestDatabase } from './database';

export const EXAMPLE_APP = path.resolve(__dirname, '..', '..', 'example');

export interface TestApp {
  strapi: any;
  http: ReturnType<typeof request>;
  database: TestDatabase;
  stop(): Promise<void>;
}

export interface StartOptions {
  demoContent?: boolean;
  pluginConfig?: Record<string, unknown>;
}

/** Boots the example app in-process on a throwaway database, with the plugin built from this tree. */
export const startStrapi = async ({ demoContent = false, pluginConfig = {} }: StartOptions = {}): Promise<TestApp> => {
  const database = await createTestDatabase();
  Object.assign(process.env, database.env, {
    NODE_ENV: 'test',
    DEMO_CONTENT: String(demoContent),
    DEMO_ADMIN: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
  });
  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({ appDir: EXAMPLE_APP, distDir: EXAMPLE_APP });
  app.config.set('plugin::privacy-policy', { ...app.config.get('plugin::privacy-policy'), ...pluginConfig });
  app.log.level = 'error';
  await app.load();
  await app.server.mount();
  return {
    strapi: app,
    http: request(app.server.httpServer),
    database,
    async stop() {
      await app.destroy();
      await database.drop();
    },
  };
};
