import type { ComplianceCheck } from '../findings';
import { finding, policyTarget } from '../findings';
import { allSections } from './shared';

export const recipientsStated: ComplianceCheck = {
  id: 'recipients-stated',
  source: 'GDPR Art. 13(1)(e)',
  title: 'Recipients or categories of recipients are stated',
  appliesTo: 'privacy',
  run(snapshot) {
    const namesRecipients = snapshot.processors.some((processor) => processor.role !== 'source');
    const hasSharingSection = allSections(snapshot).some((section) => section.category === 'sharing');
    if (namesRecipients || hasSharingSection) return [];
    return [
      finding(recipientsStated, {
        severity: 'error',
        target: policyTarget(snapshot),
        message: `Policy "${snapshot.policy.title}" names no recipients or categories of recipients of personal data.`,
        fix: 'Add the processors and recipients, or a sharing section describing the categories of recipients.',
      }),
    ];
  },
};
