import type { Core } from '@strapi/strapi';
import { UID } from '../domain/uids';
import { contentHash, PolicySnapshot } from './snapshot';
import type { VersionMeta } from '../rendering/version-meta';

export interface VersionRow extends VersionMeta {
  id: number;
  documentId: string;
  policyDocumentId: string;
  policySlug: string;
  major: number;
  minor: number;
  snapshot: PolicySnapshot;
  contentHash: string;
  publishedBy: { id: number; name: string } | null;
}

export type PublishOutcome =
  | { recorded: true; version: VersionRow }
  | { recorded: false; reason: 'unchanged'; version: VersionRow };

export const nextNumber = (previous: { major: number; minor: number } | null, changeType: 'minor' | 'major') => {
  if (!previous) return { major: 1, minor: 0 };
  return changeType === 'major' ? { major: previous.major + 1, minor: 0 } : { major: previous.major, minor: previous.minor + 1 };
};

export const versionMeta = (row: VersionRow): VersionMeta => ({
  number: row.number,
  changeType: row.changeType,
  effectiveDate: String(row.effectiveDate).slice(0, 10),
  changeSummary: row.changeSummary ?? null,
  publishedAt: new Date(row.publishedAt).toISOString(),
});

const todayIn = (timeZone: string, now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

const publishingAdmin = (strapi: Core.Strapi) => {
  const user = strapi.requestContext.get()?.state?.user as { id: number; firstname?: string; lastname?: string } | undefined;
  if (!user?.id) return null;
  return { id: user.id, name: [user.firstname, user.lastname].filter(Boolean).join(' ') };
};

const versions = ({ strapi }: { strapi: Core.Strapi }) => ({
  async latest(policyDocumentId: string): Promise<VersionRow | null> {
    return strapi.db.query(UID.policyVersion).findOne({
      where: { policyDocumentId },
      orderBy: [{ major: 'desc' }, { minor: 'desc' }],
    });
  },

  /** Records the published state of a policy as a version; called inside the publish transaction. */
  async recordPublish(policyDocumentId: string): Promise<PublishOutcome> {
    const published = await strapi.db.query(UID.policy).findOne({
      where: { documentId: policyDocumentId, publishedAt: { $notNull: true } },
    });
    if (!published) throw new Error(`policy ${policyDocumentId} has no published entry to record`);
    const snapshot = await strapi.plugin('privacy-policy').service('snapshot').ofPolicyRow(published.id);
    const hash = contentHash(snapshot);
    const previous = await this.latest(policyDocumentId);
    if (previous && previous.contentHash === hash) return { recorded: false, reason: 'unchanged', version: previous };

    const changeType = previous ? published.changeType ?? 'minor' : 'major';
    const { major, minor } = nextNumber(previous, changeType);
    const timeZone = strapi.plugin('privacy-policy').config<string>('timeZone');
    const version = await strapi.db.query(UID.policyVersion).create({
      data: {
        policyDocumentId,
        policySlug: published.slug,
        number: `${major}.${minor}`,
        major,
        minor,
        changeType,
        effectiveDate: published.effectiveDate ?? todayIn(timeZone),
        changeSummary: published.changeSummary ?? null,
        publishedBy: publishingAdmin(strapi),
        snapshot,
        contentHash: hash,
        publishedAt: new Date(),
      },
    });
    return { recorded: true, version };
  },
});

export default versions;
export type VersionsService = ReturnType<typeof versions>;
