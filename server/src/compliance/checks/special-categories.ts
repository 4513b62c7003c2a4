import { processingActivities } from '../../domain/processing-activities';
import type { SectionSnapshot } from '../../domain/snapshot';
import { guidanceRef } from '../../law/regimes';
import type { ComplianceCheck } from '../findings';
import { finding, perRegime, sectionTarget } from '../findings';
import { allSections, basisName, chainOf, isArticle6, isArticle9, policyProse, type ProseText } from './shared';

/**
 * Special-category data needs both a lawful basis (Art. 6(1)) and a condition (Art. 9(2)): the condition lifts
 * the prohibition of Art. 9(1), it does not make the processing lawful on its own.
 */
export const specialCategoryBasis: ComplianceCheck = {
  id: 'special-category-basis',
  source: (regime) => regime.article('Arts. 6(1) and 9(2)'),
  title: 'An Art. 9 condition comes with an Art. 6 basis',
  appliesTo: 'any',
  run(snapshot, { regimes }) {
    // The Art. 6 basis may be stated by a parent section that the condition narrows.
    return processingActivities(snapshot)
      .filter((activity) => activity.legalBases.some(isArticle9))
      .filter((activity) => !chainOf(snapshot, activity.section).some((link) => link.legalBases.some(isArticle6)))
      .map(({ section, legalBases }) =>
        finding(specialCategoryBasis, {
          severity: 'error',
          regimes,
          target: sectionTarget(section, 'legalBases'),
          message: `Section "${section.title}" gives a special-category condition (${legalBases.filter(isArticle9).map(basisName).join(', ')}) but no Art. 6 lawful basis for the processing.`,
          fix: 'Add the Art. 6(1) basis the processing relies on next to the Art. 9(2) condition.',
        }),
      );
  },
};

/** Explicit consent read into what people do ("by sending it you are deemed to have consented"), in English, French, German. */
const INFERRED_CONSENT =
  /\b(deemed|considered|taken|treated|regarded|assumed)\s+(to\s+have|as\s+having)\s+(given\s+)?(your\s+)?(explicit(ly)?\s+)?consent(ed)?\b|\bby\s+(submitting|sending|providing|giving|using|uploading|transmitting)\b[^.]{0,120}\b(you\s+)?(explicitly\s+)?(consent|agree)\b|\bréputée?s?\s+avoir\s+(expressément\s+)?consenti|\bgilt\s+als\s+(ausdrücklich\s+)?(eingewilligt|einwilligung)|\bgelten\s+als\s+(ausdrücklich\s+)?eingewilligt/i;

/** Only where explicit consent is in play: an Art. 9(2)(a) claim, a sensitive-data section, or the word "explicit". */
const aboutExplicitConsent = (section: SectionSnapshot, text: string) =>
  section.category === 'sensitive-data' ||
  section.legalBases.some((claim) => claim.code === 'gdpr-art-9-2-a') ||
  /explicit|ausdrücklich|expressément|explicite/i.test(text);

export const explicitConsentInferred: ComplianceCheck = {
  id: 'explicit-consent-inferred',
  source: (regime) =>
    regime.edpbGuidance
      ? `${regime.article('Arts. 4(11) and 9(2)(a)')}; ${guidanceRef('edpb-05-2020', 'explicit')}`
      : regime.article('Arts. 4(11) and 9(2)(a)'),
  title: 'Explicit consent is not inferred from conduct',
  appliesTo: 'any',
  run(snapshot, { regimes }) {
    // Each section's body, then the justifications of its legal-basis claims.
    const texts: ProseText[] = policyProse(snapshot).flatMap((prose) => [
      prose,
      ...(prose.section?.legalBases ?? []).map((claim) => ({
        target: sectionTarget(prose.section!, 'legalBases'),
        label: `The "${basisName(claim)}" claim of section "${prose.section!.title}"`,
        text: claim.justification ?? '',
        section: prose.section,
      })),
    ]);
    return texts
      .filter(
        ({ text, section }) => INFERRED_CONSENT.test(text) && (section ? aboutExplicitConsent(section, text) : /explicit/i.test(text)),
      )
      .map(({ target, label }) =>
        finding(explicitConsentInferred, {
          severity: 'error',
          regimes,
          target,
          message: `${label} treats an action (sending, submitting, using) as explicit consent; explicit consent needs an express statement and cannot be inferred from conduct.`,
          fix: 'Ask for explicit consent with an express statement (a separate, unticked box or a signed statement), or rely on another Art. 9(2) condition; if you do not want such data, say you will delete it.',
        }),
      );
  },
};

/** Personal data relating to criminal convictions and offences (Art. 10), in English, French, German. */
const CRIMINAL_DATA =
  /criminal (convictions?|offen[cs]es?|records?|history|background)|\bconvictions? (for|of) (an )?offen[cs]es?|\bdbs (check|certificate)|casier judiciaire|condamnations? pénales?|infractions? pénales?|vorstrafen|strafregister|führungszeugnis|strafrechtliche verurteilung/i;

/** What can authorise it: an official authority, a law, DPA 2018 Sch. 1, written in the section chain. */
const STATES_AUTHORITY =
  /official authority|authori[sz]ed by|required by law|schedule 1|sch\.? ?1\b|article 10|art\.? ?10\b|section 10|s\.? ?10\(5\)|autorité publique|autorisé par|gesetzlich|behördlich/i;

export const criminalOffenceData: ComplianceCheck = {
  id: 'criminal-offence-data',
  source: (regime) => regime.criminalOffenceAuthority,
  title: 'Criminal-offence data names the authority for processing it',
  appliesTo: 'any',
  run(snapshot, context) {
    return allSections(snapshot)
      .filter((section) => section.dataCollected.some((item) => CRIMINAL_DATA.test(item)))
      .filter((section) => {
        const chain = chainOf(snapshot, section);
        const text = chain.map((link) => [link.body, ...link.legalBases.map((claim) => claim.justification ?? '')].join('\n')).join('\n');
        return chain.every((link) => link.lawReferences.length === 0) && !STATES_AUTHORITY.test(text);
      })
      .flatMap((section) =>
        perRegime(context, (regime) => [
          finding(criminalOffenceData, {
            severity: 'error',
            regimes: regime,
            target: sectionTarget(section, 'lawReferences'),
            message: `Section "${section.title}" collects data about criminal convictions or offences (${section.dataCollected.filter((item) => CRIMINAL_DATA.test(item)).join(', ')}) without naming what authorises it.`,
            fix: 'Name the law or official authority that allows it in the laws referred to (in the UK, the DPA 2018 Sch. 1 condition), or stop collecting it.',
          }),
        ]),
      );
  },
};
