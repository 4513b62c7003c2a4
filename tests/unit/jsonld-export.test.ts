import { render, RenderContext } from '../../server/src/rendering';
import { JSONLD_CONTEXT, renderJsonLd } from '../../server/src/rendering/jsonld';
import vocabulary from '../../server/src/rendering/vocabularies/dpv-terms.json';
import type { LegalBasisClaimSnapshot } from '../../server/src/domain/snapshot';
import { processor, retentionRule, section, snapshot } from '../fixtures/snapshots';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

// jsonld ships no type declarations.
const jsonld = require('jsonld');

const DPV = 'https://w3id.org/dpv#';
const GDPR = 'https://w3id.org/dpv/legal/eu/gdpr#';
const DCT = 'http://purl.org/dc/terms/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const KNOWN_NAMESPACES = Object.values(JSONLD_CONTEXT);

const version = {
  number: '1.0',
  changeType: 'major' as const,
  effectiveDate: '2026-01-01',
  changeSummary: null,
  publishedAt: '2026-01-01T09:30:00.000Z',
};

// The context is inline: any attempt to load a remote document is a failure.
const documentLoader = async (url: string) => {
  throw new Error(`the JSON-LD export must not need the network, but asked for ${url}`);
};
const options = { documentLoader, safe: true };

const gdprClaim = (letter: string, name: string, justification: string | null = null): LegalBasisClaimSnapshot => ({
  code: `gdpr-art-6-1-${letter}`,
  regulation: 'GDPR',
  article: `Article 6(1)(${letter})`,
  name,
  justificationLabel: null,
  justification,
});

const mailer = processor({
  slug: 'mailer',
  name: 'Mailer Inc',
  storageCountries: [{ code: 'US', name: 'United States of America' }],
  transfersOutsideUkEea: true,
  transferMechanism: 'standard-contractual-clauses',
  additionalTransferMechanisms: ['explicit-consent'],
});

const policy = () =>
  snapshot([
    section({ slug: 'summary', category: 'summary', dataCollected: ['Everything'] }),
    section({
      slug: 'contact',
      title: 'Contact form',
      dataCollected: ['Email address', 'Message'],
      dataSources: ['You'],
      legalBases: [gdprClaim('f', 'Legitimate interests', 'Answering you'), gdprClaim('b', 'Contract')],
      processors: [mailer, processor({ slug: 'accountants', name: 'Accountants', role: 'recipient', disclosedByName: false })],
      retentionRules: [retentionRule({ slug: 'enquiries', name: 'Enquiries', period: 'P1Y', periodText: '1 year' })],
      children: [section({ slug: 'newsletter', title: 'Newsletter', legalBases: [gdprClaim('a', 'Consent')] })],
    }),
  ]);

const documentOf = (value = policy(), context: RenderContext = { version, upcoming: null }) =>
  JSON.parse(render(value, context, 'jsonld') as string);

/** Every IRI the expanded document names: properties, types and node ids. */
const irisIn = (value: unknown, found = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) value.forEach((item) => irisIn(item, found));
  else if (value && typeof value === 'object') {
    Object.entries(value).forEach(([key, item]) => {
      if (!key.startsWith('@')) found.add(key);
      if (key === '@type') [item].flat().forEach((type) => found.add(type as string));
      if (key === '@id' && !String(item).startsWith('_:')) found.add(item as string);
      if (key !== '@value') irisIn(item, found);
    });
  }
  return found;
};

const expandTerm = (term: string) => {
  const [prefix, local] = term.split(':');
  return `${(JSONLD_CONTEXT as Record<string, string>)[prefix]}${local}`;
};

/** The flattened graph with helpers to follow links by full IRI. */
const graphOf = async (document: object) => {
  const flat = await jsonld.flatten(document, null, options);
  const nodes: any[] = flat['@graph'] ?? flat;
  const byId = new Map(nodes.map((node) => [node['@id'], node]));
  const objects = (node: any, property: string): any[] => (node[property] ?? []).map((value: any) => byId.get(value['@id']) ?? value);
  const literals = (node: any, property: string): unknown[] => (node[property] ?? []).map((value: any) => value['@value']);
  const types = (node: any): string[] => node['@type'] ?? [];
  const ofType = (type: string) => nodes.filter((node) => types(node).includes(type));
  const activity = (slug: string) => ofType(`${DPV}PersonalDataProcess`).find((node) => literals(node, `${DCT}identifier`).includes(slug));
  return { nodes, objects, literals, types, ofType, activity };
};

