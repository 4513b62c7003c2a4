import { automatedDecisionSource, inForce, type Regime } from '../../law/regimes';
import type { ComplianceCheck } from '../findings';
import { finding, perRegime, sectionTarget } from '../findings';
import { allSections, isBlank } from './shared';

/**
 * Art. 13(2)(f) asks for the logic of decisions "referred to in Article 22(1) and (4)": decisions based solely
 * on automated processing with legal or similarly significant effects. Profiling without such a decision is
 * not one; saying how it works is then good practice, a note.
 */
export const automatedDecisionLogic: ComplianceCheck = {
  id: 'automated-decision-logic',
  source: (regime) => regime.article('Art. 13(2)(f)'),
  title: 'Automated decisions with significant effects explain the logic involved',
  appliesTo: 'privacy',
  run(snapshot, context) {
    return allSections(snapshot)
      .filter((section) => section.automatedDecision && isBlank(section.automatedDecision.logic))
      .flatMap((section) =>
        section.automatedDecision!.legalEffect
          ? perRegime(context, (regime) => [
              finding(automatedDecisionLogic, {
                severity: 'error',
                regimes: regime,
                source: `${regime.article('Art. 13(2)(f)')}; ${automatedDecisionSource(regime, context.today)}`,
                target: sectionTarget(section, 'automatedDecision.logic'),
                message: `Section "${section.title}" describes an automated decision with legal or similarly significant effects without explaining the logic involved.`,
                fix: 'Describe the logic of the automated decision in plain words, and its significance and envisaged consequences.',
              }),
            ])
          : [
              finding(automatedDecisionLogic, {
                severity: 'info',
                regimes: context.regimes,
                target: sectionTarget(section, 'automatedDecision.logic'),
                message: `Section "${section.title}" describes profiling without legal or similarly significant effects (so not an Art. 22 decision) and does not say how it works.`,
                fix: 'Saying in a sentence how the profiling works is good practice; it is required only for decisions with legal or similarly significant effects.',
              }),
            ],
      );
  },
};

/** Where the right to contest a decision is: Art. 22(3), or for the UK since the DUAA 2025 commenced Arts. 22A–22D. */
const contestSource = (regime: Regime, today: string) =>
  regime.automatedDecisions.inForceFrom && inForce(regime.automatedDecisions, today)
    ? regime.automatedDecisions.source
    : regime.article('Art. 22(3)');

/**
 * Contesting a decision (Art. 22(3); for UK notices the safeguards of Arts. 22A–22D the Data (Use and Access)
 * Act 2025 put in its place) is not objecting to processing (Art. 21): this check is about the first.
 */
export const automatedDecisionObjection: ComplianceCheck = {
  id: 'automated-decision-objection',
  source: (regime) => (regime.automatedDecisions.inForceFrom ? regime.automatedDecisions.source : regime.article('Art. 22(3)')),
  title: 'Decisions with significant effects say how to contest them',
  appliesTo: 'privacy',
  run(snapshot, context) {
    return allSections(snapshot)
      .filter((section) => section.automatedDecision?.legalEffect && isBlank(section.automatedDecision.howToObject))
      .flatMap((section) =>
        perRegime(context, (regime) => [
          finding(automatedDecisionObjection, {
            severity: 'warning',
            regimes: regime,
            source: contestSource(regime, context.today),
            target: sectionTarget(section, 'automatedDecision.howToObject'),
            message: `Section "${section.title}" describes an automated decision with legal or similarly significant effects without saying how to contest it.`,
            fix: 'Explain how to obtain human intervention, express a point of view and contest the decision (this is not the right to object to processing, which the rights section covers).',
          }),
        ]),
      );
  },
};
