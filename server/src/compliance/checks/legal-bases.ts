import type { LegalBasisClaimSnapshot, SectionSnapshot } from '../../domain/snapshot';
import { guidanceRef } from '../../law/regimes';
import type { ComplianceCheck } from '../findings';
import { finding, sectionTarget } from '../findings';
import { allSections, BASIS, basisName, isBlank, isConsent } from './shared';

export const legitimateInterestsStated: ComplianceCheck = {
  id: 'legitimate-interests-stated',
  source: (regime) => regime.article('Art. 13(1)(d)'),
  title: 'The legitimate interests are stated where Art. 6(1)(f) is relied on',
  appliesTo: 'privacy',
  run(snapshot, { regimes }) {
    return allSections(snapshot)
      .filter((section) => section.legalBases.some((claim) => claim.code === BASIS.legitimateInterests && isBlank(claim.justification)))
      .map((section) =>
        finding(legitimateInterestsStated, {
          severity: 'error',
          regimes,
          target: sectionTarget(section, 'legalBases'),
          message: `Section "${section.title}" relies on legitimate interests (Art. 6(1)(f)) without saying what those interests are.`,
          fix: 'Write the legitimate interests pursued in the justification of the claim.',
        }),
      );
  },
};

/** Legitimate interests without a justification is legitimateInterestsStated's error, so it is left out here. */
const unjustified = (claim: LegalBasisClaimSnapshot) =>
  claim.code !== null && claim.code !== BASIS.legitimateInterests && isBlank(claim.justification);

export const legalBasisJustification: ComplianceCheck = {
  id: 'legal-basis-justification',
  source: (regime) => `${regime.article('Art. 13(1)(c)')}; Art. 5(2)`,
  title: 'Each legal basis claim says why the basis applies',
  appliesTo: 'any',
  run(snapshot, { regimes }) {
    return allSections(snapshot).flatMap((section) =>
      section.legalBases.filter(unjustified).map((claim) =>
        finding(legalBasisJustification, {
          severity: 'warning',
          regimes,
          target: sectionTarget(section, 'legalBases'),
          message: `Section "${section.title}" names "${basisName(claim)}" as a legal basis without explaining why it applies.`,
          fix: `Add a justification to the "${basisName(claim)}" claim saying why the basis applies.`,
        }),
      ),
    );
  },
};

// English and French wording; other languages are read as a requirement.
const saysOptional = (text: string) =>
  /\b(optional|voluntar|not obliged|not required|do not have to|don't have to|need not|facultati|pas obligatoire|non obligatoire|pas tenu)/i.test(
    text,
  );

/** Consent next to contract is fine when the consent claim says what it covers beyond the contract. */
const consentOverlapsContract = (section: SectionSnapshot) => {
  const consent = section.legalBases.find(isConsent);
  const contract = section.legalBases.find((claim) => claim.code === BASIS.contract);
  if (!consent || !contract) return false;
  return isBlank(consent.justification) || sameText(consent.justification, contract.justification);
};

const sameText = (a: string | null, b: string | null) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

const consentForRequiredData = (section: SectionSnapshot) => {
  const requirement = section.provisionRequirement ?? '';
  return section.legalBases.some(isConsent) && !isBlank(requirement) && !saysOptional(requirement);
};

export const consentForContract: ComplianceCheck = {
  id: 'consent-for-contract',
  source: (regime) =>
    regime.edpbGuidance ? `${regime.article('Art. 7(4)')}; ${guidanceRef('edpb-05-2020')}` : regime.article('Art. 7(4)'),
  title: 'Consent is not named as the basis for processing a contract requires',
  appliesTo: 'any',
  run(snapshot, { regimes }) {
    return allSections(snapshot).flatMap((section) => {
      if (consentForRequiredData(section)) {
        return [
          finding(consentForContract, {
            severity: 'error',
            regimes,
            target: sectionTarget(section, 'legalBases'),
            message: `Section "${section.title}" names consent as a legal basis although people must provide the data, so the consent cannot be freely given.`,
            fix: 'Rely on contract (Art. 6(1)(b)) or another basis for the required data and keep consent for optional extras.',
          }),
        ];
      }
      if (consentOverlapsContract(section)) {
        return [
          finding(consentForContract, {
            severity: 'error',
            regimes,
            target: sectionTarget(section, 'legalBases'),
            message: `Section "${section.title}" names both consent and contract as legal bases without saying what the consent covers that the contract does not.`,
            fix: 'Drop consent for what the contract needs, or justify the consent claim with the optional purpose it covers.',
          }),
        ];
      }
      return [];
    });
  },
};
