import type { Core } from '@strapi/strapi';
import { UID } from '../../domain/uids';
import { getService } from '../../utils/get-service';
import type { DocumentContext, DocumentMiddleware, Next } from './context';

const EDITABLE_UIDS = new Set<string>([UID.legalBasis, UID.processor, UID.retentionRule, UID.section, UID.policy]);

/** Rows (draft and published) of a document in the written locale; every locale when none is named. */
const rowIdsOf = async (strapi: Core.Strapi, uid: string, documentId: string, locale?: string): Promise<number[]> => {
  const where = locale && locale !== '*' ? { documentId, locale } : { documentId };
  return (await strapi.db.query(uid as any).findMany({ where, select: ['id'] })).map((row: any) => row.id);
};

/** Checks that need the written state: the section tree (cycles, depth) and slug uniqueness per policy. */
const checkStructure = async (strapi: Core.Strapi, ctx: DocumentContext, documentId: string, locale: string) => {
  const validation = getService('validation', { strapi });
  if (ctx.uid === UID.policy) {
    await validation.assertUniqueSectionSlugs(await rowIdsOf(strapi, UID.policy, documentId, locale));
  }
  if (ctx.uid === UID.section) {
    const [sectionId] = await rowIdsOf(strapi, UID.section, documentId, locale);
    if ('parent' in (ctx.params.data ?? {})) await validation.assertAcyclicParent(sectionId);
    const policyRows = await getService('section-tree', { strapi }).policyRowsHoldingSection(sectionId);
    await validation.assertUniqueSectionSlugs(policyRows);
  }
};

/**
 * Validates every write to the plugin's editable types (field rules, slugs, the section tree), in a
 * transaction joined by the write, so that a failed check after the write undoes it: a 400 naming the field.
 */
export const writeValidation: DocumentMiddleware = (strapi) => async (ctx, next: Next) => {
  if (!EDITABLE_UIDS.has(ctx.uid) || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
  return strapi.db.transaction(async () => {
    getService('validation', { strapi }).checkWrite(ctx.uid, ctx.params.data);
    const locale = ctx.params.locale ?? (await getService('locales', { strapi }).defaultLocale());
    await getService('slugs', { strapi }).assignSlug(
      ctx.uid,
      ctx.action as 'create' | 'update',
      ctx.params.data,
      ctx.params.documentId,
      locale,
    );
    const result = await next();
    const documentId = result?.documentId ?? ctx.params.documentId;
    if (documentId) await checkStructure(strapi, ctx, documentId, locale);
    return result;
  });
};
