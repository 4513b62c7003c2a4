import { startStrapi, TestApp } from '../helpers/strapi';
import { UID } from '../helpers/policy-fixture';

let app: TestApp;
const gql = async (query: string, variables: object = {}) => (await app.http.post('/graphql').send({ query, variables })).body;

beforeAll(async () => {
  app = await startStrapi({ demoContent: true, env: { PRIVACY_POLICY_RATE_PER_IP: '1000' } });
  // A second, minor version, so that history and diff have something to show.
  const policy = await app.strapi.db.query(UID.policy).findOne({ where: { slug: 'privacy-policy', publishedAt: null } });
  const summary = await app.strapi.db.query(UID.section).findOne({ where: { slug: 'summary' } });
  await app.strapi
    .documents(UID.section)
    .update({ documentId: summary.documentId, data: { body: 'A shorter overview of how we handle your information.' } as any });
  const today = app.strapi.plugin('privacy-policy').service('clock').today();
  await app.strapi
    .plugin('privacy-policy')
    .service('publishing')
    .publish(policy.documentId, { changeType: 'minor', effectiveDate: today, changeSummary: 'Clearer summary' });
});
afterAll(async () => {
  await app?.stop();
});

test('privacyPolicies lists the published policies with their versions', async () => {
  const { data, errors } = await gql(
    '{ privacyPolicies { slug title kind effectiveDate version { number changeType } upcoming { number } } }',
  );
  expect(errors).toBeUndefined();
  expect(data.privacyPolicies).toEqual([
    {
      slug: 'privacy-policy',
      title: 'Privacy Policy',
      kind: 'privacy',
      effectiveDate: expect.any(String),
      version: { number: '1.1', changeType: 'minor' },
      upcoming: null,
    },
  ]);
});

