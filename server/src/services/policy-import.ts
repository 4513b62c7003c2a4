import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../domain/uids';

type Fields = Record<string, any>;

export interface SectionInput extends Fields {
  title: string;
  slug?: string;
  legalBases?: { code: string; justificationLabel?: string; justification?: string }[];
  processors?: string[];
  retentionRules?: string[];
  children?: SectionInput[];
}

export interface PolicyImport {
  legalBases?: Fields[];
  processors?: Fields[];
  retentionRules?: Fields[];
  policy: Fields & { sections: SectionInput[] };
}

/** Imports a whole policy described as JSON (processors, retention rules and sections referenced by slug). */
const policyImport = ({ strapi }: { strapi: Core.Strapi }) => {
  const upsertBySlug = async (uid: typeof UID.processor | typeof UID.retentionRule, items: Fields[] = []) => {
    const documentIds = new Map<string, string>();
    for (const item of items) {
      const existing = await strapi.db.query(uid).findOne({ where: { slug: item.slug }, select: ['documentId'] });
      const saved = existing
        ? await strapi.documents(uid).update({ documentId: existing.documentId, data: item as any })
        : await strapi.documents(uid).create({ data: item as any });
      documentIds.set(item.slug, saved!.documentId);
    }
    return documentIds;
  };

  const resolve = (map: Map<string, string>, slugs: string[] = [], field: string) =>
    slugs.map((slug) => {
      const documentId = map.get(slug);
      if (!documentId) throw new errors.ValidationError(`${field} refers to "${slug}", which the import does not define`);
      return documentId;
    });

  return {
    async importPolicy(input: PolicyImport, { publish = true } = {}) {
      for (const basis of input.legalBases ?? []) {
        const exists = await strapi.db.query(UID.legalBasis).count({ where: { code: basis.code } });
        if (!exists) await strapi.documents(UID.legalBasis).create({ data: basis as any });
      }
      const bases = await strapi.db.query(UID.legalBasis).findMany({ select: ['code', 'documentId'] });
      const basisIds = new Map<string, string>(bases.map((basis: any) => [basis.code, basis.documentId]));
      const processorIds = await upsertBySlug(UID.processor, input.processors);
      const retentionIds = await upsertBySlug(UID.retentionRule, input.retentionRules);

      const createSection = async (section: SectionInput, position: number, parent?: string): Promise<string> => {
        const { children = [], legalBases = [], processors, retentionRules, ...fields } = section;
        const created = await strapi.documents(UID.section).create({
          data: {
            position,
            ...fields,
            ...(parent ? { parent } : {}),
            legalBases: legalBases.map(({ code, ...claim }) => ({
              ...claim,
              legalBasis: resolve(basisIds, [code], 'legalBases')[0],
            })),
            processors: resolve(processorIds, processors, 'processors'),
            retentionRules: resolve(retentionIds, retentionRules, 'retentionRules'),
          } as any,
        });
        for (const [index, child] of children.entries()) await createSection(child, index + 1, created.documentId);
        return created.documentId;
      };

      const { sections, ...policyFields } = input.policy;
      const sectionIds: string[] = [];
      for (const [index, section] of sections.entries()) sectionIds.push(await createSection(section, index + 1));
      const policy = await strapi.documents(UID.policy).create({ data: { ...policyFields, sections: sectionIds } as any });
      if (publish) await strapi.documents(UID.policy).publish({ documentId: policy.documentId });
      return policy;
    },
  };
};

export default policyImport;
