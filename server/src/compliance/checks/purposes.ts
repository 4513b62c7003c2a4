import type { LegalBasisClaimSnapshot, PolicySnapshot, SectionSnapshot } from '../../domain/snapshot';
import { processingActivities, type ProcessingActivity } from '../../domain/processing-activities';
import type { Regime } from '../../law/regimes';
import type { ComplianceCheck } from '../findings';
import { finding, policyTarget, sectionTarget } from '../findings';
import { allSections, basisName, isBlank, siblingsOf } from './shared';

const statesABasis = (section: SectionSnapshot) => section.legalBases.some((claim) => claim.code);

/**
 * Cookies and transfers sections describe how data moves rather than why, and a subsection often lists the
 * data while a sibling subsection states the purpose: the basis is then probably stated, just not where it belongs.
 */
const basisProbablyStatedElsewhere = (snapshot: PolicySnapshot, section: SectionSnapshot) =>
  section.category === 'cookies' || section.category === 'transfers' || siblingsOf(snapshot, section).some(statesABasis);

const missingBasis = (snapshot: PolicySnapshot, { section }: ProcessingActivity, regimes: Regime[]) =>
  basisProbablyStatedElsewhere(snapshot, section)
    ? finding(purposeLegalBasis, {
        severity: 'warning',
        regimes,
        target: sectionTarget(section, 'legalBases'),
        message: `Section "${section.title}" lists data it collects but states no legal basis, relying on another section or document to give it.`,
        fix: 'Add the legal basis for this purpose to the section itself, repeating the one stated elsewhere.',
      })
    : finding(purposeLegalBasis, {
        severity: 'error',
        regimes,
        target: sectionTarget(section, 'legalBases'),
        message: `Section "${section.title}" lists data it collects but states no legal basis for it, here or in a parent section.`,
        fix: 'Add a legal basis claim for this purpose to the section or its parent.',
      });

const emptyClaim = (section: SectionSnapshot, regimes: Regime[]) =>
  finding(purposeLegalBasis, {
    severity: 'error',
    regimes,
    target: sectionTarget(section, 'legalBases'),
    message: `Section "${section.title}" has a legal basis claim with no legal basis selected.`,
    fix: 'Select the legal basis in the claim, or remove the empty claim.',
  });

/** Art. 13(1)(c) asks for "the purposes … as well as the legal basis": each claim says what its basis is for. */
const claimWithoutPurpose = (section: SectionSnapshot, claim: LegalBasisClaimSnapshot, regimes: Regime[]) =>
  finding(purposeLegalBasis, {
    severity: 'error',
    regimes,
    target: sectionTarget(section, 'legalBases'),
    message: `Section "${section.title}" relies on "${basisName(claim)}" without saying for what purpose.`,
    fix: `Write the purpose of the "${basisName(claim)}" claim (what the data is used for under it), and choose its DPV purpose if one fits.`,
  });

export const purposeLegalBasis: ComplianceCheck = {
  id: 'purpose-legal-basis',
  source: (regime) => regime.article('Art. 13(1)(c)'),
  title: 'Every purpose has a legal basis, and every legal basis its purpose',
  appliesTo: 'privacy',
  run(snapshot, { regimes }) {
    const sections = allSections(snapshot);
    const emptyClaims = sections
      .filter((section) => section.legalBases.some((claim) => !claim.code))
      .map((section) => emptyClaim(section, regimes));
    const withoutPurpose = sections.flatMap((section) =>
      section.legalBases
        .filter((claim) => claim.code && isBlank(claim.purpose))
        .map((claim) => claimWithoutPurpose(section, claim, regimes)),
    );
    if (!sections.some(statesABasis)) {
      const noBasisAtAll = finding(purposeLegalBasis, {
        severity: 'error',
        regimes,
        target: policyTarget(snapshot),
        message: `Policy "${snapshot.policy.title}" states no legal basis for any of its processing.`,
        fix: 'Add a legal basis claim to each section that describes a purpose.',
      });
      return [noBasisAtAll, ...emptyClaims];
    }
    const unfounded = processingActivities(snapshot).filter((activity) => activity.legalBases.length === 0);
    return [...emptyClaims, ...withoutPurpose, ...unfounded.map((activity) => missingBasis(snapshot, activity, regimes))];
  },
};
