import type { Core } from '@strapi/strapi';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = strapi.plugin('privacy-policy');
  if (plugin.config<boolean>('installLegalBases')) await plugin.service('legal-bases').installDefaults();
  plugin.service('delivery-worker').start();
};

export default bootstrap;
