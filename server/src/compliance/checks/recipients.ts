import { processingActivities } from '../../domain/processing-activities';
import type { ComplianceCheck, ComplianceFinding } from '../findings';
import { finding, policyTarget, sectionTarget } from '../findings';
import { allSections, chainOf } from './shared';

/** Words saying that nobody outside the controller receives the data ("if any", Art. 13(1)(e)). */
const SAYS_NO_RECIPIENTS =
  /\b(do not|don't|never|will not|won't) (share|disclose|pass|give|sell|send)|\bno (one|third part(y|ies)|recipients?|other organisations?) (outside|receives?|sees?)|\bonly (we|our (staff|team|employees)) (see|have access|can access)|ne (partageons|communiquons|transmettons) (pas|jamais)|geben (sie|ihre daten) nicht weiter|keine weitergabe/i;

const isRecipient = (processor: { role: string }) => processor.role !== 'source';

export const recipientsStated: ComplianceCheck = {
  id: 'recipients-stated',
  source: (regime) => regime.article('Art. 13(1)(e)'),
  title: 'Each processing activity states its recipients or categories of recipients',
  appliesTo: 'privacy',
  run(snapshot, { regimes }) {
    const namesRecipients = snapshot.processors.some(isRecipient);
    const hasSharingSection = allSections(snapshot).some((section) => section.category === 'sharing');
    if (!namesRecipients && !hasSharingSection) {
      return [
        finding(recipientsStated, {
          severity: 'error',
          regimes,
          target: policyTarget(snapshot),
          message: `Policy "${snapshot.policy.title}" names no recipients or categories of recipients of personal data.`,
          fix: 'Add the processors and recipients, or a sharing section describing the categories of recipients.',
        }),
      ];
    }
    // Per activity: one recipient somewhere does not say who receives the data of this purpose.
    const findings: ComplianceFinding[] = [];
    for (const activity of processingActivities(snapshot)) {
      if (activity.dataCategories.length === 0 || activity.processors.some(isRecipient)) continue;
      if (chainOf(snapshot, activity.section).some((link) => SAYS_NO_RECIPIENTS.test(link.body))) continue;
      findings.push(
        finding(recipientsStated, {
          severity: 'warning',
          regimes,
          target: sectionTarget(activity.section, 'processors'),
          message: `Section "${activity.section.title}" collects data but does not say who receives it, here or in a parent section${hasSharingSection ? '; a general sharing section does not say which recipients get this data' : ''}.`,
          fix: 'Link the recipients (or their categories) to the section, or say in its text that nobody outside your organisation receives the data.',
        }),
      );
    }
    return findings;
  },
};
