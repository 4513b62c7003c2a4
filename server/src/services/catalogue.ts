import type { Core } from '@strapi/strapi';
import { UID } from '../domain/uids';
import { versionMeta, VersionRow } from './versions';

const PUBLISHED = { publishedAt: { $notNull: true } };

/** What the public may read: published policies and the snapshot recorded when each was published. */
const catalogue = ({ strapi }: { strapi: Core.Strapi }) => ({
  async listPublished() {
    const policies = await strapi.db.query(UID.policy).findMany({
      where: PUBLISHED,
      select: ['documentId', 'slug', 'title', 'kind'],
      orderBy: { title: 'asc' },
    });
    if (!policies.length) return [];
    const versions: VersionRow[] = await strapi.db.query(UID.policyVersion).findMany({
      where: { policyDocumentId: { $in: policies.map((policy: any) => policy.documentId) } },
      select: ['policyDocumentId', 'number', 'major', 'minor', 'changeType', 'effectiveDate', 'changeSummary', 'publishedAt'],
      orderBy: [{ major: 'desc' }, { minor: 'desc' }],
    });
    return policies
      .map((policy: any) => {
        const latest = versions.find((version) => version.policyDocumentId === policy.documentId);
        if (!latest) return null;
        const version = versionMeta(latest);
        return { slug: policy.slug, title: policy.title, kind: policy.kind, effectiveDate: version.effectiveDate, version };
      })
      .filter(Boolean);
  },

  async findPublished(slug: string) {
    const policy = await strapi.db.query(UID.policy).findOne({ where: { slug, ...PUBLISHED }, select: ['documentId'] });
    if (!policy) return null;
    const latest: VersionRow | null = await strapi.plugin('privacy-policy').service('versions').latest(policy.documentId);
    return latest ? { snapshot: latest.snapshot, contentHash: latest.contentHash, version: versionMeta(latest) } : null;
  },
});

export default catalogue;
