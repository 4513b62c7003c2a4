import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, contentManager } from '../helpers/admin-api';
import { UID } from '../helpers/policy-fixture';

/**
 * The public side (REST in every format, GraphQL, the subscription pages) serves published snapshots
 * only: draft edits, unpublished policies and their parts never show, whatever the route or format.
 */
const MARKER = 'DRAFTONLYMARKER';
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

// The published words each answer must carry before the draft's absence means anything.
const PUBLISHED_EN = 'A brief overview only';
const PUBLISHED_FR = 'Un aperçu seulement';

test('no public REST route, in any format or locale, shows a draft or an unpublished policy', async () => {
  const answers: [path: string, status: number, proof: string][] = [
    ['/api/privacy-policy/policies', 200, '"slug":"privacy-policy"'],
    ['/api/privacy-policy/policies?locale=fr', 200, '"slug":"privacy-policy"'],
    ...FORMATS.flatMap((format): [string, number, string][] => [
      [
        `/api/privacy-policy/policies/privacy-policy?format=${format}`,
        200,
        format === 'jsonld' ? 'Jet Professional Plumbing' : PUBLISHED_EN,
      ],
      [
        `/api/privacy-policy/policies/privacy-policy?format=${format}&locale=fr`,
        200,
        format === 'jsonld' ? 'Jet Professional Plumbing' : PUBLISHED_FR,
      ],
    ]),
    ['/api/privacy-policy/policies/privacy-policy?version=1.0', 200, PUBLISHED_EN],
    ['/api/privacy-policy/policies/privacy-policy/versions', 200, '"number":"1.0"'],
    ['/api/privacy-policy/policies/privacy-policy/diff?from=1.0&to=1.0&format=html', 200, '1.0'],
    ['/api/privacy-policy/policies/privacy-policy/diff?from=1.0&to=1.0', 200, '"from"'],
    ['/api/privacy-policy/policies/unpublished-policy', 404, 'unpublished-policy'],
    ['/api/privacy-policy/policies/unpublished-policy/versions', 404, 'unpublished-policy'],
    ...['atom', 'rss', 'json'].flatMap((format): [string, number, string][] => [
      [`/api/privacy-policy/policies/privacy-policy/feed?format=${format}`, 200, 'Privacy Policy: every version'],
      [
        `/api/privacy-policy/policies/privacy-policy/feed?format=${format}&locale=fr`,
        200,
        'Politique de confidentialité : toutes les versions',
      ],
    ]),
    ['/api/privacy-policy/policies/privacy-policy/archive', 200, 'Privacy Policy: every version'],
    ['/api/privacy-policy/policies/privacy-policy/archive?locale=fr', 200, 'Politique de confidentialité : toutes les versions'],
    ['/api/privacy-policy/policies/unpublished-policy/feed', 404, 'unpublished-policy'],
    ['/api/privacy-policy/policies/unpublished-policy/archive', 404, 'unpublished-policy'],
  ];
  for (const [path, status, proof] of answers) {
    const res = await app.http.get(path);
    expect({ path, status: res.status, proof: res.text.includes(proof) }).toEqual({ path, status, proof: true });
    expect({ path, draft: res.text.includes(MARKER) }).toEqual({ path, draft: false });
  }
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
