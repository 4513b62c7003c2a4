import type { LegalBasisClaimSnapshot, PolicySnapshot, ProcessorSnapshot, RetentionRuleSnapshot } from '../domain/snapshot';
import type { RenderContext } from '../domain/version';
import { ApplicableLaw, APPLICABLE_LAWS, inForce, lawName, MECHANISMS, Regime, regimesOf } from '../law/regimes';
import { formatDate, joinSentences, Markup } from './labels';
import { NOTICE_WORDS, NoticeWords } from './notice-words';
import { countryInWords, durationInWords, Language, languageOf, vocabulary } from './vocabulary';

/**
 * Who a rendering is for: the policy's language (its locale, English when there are no words for it), the
 * law it is given under and the day that law is read on. Everything a renderer writes that is not the
 * editor's own text comes through here, so every format says the same thing in the same words.
 */
export interface Reader {
  locale: string;
  language: Language;
  words: NoticeWords;
  names: ReturnType<typeof vocabulary>;
  law: ApplicableLaw;
  regimes: Regime[];
  /** "the UK GDPR and the Data Protection Act 2018", in the policy's language. */
  lawName: string;
  /**
   * The day the law is read on (YYYY-MM-DD): the version's effective date or today, whichever is later, so a
   * provision in force on either day applies (a notice read today states today's law).
   */
  lawDate: string;
  /** Where data may go without a transfer: "the United Kingdom", "the European Economic Area (EEA)". */
  territory: string;
}

const today = () => new Date().toISOString().slice(0, 10);

export const applicableLawOf = (snapshot: Pick<PolicySnapshot, 'policy'>): ApplicableLaw => {
  const law = snapshot.policy.applicableLaw;
  return (APPLICABLE_LAWS as readonly string[]).includes(law ?? '') ? (law as ApplicableLaw) : 'eu-gdpr';
};

// Intl.ListFormat is in Node since 12 but not in the ES2020 library the server compiles against.
const { ListFormat } = Intl as unknown as {
  ListFormat: new (
    locale: string,
    options: { style: 'long'; type: 'conjunction' | 'disjunction' },
  ) => { format: (items: string[]) => string };
};

