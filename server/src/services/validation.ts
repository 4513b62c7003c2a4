import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../domain/uids';
import {
  countryListRule,
  emailRule,
  FieldRule,
  httpUrlRule,
  isBlank,
  isoDurationRule,
  normaliseCountryCode,
  rightsListRule,
  slugRule,
  textListRule,
  transferMechanismListRule,
} from '../domain/field-rules';
import { getService } from '../utils/get-service';

type Data = Record<string, any>;

const FIELD_RULES: Record<string, Record<string, FieldRule>> = {
  [UID.legalBasis]: { code: slugRule },
  [UID.processor]: {
    slug: slugRule,
    privacyPolicyUrl: httpUrlRule,
    optOutUrl: httpUrlRule,
    storageCountries: countryListRule,
    additionalTransferMechanisms: transferMechanismListRule,
    dataShared: textListRule,
  },
  [UID.retentionRule]: { slug: slugRule, period: isoDurationRule, criteria: textListRule },
  [UID.section]: {
    slug: slugRule,
    dataCollected: textListRule,
    dataSources: textListRule,
    storageCountries: countryListRule,
    rights: rightsListRule,
    lawReferences: textListRule,
  },
  [UID.policy]: { slug: slugRule, websiteUrl: httpUrlRule },
};

const COMPONENT_RULES: Record<string, Record<string, Record<string, FieldRule>>> = {
  [UID.policy]: { controller: { website: httpUrlRule, supervisoryAuthorityUrl: httpUrlRule, email: emailRule, dpoEmail: emailRule } },
};

export const fieldError = (path: string[], problem: string) => {
  const message = `${path.join('.')} ${problem}`;
  return new errors.ValidationError(message, { errors: [{ path, message, name: 'ValidationError' }] });
};

const checkFields = (rules: Record<string, FieldRule>, data: Data, pathPrefix: string[]) => {
  for (const [field, rule] of Object.entries(rules)) {
    if (!(field in data) || isBlank(data[field])) continue;
    const problem = rule(data[field]);
    if (problem) throw fieldError([...pathPrefix, field], problem);
  }
};

/** Canonical forms, applied before the rules so that "gb " and "p6y" are accepted as GB and P6Y. */
const normalise = (data: Data) => {
  if (Array.isArray(data.storageCountries)) {
    data.storageCountries = data.storageCountries.map((code: unknown) => (typeof code === 'string' ? normaliseCountryCode(code) : code));
  }
  if (typeof data.period === 'string') data.period = data.period.trim().toUpperCase();
  if (typeof data.slug === 'string') data.slug = data.slug.trim();
};

/** PostgreSQL cannot store U+0000 in text, and no policy needs it: refused everywhere, with its place. */
const rejectNulCharacters = (value: unknown, path: string[]) => {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw fieldError(path, 'must not contain the NUL character (U+0000)');
    return;
  }
  if (Array.isArray(value)) value.forEach((item, index) => rejectNulCharacters(item, [...path, String(index)]));
  else if (value && typeof value === 'object') Object.entries(value).forEach(([key, item]) => rejectNulCharacters(item, [...path, key]));
};

const validation = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Field-level rules for a create or update payload of one of the plugin's types. */
  checkWrite(uid: string, data: Data | undefined) {
    if (!data) return;
    rejectNulCharacters(data, []);
    normalise(data);
    const rules = FIELD_RULES[uid];
    if (rules) checkFields(rules, data, []);
    for (const [component, rulesForComponent] of Object.entries(COMPONENT_RULES[uid] ?? {})) {
      const value = data[component];
      if (value && typeof value === 'object') checkFields(rulesForComponent, value, [component]);
    }
  },

  /** A section's parent chain must end at a root, without passing the section again, within the depth limit. */
  async assertAcyclicParent(sectionId: number) {
    const maxDepth = strapi.plugin('privacy-policy').config<number>('maxSectionDepth');
    const seen = new Set<number>([sectionId]);
    let current = await this.parentOf(sectionId);
    let depth = 1;
    while (current) {
      if (current.id === sectionId) {
        throw fieldError(['parent'], depth === 1 ? 'cannot be the section itself' : 'would create a cycle of sections');
      }
      if (seen.has(current.id)) throw fieldError(['parent'], 'would create a cycle of sections');
      seen.add(current.id);
      depth += 1;
      if (depth > maxDepth) throw fieldError(['parent'], `would nest sections deeper than ${maxDepth} levels`);
      current = await this.parentOf(current.id);
    }
  },

  async parentOf(sectionId: number): Promise<{ id: number } | null> {
    const row = await strapi.db.query(UID.section).findOne({
      where: { id: sectionId },
      select: ['id'],
      populate: { parent: { select: ['id'] } },
    });
    return row?.parent ?? null;
  },

  /** Section slugs are anchors, so they must be unique within each policy's whole section tree. */
  async assertUniqueSectionSlugs(policyRowIds: number[]) {
    const tree = getService('section-tree', { strapi });
    for (const policyRowId of policyRowIds) {
      const sections = await tree.flatSectionsOfPolicyRow(policyRowId);
      const bySlug = new Map<string, string>();
      for (const section of sections) {
        const other = bySlug.get(section.slug);
        if (other !== undefined) {
          throw fieldError(
            ['sections'],
            `contain two sections with the slug "${section.slug}" ("${other}" and "${section.title}"); give one of them another slug`,
          );
        }
        bySlug.set(section.slug, section.title);
      }
    }
  },
});

export default validation;
export type ValidationService = ReturnType<typeof validation>;
