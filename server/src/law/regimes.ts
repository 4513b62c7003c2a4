import adequacyData from './data/adequacy.json';
import mechanismData from './data/transfer-mechanisms.json';
import childrenData from './data/children.json';
import ukReforms from './data/uk-reforms.json';
import caseLaw from './data/case-law.json';
import guidanceData from './data/guidance.json';
import trackingData from './data/tracking.json';
import transferProvisionData from './data/transfer-provisions.json';
import brexitData from './data/brexit.json';
import { EEA_COUNTRIES } from '../domain/regions';

/**
 * The data protection regimes a policy can state it follows. Each regime is one module of rules and words:
 * its territory, adequacy list, transfer tools, children's consent age, provisions and names. Another regime
 * (the Swiss FADP, a US state law) is one more entry here plus its data files, not edits everywhere.
 */

export const APPLICABLE_LAWS = ['eu-gdpr', 'uk-gdpr', 'eu-and-uk-gdpr'] as const;
export type ApplicableLaw = (typeof APPLICABLE_LAWS)[number];
export type RegimeId = 'eu-gdpr' | 'uk-gdpr';
export type Language = 'en' | 'fr' | 'de';

export interface Adequacy {
  instrument: string;
  scope?: string;
  /** The transfer tool the adequacy runs through, when it covers certified recipients only (the DPF). */
  mechanism?: string;
}

export interface MechanismInRegime {
  source: string;
  label: string;
  /** The day it stopped being usable, when it did. */
  endedOn?: string;
  replacedBy?: string;
  /** Another tool it is valid only together with (the 2021 SCCs need the UK Addendum for UK exports). */
  requires?: string;
  /** The day it became usable, when that matters to what a notice may say. */
  inForceFrom?: string;
  /** The name people know it by, e.g. "the UK–US data bridge". */
  alsoKnownAs?: string;
  /** For a tool that ended: the tools to use instead, besides `replacedBy`. */
  alternatives?: string[];
}

export interface Mechanism {
  id: string;
  strength: number;
  label: Record<Language, string>;
  destinations?: string[];
  /** Art. 13(1)(f) and 14(1)(f): the notice must say how to obtain a copy of these safeguards. */
  copyRequired: boolean;
  regimes: Partial<Record<RegimeId, MechanismInRegime>>;
}

export interface Regime {
  id: RegimeId;
  /** The law as a notice names it. */
  name: Record<Language, string>;
  /** An article reference in this regime's text, e.g. "UK GDPR Art. 13(1)(c)". */
  article: (reference: string) => string;
  /** Whether a recipient in this country is inside the regime's territory (no transfer). */
  isInside: (country: string) => boolean;
  territoryName: Record<Language, string>;
  adequacyFor: (country: string) => Adequacy | null;
  adequacyBasis: string;
  childrenConsent: {
    consentAge: number;
    lowestAllowed: number;
    source: string;
    note?: string;
    code?: { name: string; source: string };
    /** Ages member states set under the regime's derogation (GDPR Art. 8(1), second subparagraph), where confirmed. */
    memberStates?: Record<string, { age: number; law: string }>;
  };
  /** Decisions based solely on automated processing; `previousSource` applies before `inForceFrom`. */
  automatedDecisions: { source: string; inForceFrom?: string; previousSource?: string };
  /** Complaints to the controller first, where a statute requires the route (DPA 2018 s.164A). */
  complaintsToController: { source: string; inForceFrom: string } | null;
  analyticsCookieExemption: {
    source: string;
    inForceFrom: string;
    summary: string;
    /** PECR Sch. A1 para. 5(1)(c): the information is shared only with someone helping to improve the service. */
    sharingCondition: { source: string; says: string };
  } | null;
  /** W3C DPV terms for the law(s) and, where there is one, the supervisory authority. */
  dpv: { laws: string[]; authority: string | null };
  /** The rule on storing and reading information on devices (cookies, pixels) and its exemptions (data/tracking.json). */
  tracking: {
    rule: string;
    consentCase: string;
    exemptions: string[];
    /** The regulator's guidance on the lawful basis of the processing that follows a consented storage or access. */
    lawfulBasisGuidance?: { guideline: string; part: string };
  };
  /** Art. 10: what must authorise processing of criminal-offence data, in this regime's words. */
  criminalOffenceAuthority: string;
  /** Whether the EDPB's guidelines are this regime's guidance (they are the EU's; the UK's regulator is the ICO). */
  edpbGuidance: boolean;
}

type AdequacyEntry = { country: string; instrument: string; scope?: string; mechanism?: string };

