import type { Core } from '@strapi/strapi';

const adminNotificationController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('privacy-policy').service('notifications');
  return {
    async find(ctx: any) {
      const policyDocumentId = typeof ctx.query.policyDocumentId === 'string' ? ctx.query.policyDocumentId : undefined;
      ctx.body = { data: await service().list({ policyDocumentId }) };
    },
    async findOne(ctx: any) {
      ctx.body = { data: await service().findOne(Number(ctx.params.id) || 0) };
    },
    async retryFailed(ctx: any) {
      ctx.body = { data: await service().retryFailed(Number(ctx.params.id) || 0) };
    },
  };
};

export default adminNotificationController;
