import { processingActivities } from '../../domain/processing-activities';
import type { ComplianceCheck } from '../findings';
import { finding, policyTarget, sectionTarget } from '../findings';
import { allSections, chainOf, isBlank } from './shared';

export const provisionRequirement: ComplianceCheck = {
  id: 'provision-requirement',
  source: (regime) => regime.article('Art. 13(2)(e)'),
  title: 'Whether providing data is required, and what happens if not, is stated',
  appliesTo: 'privacy',
  run(snapshot, { regimes }) {
    if (allSections(snapshot).every((section) => isBlank(section.provisionRequirement))) {
      return [
        finding(provisionRequirement, {
          severity: 'error',
          regimes,
          target: policyTarget(snapshot),
          message: `Policy "${snapshot.policy.title}" never says whether people must provide their data or what happens if they do not.`,
          fix: 'Fill in the provision requirement of the sections that collect data.',
        }),
      ];
    }
    // Art. 13(2)(e) is about data people give; data obtained from others (Art. 14) has no such duty.
    return processingActivities(snapshot)
      .filter((activity) => activity.section.category === 'collection' && activity.dataSources.length === 0)
      .filter((activity) => chainOf(snapshot, activity.section).every((link) => isBlank(link.provisionRequirement)))
      .map(({ section }) =>
        finding(provisionRequirement, {
          severity: 'info',
          regimes,
          target: sectionTarget(section, 'provisionRequirement'),
          message: `Section "${section.title}" does not say whether providing the data is required or what happens if it is not.`,
          fix: 'Fill in the provision requirement of the section or of its parent.',
        }),
      );
  },
};
