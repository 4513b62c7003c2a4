import type { CountrySnapshot, PolicySnapshot, ProcessorSnapshot } from '../../domain/snapshot';
import {
  CASES,
  caseRef,
  type CaseId,
  guidanceSays,
  inForce,
  legalDate,
  LEGAL_DATA_CHECKED_ON,
  MECHANISMS,
  mechanismIn,
  type Regime,
} from '../../law/regimes';
import type { CheckContext, ComplianceCheck, ComplianceFinding } from '../findings';
import { finding, perRegime, processorTarget } from '../findings';
import { isBlank, policyProse } from './shared';

/**
 * The countries a processor stores data in that are third countries under a regime: outside its territory
 * (the EEA for the GDPR, the UK for the UK GDPR) and not the controller's own country of establishment, where
 * the data is when the controller collects it (so a UK controller's UK host is not a transfer).
 */
export const destinationsUnder = (processor: ProcessorSnapshot, regime: Regime, establishment: string | null): CountrySnapshot[] =>
  processor.storageCountries.filter((country) => !regime.isInside(country.code) && country.code !== establishment);

const names = (countries: CountrySnapshot[]) => countries.map((country) => country.name || country.code).join(', ');

/** The transfer tools a processor names, once each, without "none-needed". */
const mechanismsOf = (processor: ProcessorSnapshot) =>
  [...new Set([processor.transferMechanism, ...processor.additionalTransferMechanisms])].filter(
    (mechanism) => mechanism && mechanism !== 'none-needed',
  );

/** Tools a court invalidated have their own check (privacy-shield). */
const INVALIDATED = new Set(['privacy-shield']);

const labelIn = (mechanism: string, regime: Regime) =>
  mechanismIn(mechanism, regime)?.label ?? MECHANISMS[mechanism]?.label.en ?? mechanism;

/** Adequate without a further tool: the EU's US decision covers certified organisations only, through the DPF. */
const adequateWithoutTool = (regime: Regime, country: string) => {
  const adequacy = regime.adequacyFor(country);
  return Boolean(adequacy && !adequacy.mechanism);
};

/** Each processor with a transfer under the regime, with its destinations and tools. */
const transfersUnder = (snapshot: PolicySnapshot, regime: Regime, context: CheckContext) =>
  snapshot.processors
    .map((processor) => ({
      processor,
      destinations: destinationsUnder(processor, regime, context.establishment),
      mechanisms: mechanismsOf(processor),
    }))
    .filter(({ destinations, mechanisms }) => destinations.length > 0 && !mechanisms.some((mechanism) => INVALIDATED.has(mechanism)));

export const transferSafeguard: ComplianceCheck = {
  id: 'transfer-safeguard',
  source: (regime) => regime.article('Arts. 44–46 and 13(1)(f)'),
  title: 'Transfers to third countries name their safeguard',
  appliesTo: 'any',
  run(snapshot, context) {
    return perRegime(context, (regime) =>
      transfersUnder(snapshot, regime, context).flatMap(({ processor, destinations, mechanisms }): ComplianceFinding[] => {
        if (mechanisms.length === 0) {
          const uncovered = destinations.filter((country) => !adequateWithoutTool(regime, country.code));
          if (uncovered.length === 0) return []; // adequacy: no further safeguard is needed
          return [
            finding(transferSafeguard, {
              severity: 'error',
              regimes: regime,
              target: processorTarget(processor, 'transferMechanism'),
              message: `Processor "${processor.name}" stores data in ${names(uncovered)}, a third country no adequacy decision covers for it, but names no transfer safeguard.`,
              fix: 'Select the safeguard the transfer relies on: standard contractual clauses (the IDTA or UK Addendum for UK exports), binding corporate rules, or the Data Privacy Framework for a certified US recipient.',
            }),
          ];
        }
        if (mechanisms.includes('other') && isBlank(processor.transferNotes)) {
          return [
            finding(transferSafeguard, {
              severity: 'warning',
              regimes: regime,
              target: processorTarget(processor, 'transferNotes'),
              message: `Processor "${processor.name}" stores data in ${names(destinations)}, a third country, under an "other" safeguard that is not described.`,
              fix: 'Describe the safeguard in the transfer notes.',
            }),
          ];
        }
        return [];
      }),
    );
  },
};

interface Misfit {
  severity: 'error' | 'warning';
  field: string;
  message: string;
  fix: string;
  source?: string;
}

