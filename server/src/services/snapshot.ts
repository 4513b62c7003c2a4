import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../domain/uids';
import { collect, orNull, PolicySnapshot, sectionSnapshot, withoutIds } from '../domain/snapshot';
import { getService } from '../utils/get-service';

const snapshot = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Resolves a policy row (draft or published) with every relation into a self-contained snapshot. */
  async ofPolicyRow(policyRowId: number): Promise<PolicySnapshot> {
    const row = await strapi.db.query(UID.policy).findOne({
      where: { id: policyRowId },
      populate: { controller: true },
    });
    if (!row) throw new errors.NotFoundError(`No policy entry has the id ${policyRowId}`);
    const tree = await getService('section-tree', { strapi }).treeOfPolicyRow(policyRowId);
    const sections = tree.map(sectionSnapshot);
    return {
      schemaVersion: 1,
      policy: {
        documentId: row.documentId,
        slug: row.slug,
        locale: row.locale ?? null,
        title: row.title,
        kind: row.kind ?? 'privacy',
        applicableLaw: row.applicableLaw ?? 'eu-gdpr',
        websiteUrl: orNull(row.websiteUrl),
        introduction: row.introduction ?? '',
        controller: withoutIds(row.controller),
      },
      sections,
      processors: collect(sections, (section) => section.processors),
      retentionRules: collect(sections, (section) => section.retentionRules),
    };
  },
});

export default snapshot;
