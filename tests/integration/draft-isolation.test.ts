import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, contentManager } from '../helpers/admin-api';

/**
 * The public side (REST in every format, GraphQL, the subscription pages) serves published snapshots
 * only: draft edits, unpublished policies and their parts never show, whatever the route or format.
 */
const MARKER = 'DRAFTONLYMARKER';
const UID = {
  policy: 'plugin::privacy-policy.policy',
  section: 'plugin::privacy-policy.policy-section',
  processor: 'plugin::privacy-policy.processor',
  retentionRule: 'plugin::privacy-policy.retention-rule',
};
const FORMATS = ['json', 'html', 'markdown', 'text', 'jsonld', 'printable'];

let app: TestApp;
let token: string;
let policyDocumentId: string;

beforeAll(async () => {
  app = await startStrapi({ demoContent: true });
  token = await adminToken(app);
  const cm = contentManager(app, token);
  const policy = await app.strapi.db.query(UID.policy).findOne({ where: { slug: 'privacy-policy', locale: 'en', publishedAt: null } });
  const summary = await app.strapi.db.query(UID.section).findOne({ where: { slug: 'summary', locale: 'en' } });
  const processor = await app.strapi.db.query(UID.processor).findOne({ where: { slug: 'ukfast', locale: 'en' } });
  // Draft edits of the published policy, its sections and the entries it links.
  await cm.update(UID.policy, policy.documentId, { title: `Privacy Policy ${MARKER}`, introduction: `Intro ${MARKER}` });
  await cm.update(UID.section, summary.documentId, { body: `Summary ${MARKER}`, dataCollected: [MARKER] });
  await cm.update(UID.processor, processor.documentId, { purpose: `Hosting ${MARKER}`, storageCountries: ['US'] });
  const section = (await cm.create(UID.section, { title: `New ${MARKER}`, category: 'other', body: MARKER })).body.data;
  await cm.update(UID.policy, policy.documentId, { sections: { connect: [{ id: section.id, documentId: section.documentId }] } });
  await cm.create(UID.retentionRule, { name: `Rule ${MARKER}`, dataCategory: MARKER, period: 'P1Y', trigger: 'collection' });
  // A policy that was never published.
  await cm.create(UID.policy, { title: `Unpublished ${MARKER}`, slug: 'unpublished-policy', introduction: MARKER });
  policyDocumentId = policy.documentId;
});

test('the drafts do carry the marker: the admin preview shows every edit', async () => {
  const preview = await app.http
    .get(`/privacy-policy/policies/${policyDocumentId}/preview?format=html`)
    .set('Authorization', `Bearer ${token}`);
  expect(preview.status).toBe(200);
  for (const part of [`Privacy Policy ${MARKER}`, `Intro ${MARKER}`, `Summary ${MARKER}`, `Hosting ${MARKER}`, `New ${MARKER}`])
    expect(preview.text).toContain(part);
});
afterAll(async () => {
  await app?.stop();
});

test('no public REST route, in any format or locale, shows a draft or an unpublished policy', async () => {
  const paths = [
    '/api/privacy-policy/policies',
    '/api/privacy-policy/policies?locale=fr',
    ...FORMATS.flatMap((format) => [
      `/api/privacy-policy/policies/privacy-policy?format=${format}`,
      `/api/privacy-policy/policies/privacy-policy?format=${format}&locale=fr`,
    ]),
    '/api/privacy-policy/policies/privacy-policy?version=1.0',
    '/api/privacy-policy/policies/privacy-policy/versions',
    '/api/privacy-policy/policies/privacy-policy/diff?from=1.0&to=1.0&format=html',
    '/api/privacy-policy/policies/privacy-policy/diff?from=1.0&to=1.0',
    '/api/privacy-policy/policies/unpublished-policy',
    '/api/privacy-policy/policies/unpublished-policy/versions',
  ];
  for (const path of paths) {
    const res = await app.http.get(path);
    expect([path, res.status < 500]).toEqual([path, true]);
    expect([path, res.text.includes(MARKER)]).toEqual([path, false]);
  }
  expect((await app.http.get('/api/privacy-policy/policies/unpublished-policy')).status).toBe(404);
});

test("GraphQL's public queries and the generated content API show no draft either", async () => {
  const query = `{
    privacyPolicies { slug title }
    privacyPolicy(slug: "privacy-policy") { title introduction html markdown text jsonld sections { title body dataCollected processors { purpose } } processors { purpose } retentionRules { name } }
    fr: privacyPolicy(slug: "privacy-policy", locale: "fr") { title html }
    unpublished: privacyPolicy(slug: "unpublished-policy") { title }
  }`;
  const res = await app.http.post('/graphql').send({ query });
  expect(res.body.errors).toBeUndefined();
  expect(res.text).not.toContain(MARKER);
  expect(res.body.data.unpublished).toBeNull();

  // The shadow CRUD of the plugin's content types is closed to the public role.
  const shadow = await app.http.post('/graphql').send({ query: '{ privacyPolicyPolicies(status: DRAFT) { title } }' });
  expect(shadow.text).not.toContain(MARKER);
  expect(shadow.body.errors?.[0]?.message).toMatch(/Forbidden/i);
});
