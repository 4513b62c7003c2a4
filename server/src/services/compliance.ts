import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../domain/uids';
import { checkCompliance } from '../compliance';
import type { PolicySnapshot } from '../domain/snapshot';
import { getService } from '../utils/get-service';

export type PolicyState = 'draft' | 'published';

/** A policy named by its slug (content API, machines) or its documentId (admin panel). */
export type PolicyRef = { slug: string } | { documentId: string };

const describe = (ref: PolicyRef) => ('slug' in ref ? `the slug "${ref.slug}"` : `the documentId "${ref.documentId}"`);

/** Policy health: the compliance checks run on a policy's draft or on its latest published version. */
const compliance = ({ strapi }: { strapi: Core.Strapi }) => {
  const draftSnapshot = async (ref: PolicyRef, locale: string): Promise<PolicySnapshot | null> => {
    const draft = await strapi.db.query(UID.policy).findOne({ where: { ...ref, locale, publishedAt: null }, select: ['id'] });
    return draft ? getService('snapshot', { strapi }).ofPolicyRow(draft.id) : null;
  };

  const publishedSnapshot = async (ref: PolicyRef, locale: string): Promise<PolicySnapshot | null> => {
    const policy = await strapi.db
      .query(UID.policy)
      .findOne({ where: { ...ref, locale, publishedAt: { $notNull: true } }, select: ['documentId'] });
    if (!policy) return null;
    const latest = await getService('version-history', { strapi }).latest(policy.documentId, locale);
    return latest?.snapshot ?? null;
  };

  const service = {
    /** The snapshot a report or export is made from; a 404 naming what is missing. */
    async snapshotOf(ref: PolicyRef, { locale, state }: { locale: string; state: PolicyState }): Promise<PolicySnapshot> {
      const snapshot = state === 'draft' ? await draftSnapshot(ref, locale) : await publishedSnapshot(ref, locale);
      if (!snapshot)
        throw new errors.NotFoundError(
          `No ${state === 'draft' ? 'policy draft' : 'published version'} has ${describe(ref)} in locale "${locale}"`,
        );
      return snapshot;
    },

    async health(ref: PolicyRef, options: { locale: string; state: PolicyState }) {
      const snapshot = await service.snapshotOf(ref, options);
      return {
        policy: { slug: snapshot.policy.slug, title: snapshot.policy.title, locale: options.locale, state: options.state },
        ...checkCompliance(snapshot, { today: getService('clock', { strapi }).today() }),
      };
    },
  };
  return service;
};

export default compliance;
