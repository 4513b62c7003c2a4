import type { Core } from '@strapi/strapi';
import { UID } from '../domain/uids';
import { firstFreeSlug, slugFromText } from '../domain/slug';
import { isBlank } from '../domain/field-rules';
import { readToOneChange } from '../domain/relation-input';
import { getService } from '../utils/get-service';

type Data = Record<string, any>;

const SOURCE_FIELD: Record<string, string> = {
  [UID.policy]: 'title',
  [UID.section]: 'title',
  [UID.processor]: 'name',
  [UID.retentionRule]: 'name',
};

const slugs = ({ strapi }: { strapi: Core.Strapi }) => {
  // Slugs are per locale: each locale of a document may keep the same one.
  const takenInType = (uid: string, locale: string, documentId?: string) => async (slug: string) => {
    const where: Data = { slug, locale };
    if (documentId) where.documentId = { $ne: documentId };
    return (await strapi.db.query(uid as any).count({ where })) > 0;
  };

  /** For a section, slugs already used in the policies its new parent belongs to. */
  const takenInSectionScope = async (data: Data, documentId?: string) => {
    const parent = readToOneChange(data.parent);
    if (parent.kind !== 'set') return async () => false;
    const parentRow = await strapi.db.query(UID.section).findOne({
      where: parent.ref.id ? { id: parent.ref.id } : { documentId: parent.ref.documentId },
      select: ['id'],
    });
    if (!parentRow) return async () => false;
    const tree = getService('section-tree', { strapi });
    const used = new Set<string>();
    for (const policyRowId of await tree.policyRowsHoldingSection(parentRow.id)) {
      for (const section of await tree.flatSectionsOfPolicyRow(policyRowId)) {
        if (section.documentId !== documentId) used.add(section.slug);
      }
    }
    return async (slug: string) => used.has(slug);
  };

  const generate = async (uid: string, sourceText: string, data: Data, locale: string, documentId?: string) => {
    const isTaken = uid === UID.section ? await takenInSectionScope(data, documentId) : takenInType(uid, locale, documentId);
    return firstFreeSlug(slugFromText(sourceText), isTaken);
  };

  return {
    /** Fills a missing slug from the title or name; an existing slug is kept when the title changes. */
    async assignSlug(uid: string, action: 'create' | 'update', data: Data | undefined, documentId: string | undefined, locale: string) {
      const sourceField = SOURCE_FIELD[uid];
      if (!sourceField || !data) return;
      const wantsSlug = action === 'create' ? isBlank(data.slug) : 'slug' in data && isBlank(data.slug);
      if (!wantsSlug) return;
      let source = data[sourceField];
      if (isBlank(source) && documentId) {
        const current = await strapi.db.query(uid as any).findOne({ where: { documentId, locale }, select: [sourceField] });
        source = current?.[sourceField];
      }
      if (isBlank(source)) return;
      data.slug = await generate(uid, String(source), data, locale, documentId);
    },
  };
};

export default slugs;