test('the export expands and converts to RDF offline, with an inline context', async () => {
  const document = documentOf();
  expect(typeof document['@context']).toBe('object');
  const expanded = await jsonld.expand(document, options);
  expect(expanded.length).toBeGreaterThan(0);
  const quads: string = await jsonld.toRDF(document, { ...options, format: 'application/n-quads' });
  expect(quads.trim().split('\n').length).toBeGreaterThan(50);
  expect(quads).toContain(`<${RDF}type> <${DPV}PrivacyNotice>`);
});

test('every DPV term it uses is listed in dpv-terms.json, taken from the DPV release', async () => {
  expect(vocabulary.source).toMatch(/DPV.*2\.1.*w3c\/dpv.*commit [0-9a-f]{40}/s);
  const listed = new Set(vocabulary.terms.map(expandTerm));
  const used = [...irisIn(await jsonld.expand(documentOf(), options))];
  const dpvTerms = used.filter((iri) => iri.startsWith('https://w3id.org/dpv'));
  expect(dpvTerms.length).toBeGreaterThan(20);
  expect(dpvTerms.filter((iri) => !listed.has(iri))).toEqual([]);
  expect(used.filter((iri) => !KNOWN_NAMESPACES.some((namespace) => iri.startsWith(namespace)))).toEqual([]);
});

test('the policy carries its title, version number and effective date', async () => {
  const { ofType, literals, objects } = await graphOf(documentOf());
  const [notice] = ofType(`${DPV}PrivacyNotice`);
  expect(literals(notice, `${DCT}title`)).toEqual(['Privacy Policy']);
  expect(literals(notice, 'https://schema.org/version')).toEqual(['1.0']);
  expect(notice[`${DCT}valid`]).toEqual([{ '@value': '2026-01-01', '@type': `${XSD}date` }]);
  const [controller] = objects(notice, `${DPV}hasDataController`);
  expect(controller['@type']).toEqual([`${DPV}DataController`]);
  expect(literals(controller, `${DPV}hasName`)).toEqual(['Example Ltd']);
});

test('a draft without a version leaves version and date out', async () => {
  const { ofType } = await graphOf(documentOf(policy(), { version: null, upcoming: null }));
  const [notice] = ofType(`${DPV}PrivacyNotice`);
  expect(notice['https://schema.org/version']).toBeUndefined();
  expect(notice[`${DCT}valid`]).toBeUndefined();
});

test('each processing activity has its purpose, data, legal bases and recipients; the summary is none', async () => {
  const { ofType, objects, literals, types, activity } = await graphOf(documentOf());
  expect(
    ofType(`${DPV}PersonalDataProcess`)
      .flatMap((node) => literals(node, `${DCT}identifier`))
      .sort(),
  ).toEqual(['contact', 'newsletter']);

  const contact = activity('contact');
  expect(objects(contact, `${DPV}hasPurpose`).flatMap((purpose) => literals(purpose, `${DCT}description`))).toEqual(['Contact form']);
  const data = objects(contact, `${DPV}hasPersonalData`);
  expect(data.every((item) => types(item).includes(`${DPV}PersonalData`))).toBe(true);
  expect(data.flatMap((item) => literals(item, `${RDFS}label`))).toEqual(['Email address', 'Message']);
  expect(objects(contact, `${DPV}hasDataSource`).flatMap((source) => literals(source, `${RDFS}label`))).toEqual(['You']);

  const bases = objects(contact, `${DPV}hasLegalBasis`);
  expect(bases.map(types)).toEqual([
    [`${DPV}LegitimateInterest`, `${GDPR}A6-1-f`],
    [`${DPV}Contract`, `${GDPR}A6-1-b`],
  ]);
  const [justification] = objects(bases[0], `${DPV}hasJustification`);
  expect(literals(justification, `${DCT}description`)).toEqual(['Answering you']);

  const [processorLink] = objects(contact, `${DPV}hasDataProcessor`);
  expect(types(processorLink)).toEqual([`${DPV}DataProcessor`]);
  expect(literals(processorLink, `${DPV}hasName`)).toEqual(['Mailer Inc']);
  const [category] = objects(contact, `${DPV}hasRecipient`);
  expect(types(category)).toEqual([`${DPV}Recipient`]);
  expect(literals(category, `${RDFS}label`)).toEqual(['Accountants']);
  expect(category[`${DPV}hasName`]).toBeUndefined();
});

