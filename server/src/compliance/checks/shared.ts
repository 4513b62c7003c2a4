import type { LegalBasisClaimSnapshot, PolicySnapshot, SectionSnapshot } from '../../domain/snapshot';
import { eachSection } from '../../domain/processing-activities';

/** Codes of the legal bases the checks reason about (see domain/legal-bases.ts). */
export const BASIS = {
  consent: 'gdpr-art-6-1-a',
  contract: 'gdpr-art-6-1-b',
  legitimateInterests: 'gdpr-art-6-1-f',
  explicitConsent: 'gdpr-art-9-2-a',
} as const;

export const isBlank = (text: string | null | undefined) => !text || !text.trim();

export const isConsent = (claim: LegalBasisClaimSnapshot) => claim.code === BASIS.consent || claim.code === BASIS.explicitConsent;

export const basisName = (claim: LegalBasisClaimSnapshot) => claim.name ?? claim.article ?? claim.code ?? 'legal basis';

/** Every section in document order. */
export const allSections = (snapshot: PolicySnapshot): SectionSnapshot[] => eachSection(snapshot).map(({ section }) => section);

/** The ancestors of the section from the top level down, then the section itself. */
export const chainOf = (snapshot: PolicySnapshot, section: SectionSnapshot): SectionSnapshot[] => {
  const entry = eachSection(snapshot).find((candidate) => candidate.section === section);
  return entry ? [...entry.ancestors, section] : [section];
};

/** The other subsections of the section's parent; none for a top-level section. */
export const siblingsOf = (snapshot: PolicySnapshot, section: SectionSnapshot): SectionSnapshot[] => {
  const chain = chainOf(snapshot, section);
  const parent = chain[chain.length - 2];
  return parent ? parent.children.filter((sibling) => sibling !== section) : [];
};
