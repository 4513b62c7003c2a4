import { RIGHT_LABELS } from '../../domain/enums';
import type { ComplianceCheck } from '../findings';
import { finding, policyTarget, sectionTarget } from '../findings';
import { allSections, isConsent } from './shared';

type Right = keyof typeof RIGHT_LABELS;

const ALWAYS_REQUIRED: { right: Right; source: string }[] = [
  { right: 'access', source: 'GDPR Art. 13(2)(b)' },
  { right: 'rectification', source: 'GDPR Art. 13(2)(b)' },
  { right: 'erasure', source: 'GDPR Art. 13(2)(b)' },
  { right: 'restriction', source: 'GDPR Art. 13(2)(b)' },
  { right: 'portability', source: 'GDPR Art. 13(2)(b)' },
  { right: 'objection', source: 'GDPR Art. 13(2)(b)' },
  { right: 'complaint', source: 'GDPR Art. 13(2)(d)' },
];
const WITHDRAW_CONSENT = { right: 'withdraw-consent' as Right, source: 'GDPR Art. 13(2)(c)' };

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export const rightsStated: ComplianceCheck = {
  id: 'rights-stated',
  source: 'GDPR Art. 13(2)(b)–(d)',
  title: "The data subject's rights are all stated",
  appliesTo: 'privacy',
  run(snapshot) {
    const sections = allSections(snapshot);
    const stated = new Set(sections.flatMap((section) => section.rights));
    const claimsConsent = sections.some((section) => section.legalBases.some(isConsent));
    const required = claimsConsent ? [...ALWAYS_REQUIRED, WITHDRAW_CONSENT] : ALWAYS_REQUIRED;
    const rightsSection = sections.find((section) => section.category === 'rights');
    return required
      .filter(({ right }) => !stated.has(right))
      .map(({ right, source }) =>
        finding(rightsStated, {
          severity: 'error',
          source,
          target: rightsSection ? sectionTarget(rightsSection, 'rights') : policyTarget(snapshot),
          message: `Policy "${snapshot.policy.title}" does not tell people of their right to ${lowerFirst(RIGHT_LABELS[right])} (${right}).`,
          fix: rightsSection
            ? `Add "${right}" to the rights of section "${rightsSection.title}".`
            : `Add a rights section that lists "${right}".`,
        }),
      );
  },
};
