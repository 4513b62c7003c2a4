import type { PolicySnapshot, RetentionRuleSnapshot } from '../../domain/snapshot';
import { processingActivities } from '../../domain/processing-activities';
import { guidanceRef } from '../../law/regimes';
import type { ComplianceCheck, Severity } from '../findings';
import { finding, policyTarget, retentionRuleTarget, sectionTarget } from '../findings';
import { allSections } from './shared';

const retentionSections = (snapshot: PolicySnapshot) => allSections(snapshot).filter((section) => section.category === 'retention');

/** "As long as necessary" and its kin say nothing about how long (WP260 rev.01, Annex on Art. 13(2)(a)). */
const VAGUE_CRITERION =
  /^\s*(for\s+|we keep (it|them|your (data|information))\s+)?((only|no longer than|not longer than|as long as|for as long as)\s+(is\s+|it is\s+|we\s+)?(necessary|needed|required|need it|need them|appropriate)|whether we still need (it|them)|until (it is |they are )?no longer (needed|necessary|required))(\s+for the purposes?( for which it was collected)?)?\s*\.?\s*$|^\s*(aussi longtemps que (nécessaire|besoin)|(so lange|solange) (wie )?(erforderlich|nötig|notwendig))\s*\.?\s*$/i;

/** The criteria of a rule that say something: "as long as necessary" is not a criterion. */
export const realCriteria = (rule: RetentionRuleSnapshot) => rule.criteria.filter((criterion) => !VAGUE_CRITERION.test(criterion));

export const retentionStated: ComplianceCheck = {
  id: 'retention-stated',
  source: (regime) => regime.article('Art. 13(2)(a)'),
  title: 'A retention period or criteria covers every processing activity',
  appliesTo: 'privacy',
  run(snapshot, { regimes }) {
    if (snapshot.retentionRules.length === 0) {
      return [
        finding(retentionStated, {
          severity: 'error',
          regimes,
          target: policyTarget(snapshot, 'retentionRules'),
          message: `Policy "${snapshot.policy.title}" states no retention period or criteria for any of the data it collects.`,
          fix: 'Add retention rules giving a period, or the criteria used to decide one, for each data category.',
        }),
      ];
    }
    // Per activity: general criteria in the retention section do not tell how long this purpose's data is kept.
    const severity: Severity = retentionSections(snapshot).length > 0 ? 'warning' : 'error';
    return processingActivities(snapshot)
      .filter((activity) => activity.dataCategories.length > 0 && activity.retentionRules.length === 0)
      .map(({ section }) =>
        finding(retentionStated, {
          severity,
          regimes,
          target: sectionTarget(section, 'retentionRules'),
          message: `Section "${section.title}" collects data but states no retention period or criteria for it, here or in a parent section.`,
          fix: 'Attach a retention rule with the period, or the criteria that decide it, to the section or its parent.',
        }),
      );
  },
};

export const retentionRulePeriod: ComplianceCheck = {
  id: 'retention-rule-period',
  source: (regime) => regime.article('Art. 13(2)(a)'),
  title: 'Every retention rule gives a period or real criteria',
  appliesTo: 'any',
  run(snapshot, { regimes }) {
    return snapshot.retentionRules
      .filter((rule) => !rule.period && realCriteria(rule).length === 0)
      .map((rule) =>
        rule.criteria.length === 0
          ? finding(retentionRulePeriod, {
              severity: 'error',
              regimes,
              target: retentionRuleTarget(rule, 'period'),
              message: `Retention rule "${rule.name}" gives neither a retention period nor criteria for deciding one.`,
              fix: 'Set a period, or list the criteria used to decide how long the data is kept.',
            })
          : finding(retentionRulePeriod, {
              severity: 'error',
              regimes,
              source: `${regimes.map((regime) => regime.article('Art. 13(2)(a)')).join('; ')}; ${guidanceRef('wp260', 'retention')}`,
              target: retentionRuleTarget(rule, 'criteria'),
              message: `Retention rule "${rule.name}" only says the data is kept "${rule.criteria[0]}", which does not say how long.`,
              fix: 'Give the period, or the criteria that decide it (a limitation period, the end of the contract, a law that sets the time).',
            }),
      );
  },
};
