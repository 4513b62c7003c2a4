import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_MANAGER_UPDATE } from '../permissions';
import { UID } from '../domain/uids';
import { getService } from '../utils/get-service';
import type { PlannedWrite } from '../services/policy-tree';
import { validateDocumentIdParam } from './validation/document-id';
import { validateLocaleQuery } from './validation/policy';
import { validateMoveBody, validatePolicyListQuery } from './validation/tree';

const TYPE_NAME: Record<PlannedWrite['uid'], string> = { [UID.section]: 'Policy section', [UID.policy]: 'Policy' };
const ENTRY_NAME: Record<PlannedWrite['uid'], string> = { [UID.section]: 'section', [UID.policy]: 'policy' };

/**
 * Refuses a write of the tree that the admin's role could not make in the content manager: the entry's
 * Update permission must cover it (its locale, its conditions such as "is creator") and every field the
 * write changes. The route's policy only asks whether the role may update sections at all.
 */
const contentManagerCheck =
  (strapi: Core.Strapi, ability: any) =>
  async ({ uid, documentId, locale, title, fields }: PlannedWrite) => {
    const entry = await strapi.db.query(uid).findOne({
      where: { documentId, locale, ...(uid === UID.policy ? { publishedAt: null } : {}) },
      populate: { createdBy: { select: ['id'] } },
    });
    const permissions = strapi.service('admin::permission').createPermissionsManager({ ability, model: uid });
    const subject = permissions.toSubject(entry, uid);
    const refused = fields.filter((field) => !ability.can(CONTENT_MANAGER_UPDATE, subject, field));
    if (refused.length) {
      // A PolicyError, not a plain ForbiddenError: Strapi answers the latter with a bare "Forbidden", dropping the message.
      throw new errors.PolicyError(
        `Your role may not change ${refused.map((field) => `"${field}"`).join(' and ')} of the ${ENTRY_NAME[uid]} “${title}” in locale ${locale}: ` +
          `it needs the content manager's Update permission on ${TYPE_NAME[uid]} for that field and locale`,
      );
    }
  };

/** The admin's policies list (one answer for every policy of a locale) and a policy's section tree: read it, move sections in it. */
const adminOverviewController = ({ strapi }: { strapi: Core.Strapi }) => {
  const locales = () => getService('locales', { strapi });

  return {
    async policies(ctx: any) {
      const query = await validatePolicyListQuery(ctx.query);
      const locale = await locales().resolve(query.locale);
      const { policies, meta } = await getService('policy-overview', { strapi }).list({
        locale,
        page: Number(query.page ?? 1),
        pageSize: Number(query.pageSize ?? 20),
      });
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: policies, meta };
    },

    async tree(ctx: any) {
      const { documentId } = await validateDocumentIdParam(ctx.params);
      await validateLocaleQuery(ctx.query);
      const locale = await locales().resolve(ctx.query.locale);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await getService('policy-tree', { strapi }).tree(documentId, locale) };
    },

    async moveSections(ctx: any) {
      const { documentId } = await validateDocumentIdParam(ctx.params);
      const body = await validateMoveBody(ctx.request.body ?? {});
      const locale = await locales().resolve(body.locale);
      ctx.body = {
        data: await getService('policy-tree', { strapi }).move(documentId, locale, body.moves, {
          checkWrite: contentManagerCheck(strapi, ctx.state.userAbility),
        }),
      };
    },
  };
};

export default adminOverviewController;
