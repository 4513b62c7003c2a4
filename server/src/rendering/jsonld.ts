import type {
  CountrySnapshot,
  LegalBasisClaimSnapshot,
  PolicySnapshot,
  ProcessorSnapshot,
  RetentionRuleSnapshot,
  SectionSnapshot,
} from '../domain/snapshot';
import type { RenderContext } from '../domain/version';
import { processingActivities, ProcessingActivity } from '../domain/processing-activities';
import { countryName, isCountryCode } from '../domain/field-rules';
import dpvTerms from './vocabularies/dpv-terms.json';
import { firstLayer, rightsExplained } from './first-layer';
import {
  citeRight,
  hasAutomatedDecisionSafeguards,
  isOutside,
  legalBasisLabel,
  mechanismName,
  purposeOf,
  Reader,
  readerOf,
  rightName,
  safeguardsOf,
} from './reader';

// Inline, so the document parses offline. Every dpv, eu-gdpr, legal-eu and legal-gb term used below is listed in
// vocabularies/dpv-terms.json.
export const JSONLD_CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  'legal-eu': 'https://w3id.org/dpv/legal/eu#',
  'legal-gb': 'https://w3id.org/dpv/legal/gb#',
  dct: 'http://purl.org/dc/terms/',
  schema: 'https://schema.org/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

type Node = Record<string, unknown>;

/** The vendored DPV terms: a term outside it is never emitted (a DPV purpose the vocabulary lacks stays a plain dpv:Purpose). */
const KNOWN_TERMS = new Set<string>(dpvTerms.terms);

const ref = (id: string) => ({ '@id': id });
const typed = (value: string, type: string) => ({ '@value': value, '@type': type });

const ART_6_BASES: Record<string, string> = {
  a: 'dpv:Consent',
  b: 'dpv:Contract',
  c: 'dpv:LegalObligation',
  d: 'dpv:VitalInterest',
  e: 'dpv:PublicInterest',
  f: 'dpv:LegitimateInterest',
};

/** The plugin's GDPR legal basis codes as DPV classes: the generic basis and the GDPR article. */
const GDPR_BASES: Record<string, string[]> = {
  ...Object.fromEntries(
    Object.entries(ART_6_BASES).map(([letter, basis]) => [`gdpr-art-6-1-${letter}`, [basis, `eu-gdpr:A6-1-${letter}`]]),
  ),
  ...Object.fromEntries([...'abcdefghij'].map((letter) => [`gdpr-art-9-2-${letter}`, ['dpv:LegalBasis', `eu-gdpr:A9-2-${letter}`]])),
};

/**
 * Transfer mechanisms as DPV terms: the GDPR article relied on and, for contractual tools, the safeguard
 * itself. The eu-gdpr terms name the EU regulation, so a notice given under the UK GDPR alone states the
 * generic DPV classes and, in its labels, the UK tool (the IDTA and the Addendum have no DPV term).
 */
const TRANSFER_TERMS: Record<string, { legalBasis?: string; safeguard?: string; contractual?: boolean }> = {
  'adequacy-decision': { legalBasis: 'eu-gdpr:AdequacyDecision' },
  // The EU-US Data Privacy Framework is an Art. 45 adequacy decision (2023).
  'data-privacy-framework': { legalBasis: 'eu-gdpr:AdequacyDecision' },
  'standard-contractual-clauses': { legalBasis: 'eu-gdpr:A46-2-c', safeguard: 'eu-gdpr:StandardContractualClauses', contractual: true },
  'eu-scc-2021': { legalBasis: 'eu-gdpr:A46-2-c', safeguard: 'eu-gdpr:StandardContractualClauses', contractual: true },
  'binding-corporate-rules': { legalBasis: 'eu-gdpr:A46-2-b', safeguard: 'eu-gdpr:BindingCorporateRules', contractual: true },
  'uk-idta': { contractual: true },
  'uk-addendum': { contractual: true },
  'explicit-consent': { legalBasis: 'eu-gdpr:A49-1-a' },
};

/**
 * The rights as the GDPR extension of DPV names them (GDPR Arts. 15–22, 7(3) and 77). DPV has no UK GDPR
 * extension: the UK GDPR keeps these articles with the same numbers and substance, so a UK notice states the
 * same terms (its dct:source cites the UK article), except the Art. 22 right, which the UK GDPR has replaced
 * with Arts. 22A–22D.
 */
