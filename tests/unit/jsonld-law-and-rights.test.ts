import { render } from '../../server/src/rendering';
import { JSONLD_CONTEXT } from '../../server/src/rendering/jsonld';
import vocabulary from '../../server/src/rendering/vocabularies/dpv-terms.json';
import type { PolicySnapshot } from '../../server/src/domain/snapshot';
import { processor, retentionRule, section } from '../fixtures/snapshots';
import { fullNotice, gdprClaim, version } from '../fixtures/notice';

/**
 * The JSON-LD states the law the notice is given under (dpv:hasApplicableLaw), the rights (dpv:hasRight with
 * the eu-gdpr terms), the supervisory authority (dpv:hasAuthority), purposes as DPV concepts and one node per
 * retention rule; every term it uses is in the vendored vocabulary (vocabularies/dpv-terms.json).
 */

// jsonld ships no type declarations.
const jsonld = require('jsonld');

const DPV = 'https://w3id.org/dpv#';
const GDPR = 'https://w3id.org/dpv/legal/eu/gdpr#';
const LEGAL_EU = 'https://w3id.org/dpv/legal/eu#';
const LEGAL_GB = 'https://w3id.org/dpv/legal/gb#';
const DCT = 'http://purl.org/dc/terms/';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';

const options = {
  safe: true,
  documentLoader: async (url: string) => {
    throw new Error(`the JSON-LD export must not need the network, but asked for ${url}`);
  },
};

const documentOf = (value: PolicySnapshot) =>
  JSON.parse(render(value, { version: version('2099-01-01'), upcoming: null }, 'jsonld') as string);

const expandTerm = (term: string) => {
  const [prefix, local] = term.split(':');
  return `${(JSONLD_CONTEXT as Record<string, string>)[prefix]}${local}`;
};

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

const graphOf = async (value: PolicySnapshot) => {
  const flat = await jsonld.flatten(documentOf(value), null, options);
  const nodes: any[] = flat['@graph'] ?? flat;
  const byId = new Map(nodes.map((node) => [node['@id'], node]));
  const objects = (node: any, property: string): any[] => (node[property] ?? []).map((entry: any) => byId.get(entry['@id']) ?? entry);
  const literals = (node: any, property: string): unknown[] => (node[property] ?? []).map((entry: any) => entry['@value']);
  const types = (node: any): string[] => node['@type'] ?? [];
  const ofType = (type: string) => nodes.filter((node) => types(node).includes(type));
  const [notice] = ofType(`${DPV}PrivacyNotice`);
  return { nodes, objects, literals, types, ofType, notice };
};

const LAWS = ['eu-gdpr', 'uk-gdpr', 'eu-and-uk-gdpr'];

test.each(LAWS)('%s: every term it uses is in dpv-terms.json, and it needs no network', async (law) => {
  const listed = new Set(vocabulary.terms.map(expandTerm));
  const variants = [fullNotice(law), fullNotice(law, 'fr'), fullNotice(law, 'de')];
  for (const value of variants) {
    value.policy.controller = { ...value.policy.controller, supervisoryAuthority: null };
    const used = [...irisIn(await jsonld.expand(documentOf(value), options))];
    expect(used.filter((iri) => iri.startsWith('https://w3id.org/dpv') && !listed.has(iri))).toEqual([]);
    expect(used.filter((iri) => !Object.values(JSONLD_CONTEXT).some((namespace) => iri.startsWith(namespace)))).toEqual([]);
  }
});

test('dpv-terms.json records the commit the new terms were copied from', () => {
  expect(vocabulary.source).toContain('f01a55c3c0983e35cdfdf80593ece3353faba7b8');
  for (const term of [
    'dpv:hasApplicableLaw',
    'dpv:hasRight',
    'dpv:hasAuthority',
    'eu-gdpr:A15',
    'eu-gdpr:A7-3',
    'eu-gdpr:A77',
    'legal-gb:DPA-GB',
  ])
    expect(vocabulary.terms).toContain(term);
});

test.each([
  ['eu-gdpr', [`${LEGAL_EU}law-GDPR`]],
  ['uk-gdpr', [`${LEGAL_GB}law-GDPR`, `${LEGAL_GB}law-DPA`]],
  ['eu-and-uk-gdpr', [`${LEGAL_EU}law-GDPR`, `${LEGAL_GB}law-GDPR`, `${LEGAL_GB}law-DPA`]],
])('%s: dpv:hasApplicableLaw names the law', async (law, laws) => {
  const { notice } = await graphOf(fullNotice(law));
  expect(notice[`${DPV}hasApplicableLaw`].map((entry: any) => entry['@id'])).toEqual(laws);
});

