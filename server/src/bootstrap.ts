import type { Core } from '@strapi/strapi';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = strapi.plugin('privacy-policy');
  await plugin.service('published-cache').install();
  await plugin.service('notifications').backfillKinds();
  // Locale changes made on this instance show at once; other instances see them when their cache expires.
  const refreshLocales = () => plugin.service('locales').refresh();
  strapi.db.lifecycles.subscribe({
    models: ['plugin::i18n.locale', 'strapi::core-store'],
    afterCreate: refreshLocales,
    afterUpdate: refreshLocales,
    afterDelete: refreshLocales,
  });
  if (plugin.config<boolean>('installLegalBases')) await plugin.service('legal-bases').installDefaults();
  plugin.service('delivery-worker').start();
};

export default bootstrap;