const adequacyLookup =
  (entries: AdequacyEntry[]) =>
  (country: string): Adequacy | null => {
    const entry = entries.find((candidate) => candidate.country === country || (candidate.country === 'EEA' && EEA_COUNTRIES.has(country)));
    return entry ? { instrument: entry.instrument, scope: entry.scope, mechanism: entry.mechanism } : null;
  };

export const MECHANISMS: Record<string, Mechanism> = Object.fromEntries(
  Object.entries(mechanismData.mechanisms).map(([id, mechanism]) => [
    id,
    { id, copyRequired: false, ...(mechanism as Omit<Mechanism, 'id' | 'copyRequired'> & { copyRequired?: boolean }) } as Mechanism,
  ]),
);

export const REGIMES: Record<RegimeId, Regime> = {
  'eu-gdpr': {
    id: 'eu-gdpr',
    name: {
      en: 'the General Data Protection Regulation (GDPR)',
      fr: 'le règlement général sur la protection des données (RGPD)',
      de: 'die Datenschutz-Grundverordnung (DSGVO)',
    },
    article: (reference) => `GDPR ${reference}`,
    isInside: (country) => EEA_COUNTRIES.has(country),
    territoryName: {
      en: 'the European Economic Area (EEA)',
      fr: 'l’Espace économique européen (EEE)',
      de: 'den Europäischen Wirtschaftsraum (EWR)',
    },
    adequacyFor: adequacyLookup(adequacyData.regimes['eu-gdpr'].decisions as AdequacyEntry[]),
    adequacyBasis: adequacyData.regimes['eu-gdpr'].basis,
    childrenConsent: childrenData.regimes['eu-gdpr'],
    automatedDecisions: { source: 'GDPR Art. 22' },
    complaintsToController: null,
    analyticsCookieExemption: null,
    dpv: { laws: ['legal-eu:law-GDPR'], authority: null },
    tracking: trackingData.regimes['eu-gdpr'],
    criminalOffenceAuthority: 'GDPR Art. 10: official authority, or Union or member state law providing appropriate safeguards',
    edpbGuidance: true,
  },
  'uk-gdpr': {
    id: 'uk-gdpr',
    name: {
      en: 'the UK GDPR and the Data Protection Act 2018',
      fr: 'le UK GDPR et la loi britannique de 2018 sur la protection des données (Data Protection Act 2018)',
      de: 'die UK GDPR und den Data Protection Act 2018',
    },
    article: (reference) => `UK GDPR ${reference}`,
    isInside: (country) => country === 'GB',
    territoryName: { en: 'the United Kingdom', fr: 'le Royaume-Uni', de: 'das Vereinigte Königreich' },
    adequacyFor: adequacyLookup(adequacyData.regimes['uk-gdpr'].decisions as AdequacyEntry[]),
    adequacyBasis: adequacyData.regimes['uk-gdpr'].basis,
    childrenConsent: childrenData.regimes['uk-gdpr'],
    automatedDecisions: {
      source: ukReforms.provisions.automatedDecisions.source,
      inForceFrom: ukReforms.provisions.automatedDecisions.inForceFrom,
      previousSource: 'UK GDPR Art. 22',
    },
    complaintsToController: {
      source: ukReforms.provisions.complaintsToController.source,
      inForceFrom: ukReforms.provisions.complaintsToController.inForceFrom,
    },
    analyticsCookieExemption: ukReforms.provisions.analyticsCookies,
    dpv: { laws: ['legal-gb:law-GDPR', 'legal-gb:law-DPA'], authority: 'legal-gb:DPA-GB' },
    tracking: trackingData.regimes['uk-gdpr'],
    criminalOffenceAuthority: 'UK GDPR Art. 10 and DPA 2018 s.10(5): official authority, or a condition in DPA 2018 Sch. 1 Parts 1–3',
    edpbGuidance: false,
  },
};

/** The regimes a policy follows; a policy recorded before `applicableLaw` existed follows the EU GDPR. */
export const regimesOf = (law: string | null | undefined): Regime[] => {
  if (law === 'uk-gdpr') return [REGIMES['uk-gdpr']];
  if (law === 'eu-and-uk-gdpr') return [REGIMES['eu-gdpr'], REGIMES['uk-gdpr']];
  return [REGIMES['eu-gdpr']];
};

/** The law as a notice names it, e.g. "the UK GDPR and the Data Protection Act 2018". */
export const lawName = (law: string | null | undefined, language: Language) => {
  const names = regimesOf(law).map((regime) => regime.name[language]);
  const and = { en: ' and ', fr: ' et ', de: ' und ' }[language];
  return names.join(and);
};

