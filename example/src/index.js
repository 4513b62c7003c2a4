'use strict';

const path = require('path');
const { translatedImport } = require('./demo-translation');

const DEMO_CONTENT_FILE = path.join(__dirname, '..', 'demo-content', 'jet-professional-plumbing.json');
const DEMO_TRANSLATION_FILE = path.join(__dirname, '..', 'demo-content', 'jet-professional-plumbing.fr.json');

const DEMO_ADMIN = {
  email: process.env.DEMO_ADMIN_EMAIL || 'admin@example.test',
  password: process.env.DEMO_ADMIN_PASSWORD || 'Privacy-Demo-2026',
  firstname: 'Demo',
  lastname: 'Editor',
};

// An end user of the site (users-permissions), for the acceptance component on the demo page.
const DEMO_READER = {
  username: 'demo-reader',
  email: process.env.DEMO_READER_EMAIL || 'reader@example.test',
  password: process.env.DEMO_READER_PASSWORD || 'Reader-Demo-2026',
};

const enabled = (name) => (process.env[name] ?? 'true') !== 'false';

async function createDemoAdmin(strapi) {
  const users = strapi.service('admin::user');
  if (await users.exists()) return false;
  await users.createFirstAdmin(DEMO_ADMIN);
  return true;
}

async function createDemoReader(strapi) {
  const users = strapi.db.query('plugin::users-permissions.user');
  if (await users.findOne({ where: { email: DEMO_READER.email } })) return false;
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  await strapi
    .plugin('users-permissions')
    .service('user')
    .add({ ...DEMO_READER, provider: 'local', confirmed: true, blocked: false, role: role.id });
  return true;
}

async function ensureLocale(strapi, code, name) {
  const locales = strapi.plugin('i18n').service('locales');
  if (!(await locales.findByCode(code))) await locales.create({ code, name });
}

async function importDemoPolicy(strapi) {
  const existing = await strapi.db.query('plugin::privacy-policy.policy').count();
  if (existing > 0) return false;
  const demoContent = require(DEMO_CONTENT_FILE);
  const importer = strapi.plugin('privacy-policy').service('policy-import');
  await importer.importPolicy(demoContent, { publish: true });
  const translation = require(DEMO_TRANSLATION_FILE);
  await ensureLocale(strapi, translation.locale, translation.localeName);
  await importer.importPolicy(translatedImport(demoContent, translation), { publish: true, locale: translation.locale });
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
        }`,
      );
      const readerCreated = await createDemoReader(strapi);
      const site = process.env.PUBLIC_URL || `http://localhost:${strapi.config.get('server.port')}`;
      strapi.log.info(
        `[demo] reader login${readerCreated ? ' (created)' : ''}: ${DEMO_READER.email} / ${
          process.env.DEMO_READER_PASSWORD ? '(DEMO_READER_PASSWORD)' : DEMO_READER.password
        } (a signed-in end user of the site)`,
      );
      strapi.log.info(`[demo] web components demo page: ${site}/policy-demo.html (sign in there with the reader login)`);
    }
  },
};
