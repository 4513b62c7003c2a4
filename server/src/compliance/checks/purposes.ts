import type { PolicySnapshot, SectionSnapshot } from '../../domain/snapshot';
import { processingActivities, type ProcessingActivity } from '../../domain/processing-activities';
import type { ComplianceCheck } from '../findings';
import { finding, policyTarget, sectionTarget } from '../findings';
import { allSections, siblingsOf } from './shared';

const statesABasis = (section: SectionSnapshot) => section.legalBases.some((claim) => claim.code);

/**
 * Cookies and transfers sections describe how data moves rather than why, and a subsection often lists the
 * data while a sibling subsection states the purpose: the basis is then probably stated, just not where it belongs.
 */
const basisProbablyStatedElsewhere = (snapshot: PolicySnapshot, section: SectionSnapshot) =>
  section.category === 'cookies' || section.category === 'transfers' || siblingsOf(snapshot, section).some(statesABasis);

const missingBasis = (snapshot: PolicySnapshot, { section }: ProcessingActivity) =>
  basisProbablyStatedElsewhere(snapshot, section)
    ? finding(purposeLegalBasis, {
        severity: 'warning',
        target: sectionTarget(section, 'legalBases'),
        message: `Section "${section.title}" lists data it collects but states no legal basis, relying on another section or document to give it.`,
        fix: 'Add the legal basis for this purpose to the section itself, repeating the one stated elsewhere.',
      })
    : finding(purposeLegalBasis, {
        severity: 'error',
        target: sectionTarget(section, 'legalBases'),
        message: `Section "${section.title}" lists data it collects but states no legal basis for it, here or in a parent section.`,
        fix: 'Add a legal basis claim for this purpose to the section or its parent.',
      });

const emptyClaim = (section: SectionSnapshot) =>
  finding(purposeLegalBasis, {
    severity: 'error',
    target: sectionTarget(section, 'legalBases'),
    message: `Section "${section.title}" has a legal basis claim with no legal basis selected.`,
    fix: 'Select the legal basis in the claim, or remove the empty claim.',
  });

export const purposeLegalBasis: ComplianceCheck = {
  id: 'purpose-legal-basis',
  source: 'GDPR Art. 13(1)(c)',
  title: 'Every purpose has a legal basis',
  appliesTo: 'privacy',
  run(snapshot) {
    const sections = allSections(snapshot);
    const emptyClaims = sections.filter((section) => section.legalBases.some((claim) => !claim.code)).map(emptyClaim);
    if (!sections.some(statesABasis)) {
      const noBasisAtAll = finding(purposeLegalBasis, {
        severity: 'error',
        target: policyTarget(snapshot),
        message: `Policy "${snapshot.policy.title}" states no legal basis for any of its processing.`,
        fix: 'Add a legal basis claim to each section that describes a purpose.',
      });
      return [noBasisAtAll, ...emptyClaims];
    }
    const unfounded = processingActivities(snapshot).filter((activity) => activity.legalBases.length === 0);
    return [...emptyClaims, ...unfounded.map((activity) => missingBasis(snapshot, activity))];
  },
};