const fits = (processor: ProcessorSnapshot, destinations: CountrySnapshot[], mechanisms: string[], regime: Regime): Misfit[] => {
  const problems: Misfit[] = [];
  const named = mechanisms.filter((mechanism) => mechanism !== 'other');
  const known = named.filter((mechanism) => mechanismIn(mechanism, regime));
  if (named.length > 0 && known.length === 0) {
    problems.push({
      severity: 'error',
      field: 'transferMechanism',
      message: `Processor "${processor.name}" relies on ${named.map((mechanism) => MECHANISMS[mechanism]?.label.en ?? mechanism).join(' and ')}, which is not a transfer tool under ${regime.name.en}.`,
      fix: `Name the tool the transfer relies on under ${regime.name.en}.`,
    });
  }
  const otherToolThan = (mechanism: string) => known.some((other) => other !== mechanism);
  if (known.includes('adequacy-decision')) {
    const without = destinations.filter((country) => !regime.adequacyFor(country.code));
    const scoped = destinations.filter((country) => regime.adequacyFor(country.code)?.mechanism);
    if (without.length && !otherToolThan('adequacy-decision')) {
      problems.push({
        severity: 'error',
        field: 'transferMechanism',
        source: regime.adequacyBasis,
        message: `Processor "${processor.name}" relies on an adequacy decision, but ${names(without)} has none under ${regime.name.en} (list checked on ${legalDate(LEGAL_DATA_CHECKED_ON.adequacy)}).`,
        fix: 'Select the safeguard the transfer really relies on (standard contractual clauses, binding corporate rules), or correct the storage countries.',
      });
    }
    for (const country of scoped) {
      const tool = regime.adequacyFor(country.code)!.mechanism!;
      if (known.includes(tool)) continue;
      problems.push({
        severity: 'warning',
        field: 'transferMechanism',
        source: regime.adequacyBasis,
        message: `Processor "${processor.name}" relies on an adequacy decision for ${country.name}, where it covers only ${regime.adequacyFor(country.code)!.scope ?? 'some recipients'}.`,
        fix: `Select ${labelIn(tool, regime)} if the recipient is certified, or the safeguard it relies on instead.`,
      });
    }
  }
  const dpf = MECHANISMS['data-privacy-framework'];
  if (known.includes(dpf.id) && dpf.destinations) {
    const covered = destinations.filter((country) => dpf.destinations!.includes(country.code));
    const rest = destinations.filter((country) => !dpf.destinations!.includes(country.code) && !adequateWithoutTool(regime, country.code));
    if (covered.length === 0) {
      problems.push({
        severity: 'error',
        field: 'transferMechanism',
        message: `Processor "${processor.name}" relies on ${labelIn(dpf.id, regime)}, which covers only certified recipients in ${dpf.destinations.join(', ')}, but stores data in ${names(destinations)}.`,
        fix: 'Select the safeguard the transfer relies on for that country.',
      });
    } else if (rest.length && !otherToolThan(dpf.id)) {
      problems.push({
        severity: 'error',
        field: 'additionalTransferMechanisms',
        message: `Processor "${processor.name}" also stores data in ${names(rest)}, which ${labelIn(dpf.id, regime)} does not cover.`,
        fix: 'Add the safeguard that covers the other countries.',
      });
    }
  }
  for (const mechanism of known) {
    const required = mechanismIn(mechanism, regime)?.requires;
    if (required && !mechanisms.includes(required)) {
      problems.push({
        severity: 'error',
        field: 'additionalTransferMechanisms',
        source: mechanismIn(mechanism, regime)!.source,
        message: `Processor "${processor.name}" relies on the ${MECHANISMS[mechanism].label.en}; for transfers under ${regime.name.en} that is valid only with the ${MECHANISMS[required].label.en}.`,
        fix: `Add the ${MECHANISMS[required].label.en} as an additional safeguard, or use another tool.`,
      });
    }
  }
  return problems;
};

export const transferMechanismFits: ComplianceCheck = {
  id: 'transfer-mechanism-fits',
  source: (regime) => regime.article('Arts. 45–46'),
  title: 'The transfer tool fits the destination and the law',
  appliesTo: 'any',
  run(snapshot, context) {
    return perRegime(context, (regime) =>
      transfersUnder(snapshot, regime, context).flatMap(({ processor, destinations, mechanisms }) =>
        fits(processor, destinations, mechanisms, regime).map((problem) =>
          finding(transferMechanismFits, {
            severity: problem.severity,
            regimes: regime,
            source: problem.source,
            target: processorTarget(processor, problem.field),
            message: problem.message,
            fix: problem.fix,
          }),
        ),
      ),
    );
  },
};

