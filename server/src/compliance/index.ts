import type { PolicySnapshot } from '../domain/snapshot';
import { eachSection } from '../domain/processing-activities';
import type { ComplianceCheck, ComplianceFinding, ComplianceReport, FindingTarget, Severity } from './findings';
import { SEVERITIES } from './findings';
import { automatedDecisionLogic, automatedDecisionObjection } from './checks/automated-decisions';
import { childrenAgeThreshold } from './checks/children';
import { controllerIdentity, dpoContact } from './checks/controller';
import { consentForContract, legalBasisJustification, legitimateInterestsStated } from './checks/legal-bases';
import { insecureLinks } from './checks/links';
import { provisionRequirement } from './checks/provision';
import { purposeLegalBasis } from './checks/purposes';
import { recipientsStated } from './checks/recipients';
import { retentionRulePeriod, retentionStated } from './checks/retention';
import { rightsStated } from './checks/rights';
import { dataSourcesStated } from './checks/sources';
import { privacyShield, transferSafeguard } from './checks/transfers';

export type { ComplianceCheck, ComplianceFinding, ComplianceReport, FindingTarget, Severity } from './findings';

export const COMPLIANCE_CHECKS: ComplianceCheck[] = [
  // Items GDPR Art. 13/14 requires in a privacy policy.
  controllerIdentity,
  dpoContact,
  purposeLegalBasis,
  legitimateInterestsStated,
  recipientsStated,
  retentionStated,
  rightsStated,
  provisionRequirement,
  automatedDecisionLogic,
  automatedDecisionObjection,
  dataSourcesStated,
  // Common mistakes, in any kind of policy.
  transferSafeguard,
  privacyShield,
  consentForContract,
  retentionRulePeriod,
  legalBasisJustification,
  childrenAgeThreshold,
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

export const checkCompliance = (snapshot: PolicySnapshot): ComplianceReport => {
  const checks = COMPLIANCE_CHECKS.filter((check) => check.appliesTo === 'any' || snapshot.policy.kind === 'privacy');
  const position = documentPosition(snapshot);
  const rank = (finding: ComplianceFinding) => [SEVERITIES.indexOf(finding.severity), position(finding.target)];
  const findings = checks
    .flatMap((check) => check.run(snapshot))
    .sort((a, b) => {
      const [severityA, positionA] = rank(a);
      const [severityB, positionB] = rank(b);
      return severityA - severityB || positionA - positionB;
    });
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  findings.forEach((finding) => (counts[finding.severity] += 1));
  return { findings, counts, checks: checks.map(({ id, source, title }) => ({ id, source, title })) };
};
