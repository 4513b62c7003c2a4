import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../domain/uids';

type DocumentContext = {
  uid: string;
  action: string;
  params: { documentId?: string; locale?: string; data?: Record<string, any> } & Record<string, any>;
};
type Next = () => Promise<any>;

const EDITABLE_UIDS = new Set<string>([UID.legalBasis, UID.processor, UID.retentionRule, UID.section, UID.policy]);

const service = (strapi: Core.Strapi, name: string) => strapi.plugin('privacy-policy').service(name);

/** Rows (draft and published) of a document in the written locale; every locale when none is named. */
const rowIdsOf = async (strapi: Core.Strapi, uid: string, documentId: string, locale?: string): Promise<number[]> => {
  const where = locale && locale !== '*' ? { documentId, locale } : { documentId };
  return (await strapi.db.query(uid as any).findMany({ where, select: ['id'] })).map((row: any) => row.id);
};

/** The locales a publish touched: the one named, every published one for "*", else the default. */
const publishedLocales = async (strapi: Core.Strapi, documentId: string, locale?: string): Promise<string[]> => {
  if (locale && locale !== '*') return [locale];
  if (!locale) return [await service(strapi, 'locales').defaultLocale()];
  const rows = await strapi.db.query(UID.policy).findMany({ where: { documentId, publishedAt: { $notNull: true } }, select: ['locale'] });
  return rows.map((row: any) => row.locale);
};

/** Checks that need the written state: the section tree (cycles, depth) and slug uniqueness per policy. */
const checkStructure = async (strapi: Core.Strapi, ctx: DocumentContext, documentId: string) => {
  const validation = service(strapi, 'validation');
  const locale = ctx.params.locale ?? (await service(strapi, 'locales').defaultLocale());
  if (ctx.uid === UID.policy) {
    await validation.assertUniqueSectionSlugs(await rowIdsOf(strapi, UID.policy, documentId, locale));
  }
  if (ctx.uid === UID.section) {
    const [sectionId] = await rowIdsOf(strapi, UID.section, documentId, locale);
    if ('parent' in (ctx.params.data ?? {})) await validation.assertAcyclicParent(sectionId);
    const policyRows = await service(strapi, 'section-tree').policyRowsHoldingSection(sectionId);
    await validation.assertUniqueSectionSlugs(policyRows);
  }
};

const write = async (strapi: Core.Strapi, ctx: DocumentContext, next: Next) => {
  const action = ctx.action as 'create' | 'update';
  service(strapi, 'validation').checkWrite(ctx.uid, ctx.params.data);
  const locale = ctx.params.locale ?? (await service(strapi, 'locales').defaultLocale());
  await service(strapi, 'slugs').assignSlug(ctx.uid, action, ctx.params.data, ctx.params.documentId, locale);
  const result = await next();
  const documentId = result?.documentId ?? ctx.params.documentId;
  if (documentId) await checkStructure(strapi, ctx, documentId);
  return result;
};

const publish = async (strapi: Core.Strapi, ctx: DocumentContext, next: Next) => {
  // Taken before Strapi touches the published rows, so concurrent publishes of one policy run one after another.
  if (ctx.params.documentId) await service(strapi, 'versions').lockForPublish(ctx.params.documentId);
  const result = await next();
  const documentId = ctx.params.documentId ?? result?.documentId;
  if (documentId) {
    for (const locale of await publishedLocales(strapi, documentId, ctx.params.locale)) {
      await service(strapi, 'validation').assertUniqueSectionSlugs(await rowIdsOf(strapi, UID.policy, documentId, locale));
      await service(strapi, 'versions').recordPublish(documentId, locale);
    }
  }
  await service(strapi, 'published-cache').invalidate();
  return result;
};

/** An unpublish or delete changes what the public may read without recording a version. */
const withdraw = async (strapi: Core.Strapi, next: Next) => {
  const result = await next();
  await service(strapi, 'published-cache').invalidate();
  return result;
};

/**
 * Document service middleware: validates writes to the plugin's types and records a version when a policy
 * is published. Each runs in a transaction (joined if one is already open) so a failed check undoes the write.
 */
export const documentsMiddleware = (strapi: Core.Strapi) => async (ctx: DocumentContext, next: Next) => {
  if (ctx.uid === UID.policyVersion && !['findOne', 'findMany', 'findFirst', 'count'].includes(ctx.action)) {
    throw new errors.ForbiddenError('Policy versions are immutable: they cannot be created, edited or deleted by hand');
  }
  if (!EDITABLE_UIDS.has(ctx.uid)) return next();
  if (ctx.action === 'create' || ctx.action === 'update') {
    return strapi.db.transaction(() => write(strapi, ctx, next));
  }
  if (ctx.action === 'publish' && ctx.uid === UID.policy) {
    return strapi.db.transaction(() => publish(strapi, ctx, next));
  }
  if ((ctx.action === 'unpublish' || ctx.action === 'delete') && ctx.uid === UID.policy) {
    return strapi.db.transaction(() => withdraw(strapi, next));
  }
  return next();
};
