import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../domain/uids';
import { checkCompliance } from '../compliance';
import type { PolicySnapshot } from '../domain/snapshot';
import { getService } from '../utils/get-service';

export type PolicyState = 'draft' | 'published';

/** Policy health: the compliance checks run on a policy's draft or on its latest published version. */
const compliance = ({ strapi }: { strapi: Core.Strapi }) => {

  const draftSnapshot = async (slug: string, locale: string): Promise<PolicySnapshot | null> => {
    const draft = await strapi.db.query(UID.policy).findOne({ where: { slug, locale, publishedAt: null }, select: ['id'] });
    return draft ? getService('snapshot', { strapi }).ofPolicyRow(draft.id) : null;
  };

  const publishedSnapshot = async (slug: string, locale: string): Promise<PolicySnapshot | null> => {
    const policy = await strapi.db
      .query(UID.policy)
      .findOne({ where: { slug, locale, publishedAt: { $notNull: true } }, select: ['documentId'] });
    if (!policy) return null;
    const latest = await getService('version-history', { strapi }).latest(policy.documentId, locale);
    return latest?.snapshot ?? null;
  };

  return {
    /** The snapshot a report or export is made from; a 404 naming what is missing. */
    async snapshotOf(slug: string, { locale, state }: { locale: string; state: PolicyState }): Promise<PolicySnapshot> {
      const snapshot = state === 'draft' ? await draftSnapshot(slug, locale) : await publishedSnapshot(slug, locale);
      if (!snapshot) {
        throw new errors.NotFoundError(
          `No ${state === 'draft' ? 'policy draft' : 'published version'} has the slug "${slug}" in locale "${locale}"`,
        );
      }
      return snapshot;
    },

    async health(slug: string, options: { locale: string; state: PolicyState }) {
      const snapshot = await this.snapshotOf(slug, options);
      return {
        policy: { slug: snapshot.policy.slug, title: snapshot.policy.title, locale: options.locale, state: options.state },
        ...checkCompliance(snapshot),
      };
    },
  };
};

export default compliance;
