import type { Core } from '@strapi/strapi';
import { processingRecord, processingRecordCsv } from '../rendering/processing-record';
import type { PolicyRef } from '../services/compliance';
import { validateSlugParam } from './validation/policy';
import { validateDocumentIdParam } from './validation/document-id';
import { validateHealthQuery, validateProcessingRecordQuery } from './validation/compliance';
import { getService } from '../utils/get-service';

/**
 * Policy health and the Art. 30 record of processing, for the admin panel (admin routes, by documentId)
 * and for machines such as a CI pipeline (content-API routes, by slug, with a Strapi API token).
 */
const complianceController = ({ strapi }: { strapi: Core.Strapi }) => {
  const locale = (ctx: any): Promise<string> => getService('locales', { strapi }).resolve(ctx.query.locale);

  const health = async (ctx: any, ref: PolicyRef) => {
    await validateHealthQuery(ctx.query);
    const report = await getService('compliance', { strapi }).health(ref, { locale: await locale(ctx), state: ctx.query.state ?? 'draft' });
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: report };
  };

  const record = async (ctx: any, ref: PolicyRef) => {
    await validateProcessingRecordQuery(ctx.query);
    const snapshot = await getService('compliance', { strapi }).snapshotOf(ref, {
      locale: await locale(ctx),
      state: ctx.query.state ?? 'published',
    });
    const activities = processingRecord(snapshot);
    ctx.set('Cache-Control', 'no-store');
    if (ctx.query.format === 'csv') {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.set('Content-Disposition', `attachment; filename="${snapshot.policy.slug}-processing-record.csv"`);
      ctx.body = processingRecordCsv(activities);
      return;
    }
    ctx.body = { data: activities };
  };

  return {
    health: async (ctx: any) => health(ctx, { slug: (await validateSlugParam(ctx.params)).slug }),
    processingRecord: async (ctx: any) => record(ctx, { slug: (await validateSlugParam(ctx.params)).slug }),
    adminHealth: async (ctx: any) => health(ctx, { documentId: (await validateDocumentIdParam(ctx.params)).documentId }),
    adminProcessingRecord: async (ctx: any) => record(ctx, { documentId: (await validateDocumentIdParam(ctx.params)).documentId }),
  };
};

export default complianceController;
