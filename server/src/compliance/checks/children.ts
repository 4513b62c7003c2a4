import childrenData from '../../law/data/children.json';
import { countryName } from '../../domain/field-rules';
import type { SectionSnapshot } from '../../domain/snapshot';
import { childrenConsentAge, lawName, type Regime } from '../../law/regimes';
import type { CheckContext, ComplianceCheck, ComplianceFinding } from '../findings';
import { finding, perRegime, sectionTarget } from '../findings';
import { allSections } from './shared';

/** Laws of other jurisdictions that notices cite for children (COPPA), from law/data/children.json. */
const FOREIGN_LAWS = childrenData.foreignLaws.map((law) => ({ ...law, pattern: new RegExp(law.pattern, 'i') }));

const MENTIONS_CHILDRENS_CODE = /children.?s code|age[\s-]appropriate design code/i;

const isAboutChildren = (section: SectionSnapshot) => section.ageThreshold !== null || section.category === 'children';

/**
 * A threshold above the age of consent is lawful and protective; the error is one below it: a child under the
 * regime's age cannot consent alone to an information society service (GDPR / UK GDPR Art. 8(1)).
 */
const thresholdFindings = (section: SectionSnapshot, regime: Regime, context: CheckContext): ComplianceFinding[] => {
  const age = section.ageThreshold;
  if (age === null) return [];
  const required = childrenConsentAge(regime, context.establishment);
  const code = regime.childrenConsent.code;
  const codeNote = code ? ` The ${code.name} also applies to online services likely to be used by children.` : '';
  if (age < required.lowest || (required.known && age < required.age)) {
    const where =
      required.known && context.establishment && regime.childrenConsent.memberStates ? ` in ${countryName(context.establishment)}` : '';
    return [
      finding(childrenAgeThreshold, {
        severity: 'error',
        regimes: regime,
        source: required.source,
        target: sectionTarget(section, 'ageThreshold'),
        message: required.known
          ? `Section "${section.title}" states ${age}, below ${required.age}, the age from which a child may consent alone under ${regime.name.en}${where}.${codeNote}`
          : `Section "${section.title}" states ${age}, below ${required.lowest}, the lowest age from which a member state may let a child consent alone under ${regime.name.en} (otherwise ${required.age}).`,
        fix: `Raise the age threshold to at least ${required.known ? required.age : required.lowest}, or get the consent of the holder of parental responsibility below it.`,
      }),
    ];
  }
  if (!required.known && age < required.age) {
    return [
      finding(childrenAgeThreshold, {
        severity: 'warning',
        regimes: regime,
        source: required.source,
        target: sectionTarget(section, 'ageThreshold'),
        message: `Section "${section.title}" states ${age}: under ${regime.name.en} the age is ${required.age} unless the member state whose children the service is offered to lowered it (never below ${required.lowest}).`,
        fix: `Check the age set by each member state whose children you offer the service to, or use ${required.age}; stating the controller's country of establishment lets the check use a member state's age it knows.`,
      }),
    ];
  }
  return [];
};

/** UK notices are pointed to the ICO's Children's Code (DPA 2018 s.123). */
const childrensCodeFindings = (section: SectionSnapshot, regime: Regime): ComplianceFinding[] => {
  const code = regime.childrenConsent.code;
  if (!code || MENTIONS_CHILDRENS_CODE.test(`${section.body} ${section.lawReferences.join(' ')}`)) return [];
  return [
    finding(childrenAgeThreshold, {
      severity: 'info',
      regimes: regime,
      source: code.source,
      target: sectionTarget(section, 'lawReferences'),
      message: `Section "${section.title}" is about children but does not mention the ${code.name}, which applies to online services likely to be used by children in the UK.`,
      fix: `Check the service against the ${code.name} and refer to it here if it applies.`,
    }),
  ];
};

/** COPPA and the like are not the rule of a UK or EU notice: a note, not a mismatch. */
const foreignLawFindings = (section: SectionSnapshot, context: CheckContext): ComplianceFinding[] =>
  FOREIGN_LAWS.filter((law) => section.lawReferences.some((reference) => law.pattern.test(reference))).map((law) =>
    finding(childrenAgeThreshold, {
      severity: 'info',
      regimes: context.regimes,
      source: law.source,
      target: sectionTarget(section, 'lawReferences'),
      message: `Section "${section.title}" cites ${law.name}, a ${law.jurisdiction} law; it is not the rule here, which is ${lawName(context.law, 'en')} (Art. 8).`,
      fix: `Cite the law that applies to this notice; keep ${law.name} only if the service is also directed at children in the ${law.jurisdiction}.`,
    }),
  );

export const childrenAgeThreshold: ComplianceCheck = {
  id: 'children-age-threshold',
  source: (regime) => regime.childrenConsent.source,
  title: "The children's age threshold is not below the age of consent of the law that applies",
  appliesTo: 'any',
  run(snapshot, context) {
    return allSections(snapshot)
      .filter(isAboutChildren)
      .flatMap((section) => [
        ...perRegime(context, (regime) => [...thresholdFindings(section, regime, context), ...childrensCodeFindings(section, regime)]),
        ...foreignLawFindings(section, context),
      ]);
  },
};