const RIGHT_TERMS: Record<string, string> = {
  access: 'eu-gdpr:A15',
  rectification: 'eu-gdpr:A16',
  erasure: 'eu-gdpr:A17',
  restriction: 'eu-gdpr:A18',
  portability: 'eu-gdpr:A20',
  objection: 'eu-gdpr:A21',
  'automated-decision': 'eu-gdpr:A22',
  'withdraw-consent': 'eu-gdpr:A7-3',
  complaint: 'eu-gdpr:A77',
};

/** A term of the EU GDPR extension naming a tool of the EU regulation, only where the notice is given under the EU GDPR. */
const euTerm = (reader: Reader, term: string | undefined) =>
  term && (!term.startsWith('eu-gdpr:') || reader.regimes.some((regime) => regime.id === 'eu-gdpr')) ? term : undefined;

/** How each processor role links to a processing activity, and what the entity is. */
const ROLES: Record<string, { type: string; link: string }> = {
  processor: { type: 'dpv:DataProcessor', link: 'dpv:hasDataProcessor' },
  'independent-controller': { type: 'dpv:DataController', link: 'dpv:hasRecipientDataController' },
  'joint-controller': { type: 'dpv:DataController', link: 'dpv:hasRecipientDataController' },
  recipient: { type: 'dpv:Recipient', link: 'dpv:hasRecipient' },
  source: { type: 'dpv:ThirdPartyDataSource', link: 'dpv:hasDataSource' },
};

const roleOf = (processor: ProcessorSnapshot) => ROLES[processor.role] ?? ROLES.recipient;
const recipientId = (processor: ProcessorSnapshot) => `_:recipient-${processor.slug}`;
const transferId = (processor: ProcessorSnapshot) => `_:transfer-${processor.slug}`;
const retentionId = (rule: RetentionRuleSnapshot) => `_:retention-${rule.slug}`;
// A source only sends data to the controller, so its storage abroad is no transfer of this policy's data.
const isTransferredTo = (reader: Reader, processor: ProcessorSnapshot) =>
  processor.role !== 'source' && processor.storageCountries.some(({ code }) => isOutside(reader, code));

/** A country; a third country when it is outside the territory of the law the notice is given under. */
const country = (reader: Reader, { code, name }: CountrySnapshot): Node => ({
  '@id': `_:country-${code}`,
  '@type': isOutside(reader, code) ? ['dpv:Country', 'dpv:ThirdCountry'] : 'dpv:Country',
  'dct:identifier': code,
  'rdfs:label': name,
});

const labelled =
  (type: string) =>
  (label: string): Node => ({ '@type': type, 'rdfs:label': label });

const controllerNode = (reader: Reader, controller: PolicySnapshot['policy']['controller']): Node => ({
  '@id': '_:controller',
  '@type': 'dpv:DataController',
  'dpv:hasName': controller?.name,
  'dct:identifier': controller?.registrationNumber,
  'dpv:hasAddress': controller?.postalAddress,
  'dpv:hasCountry':
    controller?.establishmentCountry && isCountryCode(controller.establishmentCountry)
      ? country(reader, { code: controller.establishmentCountry, name: countryName(controller.establishmentCountry) })
      : undefined,
  'dpv:hasContact': [controller?.email, controller?.phone, controller?.website],
  'dpv:hasDataProtectionOfficer':
    controller?.dpoName || controller?.dpoEmail
      ? { '@type': 'dpv:DataProtectionOfficer', 'dpv:hasName': controller.dpoName, 'dpv:hasContact': controller.dpoEmail }
      : undefined,
  'dpv:hasRepresentative': controller?.representativeName
    ? { '@type': 'dpv:Representative', 'dpv:hasName': controller.representativeName, 'dpv:hasAddress': controller.representativeAddress }
    : undefined,
});

/** A category of recipients is described, not named: only a disclosed recipient gets dpv:hasName. */
const recipientNode = (reader: Reader, processor: ProcessorSnapshot): Node => ({
  '@id': recipientId(processor),
  '@type': roleOf(processor).type,
  [processor.disclosedByName ? 'dpv:hasName' : 'rdfs:label']: processor.name,
  'dct:description': processor.purpose,
  // Art. 26(2): the essence of a joint controllers' arrangement.
  'rdfs:comment': processor.jointArrangement,
  'dpv:hasPersonalData': processor.dataShared.map(labelled('dpv:PersonalData')),
  'dpv:hasCountry': processor.storageCountries.map((entry) => country(reader, entry)),
});

