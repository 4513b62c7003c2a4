import type { Core } from '@strapi/strapi';
import { validateIdParam } from './validation/id';
import { validateSubscriberList } from './validation/subscription';
import { getService } from '../utils/get-service';

/** Admin-only: subscribers are never readable anywhere else. */
const adminSubscriberController = ({ strapi }: { strapi: Core.Strapi }) => {
  const subscribers = () => getService('subscriber-admin', { strapi });

  return {
    async find(ctx: any) {
      const query = await validateSubscriberList(ctx.query);
      const result = await subscribers().list(query, { page: Number(query.page ?? 1), pageSize: Number(query.pageSize ?? 25) });
      ctx.body = { data: result.subscribers, meta: { pagination: result.pagination, counts: result.counts } };
    },

    async findOne(ctx: any) {
      ctx.body = { data: await subscribers().findOne(await validateIdParam(ctx.params)) };
    },

    async export(ctx: any) {
      const query = await validateSubscriberList(ctx.query);
      ctx.type = 'text/csv; charset=utf-8';
      ctx.set('Content-Disposition', 'attachment; filename="privacy-policy-subscribers.csv"');
      ctx.body = await subscribers().exportCsv(query);
    },

    async delete(ctx: any) {
      ctx.body = { data: await subscribers().erase(await validateIdParam(ctx.params)) };
    },
  };
};

export default adminSubscriberController;
