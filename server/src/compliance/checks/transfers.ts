import type { PolicySnapshot, ProcessorSnapshot } from '../../domain/snapshot';
import { isUkOrEea } from '../../domain/regions';
import type { ComplianceCheck } from '../findings';
import { finding, policyTarget, processorTarget, sectionTarget } from '../findings';
import { allSections, isBlank } from './shared';

const destinations = (processor: ProcessorSnapshot) =>
  processor.storageCountries
    .filter((country) => !isUkOrEea(country.code))
    .map((country) => country.name)
    .join(', ');

export const transferSafeguard: ComplianceCheck = {
  id: 'transfer-safeguard',
  source: 'UK GDPR Art. 44–46',
  title: 'Transfers outside the UK and EEA name their safeguard',
  appliesTo: 'any',
  run(snapshot) {
    return snapshot.processors
      .filter((processor) => processor.transfersOutsideUkEea)
      .flatMap((processor) => {
        if (processor.transferMechanism === 'none-needed') {
          return [
            finding(transferSafeguard, {
              severity: 'error',
              target: processorTarget(processor, 'transferMechanism'),
              message: `Processor "${processor.name}" stores data outside the UK and EEA (${destinations(processor)}) but names no transfer safeguard.`,
              fix: 'Select the safeguard the transfer relies on: adequacy regulations, the IDTA or UK Addendum, or binding corporate rules.',
            }),
          ];
        }
        if (processor.transferMechanism === 'other' && isBlank(processor.transferNotes)) {
          return [
            finding(transferSafeguard, {
              severity: 'warning',
              target: processorTarget(processor, 'transferNotes'),
              message: `Processor "${processor.name}" stores data outside the UK and EEA (${destinations(processor)}) under an "other" safeguard that is not described.`,
              fix: 'Describe the safeguard in the transfer notes.',
            }),
          ];
        }
        return [];
      });
  },
};

const INVALID_SINCE = 'which has been invalid since 16 July 2020';
const REPLACEMENTS =
  'use the EU–US Data Privacy Framework (for certified US recipients, with its UK Extension, the "UK–US data bridge", since 12 October 2023), ' +
  "standard contractual clauses (for UK exports the ICO's International Data Transfer Agreement or the UK Addendum to the EU SCCs) " +
  'or binding corporate rules instead';

const mentionsPrivacyShield = (text: string | null) => /privacy[\s-]*shield/i.test(text ?? '');

const relyOnPrivacyShield = (processor: ProcessorSnapshot) =>
  [processor.transferMechanism, ...processor.additionalTransferMechanisms].includes('privacy-shield');

const privacyShieldField = (processor: ProcessorSnapshot) => {
  if (processor.transferMechanism === 'privacy-shield') return 'transferMechanism';
  if (processor.additionalTransferMechanisms.includes('privacy-shield')) return 'additionalTransferMechanisms';
  return 'transferNotes';
};

const processorFinding = (processor: ProcessorSnapshot) => {
  const field = privacyShieldField(processor);
  const how =
    field === 'transferNotes' ? 'describes the EU–US Privacy Shield as its safeguard' : 'has the EU–US Privacy Shield as its safeguard';
  return finding(privacyShield, {
    severity: 'error',
    target: processorTarget(processor, field),
    message: `Processor "${processor.name}" stores data outside the UK and EEA (${destinations(processor) || 'abroad'}) and ${how}, ${INVALID_SINCE}; ${REPLACEMENTS}.`,
    fix: 'Replace the Privacy Shield with the safeguard the transfer now relies on, in the mechanism and in the transfer notes.',
  });
};

const textFindings = (snapshot: PolicySnapshot) => [
  ...(mentionsPrivacyShield(snapshot.policy.introduction)
    ? [{ target: policyTarget(snapshot, 'introduction'), label: `The introduction of policy "${snapshot.policy.title}"` }]
    : []),
  ...allSections(snapshot)
    .filter((section) => mentionsPrivacyShield(section.body))
    .map((section) => ({ target: sectionTarget(section, 'body'), label: `Section "${section.title}"` })),
];

export const privacyShield: ComplianceCheck = {
  id: 'privacy-shield',
  source: 'CJEU C-311/18 (Schrems II), 16 July 2020',
  title: 'Nothing relies on the invalidated EU–US Privacy Shield',
  appliesTo: 'any',
  run(snapshot) {
    const processors = snapshot.processors.filter(
      (processor) => relyOnPrivacyShield(processor) || mentionsPrivacyShield(processor.transferNotes),
    );
    return [
      ...processors.map(processorFinding),
      ...textFindings(snapshot).map(({ target, label }) =>
        finding(privacyShield, {
          severity: 'error',
          target,
          message: `${label} mentions the EU–US Privacy Shield, ${INVALID_SINCE}; ${REPLACEMENTS}.`,
          fix: 'Remove the Privacy Shield from the text and name the safeguard the transfer now relies on.',
        }),
      ),
    ];
  },
};
