import type { Core } from '@strapi/strapi';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  if (strapi.plugin('privacy-policy').config<boolean>('installLegalBases')) {
    await strapi.plugin('privacy-policy').service('legal-bases').installDefaults();
  }
};

export default bootstrap;
