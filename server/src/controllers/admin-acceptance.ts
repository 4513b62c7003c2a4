import type { Core } from '@strapi/strapi';
import { validateDocumentIdParam } from './validation/document-id';
import { validateAcceptanceExportQuery, validateAcceptanceQuery } from './validation/acceptance';
import { getService } from '../utils/get-service';

/** Admin-only (Read acceptance counts and export acceptance records): counts per version and the CSV export. */
const adminAcceptanceController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService('acceptances', { strapi });
  const locales = () => getService('locales', { strapi });

  return {
    async summary(ctx: any) {
      const { documentId } = await validateDocumentIdParam(ctx.params);
      const { locale } = (await validateAcceptanceQuery(ctx.query)) as { locale?: string };
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await service().summary(documentId, await locales().resolve(locale)) };
    },

    async export(ctx: any) {
      const { documentId } = await validateDocumentIdParam(ctx.params);
      const query = (await validateAcceptanceExportQuery(ctx.query)) as { locale?: string; version?: string };
      const locale = query.locale ? await locales().resolve(query.locale) : undefined;
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'text/csv; charset=utf-8';
      ctx.set('Content-Disposition', `attachment; filename="privacy-policy-acceptances-${documentId}${locale ? `-${locale}` : ''}.csv"`);
      ctx.body = await service().exportCsv(documentId, { locale, version: query.version });
    },
  };
};

export default adminAcceptanceController;
