import { RIGHT_LABELS } from '../../domain/enums';
import type { PolicySnapshot, SectionSnapshot } from '../../domain/snapshot';
import { inForce, legalDate, type Regime } from '../../law/regimes';
import type { ComplianceCheck, ComplianceFinding, FindingTarget } from '../findings';
import { finding, perRegime, policyTarget, sectionTarget } from '../findings';
import { allSections, BASIS, CONTACT_ROUTE, isConsent, proseOf, subtree } from './shared';

type Right = keyof typeof RIGHT_LABELS;

const ALWAYS_REQUIRED: { right: Right; article: string }[] = [
  { right: 'access', article: 'Art. 13(2)(b)' },
  { right: 'rectification', article: 'Art. 13(2)(b)' },
  { right: 'erasure', article: 'Art. 13(2)(b)' },
  { right: 'restriction', article: 'Art. 13(2)(b)' },
  { right: 'portability', article: 'Art. 13(2)(b)' },
  { right: 'objection', article: 'Art. 13(2)(b)' },
  { right: 'complaint', article: 'Art. 13(2)(d)' },
];
const WITHDRAW_CONSENT = { right: 'withdraw-consent' as Right, article: 'Art. 13(2)(c)' };

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const rightsSectionOf = (snapshot: PolicySnapshot) => allSections(snapshot).find((section) => section.category === 'rights');

export const rightsStated: ComplianceCheck = {
  id: 'rights-stated',
  source: (regime) => regime.article('Art. 13(2)(b)–(d)'),
  title: "The data subject's rights are all stated",
  appliesTo: 'privacy',
  run(snapshot, { regimes }) {
    const sections = allSections(snapshot);
    const stated = new Set(sections.flatMap((section) => section.rights));
    const claimsConsent = sections.some((section) => section.legalBases.some(isConsent));
    const required = claimsConsent ? [...ALWAYS_REQUIRED, WITHDRAW_CONSENT] : ALWAYS_REQUIRED;
    const rightsSection = rightsSectionOf(snapshot);
    return required
      .filter(({ right }) => !stated.has(right))
      .map(({ right, article }) =>
        finding(rightsStated, {
          severity: 'error',
          regimes,
          source: regimes.map((regime) => regime.article(article)).join('; '),
          target: rightsSection ? sectionTarget(rightsSection, 'rights') : policyTarget(snapshot),
          message: `Policy "${snapshot.policy.title}" does not tell people of their right to ${lowerFirst(RIGHT_LABELS[right])} (${right}).`,
          fix: rightsSection
            ? `Add "${right}" to the rights of section "${rightsSection.title}".`
            : `Add a rights section that lists "${right}".`,
        }),
      );
  },
};

/** Within one month (Art. 12(3)), in English, French or German. */
const STATES_ANSWER_TIME =
  /\b(one|1|a) (calendar )?month\b|\b30 days\b|\bun mois\b|\b1 mois\b|\bdans le mois\b|\b(einem|einen|1) monat\b|\b30 tage(n)?\b/i;

/** A complaint made to the controller (DPA 2018 s.164A), not to the supervisory authority. */
const STATES_COMPLAINTS_TO_CONTROLLER =
  /\bcomplain(t|ts)? (to|with) us\b|\b(make|raise|send|submit|file) (a|your) complaint (to|with) us\b|\bcomplaints? (procedure|process|form)\b|\b(contact|tell|write to) us (first )?(to|if you want to|if you wish to) complain\b|\bréclamation auprès de nous\b|\bbeschwerde bei uns\b/i;

const describeRightsTarget = (snapshot: PolicySnapshot, section: SectionSnapshot | undefined): FindingTarget =>
  section ? sectionTarget(section, 'body') : policyTarget(snapshot);

