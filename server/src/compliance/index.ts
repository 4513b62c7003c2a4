import type { PolicySnapshot } from '../domain/snapshot';
import { eachSection } from '../domain/processing-activities';
import { APPLICABLE_LAWS, type ApplicableLaw, regimesOf } from '../law/regimes';
import type { CheckContext, ComplianceCheck, ComplianceFinding, ComplianceReport, FindingTarget, Severity } from './findings';
import { SEVERITIES, sourceOf } from './findings';
import { automatedDecisionLogic, automatedDecisionObjection } from './checks/automated-decisions';
import { changesAnnounced } from './checks/changes';
import { childrenAgeThreshold } from './checks/children';
import { controllerIdentity, dpoContact, representativeNamed } from './checks/controller';
import { jointControllerArrangement } from './checks/joint-controllers';
import { consentForContract, legalBasisJustification, legitimateInterestsStated } from './checks/legal-bases';
import { insecureLinks } from './checks/links';
import { provisionRequirement } from './checks/provision';
import { purposeLegalBasis } from './checks/purposes';
import { recipientsStated } from './checks/recipients';
import { retentionRulePeriod, retentionStated } from './checks/retention';
import { objectionSeparate, rightsExercise, rightsStated } from './checks/rights';
import { dataSourcesStated } from './checks/sources';
import { criminalOffenceData, explicitConsentInferred, specialCategoryBasis } from './checks/special-categories';
import { trackingConsent } from './checks/tracking';
import { transferSafeguardArticle } from './checks/transfer-articles';
import { ukDescribedInEea } from './checks/territory';
import {
  privacyShield,
  transferDerogationRoutine,
  transferMechanismFits,
  transferOutdatedMechanism,
  transferSafeguard,
  transferSafeguardCopy,
} from './checks/transfers';

export type { CheckContext, ComplianceCheck, ComplianceFinding, ComplianceReport, FindingTarget, Severity } from './findings';

export const COMPLIANCE_CHECKS: ComplianceCheck[] = [
  // Items GDPR Art. 13/14 requires in a privacy policy.
  controllerIdentity,
  representativeNamed,
  dpoContact,
  purposeLegalBasis,
  legitimateInterestsStated,
  recipientsStated,
  retentionStated,
  rightsStated,
  rightsExercise,
  objectionSeparate,
  provisionRequirement,
  automatedDecisionLogic,
  automatedDecisionObjection,
  dataSourcesStated,
  // Common mistakes, in any kind of policy.
  transferSafeguard,
  transferMechanismFits,
  transferOutdatedMechanism,
  transferDerogationRoutine,
  transferSafeguardCopy,
  transferSafeguardArticle,
  privacyShield,
  ukDescribedInEea,
  trackingConsent,
  consentForContract,
  specialCategoryBasis,
  explicitConsentInferred,
  criminalOffenceData,
  jointControllerArrangement,
  retentionRulePeriod,
  legalBasisJustification,
  childrenAgeThreshold,
  changesAnnounced,
  insecureLinks,
];

/** Policy and controller come first; processors and retention rules sit where a section first lists them. */
const documentPosition = (snapshot: PolicySnapshot) => {
  const sections = eachSection(snapshot).map(({ section }) => section);
  const firstListedIn = (slug: string | null, pick: (section: (typeof sections)[number]) => { slug: string }[]) => {
    const index = sections.findIndex((section) => pick(section).some((item) => item.slug === slug));
    return index === -1 ? sections.length : index;
  };
  return (target: FindingTarget): number => {
    switch (target.kind) {
      case 'policy':
        return -2;
      case 'controller':
        return -1;
      case 'section':
        return sections.findIndex((section) => section.slug === target.slug);
      case 'processor':
        return firstListedIn(target.slug, (section) => section.processors);
      case 'retention-rule':
        return firstListedIn(target.slug, (section) => section.retentionRules);
    }
  };
};

/** The law a snapshot states; one recorded before `applicableLaw` existed follows the EU GDPR. */
export const applicableLawOf = (snapshot: PolicySnapshot): ApplicableLaw =>
  (APPLICABLE_LAWS as readonly string[]).includes(snapshot.policy.applicableLaw ?? '')
    ? (snapshot.policy.applicableLaw as ApplicableLaw)
    : 'eu-gdpr';

export const checkContext = (snapshot: PolicySnapshot, today: string): CheckContext => {
  const law = applicableLawOf(snapshot);
  const country = snapshot.policy.controller?.establishmentCountry?.trim().toUpperCase();
  return { today, law, regimes: regimesOf(law), establishment: country || null };
};

export interface CheckOptions {
  /**
   * The day (YYYY-MM-DD) the policy is judged on, for rules that came into force on a date. Callers in the
   * plugin pass the clock service's today; without one it is today's date in UTC.
   */
  today?: string;
}

export const checkCompliance = (
  snapshot: PolicySnapshot,
  { today = new Date().toISOString().slice(0, 10) }: CheckOptions = {},
): ComplianceReport => {
  const checks = COMPLIANCE_CHECKS.filter((check) => check.appliesTo === 'any' || snapshot.policy.kind === 'privacy');
  const context = checkContext(snapshot, today);
  const position = documentPosition(snapshot);
  const rank = (finding: ComplianceFinding) => [SEVERITIES.indexOf(finding.severity), position(finding.target)];
  const findings = checks
    .flatMap((check) => check.run(snapshot, context))
    .sort((a, b) => {
      const [severityA, positionA] = rank(a);
      const [severityB, positionB] = rank(b);
      return severityA - severityB || positionA - positionB;
    });
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  findings.forEach((finding) => (counts[finding.severity] += 1));
  return {
    findings,
    counts,
    checks: checks.map((check) => ({ id: check.id, source: sourceOf(check, context.regimes), title: check.title })),
  };
};