test('a subsection inherits data, recipients and retention but states its own legal basis', async () => {
  const { objects, literals, types, activity } = await graphOf(documentOf());
  const newsletter = activity('newsletter');
  expect(objects(newsletter, `${DPV}hasLegalBasis`).map(types)).toEqual([[`${DPV}Consent`, `${GDPR}A6-1-a`]]);
  expect(objects(newsletter, `${DPV}hasPersonalData`).flatMap((item) => literals(item, `${RDFS}label`))).toEqual([
    'Email address',
    'Message',
  ]);
  expect(objects(newsletter, `${DPV}hasDataProcessor`).flatMap((item) => literals(item, `${DPV}hasName`))).toEqual(['Mailer Inc']);
  expect(objects(newsletter, `${DPV}hasStorageCondition`).flatMap((item) => literals(item, `${RDFS}label`))).toEqual(['Enquiries']);
});

test("a retention rule's ISO 8601 period is the storage duration", async () => {
  const { objects, types, activity } = await graphOf(documentOf());
  const [duration] = objects(activity('contact'), `${DPV}hasStorageCondition`);
  expect(types(duration)).toEqual(expect.arrayContaining([`${DPV}StorageDuration`]));
  expect(duration[`${RDF}value`]).toEqual([{ '@value': 'P1Y', '@type': `${XSD}duration` }]);
});

test('a processor storing data in the US is a recipient in a third country, with its transfer safeguards', async () => {
  const { ofType, objects, literals, types, activity } = await graphOf(documentOf());
  const [recipient] = objects(activity('contact'), `${DPV}hasDataProcessor`);
  const [country] = objects(recipient, `${DPV}hasCountry`);
  expect(literals(country, `${DCT}identifier`)).toEqual(['US']);
  expect(types(country)).toEqual(expect.arrayContaining([`${DPV}Country`, `${DPV}ThirdCountry`]));

  const [transfer] = objects(activity('contact'), `${DPV}hasProcess`);
  expect(transfer[`${DPV}hasProcessing`]).toEqual([{ '@id': `${DPV}CrossBorderTransfer` }]);
  expect(objects(transfer, `${DPV}hasRecipient`)).toEqual([recipient]);
  expect(objects(transfer, `${DPV}hasThirdCountry`).flatMap((node) => literals(node, `${DCT}identifier`))).toEqual(['US']);
  expect(objects(transfer, `${DPV}hasLegalBasis`).map(types)).toEqual([
    [`${DPV}DataTransferLegalBasis`, `${GDPR}A46-2-c`],
    [`${DPV}DataTransferLegalBasis`, `${GDPR}A49-1-a`],
  ]);
  const [safeguard] = objects(transfer, `${DPV}hasOrganisationalMeasure`);
  expect(types(safeguard)).toEqual([`${DPV}SafeguardForDataTransfer`, `${GDPR}StandardContractualClauses`]);
  expect(literals(safeguard, `${RDFS}label`)).toEqual(['Standard contractual clauses']);
  // The accountants store data in the United Kingdom: outside the EEA, so a transfer too under the EU GDPR.
  expect(ofType(`${DPV}Process`)).toHaveLength(2);
});

