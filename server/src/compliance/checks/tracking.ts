import { processingActivities } from '../../domain/processing-activities';
import type { ProcessorSnapshot, SectionSnapshot } from '../../domain/snapshot';
import { caseRef, guidanceRef, type GuidelineId, inForce, legalDate, TRACKER_CATEGORIES, type Regime } from '../../law/regimes';
import type { CheckContext, ComplianceCheck, ComplianceFinding } from '../findings';
import { finding, perRegime, sectionTarget } from '../findings';
import { BASIS, chainOf, isBlank, sentencesOf } from './shared';

/** A simple way to object or opt out, in English, French or German. */
const OBJECTION_ROUTE =
  /opt[\s-]?out|\bobject\b|\bobjecting\b|turn (it |them )?off|switch (it |them )?off|\brefuse\b|\bdecline\b|\bdisable\b|\bblock\b|cookie (settings|preferences|banner|tool|controls?)|s.opposer|\bopposition\b|\brefuser\b|désactiver|widersprechen|widerspruch|deaktivieren|ablehnen/i;

/** A provider saying it uses what it collects for its own purposes ("Google also uses the data for its own purposes"). */
const OWN_PURPOSES =
  /\b(?:for|to serve)\s+(?:its|their)\s+own\s+(?:purposes|ends|use)|\bpurposes\s+of\s+(?:its|their)\s+own\b|à\s+(?:ses|leurs)\s+propres\s+fins|pour\s+(?:son|leur)\s+propre\s+compte|für\s+(?:eigene|seine\s+eigenen|ihre\s+eigenen)\s+Zwecke|zu\s+eigenen\s+Zwecken/i;