export const rightsExercise: ComplianceCheck = {
  id: 'rights-exercise',
  source: (regime) => regime.article('Art. 12(2)–(3)'),
  title: 'The notice says how to exercise the rights and when the answer comes',
  appliesTo: 'privacy',
  run(snapshot, context) {
    const rightsSection = rightsSectionOf(snapshot);
    if (!rightsSection) return []; // rights-stated reports the missing section
    const text = proseOf(subtree(rightsSection));
    const target = describeRightsTarget(snapshot, rightsSection);
    const findings: ComplianceFinding[] = [];
    if (!CONTACT_ROUTE.test(text)) {
      findings.push(
        finding(rightsExercise, {
          severity: 'warning',
          regimes: context.regimes,
          source: context.regimes.map((regime) => regime.article('Art. 12(2)')).join('; '),
          target,
          message: `Section "${rightsSection.title}" lists the rights without saying how to exercise them.`,
          fix: 'Say where to send a request: an email address, a form or a postal address (the controller contact alone leaves people guessing).',
        }),
      );
    }
    if (!STATES_ANSWER_TIME.test(text)) {
      findings.push(
        finding(rightsExercise, {
          severity: 'warning',
          regimes: context.regimes,
          source: context.regimes.map((regime) => regime.article('Art. 12(3)')).join('; '),
          target,
          message: `Section "${rightsSection.title}" does not say when people will get an answer to a request.`,
          fix: 'Say that you answer without undue delay and within one month (extendable by two further months for complex or numerous requests, with notice).',
        }),
      );
    }
    return [...findings, ...perRegime(context, (regime) => complaintsToController(snapshot, regime, context.today, text, rightsSection))];
  },
};

const complaintsToController = (
  snapshot: PolicySnapshot,
  regime: Regime,
  today: string,
  text: string,
  rightsSection: SectionSnapshot,
): ComplianceFinding[] => {
  const duty = regime.complaintsToController;
  if (!duty || STATES_COMPLAINTS_TO_CONTROLLER.test(text)) return [];
  const pending = !inForce(duty, today);
  return [
    finding(rightsExercise, {
      severity: pending ? 'info' : 'warning',
      regimes: regime,
      source: duty.source,
      target: describeRightsTarget(snapshot, rightsSection),
      message: pending
        ? `From ${legalDate(duty.inForceFrom)} people may complain to the controller first (${duty.source}); section "${rightsSection.title}" does not yet say how.`
        : `Section "${rightsSection.title}" does not say that people can complain to you, and how; since ${legalDate(duty.inForceFrom)} a controller must make that easy (${duty.source}).`,
      fix: 'Say how to complain to you (for example an online form or an email address), that you acknowledge within 30 days, and that people may still complain to the ICO.',
    }),
  ];
};

/** Art. 21(1) applies to processing on public task or legitimate interests; Art. 21(2) to direct marketing. */
const MARKETING_PURPOSES = new Set(['Marketing', 'DirectMarketing', 'Advertising', 'PersonalisedAdvertising']);

const objectionApplies = (snapshot: PolicySnapshot) =>
  allSections(snapshot).some((section) =>
    section.legalBases.some(
      (claim) =>
        claim.code === BASIS.legitimateInterests || claim.code === BASIS.publicTask || MARKETING_PURPOSES.has(claim.dpvPurpose ?? ''),
    ),
  );

const OBJECTION_HEADING = /\bobject|\bopposition|\bopposer|widerspruch|widersprechen/i;

const isObjectionSection = (section: SectionSnapshot) =>
  section.category === 'objection' || OBJECTION_HEADING.test(`${section.title} ${section.slug}`);

export const objectionSeparate: ComplianceCheck = {
  id: 'objection-separate',
  source: (regime) => regime.article('Art. 21(4)'),
  title: 'The right to object is presented clearly and separately',
  appliesTo: 'privacy',
  run(snapshot, { regimes }) {
    if (!objectionApplies(snapshot) || allSections(snapshot).some(isObjectionSection)) return [];
    const rightsSection = rightsSectionOf(snapshot);
    return [
      finding(objectionSeparate, {
        severity: 'warning',
        regimes,
        target: rightsSection ? sectionTarget(rightsSection, 'rights') : policyTarget(snapshot),
        message: `Policy "${snapshot.policy.title}" relies on legitimate interests, public task or direct marketing but does not present the right to object on its own, apart from the other information.`,
        fix: 'Add a section of the kind "Objecting" that explains the right to object and how to use it, including to direct marketing at any time.',
      }),
    ];
  },
};
