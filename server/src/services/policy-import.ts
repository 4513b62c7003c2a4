import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../domain/uids';
import { getService } from '../utils/get-service';

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

/**
 * Imports a whole policy described as JSON (processors, retention rules and legal bases referenced by slug
 * or code) in one locale. Importing into a second locale adds that locale to the documents that already
 * have the slugs (a translation), and creates the rest.
 */
const policyImport = ({ strapi }: { strapi: Core.Strapi }) => {
  type LocalizedUid = typeof UID.processor | typeof UID.retentionRule | typeof UID.section | typeof UID.policy;

  /** The documentId an existing document with this slug has, preferring one in `locale`. */
  const documentWithSlug = async (uid: LocalizedUid, slug: string | undefined, locale: string): Promise<string | null> => {
    if (!slug) return null;
    const rows = await strapi.db.query(uid).findMany({ where: { slug }, select: ['documentId', 'locale'] });
    return (rows.find((row: any) => row.locale === locale) ?? rows[0])?.documentId ?? null;
  };

  /** Writes `data` as the `locale` version of the document (Strapi adds the locale if it is missing). */
  const upsert = async (uid: LocalizedUid, documentId: string | null, data: Fields, locale: string) =>
    documentId
      ? strapi.documents(uid).update({ documentId, locale, data: data as any })
      : strapi.documents(uid).create({ locale, data: data as any });

  const upsertBySlug = async (
    key: 'processors' | 'retentionRules',
    uid: typeof UID.processor | typeof UID.retentionRule,
    items: Fields[] = [],
    locale: string,
  ) => {
    for (const [index, item] of items.entries()) {
      await at([key, index], async () => upsert(uid, await documentWithSlug(uid, item.slug, locale), item, locale));
    }
  };

  const documentIdsBy = async (uid: string, field: string, locale?: string) => {
    const rows = await strapi.db.query(uid as any).findMany({ where: locale ? { locale } : {}, select: [field, 'documentId'] });
    return new Map<string, string>(rows.map((row: any) => [row[field], row.documentId]));
  };

  const resolve = (map: Map<string, string>, references: string[] = [], field: string) =>
    references.map((reference) => {
      const documentId = map.get(reference);
      if (!documentId) throw unknownReference(field, reference);
      return documentId;
    });

  /** Sections of an existing policy's tree (any locale) by slug, so a translation reuses their documents. */
  const existingSections = async (policyDocumentId: string | null) => {
    if (!policyDocumentId) return new Map<string, string>();
    const rows = await strapi.db.query(UID.policy).findMany({ where: { documentId: policyDocumentId }, select: ['id'] });
    const found = new Map<string, string>();
    for (const row of rows) {
      for (const section of await getService('section-tree', { strapi }).flatSectionsOfPolicyRow(row.id))
        found.set(section.slug, section.documentId);
    }
    return found;
  };

  const importAll = async (input: PolicyImport, publish: boolean, locale: string) => {
    for (const [index, basis] of (input.legalBases ?? []).entries()) {
      const exists = await strapi.db.query(UID.legalBasis).count({ where: { code: basis.code } });
      if (!exists) await at(['legalBases', index], () => strapi.documents(UID.legalBasis).create({ data: basis as any }));
    }
    await upsertBySlug('processors', UID.processor, input.processors, locale);
    await upsertBySlug('retentionRules', UID.retentionRule, input.retentionRules, locale);
    const basisIds = await documentIdsBy(UID.legalBasis, 'code');
    const processorIds = await documentIdsBy(UID.processor, 'slug', locale);
    const retentionIds = await documentIdsBy(UID.retentionRule, 'slug', locale);
    const { sections = [], ...policyFields } = input.policy;
    const policyDocumentId = await documentWithSlug(UID.policy, policyFields.slug, locale);
    const sectionDocuments = await existingSections(policyDocumentId);

    const writeSection = async (section: SectionInput, position: number, path: Path, parent?: string): Promise<string> => {
      const { children = [], legalBases = [], processors, retentionRules, ...fields } = section;
      const written = await at(path, async () =>
        upsert(
          UID.section,
          (section.slug && sectionDocuments.get(section.slug)) || null,
          {
            position,
            ...fields,
            ...(parent ? { parent } : {}),
            legalBases: legalBases.map(({ code, ...claim }) => ({ ...claim, legalBasis: resolve(basisIds, [code], 'legalBases')[0] })),
            processors: resolve(processorIds, processors, 'processors'),
            retentionRules: resolve(retentionIds, retentionRules, 'retentionRules'),
          },
          locale,
        ),
      );
      for (const [index, child] of children.entries()) {
        await writeSection(child, index + 1, [...path, 'children', index], written.documentId);
      }
      return written.documentId;
    };

    const sectionIds: string[] = [];
    for (const [index, section] of sections.entries()) {
      sectionIds.push(await writeSection(section, index + 1, ['policy', 'sections', index]));
    }
    const policy = await at(['policy'], () => upsert(UID.policy, policyDocumentId, { ...policyFields, sections: sectionIds }, locale));
    if (publish) await at(['policy'], () => strapi.documents(UID.policy).publish({ documentId: policy.documentId, locale }));
    return policy;
  };

  return {
    /** All or nothing: a bad entry anywhere rolls the whole import back. */
    async importPolicy(input: PolicyImport, { publish = true, locale }: { publish?: boolean; locale?: string } = {}) {
      const importLocale: string = locale ?? (await getService('locales', { strapi }).defaultLocale());
      return strapi.db.transaction(() => importAll(input, publish, importLocale));
    },
  };
};

export default policyImport;