// British English lists ("a, b and c"), not American ones ("a, b, and c").
const listOf = (language: Language, items: string[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
  new ListFormat(language === 'en' ? 'en-GB' : language, { style: 'long', type }).format(items);

export const readerOf = (snapshot: Pick<PolicySnapshot, 'policy'>, context: Pick<RenderContext, 'version'> = { version: null }): Reader => {
  const locale = snapshot.policy.locale || 'en';
  const language = languageOf(locale);
  const law = applicableLawOf(snapshot);
  const regimes = regimesOf(law);
  const now = today();
  const effective = context.version?.effectiveDate ?? now;
  return {
    locale,
    language,
    words: NOTICE_WORDS[language],
    names: vocabulary(language),
    law,
    regimes,
    lawName: lawName(law, language),
    lawDate: effective > now ? effective : now,
    territory: listOf(
      language,
      regimes.map((regime) => regime.territoryName[language]),
    ),
  };
};

/** A list in the reader's language: "a, b and c", "a, b et c", "a, b und c" (or "or", "ou", "oder"). */
export const listIn = (reader: Reader, items: string[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
  items.length ? listOf(reader.language, items, type) : '';

/** A date in words in the reader's language; French writes the first of the month as an ordinal ("1er juillet 2026"). */
export const dateIn = (reader: Reader, isoDate: string) => {
  const words = formatDate(isoDate, reader.locale);
  return reader.language === 'fr' ? words.replace(/^1 /, '1er ') : words;
};

/** Whether a country is outside the territory of every regime the notice follows (data sent there is transferred). */
export const isOutside = (reader: Reader, code: string) => !reader.regimes.some((regime) => regime.isInside(code));

export const countryIn = (reader: Reader, country: { code: string; name: string }) =>
  reader.language === 'en' ? country.name : countryInWords(country.code, reader.locale);

// ---------------------------------------------------------------------------------------------------------
// Citations
// ---------------------------------------------------------------------------------------------------------

interface ArticleRef {
  number: string;
  range: boolean;
  paragraph?: string;
  point?: string;
}

/** "15", "7(3)", "6(1)(f)", "22A–22D" or "Article 6(1)(f)" as its parts; null when it is not an article reference. */
export const parseArticle = (reference: string): ArticleRef | null => {
  const match = /^(?:Arts?\.|Articles?)?\s*(\d+[A-Z]?(?:[–-]\d+[A-Z]?)?)(?:\((\d+)\))?(?:\(([a-z])\))?$/.exec(reference.trim());
  if (!match) return null;
  return { number: match[1], range: /[–-]/.test(match[1]), paragraph: match[2], point: match[3] };
};

const englishReference = ({ number, range, paragraph, point }: ArticleRef) =>
  `${range ? 'Arts.' : 'Art.'} ${number}${paragraph ? `(${paragraph})` : ''}${point ? `(${point})` : ''}`;

/** One regime's article in the reader's language: "UK GDPR Art. 15", "art. 15 du RGPD", "Art. 15 DSGVO". */
export const citeIn = (reader: Reader, regime: Regime, reference: string | ArticleRef) => {
  const ref = typeof reference === 'string' ? parseArticle(reference) : reference;
  if (!ref) return regime.article(String(reference));
  const law = reader.words.citation?.lawOf[regime.id];
  return law && reader.words.citation ? reader.words.citation.format(ref, law) : regime.article(englishReference(ref));
};

/** An article in every regime the notice follows, e.g. "GDPR Art. 12(3); UK GDPR Art. 12(3)". */
export const cite = (reader: Reader, reference: string) => reader.regimes.map((regime) => citeIn(reader, regime, reference)).join('; ');

/**
 * The article of each right. The GDPR and the UK GDPR number them alike; a regime that numbers them otherwise
 * adds its own entry here.
 */
const RIGHT_ARTICLES: Record<string, string> = {
  access: '15',
  rectification: '16',
  erasure: '17',
  restriction: '18',
  portability: '20',
  objection: '21',
  'withdraw-consent': '7(3)',
  complaint: '77',
  'automated-decision': '22',
};

/**
 * Whether a regime has replaced the Art. 22 right with safeguards for significant automated decisions (UK GDPR
 * Arts. 22A–22D, inserted by DUAA 2025 s.80, in force from the date in law/data/uk-reforms.json).
 */
export const hasAutomatedDecisionSafeguards = (reader: Reader, regime: Regime) =>
  Boolean(regime.automatedDecisions.inForceFrom) && inForce(regime.automatedDecisions, reader.lawDate);

/** The article a regime states a right in: for automated decisions, the provision in regimes.ts once in force. */
export const rightArticle = (reader: Reader, regime: Regime, right: string): string | null => {
  if (right === 'automated-decision' && hasAutomatedDecisionSafeguards(reader, regime)) {
    return /Arts?\.\s*(\d+[A-Z]?(?:[–-]\d+[A-Z]?)?)/.exec(regime.automatedDecisions.source)?.[1] ?? '22';
  }
  return RIGHT_ARTICLES[right] ?? null;
};

/** The citation of a right in every regime of the notice, e.g. "UK GDPR Arts. 22A–22D". */
export const citeRight = (reader: Reader, right: string) =>
  reader.regimes
    .map((regime) => {
      const article = rightArticle(reader, regime, right);
      return article ? citeIn(reader, regime, article) : '';
    })
    .filter(Boolean)
    .join('; ');

/** The short form of a statutory source: "DPA 2018 s.164A (inserted by …); SI 2026/82 reg. 3" is "DPA 2018 s.164A". */
export const shortSource = (source: string) => source.split(/\s+\(|;/)[0].trim();

// ---------------------------------------------------------------------------------------------------------
// Words for the facts
// ---------------------------------------------------------------------------------------------------------

/**
 * A right by name. Where every regime of the notice has replaced the Art. 22 right with safeguards (UK GDPR
 * Arts. 22A–22D), that right is named for what it now gives.
 */
export const rightName = (reader: Reader, right: string) =>
  right === 'automated-decision' && reader.regimes.every((regime) => hasAutomatedDecisionSafeguards(reader, regime))
    ? reader.words.rightsExplained.automatedDecisionSafeguards.name
    : (reader.names.rights[right] ?? right);

export const mechanismName = (reader: Reader, mechanism: string) =>
  reader.names.mechanisms[mechanism] ?? MECHANISMS[mechanism]?.label[reader.language] ?? mechanism;

export const dpvPurposeName = (reader: Reader, concept: string | null | undefined) =>
  concept ? (reader.words.dpvPurposes[concept] ?? concept.replace(/([a-z])([A-Z])/g, '$1 $2')) : null;

/** What a claim's processing is for, in words: the editor's purpose, else the DPV concept's name. */
export const purposeOf = (reader: Reader, claim: LegalBasisClaimSnapshot) => claim.purpose || dpvPurposeName(reader, claim.dpvPurpose);

const GDPR_BASIS = /^gdpr-art-(6-1|9-2)-[a-j]$/;

/** A claim's legal basis by name, in the reader's language when the basis is one the plugin installs. */
export const legalBasisName = (reader: Reader, claim: Pick<LegalBasisClaimSnapshot, 'code' | 'name'>) =>
  (claim.code && reader.words.legalBasisNames?.[claim.code]) || claim.name;

/**
 * A claim's legal basis with its article, in the regime(s) the notice follows: "Legitimate interests — GDPR
 * Article 6(1)(f)", "Legitimate interests — UK GDPR Article 6(1)(f)", "Intérêts légitimes — article 6,
 * paragraphe 1, point f) du RGPD". A basis the plugin does not know is shown as stored.
 */
export const legalBasisLabel = (reader: Reader, claim: Pick<LegalBasisClaimSnapshot, 'code' | 'name' | 'regulation' | 'article'>) => {
  const known = claim.code && GDPR_BASIS.test(claim.code) && claim.regulation === 'GDPR' && claim.article && parseArticle(claim.article);
  const citation = known
    ? reader.regimes
        .map((regime) => (reader.language === 'en' ? regime.article(claim.article!) : citeIn(reader, regime, claim.article!)))
        .join('; ')
    : [claim.regulation, claim.article].filter(Boolean).join(' ');
  return [legalBasisName(reader, claim), citation].filter(Boolean).join(' — ');
};

const storageCountriesText = (reader: Reader, processor: ProcessorSnapshot) =>
  processor.storageDescription ?? processor.storageCountries.map((country) => countryIn(reader, country)).join(', ');

/** The safeguards a processor states, without "none needed". */
export const safeguardsOf = (processor: ProcessorSnapshot) =>
  [processor.transferMechanism, ...processor.additionalTransferMechanisms].filter((mechanism) => mechanism && mechanism !== 'none-needed');

/** Whether a processor receiving data stores it outside the notice's territory (a source only sends data to us). */
export const transfersOutside = (reader: Reader, processor: ProcessorSnapshot) =>
  processor.role !== 'source' && processor.storageCountries.some((country) => isOutside(reader, country.code));

/** A processor's facts as sentences, the same in every format. */
export const processorParts = (reader: Reader, processor: ProcessorSnapshot, { text, link, strong }: Markup) => {
  const { processor: words, colon } = reader.words;
  const where = storageCountriesText(reader, processor);
  const safeguards = safeguardsOf(processor).map((mechanism) => mechanismName(reader, mechanism));
  return [
    strong(processor.disclosedByName ? link(processor.privacyPolicyUrl, processor.name) : text(processor.name)),
    processor.purpose ? text(processor.purpose) : '',
    where ? `${words.storedIn}${colon}${text(where)}` : '',
    processor.storageCountries.some((country) => isOutside(reader, country.code)) ? text(words.transferredOutside(reader.territory)) : '',
    safeguards.length ? `${safeguards.length > 1 ? words.safeguards : words.safeguard}${colon}${text(safeguards.join('; '))}` : '',
    processor.safeguardCopy ? `${words.safeguardCopy}${colon}${text(processor.safeguardCopy)}` : '',
    processor.jointArrangement ? `${words.jointArrangement}${colon}${text(processor.jointArrangement)}` : '',
    processor.transferNotes ? text(processor.transferNotes) : '',
    processor.optOutUrl ? link(processor.optOutUrl, words.optOut) : '',
  ].filter(Boolean);
};

/** A retention period in words: the snapshot's English words, or the period in the reader's language. */
export const periodIn = (reader: Reader, rule: Pick<RetentionRuleSnapshot, 'period' | 'periodText'>) =>
  reader.language === 'en' ? rule.periodText : rule.period ? durationInWords(rule.period, reader.locale) : null;

/**
 * A retention rule in sentences, the same in every format: "Order information: kept for 6 years. Counted
 * from the close of the financial year. Reason: …".
 */
export const retentionSentences = (reader: Reader, rule: RetentionRuleSnapshot, { text, strong }: Pick<Markup, 'text' | 'strong'>) => {
  const { retention, colon } = reader.words;
  const label = strong(text(rule.dataCategory));
  const period = periodIn(reader, rule);
  const [first, ...rest] = [
    period ? text(retention.keptFor(period)) : '',
    rule.triggerDescription ? text(rule.triggerDescription) : '',
    rule.reason ? `${retention.reason}${colon}${text(rule.reason)}` : '',
  ].filter(Boolean);
  return joinSentences([first ? `${label}${colon}${first}` : label, ...rest]);
};

/** Said of a version that was withdrawn before it took effect (it never applied). */
export const withdrawnNotice = (reader: Reader, withdrawn: { at: string; reason: string }) =>
  `${reader.words.withdrawn(dateIn(reader, withdrawn.at.slice(0, 10)))}${withdrawn.reason ? ` ${reader.words.reasonGiven(withdrawn.reason)}` : ''}`;

/** The controller's fields a renderer lists, by their labels in the reader's language. */
export const controllerRows = (reader: Reader, controller: PolicySnapshot['policy']['controller']) =>
  Object.entries(reader.names.controller)
    .filter(([field]) => controller?.[field])
    .map(([field, label]) => ({
      field,
      label,
      value:
        field === 'establishmentCountry' ? countryInWords(controller![field] as string, reader.locale) : (controller![field] as string),
    }));

/** Plain text with no markup: for the JSON, which carries the sentences as strings. */
export const PLAIN: Markup = { text: (value) => value, link: (_href, text) => text, strong: (value) => value };