/** Whether a version of a provision applies on a day (YYYY-MM-DD). */
export const inForce = (provision: { inForceFrom?: string } | null | undefined, today: string) =>
  Boolean(provision) && (!provision!.inForceFrom || provision!.inForceFrom <= today);

export const LEGAL_DATA_CHECKED_ON = {
  adequacy: adequacyData.checkedOn,
  transferMechanisms: mechanismData.checkedOn,
  children: childrenData.checkedOn,
  ukReforms: ukReforms.checkedOn,
  caseLaw: caseLaw.checkedOn,
  guidance: guidanceData.checkedOn,
  tracking: trackingData.checkedOn,
  transferProvisions: transferProvisionData.checkedOn,
  brexit: brexitData.checkedOn,
};

/** A day of the law data (YYYY-MM-DD) as a notice writes it in English: "16 July 2020". */
export const legalDate = (day: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

export type CaseId = keyof typeof caseLaw.cases;
export interface CourtCase {
  name: string;
  ecli: string;
  date: string;
  held: string;
  invalidated?: { framework: string; instrument: string };
}
export const CASES: Record<CaseId, CourtCase> = caseLaw.cases;

/** A judgment as a source: "CJEU C-311/18 (Schrems II), 16 July 2020". */
export const caseRef = (id: CaseId) => `CJEU ${id} (${CASES[id].name}), ${legalDate(CASES[id].date)}`;

export type GuidelineId = keyof typeof guidanceData.guidelines;
const GUIDELINES: Record<GuidelineId, { name: string; title: string; parts: Record<string, { cite: string; says: string }> }> =
  guidanceData.guidelines;

/** Guidelines as a source, with the part relied on: "WP260 rev.01, para. 29". */
export const guidanceRef = (id: GuidelineId, part?: string) => {
  const guideline = GUIDELINES[id];
  const cited = part ? guideline.parts[part]?.cite : undefined;
  return cited ? `${guideline.name}, ${cited}` : guideline.name;
};

/** What the part of the guidelines says, for a message. */
export const guidanceSays = (id: GuidelineId, part: string) => GUIDELINES[id].parts[part]?.says ?? '';

/** Processor categories whose storage and access on people's devices is tracking (data/tracking.json). */
export const TRACKER_CATEGORIES: string[] = trackingData.trackerCategories;

/** The tool as a regime knows it, or null when the regime has no such tool. */
export const mechanismIn = (mechanism: string, regime: Regime): MechanismInRegime | null =>
  MECHANISMS[mechanism]?.regimes[regime.id] ?? null;

/**
 * The age from which a child may consent alone under a regime, for a controller established in `country`:
 * `known` is false when it depends on a member state the data does not list (then `age` is the regime's default).
 */
export const childrenConsentAge = (regime: Regime, country: string | null | undefined) => {
  const { consentAge, lowestAllowed, source, memberStates } = regime.childrenConsent;
  if (!memberStates) return { age: consentAge, lowest: lowestAllowed, known: true, source };
  const state = country ? memberStates[country] : undefined;
  return state
    ? { age: state.age, lowest: lowestAllowed, known: true, source: `${source}; ${state.law}` }
    : { age: consentAge, lowest: lowestAllowed, known: false, source };
};

/** The source of the rules on automated decisions that apply on a day. */
export const automatedDecisionSource = (regime: Regime, today: string) =>
  inForce(regime.automatedDecisions, today)
    ? regime.automatedDecisions.source
    : (regime.automatedDecisions.previousSource ?? regime.article('Art. 22'));

/** The kinds of transfer tool a notice may name, and the provisions of each regime that provide for them (data/transfer-provisions.json). */
export type TransferToolKind = keyof typeof transferProvisionData.tools;
export const TRANSFER_TOOL_KINDS: Record<TransferToolKind, { label: string; mechanisms: string[] }> = transferProvisionData.tools;

/** The provisions ("46(2)(c)", "47") of a regime's text that provide for a kind of transfer tool. */
export const provisionsFor = (regime: RegimeId, kind: TransferToolKind): string[] =>
  (transferProvisionData.regimes[regime].provides as Partial<Record<TransferToolKind, string[]>>)[kind] ?? [];

/** What a provision of a regime's transfer chapter provides for, e.g. "46(2)(b)" → "binding corporate rules". */
export const provisionMeaning = (regime: RegimeId, provision: string): string | null =>
  (transferProvisionData.regimes[regime].provisions as Record<string, string>)[provision] ?? null;

/** When the United Kingdom left the European Union and the European Economic Area (data/brexit.json). */
export const BREXIT = {
  leftEu: brexitData.leftEu,
  leftEea: brexitData.leftEea,
};
