import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../domain/uids';
import type { AdminRef } from '../../domain/version';
import { getService } from '../../utils/get-service';
import type { DocumentMiddleware, Next } from './context';

const READS = new Set(['findOne', 'findMany', 'findFirst', 'count']);

/** The locales a publish touched: the one named, every published one for "*", else the default. */
const publishedLocales = async (strapi: Core.Strapi, documentId: string, locale?: string): Promise<string[]> => {
  if (locale && locale !== '*') return [locale];
  if (!locale) return [await getService('locales', { strapi }).defaultLocale()];
  const rows = await strapi.db.query(UID.policy).findMany({ where: { documentId, publishedAt: { $notNull: true } }, select: ['locale'] });
  return rows.map((row: any) => row.locale);
};

/**
 * Who published: the admin behind the request, when there is one. The document service passes no user to
 * its middlewares, so this is the one place the plugin reads Strapi's request context.
 */
const publishingAdmin = (strapi: Core.Strapi): AdminRef | null => {
  const user = strapi.requestContext.get()?.state?.user as { id: number; firstname?: string; lastname?: string } | undefined;
  return user?.id ? { id: user.id, name: [user.firstname, user.lastname].filter(Boolean).join(' ') } : null;
};

/**
 * Every publish of a policy, from the content manager, the plugin's route or `strapi.documents().publish`,
 * records one version per locale it publishes, in the publish's own transaction: a refused publish
 * changes nothing. Versions themselves are immutable.
 */
export const versionRecording: DocumentMiddleware = (strapi) => async (ctx, next: Next) => {
  if (ctx.uid === UID.policyVersion && !READS.has(ctx.action)) {
    throw new errors.ForbiddenError('Policy versions are immutable: they cannot be created, edited or deleted by hand');
  }
  if (ctx.uid !== UID.policy || ctx.action !== 'publish') return next();
  return strapi.db.transaction(async () => {
    const recorder = getService('version-recorder', { strapi });
    // Taken before Strapi touches the published rows, so concurrent publishes of one policy run one after another.
    if (ctx.params.documentId) await recorder.lockForPublish(ctx.params.documentId);
    const result = await next();
    const documentId = ctx.params.documentId ?? result?.documentId;
    if (!documentId) return result;
    const publishedBy = publishingAdmin(strapi);
    for (const locale of await publishedLocales(strapi, documentId, ctx.params.locale)) {
      await getService('validation', { strapi }).assertUniqueSectionSlugs(
        (await strapi.db.query(UID.policy).findMany({ where: { documentId, locale }, select: ['id'] })).map((row: any) => row.id),
      );
      await recorder.record(documentId, locale, { publishedBy });
    }
    return result;
  });
};
