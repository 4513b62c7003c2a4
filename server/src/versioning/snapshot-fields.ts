import type { PolicySnapshot, ProcessorSnapshot, RetentionRuleSnapshot, SectionSnapshot } from '../domain/snapshot';

/**
 * The way back from a snapshot to the fields an editor writes: what restoring a version puts into the
 * draft. Derived values (country names, `transfersOutsideUkEea`, `periodText`) are left out; relations
 * are resolved by the caller.
 */

const codes = (countries: { code: string }[]) => countries.map((country) => country.code);

export const processorFields = (processor: ProcessorSnapshot) => ({
  name: processor.name,
  slug: processor.slug,
  category: processor.category,
  role: processor.role,
  disclosedByName: processor.disclosedByName,
  purpose: processor.purpose,
  dataShared: processor.dataShared,
  privacyPolicyUrl: processor.privacyPolicyUrl,
  optOutUrl: processor.optOutUrl,
  storageCountries: codes(processor.storageCountries),
  storageDescription: processor.storageDescription,
  transferMechanism: processor.transferMechanism,
  additionalTransferMechanisms: processor.additionalTransferMechanisms,
  transferNotes: processor.transferNotes,
  safeguardCopy: processor.safeguardCopy ?? null,
  jointArrangement: processor.jointArrangement ?? null,
});

export const retentionRuleFields = (rule: RetentionRuleSnapshot) => ({
  name: rule.name,
  slug: rule.slug,
  dataCategory: rule.dataCategory,
  period: rule.period,
  trigger: rule.trigger,
  triggerDescription: rule.triggerDescription,
  reason: rule.reason,
  criteria: rule.criteria,
});

/** A section's own fields; `legalBases`, `processors`, `retentionRules` and `parent` need document ids. */
export const sectionFields = (section: SectionSnapshot) => ({
  title: section.title,
  slug: section.slug,
  category: section.category,
  position: section.position,
  body: section.body,
  dataCollected: section.dataCollected,
  dataSources: section.dataSources,
  provisionRequirement: section.provisionRequirement,
  storageLocation: section.storageLocation,
  storageCountries: codes(section.storageCountries),
  automatedDecision: section.automatedDecision ? { ...section.automatedDecision } : null,
  rights: section.rights,
  ageThreshold: section.ageThreshold,
  lawReferences: section.lawReferences,
});

export const policyFields = (policy: PolicySnapshot['policy']) => ({
  title: policy.title,
  slug: policy.slug,
  kind: policy.kind,
  applicableLaw: policy.applicableLaw ?? 'eu-gdpr',
  websiteUrl: policy.websiteUrl,
  introduction: policy.introduction,
  controller: policy.controller ? { ...policy.controller } : null,
});

/** Every section of a tree, parents before children, with its parent's slug. */
export const flattenSections = (
  sections: SectionSnapshot[],
  parent: string | null = null,
): { section: SectionSnapshot; parent: string | null }[] =>
  sections.flatMap((section) => [{ section, parent }, ...flattenSections(section.children, section.slug)]);

/** The legal bases a snapshot relies on, by code, with what is needed to recreate one that was deleted. */
export const legalBasesOf = (sections: SectionSnapshot[]) => {
  const found = new Map<string, { code: string; regulation: string | null; article: string | null; name: string | null }>();
  for (const { section } of flattenSections(sections)) {
    for (const claim of section.legalBases)
      if (claim.code) found.set(claim.code, { code: claim.code, regulation: claim.regulation, article: claim.article, name: claim.name });
  }
  return [...found.values()];
};
