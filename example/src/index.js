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

const enabled = (name) => (process.env[name] ?? 'true') !== 'false';

async function createDemoAdmin(strapi) {
  const users = strapi.service('admin::user');
  if (await users.exists()) return false;
  await users.createFirstAdmin(DEMO_ADMIN);
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
    }
  },
};
