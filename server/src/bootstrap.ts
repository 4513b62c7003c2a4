import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = strapi.plugin('privacy-policy');
  await getService('published-cache', { strapi }).install();
  await getService('notifications', { strapi }).backfillKinds();
  // Locale changes made on this instance show at once; other instances see them when their cache expires.
  const refreshLocales = () => getService('locales', { strapi }).refresh();
  strapi.db.lifecycles.subscribe({
    models: ['plugin::i18n.locale', 'strapi::core-store'],
    afterCreate: refreshLocales,
    afterUpdate: refreshLocales,
    afterDelete: refreshLocales,
  });
  if (plugin.config<boolean>('installLegalBases')) await getService('legal-bases', { strapi }).installDefaults();
  getService('delivery-worker', { strapi }).start();
};

export default bootstrap;
