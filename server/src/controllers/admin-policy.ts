import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../domain/uids';
import { CONTENT_TYPES, Format, render } from '../rendering';
import { versionMeta, VersionRow } from '../services/versions';
import { validateFindOneQuery, validateLocaleQuery } from './validation/policy';
import { validateImport, validateImportQuery } from './validation/import';
import { validatePublishBody } from './validation/publish';
import { validateDocumentIdParam } from './validation/document-id';
import { validateRestoreBody, validateVersionParams, validateWithdrawBody } from './validation/version-actions';

const adminVersion = (row: VersionRow, marks: { current?: string | null; upcoming?: string | null } = {}) => ({
  ...versionMeta(row),
  withdrawn: row.withdrawnAt
    ? { at: new Date(row.withdrawnAt).toISOString(), reason: row.withdrawalReason ?? '', by: row.withdrawnBy ?? null }
    : null,
  isCurrent: marks.current === row.number,
  isUpcoming: marks.upcoming === row.number,
  publishedBy: row.publishedBy ?? null,
  suggestedChangeType: row.suggestedChangeType ?? null,
  classifierOverride: Boolean(row.classifierOverride),
  classification: row.classification ?? null,
  locale: row.policyLocale,
  complianceOverride: Boolean(row.complianceOverride),
  complianceFindings: row.complianceFindings ?? null,
});

const localeOf = (strapi: Core.Strapi, ctx: any): Promise<string> =>
  strapi.plugin('privacy-policy').service('locales').resolve(ctx.query.locale);

const adminOf = (ctx: any) => {
  const user = ctx.state?.user as { id: number; firstname?: string; lastname?: string } | undefined;
  return user?.id ? { id: user.id, name: [user.firstname, user.lastname].filter(Boolean).join(' ') } : null;
};

/** Admin-only routes: preview a draft as the public would see it, and import a policy from JSON. */
const adminPolicyController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async preview(ctx: any) {
    await validateDocumentIdParam(ctx.params);
    await validateFindOneQuery(ctx.query);
    const format: Format = ctx.query.format ?? 'json';
    const locale = await localeOf(strapi, ctx);
    const draft = await strapi.db.query(UID.policy).findOne({
      where: { documentId: ctx.params.documentId, locale, publishedAt: null },
      select: ['id'],
    });
    if (!draft) throw new errors.NotFoundError(`No policy draft has the documentId "${ctx.params.documentId}" in locale "${locale}"`);
    const snapshot = await strapi.plugin('privacy-policy').service('snapshot').ofPolicyRow(draft.id);
    const output = render(snapshot, { version: null, upcoming: null }, format);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = CONTENT_TYPES[format];
    ctx.body = format === 'json' ? { data: output, meta: { format, draft: true } } : output;
  },

  async publish(ctx: any) {
    await validateDocumentIdParam(ctx.params);
    const body = await validatePublishBody(ctx.request.body ?? {});
    const locale = await strapi.plugin('privacy-policy').service('locales').resolve(body.locale);
    const outcome = await strapi
      .plugin('privacy-policy')
      .service('versions')
      .publish(ctx.params.documentId, { ...body, locale });
    ctx.status = outcome.recorded ? 201 : 200;
    ctx.body = {
      data: {
        recorded: outcome.recorded,
        ...(outcome.recorded
          ? {}
          : { reason: 'unchanged', message: `Nothing changed since version ${outcome.version.number}: no version recorded` }),
        version: adminVersion(outcome.version),
      },
    };
  },

  async publishPreview(ctx: any) {
    await validateDocumentIdParam(ctx.params);
    await validateLocaleQuery(ctx.query);
    ctx.body = {
      data: await strapi
        .plugin('privacy-policy')
        .service('versions')
        .preview(ctx.params.documentId, await localeOf(strapi, ctx)),
    };
  },

  async versions(ctx: any) {
    await validateDocumentIdParam(ctx.params);
    await validateLocaleQuery(ctx.query);
    const locale = await localeOf(strapi, ctx);
    const rows: VersionRow[] = await strapi.db.query(UID.policyVersion).findMany({
      where: { policyDocumentId: ctx.params.documentId, policyLocale: locale },
      select: [
        'number',
        'changeType',
        'effectiveDate',
        'changeSummary',
        'publishedAt',
        'publishedBy',
        'suggestedChangeType',
        'classifierOverride',
        'classification',
        'policyLocale',
        'complianceOverride',
        'complianceFindings',
        'withdrawnAt',
        'withdrawnBy',
        'withdrawalReason',
      ],
      orderBy: [{ major: 'desc' }, { minor: 'desc' }],
    });
    const today: string = strapi.plugin('privacy-policy').service('clock').today();
    const active = rows.filter((row) => !row.withdrawnAt);
    const current = active.find((row) => String(row.effectiveDate).slice(0, 10) <= today)?.number ?? null;
    const upcoming =
      [...active]
        .filter((row) => String(row.effectiveDate).slice(0, 10) > today)
        .sort((a, b) => String(a.effectiveDate).localeCompare(String(b.effectiveDate)))[0]?.number ?? null;
    const policy = await strapi.db
      .query(UID.policy)
      .findOne({ where: { documentId: ctx.params.documentId, locale, publishedAt: null }, select: ['title', 'slug'] });
    ctx.body = {
      data: rows.map((row) => adminVersion(row, { current, upcoming })),
      meta: { today, locale, policy: policy ? { title: policy.title, slug: policy.slug } : null },
    };
  },

  async withdraw(ctx: any) {
    const { documentId, number } = await validateVersionParams(ctx.params);
    const body = await validateWithdrawBody(ctx.request.body ?? {});
    const locale = await strapi.plugin('privacy-policy').service('locales').resolve(body.locale);
    const result = await strapi
      .plugin('privacy-policy')
      .service('withdrawal')
      .withdraw(documentId, number, { reason: body.reason, locale, admin: adminOf(ctx) });
    ctx.body = { data: { version: adminVersion(result.version), notificationId: result.notificationId } };
  },

  async restorePlan(ctx: any) {
    const { documentId, number } = await validateVersionParams(ctx.params);
    await validateLocaleQuery(ctx.query);
    ctx.body = {
      data: await strapi
        .plugin('privacy-policy')
        .service('restore')
        .plan(documentId, number, { locale: await localeOf(strapi, ctx) }),
    };
  },

  async restore(ctx: any) {
    const { documentId, number } = await validateVersionParams(ctx.params);
    const body = await validateRestoreBody(ctx.request.body ?? {});
    const locale = await strapi.plugin('privacy-policy').service('locales').resolve(body.locale);
    ctx.body = { data: await strapi.plugin('privacy-policy').service('restore').restore(documentId, number, { locale }) };
  },

  async import(ctx: any) {
    await validateImportQuery(ctx.query);
    const input = ctx.request.body;
    await validateImport(input);
    const publish = ctx.query.publish !== 'false';
    const locale = await localeOf(strapi, ctx);
    const policy = await strapi.plugin('privacy-policy').service('policy-import').importPolicy(input, { publish, locale });
    ctx.status = 201;
    ctx.body = { data: { documentId: policy.documentId, slug: policy.slug, locale, published: publish } };
  },
});

export default adminPolicyController;