test('a notice recorded before applicableLaw existed states the EU GDPR', async () => {
  const value = fullNotice('eu-gdpr');
  delete value.policy.applicableLaw;
  const { notice } = await graphOf(value);
  expect(notice[`${DPV}hasApplicableLaw`]).toEqual([{ '@id': `${LEGAL_EU}law-GDPR` }]);
});

describe('rights', () => {
  test('each right the policy states is a dpv:DataSubjectRight with its GDPR term, and the right to complain always', async () => {
    const value = fullNotice('eu-gdpr');
    value.sections[3].rights = [
      'access',
      'rectification',
      'erasure',
      'restriction',
      'portability',
      'objection',
      'withdraw-consent',
      'automated-decision',
    ];
    const { notice, objects, types, literals } = await graphOf(value);
    const rights = objects(notice, `${DPV}hasRight`);
    expect(rights.map(types)).toEqual(
      ['A15', 'A16', 'A17', 'A18', 'A20', 'A21', 'A7-3', 'A22', 'A77'].map((article) => [`${DPV}DataSubjectRight`, `${GDPR}${article}`]),
    );
    expect(rights.map((right) => literals(right, `${DCT}source`)[0])).toEqual([
      'GDPR Art. 15',
      'GDPR Art. 16',
      'GDPR Art. 17',
      'GDPR Art. 18',
      'GDPR Art. 20',
      'GDPR Art. 21',
      'GDPR Art. 7(3)',
      'GDPR Art. 22',
      'GDPR Art. 77',
    ]);
    expect(literals(rights[0], `${DCT}description`)[0]).toMatch(/^You can ask whether we use information about you/);
  });

  test('a UK notice cites the UK GDPR; its automated-decision safeguards (Arts. 22A–22D) are not the GDPR Art. 22 right', async () => {
    const { notice, objects, types, literals } = await graphOf(fullNotice('uk-gdpr'));
    const rights = objects(notice, `${DPV}hasRight`);
    const byTitle = Object.fromEntries(rights.map((right) => [literals(right, `${DCT}source`)[0], types(right)]));
    expect(byTitle).toEqual({
      'UK GDPR Art. 15': [`${DPV}DataSubjectRight`, `${GDPR}A15`],
      'UK GDPR Art. 17': [`${DPV}DataSubjectRight`, `${GDPR}A17`],
      'UK GDPR Art. 7(3)': [`${DPV}DataSubjectRight`, `${GDPR}A7-3`],
      'UK GDPR Art. 77': [`${DPV}DataSubjectRight`, `${GDPR}A77`],
      'UK GDPR Arts. 22A–22D': [`${DPV}DataSubjectRight`],
    });
  });

  test('the right’s title and explanation are in the policy’s language', async () => {
    const { notice, objects, literals } = await graphOf(fullNotice('eu-gdpr', 'fr'));
    const [access] = objects(notice, `${DPV}hasRight`);
    expect(literals(access, `${DCT}title`)).toEqual(['Accéder à vos informations']);
    expect(literals(access, `${DCT}source`)).toEqual(['art. 15 du RGPD']);
  });
});

describe('the supervisory authority', () => {
  test('a UK notice naming none has the ICO, legal-gb:DPA-GB', async () => {
    const { notice, objects, types, literals } = await graphOf(fullNotice('uk-gdpr'));
    const [authority] = objects(notice, `${DPV}hasAuthority`);
    expect(types(authority)).toEqual([`${DPV}DataProtectionAuthority`, `${LEGAL_GB}DPA-GB`]);
    expect(literals(authority, `${DPV}hasName`)).toEqual(["Information Commissioner's Office (ICO)"]);
  });

  test('an authority the controller names is stated by name, and is DPA-GB only when it is the ICO', async () => {
    const value = fullNotice('eu-gdpr');
    value.policy.controller = {
      ...value.policy.controller,
      supervisoryAuthority: 'Commission nationale de l’informatique et des libertés (CNIL)',
    };
    const french = await graphOf(value);
    const [cnil] = french.objects(french.notice, `${DPV}hasAuthority`);
    expect(french.types(cnil)).toEqual([`${DPV}DataProtectionAuthority`]);
    expect(french.literals(cnil, `${DPV}hasName`)).toEqual(['Commission nationale de l’informatique et des libertés (CNIL)']);
    const uk = fullNotice('uk-gdpr');
    uk.policy.controller = { ...uk.policy.controller, supervisoryAuthority: "Information Commissioner's Office (ICO)" };
    const british = await graphOf(uk);
    expect(british.types(british.objects(british.notice, `${DPV}hasAuthority`)[0])).toContain(`${LEGAL_GB}DPA-GB`);
  });

  test('an EU notice naming none states no authority (any EEA authority may take the complaint)', async () => {
    const { notice } = await graphOf(fullNotice('eu-gdpr'));
    expect(notice[`${DPV}hasAuthority`]).toBeUndefined();
  });
});