const DENIED = /\b(?:not|never|no)\b|\bne\b|\bn['’]|\bnicht\b|\bkein/i;

/**
 * Why an analytics provider falls outside PECR Sch. A1 para. 5(1)(c), which allows the information to be shared
 * only with someone helping to improve the service: it is not marked as the controller's processor (the ICO reads
 * the condition as requiring a processor, not a joint controller), and/or it says it uses the data for its own
 * purposes. Every reason that applies, joined; null when the provider may be within the exemption.
 */
export const sharedBeyondImprovement = (tracker: ProcessorSnapshot): string | null => {
  const own = sentencesOf(tracker.purpose).find((sentence) => OWN_PURPOSES.test(sentence) && !DENIED.test(sentence));
  const reasons = [
    ...(tracker.role !== 'processor' ? [`is not your processor (its role is ${tracker.role.replace(/-/g, ' ')})`] : []),
    ...(own ? [`uses the information for its own purposes ("${own}")`] : []),
  ];
  return reasons.length ? `"${tracker.name}" ${reasons.join(' and ')}` : null;
};

/**
 * A text saying the cookies are set or read only once people agree ("only if you have consented to cookies"). The
 * storage may then have consent while the processing names legitimate interests: where consent is needed for the
 * cookies, it is in practice the basis for the processing too (data/guidance.json, ico-storage-access, lawful-basis).
 */
const COOKIE_CONSENT_STATED = new RegExp(
  [
    String.raw`\b(?:only|solely)\b[^.;]{0,40}\b(?:(?:if|when|once|after)\s+you\s+(?:have\s+)?(?:consent|agree|accept)\w*|with\s+your\s+(?:prior\s+)?consent)\b`,
    String.raw`\b(?:if|when|once|after)\s+you\s+(?:have\s+)?(?:consent|agree|accept)\w*\s+(?:to\s+)?(?:[\w-]+\s+){0,3}cookies\b`,
    String.raw`(?:\b(?:seulement|uniquement)\b[^.;]{0,40}|\bque\s+)(?:\bsi\s+vous\s+(?:y\s+)?(?:avez\s+)?(?:consenti|accepté)|\bavec\s+votre\s+consentement)`,
    String.raw`\bnur\b[^.;]{0,40}(?:\b(?:wenn|nachdem)\s+Sie\b[^.;]{0,30}\b(?:eingewilligt|zugestimmt|akzeptiert)|\bmit\s+Ihrer\s+Einwilligung)`,
  ].join('|'),
  'i',
);

interface TrackingActivity {
  /** The section that states the legal basis the tracking relies on: the finding's target. */
  section: SectionSnapshot;
  trackers: ProcessorSnapshot[];
  /** The texts that inform people: section bodies, justifications, the trackers' purposes. */
  text: string;
}

const relyOnLegitimateInterestsForTracking = (snapshot: Parameters<ComplianceCheck['run']>[0]): TrackingActivity[] => {
  const bySection = new Map<string, TrackingActivity>();
  for (const activity of processingActivities(snapshot)) {
    const chain = chainOf(snapshot, activity.section);
    const trackers = activity.processors.filter((processor) => TRACKER_CATEGORIES.includes(processor.category));
    if (trackers.length === 0 && !chain.some((link) => link.category === 'cookies')) continue;
    // Consent next to legitimate interests covers the storage and access; the rest may rest on either.
    if (!activity.legalBases.some((claim) => claim.code === BASIS.legitimateInterests)) continue;
    if (activity.legalBases.some((claim) => claim.code === BASIS.consent)) continue;
    const stating = [...chain].reverse().find((link) => link.legalBases.length > 0) ?? activity.section;
    const text = [
      ...chain.map((link) => link.body),
      ...activity.legalBases.map((claim) => `${claim.justification ?? ''} ${claim.purpose ?? ''}`),
      ...trackers.map((tracker) => tracker.purpose ?? ''),
    ].join('\n');
    const entry = bySection.get(stating.slug) ?? { section: stating, trackers: [], text: '' };
    for (const tracker of trackers) if (!entry.trackers.some((known) => known.slug === tracker.slug)) entry.trackers.push(tracker);
    entry.text = `${entry.text}\n${text}`;
    bySection.set(stating.slug, entry);
  }
  return [...bySection.values()];
};

const names = (processors: ProcessorSnapshot[]) => processors.map((processor) => `"${processor.name}"`).join(', ');

const consentRule = (regime: Regime) => `${regime.tracking.rule}; ${caseRef(regime.tracking.consentCase as 'C-673/17')}`;

/** When the section says the cookies wait for consent: what the message adds, and the regulator's guidance on it. */
const consentStatedFor = (text: string, regime: Regime) => {
  if (!COOKIE_CONSENT_STATED.test(text)) return { says: '', sources: [] as string[] };
  const guidance = regime.tracking.lawfulBasisGuidance;
  return {
    says: ' The section says the cookies are used only with consent, yet names legitimate interests as the legal basis: where the cookies need consent, rely on consent for the processing they serve too.',
    sources: guidance ? [guidanceRef(guidance.guideline as GuidelineId, guidance.part)] : [],
  };
};

const findingsUnder = ({ section, trackers, text }: TrackingActivity, regime: Regime, context: CheckContext): ComplianceFinding[] => {
  const target = sectionTarget(section, 'legalBases');
  const stated = consentStatedFor(text, regime);
  const advertising = trackers.filter((tracker) => tracker.category === 'advertising');
  const analytics = trackers.filter((tracker) => tracker.category === 'analytics');
  const findings: ComplianceFinding[] = [];
  if (advertising.length) {
    findings.push(
      finding(trackingConsent, {
        severity: 'error',
        regimes: regime,
        source: [consentRule(regime), ...stated.sources].join('; '),
        target,
        message: `Section "${section.title}" relies on legitimate interests for advertising tracking by ${names(advertising)}: storing or reading information on people's devices for advertising needs their consent; on personalised advertising and legitimate interests see also ${caseRef('C-252/21')}.${stated.says}`,
        fix: 'Rely on consent (Art. 6(1)(a)) for the advertising cookies and pixels, asked for before they are set, and say how to withdraw it.',
      }),
    );
  }
  if (analytics.length) {
    const exemption = regime.analyticsCookieExemption;
    if (exemption && inForce(exemption, context.today)) {
      const informed = !isBlank(text);
      const canObject = analytics.some((tracker) => !isBlank(tracker.optOutUrl)) || OBJECTION_ROUTE.test(text);
      const shared = analytics.map(sharedBeyondImprovement).filter((reason): reason is string => reason !== null);
      const unmet = [
        ...(!informed || !canObject ? ['the section gives no way to object'] : []),
        ...(shared.length ? [`${shared.join('; ')}, so the information is shared beyond helping you improve the service`] : []),
      ];
      if (unmet.length) {
        findings.push(
          finding(trackingConsent, {
            severity: 'error',
            regimes: regime,
            source: [
              regime.tracking.rule,
              exemption.source,
              ...(shared.length ? [exemption.sharingCondition.source, guidanceRef('ico-storage-access', 'statistical')] : []),
              ...stated.sources,
            ].join('; '),
            target,
            message: `Section "${section.title}" relies on legitimate interests for analytics by ${names(analytics)} without consent; since ${legalDate(exemption.inForceFrom)} analytics is exempt from consent only when it serves solely to produce statistics about the use of the service to improve it, ${exemption.sharingCondition.says}, and people are told clearly and given a simple, free way to object, but ${unmet.join(', and ')}.${stated.says}`,
            fix: shared.length
              ? 'Rely on consent (Art. 6(1)(a)) for the analytics cookies, or use an analytics provider that acts only as your processor and keeps the data to improving your service, with a simple way to object.'
              : 'Tell people clearly what the analytics collects and give a simple, free way to object (an opt-out link on the provider, or a setting described here), or ask for consent.',
          }),
        );
      }
    } else {
      findings.push(
        finding(trackingConsent, {
          severity: 'error',
          regimes: regime,
          source: [consentRule(regime), ...stated.sources].join('; '),
          target,
          message: `Section "${section.title}" relies on legitimate interests for analytics by ${names(analytics)}: storing or reading information on people's devices for analytics needs their consent.${stated.says}`,
          fix: 'Rely on consent (Art. 6(1)(a)) for the analytics cookies, asked for before they are set, and say how to withdraw it.',
        }),
      );
    }
  }
  if (!trackers.length) {
    findings.push(
      finding(trackingConsent, {
        severity: 'info',
        regimes: regime,
        source: regime.tracking.rule,
        target,
        message: `Section "${section.title}" relies on legitimate interests for cookies: storing or reading information on devices needs consent unless it is exempt (${regime.tracking.exemptions.join('; ')}).`,
        fix: 'Check that each cookie is exempt; rely on consent for those that are not.',
      }),
    );
  }
  return findings;
};

export const trackingConsent: ComplianceCheck = {
  id: 'tracking-consent',
  source: consentRule,
  title: 'Analytics and advertising cookies and pixels rely on consent, not legitimate interests',
  appliesTo: 'any',
  run(snapshot, context) {
    return relyOnLegitimateInterestsForTracking(snapshot).flatMap((activity) =>
      perRegime(context, (regime) => findingsUnder(activity, regime, context)),
    );
  },
};
