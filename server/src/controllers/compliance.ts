import type { Core } from '@strapi/strapi';
import { processingRecord, processingRecordCsv } from '../rendering/processing-record';
import { validateSlugParam } from './validation/policy';
import { validateHealthQuery, validateProcessingRecordQuery } from './validation/compliance';
import { getService } from '../utils/get-service';

/** Admin-only reads over the content API (admin session or API token): policy health and the Art. 30 record. */
const complianceController = ({ strapi }: { strapi: Core.Strapi }) => {
  const locale = (ctx: any): Promise<string> => getService('locales', { strapi }).resolve(ctx.query.locale);

  return {
    async health(ctx: any) {
      const { slug } = await validateSlugParam(ctx.params);
      await validateHealthQuery(ctx.query);
      const report = await getService('compliance', { strapi }).health(slug, {
        locale: await locale(ctx),
        state: ctx.query.state ?? 'draft',
      });
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: report };
    },

    async processingRecord(ctx: any) {
      const { slug } = await validateSlugParam(ctx.params);
      await validateProcessingRecordQuery(ctx.query);
      const snapshot = await getService('compliance', { strapi }).snapshotOf(slug, {
        locale: await locale(ctx),
        state: ctx.query.state ?? 'published',
      });
      const record = processingRecord(snapshot);
      ctx.set('Cache-Control', 'no-store');
      if (ctx.query.format === 'csv') {
        ctx.type = 'text/csv; charset=utf-8';
        ctx.set('Content-Disposition', `attachment; filename="${slug}-processing-record.csv"`);
        ctx.body = processingRecordCsv(record);
        return;
      }
      ctx.body = { data: record };
    },
  };
};

export default complianceController;
