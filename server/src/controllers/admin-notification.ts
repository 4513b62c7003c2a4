import type { Core } from '@strapi/strapi';
import { validateIdParam } from './validation/id';
import { validateNotificationListQuery } from './validation/document-id';
import { getService } from '../utils/get-service';

const adminNotificationController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService('notifications', { strapi });
  return {
    async find(ctx: any) {
      await validateNotificationListQuery(ctx.query);
      const policyDocumentId = typeof ctx.query.policyDocumentId === 'string' ? ctx.query.policyDocumentId : undefined;
      ctx.body = { data: await service().list({ policyDocumentId }) };
    },
    async findOne(ctx: any) {
      ctx.body = { data: await service().findOne(await validateIdParam(ctx.params)) };
    },
    async retryFailed(ctx: any) {
      ctx.body = { data: await service().retryFailed(await validateIdParam(ctx.params)) };
    },
  };
};

export default adminNotificationController;
