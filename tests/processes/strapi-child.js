'use strict';
// Boots the example app in its own process (database and settings from the environment) and prints READY.
// Tests kill it with SIGKILL to prove the delivery outbox survives a crash.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..', 'example');

(async () => {
  const app = createStrapi({ appDir, distDir: appDir });
  app.log.level = 'error';
  await app.load();
  await app.listen();
  process.stdout.write('READY\n');
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
