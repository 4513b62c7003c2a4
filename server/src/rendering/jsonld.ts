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
import { isUkOrEea } from '../domain/regions';
import { legalBasisLabel, mechanismLabel } from './labels';

// Inline, so the document parses offline. Every dpv/eu-gdpr term used below is listed in vocabularies/dpv-terms.json.
export const JSONLD_CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  dct: 'http://purl.org/dc/terms/',
  schema: 'https://schema.org/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

type Node = Record<string, unknown>;

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

/** Transfer mechanisms as DPV terms: the GDPR article relied on and, for contractual tools, the safeguard itself. */
const TRANSFER_TERMS: Record<string, { legalBasis?: string; safeguard?: string }> = {
  'adequacy-decision': { legalBasis: 'eu-gdpr:AdequacyDecision' },
  // The EU-US Data Privacy Framework is an Art. 45 adequacy decision (2023).
  'data-privacy-framework': { legalBasis: 'eu-gdpr:AdequacyDecision' },
  'standard-contractual-clauses': { legalBasis: 'eu-gdpr:A46-2-c', safeguard: 'eu-gdpr:StandardContractualClauses' },
  'binding-corporate-rules': { legalBasis: 'eu-gdpr:A46-2-b', safeguard: 'eu-gdpr:BindingCorporateRules' },
  'explicit-consent': { legalBasis: 'eu-gdpr:A49-1-a' },
};

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
// A source only sends data to the controller, so its storage abroad is no transfer of this policy's data.
const isTransferredTo = (processor: ProcessorSnapshot) => processor.transfersOutsideUkEea && processor.role !== 'source';
const mechanismsOf = (processor: ProcessorSnapshot) =>
  [processor.transferMechanism, ...processor.additionalTransferMechanisms].filter((mechanism) => mechanism !== 'none-needed');

const country = ({ code, name }: CountrySnapshot): Node => ({
  '@id': `_:country-${code}`,
  '@type': isUkOrEea(code) ? 'dpv:Country' : ['dpv:Country', 'dpv:ThirdCountry'],
  'dct:identifier': code,
  'rdfs:label': name,
});

const labelled =
  (type: string) =>
  (label: string): Node => ({ '@type': type, 'rdfs:label': label });

