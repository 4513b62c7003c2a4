import type { Core } from '@strapi/strapi';
import { applyEditViews } from './content-manager/edit-views';
import { grantEndUserActionsOnce } from './permissions';
import { subscribeToUserDeletion } from './middlewares/lifecycles/user-deletion';
import { getService } from './utils/get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = strapi.plugin('privacy-policy');
  await getService('published-cache', { strapi }).install();
  await getService('published-cache', { strapi }).start();
  await getService('rate-limiter', { strapi }).install();
  await getService('notifications', { strapi }).backfillKinds();
  // Locale changes made on this instance show at once; other instances see them when their cache expires.
  const refreshLocales = () => getService('locales', { strapi }).refresh();
  strapi.db.lifecycles.subscribe({
    models: ['plugin::i18n.locale', 'strapi::core-store'],
    afterCreate: refreshLocales,
    afterUpdate: refreshLocales,
    afterDelete: refreshLocales,
  });
  // Labels, help and layout of the plugin's edit views; the content manager has synchronised its configurations by now.
  await applyEditViews(strapi);
  if (plugin.config<boolean>('installLegalBases')) await getService('legal-bases', { strapi }).installDefaults();
  // Signed-in users' acceptances: the Authenticated role may accept (once), and deleting a user reaches their records.
  await grantEndUserActionsOnce(strapi);
  subscribeToUserDeletion(strapi);
  await getService('acceptances', { strapi }).forgetDeletedUsers();
  getService('delivery-worker', { strapi }).start();
  // The web components' script, read and compressed once (warns if the plugin was not built).
  getService('embed-script', { strapi }).load();
};

export default bootstrap;
