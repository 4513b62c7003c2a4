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

type Path = (string | number)[];

const pathText = (path: Path) =>
  path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');

/** Runs a step of the import; a validation error is re-thrown with the position in the import file prepended. */
const at = async <T>(path: Path, step: () => Promise<T>): Promise<T> => {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof errors.ValidationError)) throw error;
    const inner = ((error.details as any)?.errors ?? []) as { path: Path; message: string }[];
    const innerPath = inner[0]?.path ?? [];
    const fullPath = [...path, ...innerPath];
    const message = `${pathText(path)}: ${error.message}`;
    throw new errors.ValidationError(message, { errors: [{ path: fullPath.map(String), message, name: 'ValidationError' }] });
  }
};

const unknownReference = (field: string, reference: string) =>
  new errors.ValidationError(`${field} refers to "${reference}", which neither the import nor the database defines`, {
    errors: [{ path: [field], message: `unknown reference "${reference}"`, name: 'ValidationError' }],
  });

/** Imports a whole policy described as JSON (processors, retention rules and legal bases referenced by slug or code). */
const policyImport = ({ strapi }: { strapi: Core.Strapi }) => {
  const upsertBySlug = async (key: 'processors' | 'retentionRules', uid: typeof UID.processor | typeof UID.retentionRule, items: Fields[] = []) => {
    for (const [index, item] of items.entries()) {
      await at([key, index], async () => {
        const existing = item.slug
          ? await strapi.db.query(uid).findOne({ where: { slug: item.slug }, select: ['documentId'] })
          : null;
        if (existing) await strapi.documents(uid).update({ documentId: existing.documentId, data: item as any });
        else await strapi.documents(uid).create({ data: item as any });
      });
    }
  };

  const documentIdsBy = async (uid: string, field: string) => {
    const rows = await strapi.db.query(uid as any).findMany({ select: [field, 'documentId'] });
    return new Map<string, string>(rows.map((row: any) => [row[field], row.documentId]));
  };

  const resolve = (map: Map<string, string>, references: string[] = [], field: string) =>
    references.map((reference) => {
      const documentId = map.get(reference);
      if (!documentId) throw unknownReference(field, reference);
      return documentId;
    });

  const importAll = async (input: PolicyImport, publish: boolean) => {
    for (const [index, basis] of (input.legalBases ?? []).entries()) {
      const exists = await strapi.db.query(UID.legalBasis).count({ where: { code: basis.code } });
      if (!exists) await at(['legalBases', index], () => strapi.documents(UID.legalBasis).create({ data: basis as any }));
    }
    await upsertBySlug('processors', UID.processor, input.processors);
    await upsertBySlug('retentionRules', UID.retentionRule, input.retentionRules);
    const basisIds = await documentIdsBy(UID.legalBasis, 'code');
    const processorIds = await documentIdsBy(UID.processor, 'slug');
    const retentionIds = await documentIdsBy(UID.retentionRule, 'slug');

    const createSection = async (section: SectionInput, position: number, path: Path, parent?: string): Promise<string> => {
      const { children = [], legalBases = [], processors, retentionRules, ...fields } = section;
      const created = await at(path, async () =>
        strapi.documents(UID.section).create({
          data: {
            position,
            ...fields,
            ...(parent ? { parent } : {}),
            legalBases: legalBases.map(({ code, ...claim }) => ({ ...claim, legalBasis: resolve(basisIds, [code], 'legalBases')[0] })),
            processors: resolve(processorIds, processors, 'processors'),
            retentionRules: resolve(retentionIds, retentionRules, 'retentionRules'),
          } as any,
        })
      );
      for (const [index, child] of children.entries()) {
        await createSection(child, index + 1, [...path, 'children', index], created.documentId);
      }
      return created.documentId;
    };

    const { sections = [], ...policyFields } = input.policy;
    const sectionIds: string[] = [];
    for (const [index, section] of sections.entries()) {
      sectionIds.push(await createSection(section, index + 1, ['policy', 'sections', index]));
    }
    const policy = await at(['policy'], () =>
      strapi.documents(UID.policy).create({ data: { ...policyFields, sections: sectionIds } as any })
    );
    if (publish) await at(['policy'], () => strapi.documents(UID.policy).publish({ documentId: policy.documentId }));
    return policy;
  };

  return {
    /** All or nothing: a bad entry anywhere rolls the whole import back. */
    async importPolicy(input: PolicyImport, { publish = true } = {}) {
      return strapi.db.transaction(() => importAll(input, publish));
    },
  };
};

export default policyImport;