const controllerNode = (controller: PolicySnapshot['policy']['controller']): Node => ({
  '@id': '_:controller',
  '@type': 'dpv:DataController',
  'dpv:hasName': controller?.name,
  'dct:identifier': controller?.registrationNumber,
  'dpv:hasAddress': controller?.postalAddress,
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
const recipientNode = (processor: ProcessorSnapshot): Node => ({
  '@id': recipientId(processor),
  '@type': roleOf(processor).type,
  [processor.disclosedByName ? 'dpv:hasName' : 'rdfs:label']: processor.name,
  'dct:description': processor.purpose,
  'dpv:hasPersonalData': processor.dataShared.map(labelled('dpv:PersonalData')),
  'dpv:hasCountry': processor.storageCountries.map(country),
});

const transferNode = (processor: ProcessorSnapshot): Node => {
  const mechanisms = mechanismsOf(processor);
  return {
    '@id': transferId(processor),
    '@type': 'dpv:Process',
    'dpv:hasProcessing': ref('dpv:CrossBorderTransfer'),
    'dpv:hasRecipient': ref(recipientId(processor)),
    'dpv:hasThirdCountry': processor.storageCountries.filter(({ code }) => !isUkOrEea(code)).map(country),
    'dpv:hasLegalBasis': mechanisms.map((mechanism) => ({
      '@type': ['dpv:DataTransferLegalBasis', TRANSFER_TERMS[mechanism]?.legalBasis],
      'rdfs:label': mechanismLabel(mechanism),
    })),
    'dpv:hasOrganisationalMeasure': mechanisms
      .filter((mechanism) => TRANSFER_TERMS[mechanism]?.safeguard)
      .map((mechanism) => ({
        '@type': ['dpv:SafeguardForDataTransfer', TRANSFER_TERMS[mechanism].safeguard],
        'rdfs:label': mechanismLabel(mechanism),
      })),
    'dct:description': processor.transferNotes,
  };
};

const legalBasisNode = (claim: LegalBasisClaimSnapshot): Node => ({
  '@type': GDPR_BASES[claim.code ?? ''] ?? 'dpv:LegalBasis',
  'rdfs:label': legalBasisLabel(claim),
  'dpv:hasJustification': claim.justification
    ? { '@type': 'dpv:Justification', 'rdfs:label': claim.justificationLabel, 'dct:description': claim.justification }
    : undefined,
});

const storageDuration = (rule: RetentionRuleSnapshot): Node => ({
  '@type': rule.period ? ['dpv:StorageDuration', 'dpv:TemporalDuration'] : 'dpv:StorageDuration',
  'rdfs:label': rule.name,
  'rdf:value': rule.period ? typed(rule.period, 'xsd:duration') : undefined,
  'dct:description': [rule.periodText, rule.triggerDescription].filter(Boolean).join(', '),
  'rdfs:comment': rule.criteria,
});

const storageLocation = (section: SectionSnapshot): Node | undefined =>
  section.storageLocation || section.storageCountries.length
    ? { '@type': 'dpv:StorageLocation', 'rdfs:label': section.storageLocation, 'dpv:hasCountry': section.storageCountries.map(country) }
    : undefined;

/** Recipients and data sources, each under the property its role calls for. */
const entityLinks = (activity: ProcessingActivity) => {
  const links: Record<string, Node[]> = { 'dpv:hasDataSource': activity.dataSources.map(labelled('dpv:DataSource')) };
  activity.processors.forEach((processor) => (links[roleOf(processor).link] ??= []).push(ref(recipientId(processor))));
  return links;
};

const activityNode = (activity: ProcessingActivity): Node => ({
  '@id': `_:activity-${activity.section.slug}`,
  '@type': 'dpv:PersonalDataProcess',
  'dct:title': activity.path.join(' › '),
  'dct:identifier': activity.section.slug,
  'dpv:hasDataController': ref('_:controller'),
  'dpv:hasPurpose': { '@type': 'dpv:Purpose', 'dct:description': activity.section.title },
  'dpv:hasPersonalData': activity.dataCategories.map(labelled('dpv:PersonalData')),
  'dpv:hasLegalBasis': activity.legalBases.map(legalBasisNode),
  ...entityLinks(activity),
  'dpv:hasProcess': activity.processors.filter(isTransferredTo).map((processor) => ref(transferId(processor))),
  'dpv:hasStorageCondition': [...activity.retentionRules.map(storageDuration), storageLocation(activity.section)],
});

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
  const activities = processingActivities(snapshot);
  const processors = snapshot.processors;
  const policy = {
    '@id': '_:policy',
    '@type': 'dpv:PrivacyNotice',
    'dct:title': snapshot.policy.title,
    'dct:identifier': snapshot.policy.slug,
    'schema:version': version?.number,
    'dct:valid': version ? typed(version.effectiveDate, 'xsd:date') : undefined,
    'dct:issued': version ? typed(version.publishedAt, 'xsd:dateTime') : undefined,
    'dpv:hasDataController': ref('_:controller'),
    'dpv:hasPersonalDataProcess': activities.map(activityNode),
    // Every retention rule the policy states, including those in sections that are not processing activities.
    'dpv:hasStorageCondition': snapshot.retentionRules.map(storageDuration),
  };
  return prune({
    '@context': JSONLD_CONTEXT,
    '@graph': [
      policy,
      controllerNode(snapshot.policy.controller),
      ...processors.map(recipientNode),
      ...processors.filter(isTransferredTo).map(transferNode),
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