export const transferOutdatedMechanism: ComplianceCheck = {
  id: 'transfer-outdated-mechanism',
  source: (regime) => regime.article('Art. 46'),
  title: 'No transfer relies on a tool that has been repealed',
  appliesTo: 'any',
  run(snapshot, context) {
    return perRegime(context, (regime) =>
      transfersUnder(snapshot, regime, context).flatMap(({ processor, mechanisms }) =>
        mechanisms.flatMap((mechanism) => {
          const tool = mechanismIn(mechanism, regime);
          if (!tool?.endedOn) return [];
          const ended = inForce({ inForceFrom: tool.endedOn }, context.today);
          const instead = tool.replacedBy ? labelIn(tool.replacedBy, regime) : 'a current tool';
          return [
            finding(transferOutdatedMechanism, {
              severity: ended ? 'error' : 'warning',
              regimes: regime,
              source: tool.source,
              target: processorTarget(
                processor,
                processor.transferMechanism === mechanism ? 'transferMechanism' : 'additionalTransferMechanisms',
              ),
              message: ended
                ? `Processor "${processor.name}" relies on ${tool.label}, which can no longer be used for transfers under ${regime.name.en} since ${legalDate(tool.endedOn)}.`
                : `Processor "${processor.name}" relies on ${tool.label}, which can be used for transfers under ${regime.name.en} only until ${legalDate(tool.endedOn)}.`,
              fix: `Move the transfer to ${instead} and select it.`,
            }),
          ];
        }),
      ),
    );
  },
};

export const transferDerogationRoutine: ComplianceCheck = {
  id: 'transfer-derogation-routine',
  source: (regime) => mechanismIn('explicit-consent', regime)?.source ?? regime.article('Art. 49(1)(a)'),
  title: 'Routine transfers do not rest on explicit consent alone',
  appliesTo: 'any',
  run(snapshot, context) {
    return perRegime(context, (regime) =>
      transfersUnder(snapshot, regime, context)
        .filter(({ mechanisms }) => mechanisms.length === 1 && mechanisms[0] === 'explicit-consent')
        .map(({ processor, destinations }) =>
          finding(transferDerogationRoutine, {
            severity: 'warning',
            regimes: regime,
            target: processorTarget(processor, 'transferMechanism'),
            message: `Processor "${processor.name}" receives data in ${names(destinations)} on explicit consent alone (Art. 49(1)(a)), a derogation: ${guidanceSays('edpb-2-2018', 'restrictive')}.`,
            fix: 'Put a safeguard in place for the regular transfers to this recipient (standard contractual clauses, binding corporate rules, the Data Privacy Framework) and keep consent for occasional ones.',
          }),
        ),
    );
  },
};

/** A copy of the safeguard, or where it is available (Art. 13(1)(f), 14(1)(f)); transfer notes may say it. */
const SAYS_HOW_TO_GET_A_COPY = /\bcop(y|ies)\b|\bexemplaire\b|\bKopie\b|\bAbschrift\b/i;

export const transferSafeguardCopy: ComplianceCheck = {
  id: 'transfer-safeguard-copy',
  source: (regime) => regime.article('Arts. 13(1)(f) and 14(1)(f)'),
  title: 'Where a safeguard is relied on, people are told how to get a copy',
  appliesTo: 'any',
  run(snapshot, context) {
    return perRegime(context, (regime) =>
      transfersUnder(snapshot, regime, context)
        .filter(({ mechanisms }) => mechanisms.some((mechanism) => MECHANISMS[mechanism]?.copyRequired && mechanismIn(mechanism, regime)))
        .filter(({ processor }) => isBlank(processor.safeguardCopy) && !SAYS_HOW_TO_GET_A_COPY.test(processor.transferNotes ?? ''))
        .map(({ processor, mechanisms }) =>
          finding(transferSafeguardCopy, {
            severity: 'warning',
            regimes: regime,
            target: processorTarget(processor, 'safeguardCopy'),
            message: `Processor "${processor.name}" receives data under ${mechanisms
              .filter((mechanism) => MECHANISMS[mechanism]?.copyRequired)
              .map((mechanism) => MECHANISMS[mechanism].label.en)
              .join(' and ')}, but the policy does not say how to obtain a copy of the safeguard or where it is available.`,
            fix: 'Say how to get a copy (for example "email us for a copy of the clauses") or link to where it is published.',
          }),
        ),
    );
  },
};

