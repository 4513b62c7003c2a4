import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, Format } from '../rendering';
import type { AdminRef } from '../domain/version';
import { adminVersion } from '../presentation/admin';
import { VERSION_HEADER, versionHeaderValue } from '../middlewares/http/version-header';
import { getService } from '../utils/get-service';
import { validateFindOneQuery, validateLocaleQuery } from './validation/policy';
import { validateImport, validateImportQuery } from './validation/import';
import { validatePublishBody } from './validation/publish';
import { validateDocumentIdParam } from './validation/document-id';
import { validateRestoreBody, validateVersionParams, validateWithdrawBody } from './validation/version-actions';

const adminOf = (ctx: any): AdminRef | null => {
  const user = ctx.state?.user as { id: number; firstname?: string; lastname?: string } | undefined;
  return user?.id ? { id: user.id, name: [user.firstname, user.lastname].filter(Boolean).join(' ') } : null;
};

/** The admin routes of a policy: draft preview, publish and its preview, the timeline, withdraw, restore and import. */
const adminPolicyController = ({ strapi }: { strapi: Core.Strapi }) => {
  const locales = () => getService('locales', { strapi });

  return {
    async preview(ctx: any) {
      const { documentId } = await validateDocumentIdParam(ctx.params);
      await validateFindOneQuery(ctx.query);
      const format: Format = ctx.query.format ?? 'json';
      const output = await getService('publishing', { strapi }).renderDraft(documentId, {
        locale: await locales().resolve(ctx.query.locale),
        format,
      });
      ctx.set('Cache-Control', 'no-store');
      ctx.type = CONTENT_TYPES[format];
      ctx.body = format === 'json' ? { data: output, meta: { format, draft: true } } : output;
    },

    async publish(ctx: any) {
      const { documentId } = await validateDocumentIdParam(ctx.params);
      const body = await validatePublishBody(ctx.request.body ?? {});
      const outcome = await getService('publishing', { strapi }).publish(documentId, {
        ...body,
        locale: await locales().resolve(body.locale),
      });
      ctx.set(VERSION_HEADER, versionHeaderValue(outcome));
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
      const { documentId } = await validateDocumentIdParam(ctx.params);
      await validateLocaleQuery(ctx.query);
      ctx.body = { data: await getService('publishing', { strapi }).preview(documentId, await locales().resolve(ctx.query.locale)) };
    },

    async versions(ctx: any) {
      const { documentId } = await validateDocumentIdParam(ctx.params);
      await validateLocaleQuery(ctx.query);
      const locale = await locales().resolve(ctx.query.locale);
      const timeline = await getService('version-history', { strapi }).timeline(documentId, locale);
      ctx.body = {
        data: timeline.rows.map((row) => adminVersion(row, timeline)),
        meta: { today: timeline.today, locale, policy: timeline.policy },
      };
    },

    async withdraw(ctx: any) {
      const { documentId, number } = await validateVersionParams(ctx.params);
      const body = await validateWithdrawBody(ctx.request.body ?? {});
      const locale = await locales().resolve(body.locale);
      const result = await getService('version-recorder', { strapi }).withdraw(documentId, number, {
        reason: body.reason,
        locale,
        admin: adminOf(ctx),
      });
      ctx.body = { data: { version: adminVersion(result.version), notificationId: result.notificationId } };
    },

    async restorePlan(ctx: any) {
      const { documentId, number } = await validateVersionParams(ctx.params);
      await validateLocaleQuery(ctx.query);
      ctx.body = {
        data: await getService('restore', { strapi }).plan(documentId, number, { locale: await locales().resolve(ctx.query.locale) }),
      };
    },

    async restore(ctx: any) {
      const { documentId, number } = await validateVersionParams(ctx.params);
      const body = await validateRestoreBody(ctx.request.body ?? {});
      ctx.body = {
        data: await getService('restore', { strapi }).restore(documentId, number, { locale: await locales().resolve(body.locale) }),
      };
    },

    async import(ctx: any) {
      await validateImportQuery(ctx.query);
      const input = ctx.request.body;
      await validateImport(input);
      const publish = ctx.query.publish !== 'false';
      const locale = await locales().resolve(ctx.query.locale);
      const policy = await getService('policy-import', { strapi }).importPolicy(input, { publish, locale });
      ctx.status = 201;
      ctx.body = { data: { documentId: policy.documentId, slug: policy.slug, locale, published: publish } };
    },
  };
};

export default adminPolicyController;
