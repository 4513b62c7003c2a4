import { startStrapi, TestApp } from '../helpers/strapi';
import { SEED_FACTS } from '../fixtures/seed-facts';

let app: TestApp;
let html: string;
let markdown: string;
let policy: any;

beforeAll(async () => {
  app = await startStrapi({ demoContent: true });
  html = (await app.http.get('/api/privacy-policy/policies/privacy-policy?format=html')).text;
  markdown = (await app.http.get('/api/privacy-policy/policies/privacy-policy?format=markdown')).text;
  policy = (await app.http.get('/api/privacy-policy/policies/privacy-policy')).body.data;
});
afterAll(async () => {
  await app?.stop();
});

const allSections = (sections: any[]): any[] => sections.flatMap((section) => [section, ...allSections(section.children)]);
const section = (slug: string) => allSections(policy.sections).find((candidate) => candidate.slug === slug);

test('the example app imports and publishes the demo policy on first start', async () => {
  const list = (await app.http.get('/api/privacy-policy/policies')).body.data;
  expect(list).toEqual([expect.objectContaining({ slug: 'privacy-policy', effectiveDate: '2018-05-31' })]);
});

test.each(SEED_FACTS.map(({ fact, text }) => [fact, text]))('the HTML carries the seed fact: %s', (_fact, text) => {
  expect(html).toContain(text);
});

test('the Markdown rendering carries the whole policy too', () => {
  for (const entry of allSections(policy.sections)) expect(markdown).toContain(entry.title.replace(/([\\`*_[\]#|])/g, '\\$1'));
  expect(markdown).toContain('17125982');
  expect(markdown).toContain('Privacy Shield');
});

test('the controller is structured fields', () => {
  expect(policy.controller).toMatchObject({
    name: 'Jet Professional Plumbing & Heating',
    registrationNumber: '17125982',
    email: 'lamps2012@yahoo.com',
  });
  expect(policy.controller.postalAddress).toContain('BH23 8DR');
});

test('every named processor and unnamed provider category is structured, with countries and safeguards', () => {
  const bySlug = Object.fromEntries(policy.processors.map((processor: any) => [processor.slug, processor]));
  for (const slug of ['ukfast', 'fasthosts', 'easyspace', 'truequote']) {
    expect(bySlug[slug]).toMatchObject({
      disclosedByName: true,
      transfersOutsideUkEea: false,
      storageCountries: [{ code: 'GB', name: 'United Kingdom' }],
    });
  }
  expect(bySlug['google-analytics']).toMatchObject({
    category: 'analytics',
    transferMechanism: 'privacy-shield',
    transfersOutsideUkEea: true,
  });
  expect(bySlug.facebook).toMatchObject({
    category: 'advertising',
    transferMechanism: 'standard-contractual-clauses',
    additionalTransferMechanisms: ['explicit-consent'],
    transfersOutsideUkEea: true,
  });
  for (const slug of [
    'telephone-provider',
    'it-service-provider',
    'web-developer',
    'accountants',
    'advisors',
    'business-partners',
    'independent-contractors',
    'insurers',
  ]) {
    expect(bySlug[slug]).toMatchObject({ disclosedByName: false });
  }
});

test('both retention periods and the retention criteria are structured', () => {
  const bySlug = Object.fromEntries(policy.retentionRules.map((rule: any) => [rule.slug, rule]));
  expect(bySlug['order-information']).toMatchObject({ period: 'P6Y', trigger: 'end-of-financial-year' });
  expect(bySlug['correspondence-and-enquiries']).toMatchObject({ period: 'P1Y', trigger: 'enquiry-resolved' });
  expect(bySlug['retention-criteria'].period).toBeNull();
  expect(bySlug['retention-criteria'].criteria).toHaveLength(8);
});

test('each contact channel is a subsection with its data, legal bases and justifications', () => {
  const contact = policy.sections.find((entry: any) => entry.children.some((child: any) => /contact form/i.test(child.title)));
  expect(contact.children.map((child: any) => child.title)).toEqual(expect.arrayContaining(['Email', 'Contact form', 'Phone', 'Post']));
  const form = contact.children.find((child: any) => child.title === 'Contact form');
  expect(form.dataCollected.length).toBeGreaterThanOrEqual(6);
  expect(form.provisionRequirement).toBeTruthy();
  expect(form.legalBases.map((claim: any) => claim.code).sort()).toEqual(['gdpr-art-6-1-b', 'gdpr-art-6-1-f']);
  for (const claim of form.legalBases) expect(claim.justification).toBeTruthy();
  const post = contact.children.find((child: any) => child.title === 'Post');
  expect(post.legalBases.map((claim: any) => claim.code)).toEqual(['gdpr-art-6-1-f']);
});

test('rights, children, sensitive data, third-party sources and automated decisions are structured', () => {
  const all = allSections(policy.sections);
  const rights = all.find((entry) => entry.category === 'rights' && entry.rights.length);
  expect(rights.rights).toEqual(
    expect.arrayContaining([
      'access',
      'rectification',
      'erasure',
      'restriction',
      'portability',
      'objection',
      'withdraw-consent',
      'complaint',
    ]),
  );
  const children = all.find((entry) => entry.category === 'children');
  expect(children).toMatchObject({ ageThreshold: 18 });
  expect(children.lawReferences.join(' ')).toContain('COPPA');
  const sensitive = all.find((entry) => entry.category === 'sensitive-data' && entry.legalBases.length);
  expect(sensitive.legalBases[0].code).toBe('gdpr-art-9-2-a');
  expect(all.flatMap((entry) => entry.dataSources)).toEqual(expect.arrayContaining(['Companies House', 'Trustpilot']));
  const automated = all.filter((entry) => entry.automatedDecision);
  expect(automated.length).toBeGreaterThanOrEqual(3);
  for (const entry of automated) expect(entry.automatedDecision.logic).toBeTruthy();
  expect(section('copyright') ?? all.find((entry) => entry.category === 'copyright')).toBeTruthy();
});
