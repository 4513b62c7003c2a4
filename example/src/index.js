'use strict';

const path = require('path');
const DEMO_CONTENT_FILE = path.join(__dirname, '..', 'demo-content', 'jet-professional-plumbing.json');

const DEMO_ADMIN = {
  email: process.env.DEMO_ADMIN_EMAIL || 'admin@example.test',
  password: process.env.DEMO_ADMIN_PASSWORD || 'Privacy-Demo-2026',
  firstname: 'Demo',
  lastname: 'Editor',
};

const enabled = (name) => (process.env[name] ?? 'true') !== 'false';

async function createDemoAdmin(strapi) {
  const users = strapi.service('admin::user');
  if (await users.exists()) return false;
  await users.createFirstAdmin(DEMO_ADMIN);
  return true;
}

async function importDemoPolicy(strapi) {
  const existing = await strapi.db.query('plugin::privacy-policy.policy').count();
  if (existing > 0) return false;
  const demoContent = require(DEMO_CONTENT_FILE);
  await strapi.plugin('privacy-policy').service('policy-import').importPolicy(demoContent, { publish: true });
  return demoContent.policy;
}

module.exports = {
  register() {},

  async bootstrap({ strapi }) {
    const imported = enabled('DEMO_CONTENT') && (await importDemoPolicy(strapi));
    if (imported) strapi.log.info(`[demo] imported and published the demo policy "${imported.title}" (${imported.slug})`);
    if (enabled('DEMO_ADMIN')) {
      const created = await createDemoAdmin(strapi);
      strapi.log.info(
        `[demo] admin login${created ? ' (created)' : ''}: ${DEMO_ADMIN.email} / ${
          process.env.DEMO_ADMIN_PASSWORD ? '(DEMO_ADMIN_PASSWORD)' : DEMO_ADMIN.password
        }`
      );
    }
  },
};
