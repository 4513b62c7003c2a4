import type { PolicySnapshot } from '../../domain/snapshot';
import type { ComplianceCheck, FindingTarget } from '../findings';
import { controllerTarget, finding, policyTarget, processorTarget, sectionTarget } from '../findings';
import { allSections } from './shared';

interface Text {
  target: FindingTarget;
  text: string | null | undefined;
}

/** Every text of the policy that is shown to readers, with where it lives. */
const texts = (snapshot: PolicySnapshot): Text[] => {
  const { policy } = snapshot;
  const controller = policy.controller ?? {};
  return [
    { target: policyTarget(snapshot, 'websiteUrl'), text: policy.websiteUrl },
    { target: policyTarget(snapshot, 'introduction'), text: policy.introduction },
    { target: controllerTarget(snapshot, 'website'), text: controller.website },
    { target: controllerTarget(snapshot, 'supervisoryAuthorityUrl'), text: controller.supervisoryAuthorityUrl },
    ...allSections(snapshot).flatMap((section) => [
      { target: sectionTarget(section, 'body'), text: section.body },
      { target: sectionTarget(section, 'provisionRequirement'), text: section.provisionRequirement },
      ...section.legalBases.flatMap((claim) => [
        { target: sectionTarget(section, 'legalBases'), text: claim.justification },
        { target: sectionTarget(section, 'legalBases'), text: claim.purpose },
      ]),
      ...(['logic', 'significance', 'howToObject'] as const).map((field) => ({
        target: sectionTarget(section, `automatedDecision.${field}`),
        text: section.automatedDecision?.[field],
      })),
    ]),
    ...snapshot.processors.flatMap((processor) =>
      (['privacyPolicyUrl', 'optOutUrl', 'purpose', 'transferNotes', 'safeguardCopy', 'jointArrangement'] as const).map((field) => ({
        target: processorTarget(processor, field),
        text: processor[field],
      })),
    ),
  ];
};

const httpUrls = (text: string) => (text.match(/http:\/\/[^\s<>()"'\]]+/gi) ?? []).map((url) => url.replace(/[.,;:!?]+$/, ''));

const describe = (target: FindingTarget) =>
  ({
    policy: `Policy "${target.label}"`,
    controller: `The controller details of "${target.label}"`,
    section: `Section "${target.label}"`,
    processor: `Processor "${target.label}"`,
    'retention-rule': `Retention rule "${target.label}"`,
  })[target.kind];

export const insecureLinks: ComplianceCheck = {
  id: 'insecure-links',
  source: 'Good practice: HTTPS links',
  title: 'Links use https',
  appliesTo: 'any',
  run(snapshot, { regimes }) {
    const seen = new Set<string>();
    return texts(snapshot).flatMap(({ target, text }) =>
      httpUrls(text ?? '')
        .filter((url) => {
          const key = `${target.kind} ${target.slug} ${url}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .map((url) =>
          finding(insecureLinks, {
            severity: 'warning',
            regimes,
            target,
            message: `${describe(target)} links to ${url}, which is not encrypted.`,
            fix: `Use the https address instead: ${url.replace(/^http:/i, 'https:')}.`,
          }),
        ),
    );
  },
};
