import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService('delivery-worker', { strapi }).stop();
  await getService('published-cache', { strapi }).stop();
  getService('rate-limiter', { strapi }).stop();
};

export default destroy;
