import type { Core } from '@strapi/strapi';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.plugin('privacy-policy').service('delivery-worker').stop();
};

export default destroy;