// The EU–US frameworks the Court of Justice invalidated: a notice may recount them, not rely on them.
const FRAMEWORKS: { caseId: CaseId; pattern: RegExp; mechanism: string | null }[] = [
  { caseId: 'C-311/18', pattern: /privacy[\s-]*shield/i, mechanism: 'privacy-shield' },
  { caseId: 'C-362/14', pattern: /safe[\s-]*harbou?r/i, mechanism: null },
];

/** Words that put a sentence in the past: the framework as history, not as the safeguard. */
const AS_HISTORY =
  /\b(was|were|had been|formerly|previously|no longer|used to|invalidat\w*|struck down|annull\w*|replaced|replacement|successor|predecessor|until (19|20)\d\d|in (19|20)\d\d|ceased|former|schrems)\b|invalidé|annulé|remplacé|ancien|n.est plus|jusqu.en|für ungültig erklärt|ehemalig|früher|ersetzt|nicht mehr/i;

/** Whether a text relies on a framework: some sentence names it without putting it in the past. */
const reliesOn = (pattern: RegExp, text: string | null | undefined) =>
  (text ?? '').split(/(?<=[.!?;])\s+|\n+/).some((sentence) => pattern.test(sentence) && !AS_HISTORY.test(sentence));

/** What to use instead under each regime of the policy, from the transfer tools' data. */
const replacements = (regimes: Regime[]) => {
  const under = (regime: Regime) => {
    const shield = mechanismIn('privacy-shield', regime);
    const successor = shield?.replacedBy ? mechanismIn(shield.replacedBy, regime) : null;
    const first = successor
      ? `the ${successor.label}${successor.alsoKnownAs ? ` ("${successor.alsoKnownAs}")` : ''} for certified US recipients${successor.inForceFrom ? ` (since ${legalDate(successor.inForceFrom)})` : ''}`
      : null;
    const others = (shield?.alternatives ?? []).map((mechanism) => labelIn(mechanism, regime));
    const tools = [first, ...others].filter(Boolean) as string[];
    return tools.length > 1 ? `${tools.slice(0, -1).join('; ')}; or ${tools[tools.length - 1]}` : tools.join('');
  };
  return regimes.length === 1
    ? `use ${under(regimes[0])} instead`
    : `use instead ${regimes.map((regime) => `under ${regime.name.en}: ${under(regime)}`).join('; ')}`;
};

const invalidity = (caseId: CaseId) => {
  const { invalidated, date } = CASES[caseId];
  return `the ${invalidated!.framework}, ${invalidated!.instrument}, which has been invalid since ${legalDate(date)} (${caseRef(caseId)})`;
};

const processorField = (processor: ProcessorSnapshot, mechanism: string | null) => {
  if (mechanism && processor.transferMechanism === mechanism) return 'transferMechanism';
  if (mechanism && processor.additionalTransferMechanisms.includes(mechanism)) return 'additionalTransferMechanisms';
  return 'transferNotes';
};

export const privacyShield: ComplianceCheck = {
  id: 'privacy-shield',
  source: caseRef('C-311/18'),
  title: 'Nothing relies on an invalidated EU–US framework (the Privacy Shield, the Safe Harbor)',
  appliesTo: 'any',
  run(snapshot, { regimes }) {
    const instead = replacements(regimes);
    return FRAMEWORKS.flatMap(({ caseId, pattern, mechanism }) => {
      const source = caseRef(caseId);
      const processors = snapshot.processors.filter(
        (processor) =>
          (mechanism && [processor.transferMechanism, ...processor.additionalTransferMechanisms].includes(mechanism)) ||
          reliesOn(pattern, processor.transferNotes),
      );
      const onProcessors = processors.map((processor) => {
        const field = processorField(processor, mechanism);
        const how = field === 'transferNotes' ? 'describes' : 'has';
        return finding(privacyShield, {
          severity: 'error',
          regimes,
          source,
          target: processorTarget(processor, field),
          message: `Processor "${processor.name}" ${how} as its safeguard ${invalidity(caseId)}; ${instead}.`,
          fix: `Replace the ${CASES[caseId].invalidated!.framework} with the safeguard the transfer now relies on, in the mechanism and in the transfer notes.`,
        });
      });
      const inText = policyProse(snapshot)
        .filter(({ text }) => reliesOn(pattern, text))
        .map(({ target, label }) =>
          finding(privacyShield, {
            severity: 'error',
            regimes,
            source,
            target,
            message: `${label} presents as a current safeguard ${invalidity(caseId)}; ${instead}.`,
            fix: `Name the safeguard the transfer now relies on; mention the ${CASES[caseId].invalidated!.framework} only as history, in the past tense.`,
          }),
        );
      return [...onProcessors, ...inText];
    });
  },
};