test('privacyPolicy is typed all the way down, with the html and markdown renderings', async () => {
  const { data, errors } = await gql(`{
    privacyPolicy(slug: "privacy-policy") {
      title
      controller { name registrationNumber email }
      version { number effectiveDate changeSummary }
      toc { slug children { slug } }
      sections {
        slug title category
        children {
          slug title dataCollected provisionRequirement storageLocation
          legalBases { code article name justificationLabel justification }
          processors { slug name category storageCountries { code name } transfersOutsideUkEea transferMechanism }
          retentionRules { slug period periodText trigger }
          children { slug automatedDecision { kind logic howToObject } }
        }
      }
      processors { slug name transferMechanism additionalTransferMechanisms }
      retentionRules { slug period criteria }
      html
      markdown
    }
  }`);
  expect(errors).toBeUndefined();
  const policy = data.privacyPolicy;
  expect(policy.controller).toEqual({
    name: 'Jet Professional Plumbing & Heating',
    registrationNumber: '17125982',
    email: 'lamps2012@yahoo.com',
  });
  expect(policy.version).toMatchObject({ number: '1.1', changeSummary: 'Clearer summary' });
  const contact = policy.sections.find((section: any) => section.children.some((child: any) => child.title === 'Contact form'));
  const form = contact.children.find((child: any) => child.title === 'Contact form');
  expect(form.legalBases.map((claim: any) => claim.code).sort()).toEqual(['gdpr-art-6-1-b', 'gdpr-art-6-1-f']);
  expect(form.legalBases[0].justification).toBeTruthy();
  expect(form.processors.length).toBeGreaterThan(0);
  expect(form.processors[0].storageCountries[0]).toEqual({ code: 'GB', name: 'United Kingdom' });
  const allProcessors = Object.fromEntries(policy.processors.map((processor: any) => [processor.slug, processor]));
  expect(allProcessors['google-analytics'].transferMechanism).toBe('privacy-shield');
  expect(allProcessors.facebook.additionalTransferMechanisms).toEqual(['explicit-consent']);
  expect(policy.retentionRules.find((rule: any) => rule.slug === 'retention-criteria').criteria).toHaveLength(8);
  const automated = policy.sections
    .flatMap((section: any) => section.children.flatMap((child: any) => child.children))
    .filter((entry: any) => entry.automatedDecision);
  expect(automated.length).toBeGreaterThanOrEqual(3);
  expect(policy.html).toContain('<nav class="privacy-policy__toc"');
  expect(policy.markdown).toMatch(/^# Privacy Policy\n/);
});

test('privacyPolicy gives the law, the first layer, the rights explained and the new facts, as the REST JSON does', async () => {
  const { data, errors } = await gql(`{
    privacyPolicy(slug: "privacy-policy") {
      applicableLaw
      lawName
      controller { name establishmentCountry }
      firstLayer {
        law { id name statement }
        controller { name contacts { field label value } }
        dataCollected
        purposes { purpose dpvPurpose legalBases }
        recipients
        transfers { territory noneOutside items { recipient countries safeguards safeguardCopy } }
        retention { slug dataCategory period periodText }
        rights { right name citation anchor }
        complaints { toController { citation } authorities { name url dpv citation } anyEeaAuthority citation sentences }
      }
      rightsExplained { howToAsk identity timeLimit free rights { right name citation anchor meaning limits } }
      sections { children { legalBases { purpose dpvPurpose } processors { safeguardCopy jointArrangement } } }
    }
  }`);
  expect(errors).toBeUndefined();
  const rest = (await app.http.get('/api/privacy-policy/policies/privacy-policy')).body.data;
  const policy = data.privacyPolicy;
  expect(policy.applicableLaw).toBe(rest.applicableLaw);
  expect(policy.lawName).toBe(rest.lawName);
  expect(policy.firstLayer).toEqual(rest.firstLayer);
  expect(policy.rightsExplained).toEqual(rest.rightsExplained);
  expect(policy.firstLayer.law.statement).toMatch(/^This notice is given under /);
  expect(policy.firstLayer.complaints.sentences.length).toBeGreaterThan(0);
  const claims = rest.sections.flatMap((section: any) => section.children.flatMap((child: any) => child.legalBases));
  expect(policy.sections.flatMap((section: any) => section.children.flatMap((child: any) => child.legalBases))).toEqual(
    claims.map((claim: any) => ({ purpose: claim.purpose ?? null, dpvPurpose: claim.dpvPurpose ?? null })),
  );
});

test('privacyPolicy serves any version on request, and null for an unknown one', async () => {
  const { data } = await gql(
    '{ first: privacyPolicy(slug: "privacy-policy", version: "1.0") { version { number } sections { slug body } } missing: privacyPolicy(slug: "privacy-policy", version: "9.9") { title } unknown: privacyPolicy(slug: "nope") { title } }',
  );
  expect(data.first.version.number).toBe('1.0');
  expect(data.first.sections[0].body).not.toBe('A shorter overview of how we handle your information.');
  expect(data.missing).toBeNull();
  expect(data.unknown).toBeNull();
  const bad = await gql('{ privacyPolicy(slug: "privacy-policy", version: "latest") { title } }');
  expect(bad.errors[0].message).toMatch(/must be a version number such as 1\.2/);
});

test('privacyPolicyVersions pages through the history, newest first', async () => {
  const { data, errors } = await gql(
    '{ privacyPolicyVersions(slug: "privacy-policy", pageSize: 1) { versions { number changeType isCurrent isUpcoming classifierOverride } pagination { page pageSize pageCount total } } }',
  );
  expect(errors).toBeUndefined();
  expect(data.privacyPolicyVersions).toEqual({
    versions: [{ number: '1.1', changeType: 'minor', isCurrent: true, isUpcoming: false, classifierOverride: false }],
    pagination: { page: 1, pageSize: 1, pageCount: 2, total: 2 },
  });
  const tooBig = await gql('{ privacyPolicyVersions(slug: "privacy-policy", pageSize: 1000) { pagination { total } } }');
  expect(tooBig.errors[0].message).toBe('pageSize must be a whole number from 1 to 100');
});

test('privacyPolicyDiff gives the typed structured diff and the redline', async () => {
  const { data, errors } = await gql(`{
    privacyPolicyDiff(slug: "privacy-policy", from: "1.0", to: "1.1") {
      from { number } to { number } isEmpty
      sections { reworded { slug changes { field words { value added removed } } } added { slug } }
      processors { added { slug } changed { slug } }
      rights { removed }
      html
    }
  }`);
  expect(errors).toBeUndefined();
  const diff = data.privacyPolicyDiff;
  expect(diff).toMatchObject({ from: { number: '1.0' }, to: { number: '1.1' }, isEmpty: false });
  expect(diff.sections.reworded).toHaveLength(1);
  expect(diff.sections.reworded[0].slug).toBe('summary');
  expect(diff.sections.reworded[0].changes[0].words.some((word: any) => word.added)).toBe(true);
  expect(diff.processors).toEqual({ added: [], changed: [] });
  expect(diff.html).toContain('changes from version 1.0 to 1.1');
  const missing = await gql('{ privacyPolicyDiff(slug: "privacy-policy", from: "1.0", to: "3.0") { isEmpty } }');
  expect(missing.errors[0].message).toBe('Policy "privacy-policy" has no version 3.0');
});

test('subscribeToPrivacyPolicy answers the same whoever asks, validates, and is rate limited', async () => {
  const mutation = 'mutation ($email: String!, $slug: String) { subscribeToPrivacyPolicy(email: $email, slug: $slug) { message } }';
  const first = await gql(mutation, { email: 'graph@example.test', slug: 'privacy-policy' });
  const again = await gql(mutation, { email: 'graph@example.test', slug: 'privacy-policy' });
  const other = await gql(mutation, { email: 'someone-else@example.test' });
  expect(first).toEqual(again);
  expect(first).toEqual(other);
  expect(first.data.subscribeToPrivacyPolicy.message).toMatch(/^If this address can be subscribed/);
  expect(await app.strapi.db.query(UID.subscriber).count({ where: { email: 'graph@example.test' } })).toBe(1);

  const invalid = await gql(mutation, { email: 'nope' });
  expect(invalid.errors[0].message).toBe('email is not a valid email address');
  await gql(mutation, { email: 'graph@example.test', slug: 'privacy-policy' });
  const limited = await gql(mutation, { email: 'graph@example.test', slug: 'privacy-policy' });
  expect(limited.errors[0].message).toBe('Too many subscription requests. Please wait a while and try again.');
});

test('a query nested deeper than the depth limit is refused before anything is resolved', async () => {
  const nest = (depth: number): string => (depth === 0 ? 'slug' : `slug children { ${nest(depth - 1)} }`);
  const deep = await gql(`{ privacyPolicy(slug: "privacy-policy") { sections { ${nest(12)} } } }`);
  expect(deep.data).toBeUndefined();
  expect(deep.errors[0].message).toMatch(/exceeds maximum operation depth/);
});

test('the shadow CRUD of the editable types follows the roles, and the public role has none of it by default', async () => {
  const { data } = await gql('{ __schema { queryType { fields { name } } } }');
  const names = data.__schema.queryType.fields.map((field: any) => field.name);
  const lists = ['privacyPolicyPolicies', 'privacyPolicyPolicySections', 'privacyPolicyProcessors', 'privacyPolicyPolicyVersions'];
  for (const name of lists) {
    expect(names).toContain(name);
    const denied = await gql(`{ ${name} { documentId } }`);
    expect([name, denied.errors?.[0]?.message]).toEqual([name, 'Forbidden access']);
  }
});