const transferNode = (reader: Reader, processor: ProcessorSnapshot): Node => {
  const mechanisms = safeguardsOf(processor);
  return {
    '@id': transferId(processor),
    '@type': 'dpv:Process',
    'dpv:hasProcessing': ref('dpv:CrossBorderTransfer'),
    'dpv:hasRecipient': ref(recipientId(processor)),
    'dpv:hasThirdCountry': processor.storageCountries.filter(({ code }) => isOutside(reader, code)).map((entry) => country(reader, entry)),
    'dpv:hasLegalBasis': mechanisms.map((mechanism) => ({
      '@type': ['dpv:DataTransferLegalBasis', euTerm(reader, TRANSFER_TERMS[mechanism]?.legalBasis)],
      'rdfs:label': mechanismName(reader, mechanism),
    })),
    'dpv:hasOrganisationalMeasure': mechanisms
      .filter((mechanism) => TRANSFER_TERMS[mechanism]?.contractual)
      .map((mechanism) => ({
        '@type': ['dpv:SafeguardForDataTransfer', euTerm(reader, TRANSFER_TERMS[mechanism].safeguard)],
        'rdfs:label': mechanismName(reader, mechanism),
        'dct:description': processor.safeguardCopy,
      })),
    'dct:description': processor.transferNotes,
  };
};

const legalBasisNode = (reader: Reader, claim: LegalBasisClaimSnapshot): Node => ({
  // Art. 6(1) and 9(2) read the same in the UK GDPR, so their eu-gdpr terms serve both regimes.
  '@type': GDPR_BASES[claim.code ?? ''] ?? 'dpv:LegalBasis',
  'rdfs:label': legalBasisLabel(reader, claim),
  'dpv:hasJustification': claim.justification
    ? { '@type': 'dpv:Justification', 'rdfs:label': claim.justificationLabel, 'dct:description': claim.justification }
    : undefined,
});

/** What an activity is for: each claim's purpose, as the DPV concept the editor chose, else the section it describes. */
const purposeNodes = (reader: Reader, activity: ProcessingActivity): Node[] => {
  const found = new Map<string, Node>();
  for (const claim of activity.legalBases) {
    const text = purposeOf(reader, claim);
    if (!text) continue;
    const concept = claim.dpvPurpose && KNOWN_TERMS.has(`dpv:${claim.dpvPurpose}`) ? `dpv:${claim.dpvPurpose}` : undefined;
    found.set(`${concept}|${text}`, { '@type': ['dpv:Purpose', concept], 'dct:description': text });
  }
  return found.size ? [...found.values()] : [{ '@type': 'dpv:Purpose', 'dct:description': activity.section.title }];
};

/** One node per retention rule, referenced from the notice and from every activity it applies to. */
const storageDuration = (rule: RetentionRuleSnapshot): Node => ({
  '@id': retentionId(rule),
  '@type': rule.period ? ['dpv:StorageDuration', 'dpv:TemporalDuration'] : 'dpv:StorageDuration',
  'rdfs:label': rule.name,
  'rdf:value': rule.period ? typed(rule.period, 'xsd:duration') : undefined,
  'dct:description': [rule.periodText, rule.triggerDescription].filter(Boolean).join(', '),
  'rdfs:comment': rule.criteria,
});

const storageLocation = (reader: Reader, section: SectionSnapshot): Node | undefined =>
  section.storageLocation || section.storageCountries.length
    ? {
        '@type': 'dpv:StorageLocation',
        'rdfs:label': section.storageLocation,
        'dpv:hasCountry': section.storageCountries.map((entry) => country(reader, entry)),
      }
    : undefined;

/** Recipients and data sources, each under the property its role calls for. */
const entityLinks = (activity: ProcessingActivity) => {
  const links: Record<string, Node[]> = { 'dpv:hasDataSource': activity.dataSources.map(labelled('dpv:DataSource')) };
  activity.processors.forEach((processor) => (links[roleOf(processor).link] ??= []).push(ref(recipientId(processor))));
  return links;
};

const activityNode = (reader: Reader, activity: ProcessingActivity): Node => ({
  '@id': `_:activity-${activity.section.slug}`,
  '@type': 'dpv:PersonalDataProcess',
  'dct:title': activity.path.join(' › '),
  'dct:identifier': activity.section.slug,
  'dpv:hasDataController': ref('_:controller'),
  'dpv:hasPurpose': purposeNodes(reader, activity),
  'dpv:hasPersonalData': activity.dataCategories.map(labelled('dpv:PersonalData')),
  'dpv:hasLegalBasis': activity.legalBases.map((claim) => legalBasisNode(reader, claim)),
  ...entityLinks(activity),
  'dpv:hasProcess': activity.processors
    .filter((processor) => isTransferredTo(reader, processor))
    .map((processor) => ref(transferId(processor))),
  'dpv:hasStorageCondition': [...activity.retentionRules.map((rule) => ref(retentionId(rule))), storageLocation(reader, activity.section)],
});

