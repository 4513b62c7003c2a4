import type { PolicySnapshot } from '../../domain/snapshot';
import { processingActivities } from '../../domain/processing-activities';
import type { ComplianceCheck, Severity } from '../findings';
import { finding, policyTarget, retentionRuleTarget, sectionTarget } from '../findings';
import { allSections } from './shared';

const retentionSections = (snapshot: PolicySnapshot) => allSections(snapshot).filter((section) => section.category === 'retention');

/** A rule with criteria in the retention section states how long everything not given a period is kept. */
const hasPolicyWideCriteria = (snapshot: PolicySnapshot) =>
  retentionSections(snapshot).some((section) => section.retentionRules.some((rule) => rule.criteria.length > 0));

export const retentionStated: ComplianceCheck = {
  id: 'retention-stated',
  source: 'GDPR Art. 13(2)(a)',
  title: 'A retention period or criteria covers every data category',
  appliesTo: 'privacy',
  run(snapshot) {
    if (snapshot.retentionRules.length === 0) {
      return [
        finding(retentionStated, {
          severity: 'error',
          target: policyTarget(snapshot, 'retentionRules'),
          message: `Policy "${snapshot.policy.title}" states no retention period or criteria for any of the data it collects.`,
          fix: 'Add retention rules giving a period, or the criteria used to decide one, for each data category.',
        }),
      ];
    }
    if (hasPolicyWideCriteria(snapshot)) return [];
    const severity: Severity = retentionSections(snapshot).length > 0 ? 'warning' : 'error';
    return processingActivities(snapshot)
      .filter((activity) => activity.dataCategories.length > 0 && activity.retentionRules.length === 0)
      .map(({ section }) =>
        finding(retentionStated, {
          severity,
          target: sectionTarget(section, 'retentionRules'),
          message: `Section "${section.title}" collects data but states no retention period or criteria for it, here or in a parent section.`,
          fix: 'Attach a retention rule to the section, or add a rule with criteria to the retention section.',
        }),
      );
  },
};

export const retentionRulePeriod: ComplianceCheck = {
  id: 'retention-rule-period',
  source: 'GDPR Art. 13(2)(a)',
  title: 'Every retention rule gives a period or criteria',
  appliesTo: 'any',
  run(snapshot) {
    return snapshot.retentionRules
      .filter((rule) => !rule.period && rule.criteria.length === 0)
      .map((rule) =>
        finding(retentionRulePeriod, {
          severity: 'error',
          target: retentionRuleTarget(rule, 'period'),
          message: `Retention rule "${rule.name}" gives neither a retention period nor criteria for deciding one.`,
          fix: 'Set a period, or list the criteria used to decide how long the data is kept.',
        }),
      );
  },
};
