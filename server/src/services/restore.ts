import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../domain/uids';
import { parseVersionNumber } from '../versioning/numbering';
import {
  flattenSections,
  legalBasesOf,
  policyFields,
  processorFields,
  retentionRuleFields,
  sectionFields,
} from '../versioning/snapshot-fields';
import { canonicalJson, contentHash, PolicySnapshot, processorSnapshot, retentionRuleSnapshot, SectionSnapshot } from '../domain/snapshot';
import { getService } from '../utils/get-service';
import type { RestoreChange, RestoreResult } from '../../../shared/contracts/admin';

type Fields = Record<string, any>;

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

const claimFields = (section: SectionSnapshot) =>
  section.legalBases.map((claim) => ({
    code: claim.code,
    justificationLabel: claim.justificationLabel,
    justification: claim.justification,
    purpose: claim.purpose ?? null,
    dpvPurpose: claim.dpvPurpose ?? null,
  }));

/** What a section states, relations by slug, so that a draft section and a snapshot section compare. */
const sectionState = (section: SectionSnapshot, parent: string | null) => ({
  ...sectionFields(section),
  parent,
  legalBases: claimFields(section),
  processors: section.processors.map((processor) => processor.slug),
  retentionRules: section.retentionRules.map((rule) => rule.slug),
});

/**
 * Writes a version's content back into the draft of a policy (one locale) and of every section,
 * processor and retention rule its snapshot references, recreating deleted entries. Nothing is
 * published and no version is touched: the editor reviews the draft, then publishes as usual. A plan
 * (dry run) lists the same changes without writing, for the confirmation dialog.
 */
