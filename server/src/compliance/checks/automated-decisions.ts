import type { ComplianceCheck } from '../findings';
import { finding, sectionTarget } from '../findings';
import { allSections, isBlank } from './shared';

export const automatedDecisionLogic: ComplianceCheck = {
  id: 'automated-decision-logic',
  source: 'GDPR Art. 13(2)(f)',
  title: 'Automated decision-making explains the logic involved',
  appliesTo: 'privacy',
  run(snapshot) {
    return allSections(snapshot)
      .filter((section) => section.automatedDecision && isBlank(section.automatedDecision.logic))
      .map((section) =>
        finding(automatedDecisionLogic, {
          severity: 'error',
          target: sectionTarget(section, 'automatedDecision.logic'),
          message: `Section "${section.title}" describes automated decision-making without explaining the logic involved.`,
          fix: 'Describe the logic of the automated decision in plain words.',
        }),
      );
  },
};

export const automatedDecisionObjection: ComplianceCheck = {
  id: 'automated-decision-objection',
  source: 'GDPR Art. 22(3)',
  title: 'Decisions with legal effects say how to contest them',
  appliesTo: 'privacy',
  run(snapshot) {
    return allSections(snapshot)
      .filter((section) => section.automatedDecision?.legalEffect && isBlank(section.automatedDecision.howToObject))
      .map((section) =>
        finding(automatedDecisionObjection, {
          severity: 'warning',
          target: sectionTarget(section, 'automatedDecision.howToObject'),
          message: `Section "${section.title}" describes an automated decision with legal or similarly significant effects without saying how to contest it.`,
          fix: 'Explain how to obtain human review, give a point of view and contest the decision.',
        }),
      );
  },
};
