import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../domain/uids';
import { CONTENT_TYPES, Format, render } from '../rendering';
import { validateFindOneQuery } from './validation/policy';
import { validateImport, validateImportQuery } from './validation/import';

/** Admin-only routes: preview a draft as the public would see it, and import a policy from JSON. */
const adminPolicyController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async preview(ctx: any) {
    await validateFindOneQuery(ctx.query);
    const format: Format = ctx.query.format ?? 'json';
    const draft = await strapi.db.query(UID.policy).findOne({
      where: { documentId: ctx.params.documentId, publishedAt: null },
      select: ['id'],
    });
    if (!draft) throw new errors.NotFoundError(`No policy draft has the documentId "${ctx.params.documentId}"`);
    const snapshot = await strapi.plugin('privacy-policy').service('snapshot').ofPolicyRow(draft.id);
    const output = render(snapshot, null, format);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = CONTENT_TYPES[format];
    ctx.body = format === 'json' ? { data: output, meta: { format, draft: true } } : output;
  },

  async import(ctx: any) {
    await validateImportQuery(ctx.query);
    const input = ctx.request.body;
    await validateImport(input);
    const publish = ctx.query.publish !== 'false';
    const policy = await strapi.plugin('privacy-policy').service('policy-import').importPolicy(input, { publish });
    ctx.status = 201;
    ctx.body = { data: { documentId: policy.documentId, slug: policy.slug, published: publish } };
  },
});

export default adminPolicyController;