const restore = ({ strapi }: { strapi: Core.Strapi }) => {
  const versionSnapshot = async (policyDocumentId: string, number: string, locale: string): Promise<PolicySnapshot> => {
    const parsed = parseVersionNumber(number);
    const version =
      parsed &&
      (await strapi.db
        .query(UID.policyVersion)
        .findOne({ where: { policyDocumentId, policyLocale: locale, ...parsed }, select: ['id', 'snapshot'] }));
    if (!version) throw new errors.NotFoundError(`The policy "${policyDocumentId}" has no version ${number} in locale "${locale}"`);
    return version.snapshot;
  };

  const draftRow = async (policyDocumentId: string, locale: string) => {
    const draft = await strapi.db
      .query(UID.policy)
      .findOne({ where: { documentId: policyDocumentId, locale, publishedAt: null }, select: ['id', 'documentId', 'title'] });
    if (!draft) throw new errors.NotFoundError(`No policy draft has the documentId "${policyDocumentId}" in locale "${locale}"`);
    return draft;
  };

  /** The document with this slug: in `locale` if it exists there, else in another locale (to add a translation). */
  const bySlug = async (uid: typeof UID.processor | typeof UID.retentionRule, slug: string, locale: string) => {
    const rows = await strapi.db.query(uid).findMany({ where: { slug } });
    return { inLocale: rows.find((row: any) => row.locale === locale) ?? null, elsewhere: rows[0] ?? null };
  };

  /**
   * A section the version had that has left the tree since (detached, not deleted): one with the slug,
   * in the locale, at the top level, linked to no other policy. Its document is reused rather than copied.
   */
  const detachedSection = async (policyDocumentId: string, slug: string, locale: string): Promise<string | null> => {
    const candidates = await strapi.db
      .query(UID.section)
      .findMany({ where: { slug, locale, parent: { id: { $null: true } } }, select: ['id', 'documentId'] });
    for (const candidate of candidates) {
      const holders = await strapi.db.query(UID.policy).findMany({ where: { sections: { id: candidate.id } }, select: ['documentId'] });
      if (holders.every((holder: any) => holder.documentId === policyDocumentId)) return candidate.documentId;
    }
    return null;
  };

  const run = async (policyDocumentId: string, number: string, locale: string, apply: boolean): Promise<RestoreResult> => {
    const target = await versionSnapshot(policyDocumentId, number, locale);
    const draft = await draftRow(policyDocumentId, locale);
    const current: PolicySnapshot = await getService('snapshot', { strapi }).ofPolicyRow(draft.id);
    const changes: RestoreChange[] = [];
    const documents = (uid: any) => strapi.documents(uid);
    const write = async (uid: string, documentId: string | null, data: Fields) => {
      if (!apply) return documentId ?? `planned-${changes.length}`;
      const written = documentId
        ? await documents(uid).update({ documentId, locale, data: data as any })
        : await documents(uid).create({ locale, data: data as any });
      return written!.documentId as string;
    };

    // Legal bases are a shared catalogue: only ones deleted since the version are recreated.
    const basisIds = new Map<string, string>();
    for (const basis of legalBasesOf(target.sections)) {
      const row = await strapi.db.query(UID.legalBasis).findOne({ where: { code: basis.code }, select: ['documentId'] });
      if (row) basisIds.set(basis.code, row.documentId);
      else {
        const documentId = apply ? (await documents(UID.legalBasis).create({ data: basis as any }))!.documentId : `planned-${basis.code}`;
        basisIds.set(basis.code, documentId);
        changes.push({
          kind: 'legal-basis',
          action: 'created',
          documentId: apply ? documentId : null,
          slug: basis.code,
          name: basis.name ?? basis.code,
        });
      }
    }

    const upsertShared = async <T extends { slug: string; name: string }>(
      kind: 'processor' | 'retention-rule',
      uid: typeof UID.processor | typeof UID.retentionRule,
      items: T[],
      fields: (item: T) => Fields,
      state: (row: any) => Fields,
    ) => {
      const ids = new Map<string, string>();
      for (const item of items) {
        const { inLocale, elsewhere } = await bySlug(uid, item.slug, locale);
        const wanted = fields(item);
        if (inLocale && same(state(inLocale), wanted)) {
          ids.set(item.slug, inLocale.documentId);
          continue;
        }
        const documentId = await write(uid, inLocale?.documentId ?? elsewhere?.documentId ?? null, wanted);
        ids.set(item.slug, documentId);
        changes.push({
          kind,
          action: inLocale ? 'updated' : 'created',
          documentId: apply ? documentId : (inLocale?.documentId ?? null),
          slug: item.slug,
          name: item.name,
        });
      }
      return ids;
    };
    const processorIds = await upsertShared('processor', UID.processor, target.processors, processorFields, (row) =>
      processorFields(processorSnapshot(row)),
    );
    const ruleIds = await upsertShared('retention-rule', UID.retentionRule, target.retentionRules, retentionRuleFields, (row) =>
      retentionRuleFields(retentionRuleSnapshot(row)),
    );

    const currentSections = new Map(flattenSections(current.sections).map((entry) => [entry.section.slug, entry]));
    const sectionIds = new Map<string, string>();
    for (const section of await getService('section-tree', { strapi }).flatSectionsOfPolicyRow(draft.id))
      sectionIds.set(section.slug, section.documentId);

    for (const { section, parent } of flattenSections(target.sections)) {
      const existing = currentSections.get(section.slug);
      const existingId = existing ? (sectionIds.get(section.slug) ?? null) : await detachedSection(policyDocumentId, section.slug, locale);
      if (existing && existingId && same(sectionState(existing.section, existing.parent), sectionState(section, parent))) continue;
      const documentId = await write(UID.section, existingId, {
        ...sectionFields(section),
        parent: parent ? sectionIds.get(parent) : null,
        legalBases: section.legalBases.map((claim) => ({
          legalBasis: claim.code ? (basisIds.get(claim.code) ?? null) : null,
          justificationLabel: claim.justificationLabel,
          justification: claim.justification,
          purpose: claim.purpose ?? null,
          dpvPurpose: claim.dpvPurpose ?? null,
        })),
        processors: section.processors.map((processor) => processorIds.get(processor.slug)),
        retentionRules: section.retentionRules.map((rule) => ruleIds.get(rule.slug)),
      });
      sectionIds.set(section.slug, documentId);
      changes.push({
        kind: 'section',
        action: existingId ? 'updated' : 'created',
        documentId: apply || existingId ? documentId : null,
        slug: section.slug,
        name: section.title,
      });
    }

    // Sections the version did not have leave the tree; they are kept, not deleted.
    const targetSlugs = new Set(flattenSections(target.sections).map((entry) => entry.section.slug));
    for (const [slug, entry] of currentSections) {
      if (targetSlugs.has(slug)) continue;
      const documentId = sectionIds.get(slug) ?? null;
      if (documentId && entry.parent) await write(UID.section, documentId, { parent: null });
      changes.push({ kind: 'section', action: 'detached', documentId, slug, name: entry.section.title });
    }

    const topLevel = target.sections.map((section) => sectionIds.get(section.slug));
    const currentTopLevel = current.sections.map((section) => sectionIds.get(section.slug));
    if (!same(policyFields(current.policy), policyFields(target.policy)) || !same(currentTopLevel, topLevel)) {
      await write(UID.policy, policyDocumentId, { ...policyFields(target.policy), sections: topLevel });
      changes.push({
        kind: 'policy',
        action: 'updated',
        documentId: policyDocumentId,
        slug: target.policy.slug,
        name: target.policy.title,
      });
    }

    if (!apply) return { version: number, locale, changes, contentHash: null, matchesVersion: null };
    const restored: PolicySnapshot = await getService('snapshot', { strapi }).ofPolicyRow(draft.id);
    const hash = contentHash(restored);
    return { version: number, locale, changes, contentHash: hash, matchesVersion: hash === contentHash(target) };
  };

  return {
    /** What restoring would write, without writing. */
    async plan(policyDocumentId: string, number: string, { locale }: { locale: string }): Promise<RestoreResult> {
      return run(policyDocumentId, number, locale, false);
    },

    /** All or nothing: a write refused by validation rolls the whole restore back. */
    async restore(policyDocumentId: string, number: string, { locale }: { locale: string }): Promise<RestoreResult> {
      return strapi.db.transaction(() => run(policyDocumentId, number, locale, true));
    },
  };
};

export default restore;