describe('purposes and retention', () => {
  test('each claim’s purpose is a DPV purpose concept with the purpose in words', async () => {
    const { objects, types, literals, ofType } = await graphOf(fullNotice('eu-gdpr'));
    const activity = (slug: string) =>
      ofType(`${DPV}PersonalDataProcess`).find((node) => literals(node, `${DCT}identifier`).includes(slug));
    const [contact] = objects(activity('contact'), `${DPV}hasPurpose`);
    expect(types(contact)).toEqual([`${DPV}Purpose`, `${DPV}CommunicationManagement`]);
    expect(literals(contact, `${DCT}description`)).toEqual(['Answering your enquiries']);
    const [newsletter] = objects(activity('newsletter'), `${DPV}hasPurpose`);
    expect(types(newsletter)).toEqual([`${DPV}Purpose`, `${DPV}DirectMarketing`]);
    expect(literals(newsletter, `${DCT}description`)).toEqual(['Direct marketing']);
  });

  test('a DPV concept the vendored vocabulary lacks stays a plain dpv:Purpose', async () => {
    const value = fullNotice('eu-gdpr');
    value.sections[1].legalBases = [gdprClaim('f', 'Legitimate interests', 'Something new', 'NotADpvConcept')];
    const { objects, types, literals, ofType } = await graphOf(value);
    const contact = ofType(`${DPV}PersonalDataProcess`).find((node) => literals(node, `${DCT}identifier`).includes('contact'));
    expect(objects(contact, `${DPV}hasPurpose`).map(types)).toEqual([[`${DPV}Purpose`]]);
  });

  test('one node per retention rule, referenced from the notice and from every activity it applies to', async () => {
    const value = fullNotice('eu-gdpr');
    const shared = retentionRule({ slug: 'shared', name: 'Shared', period: 'P2Y', periodText: '2 years' });
    value.sections[1].retentionRules = [shared];
    value.sections[2].retentionRules = [shared];
    value.sections.push(
      section({ slug: 'retention', category: 'retention', retentionRules: [shared, retentionRule({ slug: 'other', name: 'Other' })] }),
    );
    const { ofType, objects, literals, notice } = await graphOf(value);
    const durations = ofType(`${DPV}StorageDuration`);
    expect(durations.map((node) => literals(node, `${RDFS}label`)[0]).sort()).toEqual(['Other', 'Shared']);
    const sharedNode = durations.find((node) => literals(node, `${RDFS}label`)[0] === 'Shared');
    for (const activity of ofType(`${DPV}PersonalDataProcess`))
      expect(objects(activity, `${DPV}hasStorageCondition`)).toContain(sharedNode);
    expect(objects(notice, `${DPV}hasStorageCondition`)).toHaveLength(2);
  });
});

test('a UK notice states no EU transfer tool for a UK transfer: the IDTA is a safeguard by its label', async () => {
  const value = fullNotice('uk-gdpr');
  value.sections[1].processors = [
    processor({
      slug: 'us',
      name: 'US Inc',
      storageCountries: [{ code: 'US', name: 'United States of America' }],
      transferMechanism: 'uk-idta',
      safeguardCopy: 'Ask us',
    }),
  ];
  const { ofType, objects, types, literals } = await graphOf(value);
  const [transfer] = ofType(`${DPV}Process`);
  expect(objects(transfer, `${DPV}hasLegalBasis`).map(types)).toEqual([[`${DPV}DataTransferLegalBasis`]]);
  const [safeguard] = objects(transfer, `${DPV}hasOrganisationalMeasure`);
  expect(types(safeguard)).toEqual([`${DPV}SafeguardForDataTransfer`]);
  expect(literals(safeguard, `${RDFS}label`)).toEqual(['UK International Data Transfer Agreement']);
  expect(literals(safeguard, `${DCT}description`)).toEqual(['Ask us']);
});
