import type { LegalBasisClaimSnapshot, PolicySnapshot, SectionSnapshot } from '../../domain/snapshot';
import { eachSection } from '../../domain/processing-activities';
import { policyTarget, sectionTarget, type FindingTarget } from '../findings';

/** Codes of the legal bases the checks reason about (see domain/legal-bases.ts). */
export const BASIS = {
  consent: 'gdpr-art-6-1-a',
  contract: 'gdpr-art-6-1-b',
  publicTask: 'gdpr-art-6-1-e',
  legitimateInterests: 'gdpr-art-6-1-f',
  explicitConsent: 'gdpr-art-9-2-a',
} as const;

export const isBlank = (text: string | null | undefined) => !text || !text.trim();

/** An Art. 6(1) lawful basis, and an Art. 9(2) special-category condition (codes of domain/legal-bases.ts). */
export const isArticle6 = (claim: LegalBasisClaimSnapshot) => Boolean(claim.code?.startsWith('gdpr-art-6-1-'));
export const isArticle9 = (claim: LegalBasisClaimSnapshot) => Boolean(claim.code?.startsWith('gdpr-art-9-2-'));

/**
 * A way to reach someone written in a text: an email address, a web address, a phone number, or words
 * such as "contact us" / "write to us" (English, French, German).
 */
export const CONTACT_ROUTE =
  /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}|https?:\/\/\S+|\+?\d[\d\s().-]{7,}\d|\b(contact us|write to us|e-?mail us|call us|contact form|(through|via|using) (our|the) (form|website)|kontaktieren sie uns|schreiben sie uns)\b|nous contacter|contactez-nous|écrivez-nous/i;

/** A section and every section under it, in document order. */
export const subtree = (section: SectionSnapshot): SectionSnapshot[] => [section, ...section.children.flatMap(subtree)];

/** The text a reader sees in these sections: titles and bodies. */
export const proseOf = (sections: SectionSnapshot[]) => sections.map((section) => `${section.title}\n${section.body}`).join('\n');

export const isConsent = (claim: LegalBasisClaimSnapshot) => claim.code === BASIS.consent || claim.code === BASIS.explicitConsent;

export const basisName = (claim: LegalBasisClaimSnapshot) => claim.name ?? claim.article ?? claim.code ?? 'legal basis';

/** Every section in document order. */
export const allSections = (snapshot: PolicySnapshot): SectionSnapshot[] => eachSection(snapshot).map(({ section }) => section);

/** A text a reader sees, where a finding about it points, and the section it belongs to (null for the introduction). */
export interface ProseText {
  target: FindingTarget;
  label: string;
  text: string;
  section: SectionSnapshot | null;
}

/** The policy's introduction and every section's body, in document order. */
export const policyProse = (snapshot: PolicySnapshot): ProseText[] => [
  {
    target: policyTarget(snapshot, 'introduction'),
    label: `The introduction of policy "${snapshot.policy.title}"`,
    text: snapshot.policy.introduction,
    section: null,
  },
  ...allSections(snapshot).map((section) => ({
    target: sectionTarget(section, 'body'),
    label: `Section "${section.title}"`,
    text: section.body,
    section,
  })),
];

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

/** Words ending in a full stop that do not end a sentence: "Art. 46(2)(c)", "s.119A", "e.g.", "U.S.", "Abs. 2". */
const ABBREVIATION =
  /(?:\b(?:arts?|articles?|para|paras|no|nos|nr|s|ss|sch|reg|regs|abs|lit|buchst|cf|al|inc|ltd|co|st|vs|p|pp|ch|ca|approx|incl|dr|mr|mrs|ms|etc)|\b[a-z]\.[a-z]|\b[A-Z])\.$/i;

/**
 * The sentences of a text, and its clauses after a semicolon: where one statement ends. A full stop after an
 * abbreviation ("Art. 46", "e.g.", "U.S.") does not end a sentence.
 */
export const sentencesOf = (text: string | null | undefined): string[] => {
  const sentences: string[] = [];
  let start = 0;
  const source = text ?? '';
  for (const match of source.matchAll(/[.!?;]+(?=\s|$)|\n+/g)) {
    const end = match.index! + match[0].length;
    if (match[0].startsWith('.') && ABBREVIATION.test(source.slice(Math.max(0, start), end).trimEnd().split(/\s+/).pop() ?? '')) continue;
    sentences.push(source.slice(start, end).trim());
    start = end;
  }
  sentences.push(source.slice(start).trim());
  return sentences.filter(Boolean);
};