/**
 * The rights the notice states, and always the right to complain (GDPR / UK GDPR Art. 77, which the first
 * layer states in every notice), each with its GDPR term where the EU GDPR applies.
 */
const rightNodes = (reader: Reader, snapshot: PolicySnapshot): Node[] => {
  const explained = new Map(rightsExplained(reader, snapshot).rights.map((right) => [right.right, right]));
  const rights = [...explained.keys()];
  if (!rights.includes('complaint')) rights.push('complaint');
  return rights.map((right) => ({
    '@id': `_:right-${right}`,
    '@type': [
      'dpv:DataSubjectRight',
      right === 'automated-decision' && reader.regimes.every((regime) => hasAutomatedDecisionSafeguards(reader, regime))
        ? undefined
        : RIGHT_TERMS[right],
    ],
    'dct:title': rightName(reader, right),
    'dct:description': explained.get(right)?.meaning,
    'dct:source': citeRight(reader, right),
  }));
};

/** The supervisory authority the notice names, or its regime's default (the ICO, legal-gb:DPA-GB, for the UK GDPR). */
const authorityNodes = (reader: Reader, snapshot: PolicySnapshot): Node[] =>
  firstLayer(reader, snapshot).complaints.authorities.map((authority) => ({
    '@type': ['dpv:DataProtectionAuthority', authority.dpv && KNOWN_TERMS.has(authority.dpv) ? authority.dpv : undefined],
    'dpv:hasName': authority.name,
    'schema:url': authority.url,
  }));

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Drops absent facts, so the graph states only what the policy states. */
const prune = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(prune).filter((item) => !isEmpty(item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .map(([key, item]) => [key, prune(item)])
        .filter(([, item]) => !isEmpty(item)),
    );
  }
  return value;
};

/** The policy as JSON-LD in the W3C Data Privacy Vocabulary: a privacy notice describing each processing activity. */
export const renderJsonLd = (snapshot: PolicySnapshot, { version }: RenderContext) => {
  const reader = readerOf(snapshot, { version });
  const activities = processingActivities(snapshot);
  const processors = snapshot.processors;
  const policy = {
    '@id': '_:policy',
    '@type': 'dpv:PrivacyNotice',
    'dct:title': snapshot.policy.title,
    'dct:identifier': snapshot.policy.slug,
    'dct:language': reader.locale,
    'schema:version': version?.number,
    'dct:valid': version ? typed(version.effectiveDate, 'xsd:date') : undefined,
    'dct:issued': version ? typed(version.publishedAt, 'xsd:dateTime') : undefined,
    // The law the notice is given under (regimes.ts): legal-eu:law-GDPR, or legal-gb:law-GDPR and legal-gb:law-DPA.
    'dpv:hasApplicableLaw': reader.regimes.flatMap((regime) => regime.dpv.laws).map(ref),
    'dct:description': reader.words.lawStatement(reader.lawName),
    'dpv:hasDataController': ref('_:controller'),
    'dpv:hasAuthority': authorityNodes(reader, snapshot),
    'dpv:hasRight': rightNodes(reader, snapshot),
    'dpv:hasPersonalDataProcess': activities.map((activity) => activityNode(reader, activity)),
    // Every retention rule the policy states, including those in sections that are not processing activities.
    'dpv:hasStorageCondition': snapshot.retentionRules.map((rule) => ref(retentionId(rule))),
  };
  return prune({
    '@context': JSONLD_CONTEXT,
    '@graph': [
      policy,
      controllerNode(reader, snapshot.policy.controller),
      ...processors.map((processor) => recipientNode(reader, processor)),
      ...processors.filter((processor) => isTransferredTo(reader, processor)).map((processor) => transferNode(reader, processor)),
      ...snapshot.retentionRules.map(storageDuration),
    ],
  }) as Record<string, unknown>;
};

/**
 * JSON text with <, > and & as Unicode escapes: the same data, but it cannot close a <script> element
 * when a site embeds it in a page as <script type="application/ld+json">.
 */
export const jsonLdText = (document: unknown) =>
  JSON.stringify(document, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