test('the other transfer mechanisms map to their GDPR terms', async () => {
  const mechanisms = ['adequacy-decision', 'binding-corporate-rules', 'data-privacy-framework', 'privacy-shield'];
  const value = policy();
  value.sections[1].processors = [{ ...mailer, transferMechanism: mechanisms[0], additionalTransferMechanisms: mechanisms.slice(1) }];
  const { ofType, objects, types } = await graphOf(documentOf(value));
  const [transfer] = ofType(`${DPV}Process`);
  expect(objects(transfer, `${DPV}hasLegalBasis`).map(types)).toEqual([
    [`${DPV}DataTransferLegalBasis`, `${GDPR}AdequacyDecision`],
    [`${DPV}DataTransferLegalBasis`, `${GDPR}A46-2-b`],
    [`${DPV}DataTransferLegalBasis`, `${GDPR}AdequacyDecision`],
    [`${DPV}DataTransferLegalBasis`],
  ]);
  expect(objects(transfer, `${DPV}hasOrganisationalMeasure`).map(types)).toEqual([
    [`${DPV}SafeguardForDataTransfer`, `${GDPR}BindingCorporateRules`],
  ]);
});

test('a source is a data source, and its storage abroad is no transfer', async () => {
  const value = policy();
  value.sections[1].processors = [{ ...mailer, slug: 'directory', name: 'Directory', role: 'source' }];
  const { ofType, objects, literals, types, activity } = await graphOf(documentOf(value));
  const sources = objects(activity('contact'), `${DPV}hasDataSource`);
  expect(sources.map(types)).toEqual([[`${DPV}DataSource`], [`${DPV}ThirdPartyDataSource`]]);
  expect(literals(sources[1], `${DPV}hasName`)).toEqual(['Directory']);
  expect(ofType(`${DPV}Process`)).toEqual([]);
});

test('a legal basis the vocabulary has no term for stays a plain dpv:LegalBasis with its label', async () => {
  const value = policy();
  value.sections[1].legalBases = [
    {
      code: 'uk-dpa-sch1',
      regulation: 'DPA 2018',
      article: 'Schedule 1',
      name: 'Substantial public interest',
      justificationLabel: null,
      justification: null,
    },
  ];
  const { objects, literals, types, activity } = await graphOf(documentOf(value));
  const [basis] = objects(activity('contact'), `${DPV}hasLegalBasis`);
  expect(types(basis)).toEqual([`${DPV}LegalBasis`]);
  expect(literals(basis, `${RDFS}label`)).toEqual(['Substantial public interest — DPA 2018 Schedule 1']);
});

test('renderJsonLd returns the document as an object; the wire format is its JSON text', () => {
  const document = renderJsonLd(policy(), { version, upcoming: null });
  expect(documentOf()).toEqual(document);
});

describe.each(XSS_PAYLOADS.map((payload) => [payload]))('payload %s', (payload) => {
  const hostile = () => {
    const value = snapshot(
      [
        section({
          slug: 'contact',
          title: payload,
          body: payload,
          dataCollected: [payload],
          legalBases: [gdprClaim('f', payload, payload)],
          processors: [{ ...mailer, name: payload, purpose: payload, transferNotes: payload }],
          retentionRules: [retentionRule({ slug: 'r', name: payload, period: 'P1Y', triggerDescription: payload })],
        }),
      ],
      payload,
    );
    value.policy.controller = { name: payload, email: payload };
    return value;
  };

  test('stays a plain string literal and cannot close a script element', async () => {
    const text = render(hostile(), { version, upcoming: null }, 'jsonld') as string;
    expect(text).not.toMatch(/[<>]/);
    const document = JSON.parse(text);
    const { ofType, literals, objects, activity } = await graphOf(document);
    expect(literals(ofType(`${DPV}PrivacyNotice`)[0], `${DCT}title`)).toEqual([payload]);
    expect(objects(activity('contact'), `${DPV}hasPurpose`).flatMap((purpose) => literals(purpose, `${DCT}description`))).toEqual([
      payload,
    ]);
    expect(literals(objects(activity('contact'), `${DPV}hasDataProcessor`)[0], `${DPV}hasName`)).toEqual([payload]);
    const iris = [...irisIn(await jsonld.expand(document, options))];
    expect(iris.filter((iri) => !KNOWN_NAMESPACES.some((namespace) => iri.startsWith(namespace)))).toEqual([]);
  });
});
