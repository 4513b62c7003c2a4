import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, contentManager } from '../helpers/admin-api';
import { UID } from '../helpers/policy-fixture';

let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await startStrapi();
  token = await adminToken(app);
});
afterAll(async () => {
  await app?.stop();
});

const importPolicy = (body: object, query = '') =>
  app.http.post(`/privacy-policy/imports${query}`).set('Authorization', `Bearer ${token}`).send(body);

const counts = async () => ({
  processors: await app.strapi.db.query(UID.processor).count(),
  rules: await app.strapi.db.query(UID.retentionRule).count(),
  sections: await app.strapi.db.query(UID.section).count(),
  policies: await app.strapi.db.query(UID.policy).count(),
});

const SMALL_IMPORT = {
  processors: [{ slug: 'ukfast', name: 'UKFast', category: 'hosting', storageCountries: ['GB'] }],
  retentionRules: [{ slug: 'orders', name: 'Orders', dataCategory: 'Order information', period: 'P6Y', trigger: 'end-of-financial-year' }],
  policy: {
    title: 'Imported Policy',
    controller: { name: 'Importer Ltd' },
    changeType: 'major',
    effectiveDate: '2024-01-01',
    changeSummary: 'First version',
    sections: [
      {
        title: 'Visiting our website',
        category: 'collection',
        children: [
          {
            title: 'Server logs',
            category: 'collection',
            dataCollected: ['IP address'],
            processors: ['ukfast'],
            retentionRules: ['orders'],
            legalBases: [{ code: 'gdpr-art-6-1-c', justificationLabel: 'Legal obligation', justification: 'Security of processing' }],
          },
        ],
      },
    ],
  },
};

test('the admin routes need an admin', async () => {
  expect((await app.http.post('/privacy-policy/imports').send(SMALL_IMPORT)).status).toBe(401);
  expect((await app.http.get('/privacy-policy/policies/x/preview')).status).toBe(401);
});

test('importing a policy creates and publishes it with its whole tree', async () => {
  const res = await importPolicy(SMALL_IMPORT);
  expect(res.status).toBe(201);
  expect(res.body.data).toMatchObject({ slug: 'imported-policy', published: true });
  const html = await app.http.get('/api/privacy-policy/policies/imported-policy?format=html');
  expect(html.status).toBe(200);
  expect(html.text).toContain('<section id="server-logs"');
  expect(html.text).toContain('Legal obligation — GDPR Article 6(1)(c)');
  expect(html.text).toContain('kept for 6 years');
});

test.each([
  [
    'a bad country deep in the file',
    {
      ...SMALL_IMPORT,
      processors: [
        { slug: 'p1', name: 'P1', category: 'hosting' },
        { slug: 'p2', name: 'P2', category: 'hosting', storageCountries: ['XX'] },
      ],
    },
    'processors.1.storageCountries',
    /^processors\[1\]: storageCountries item 1 "XX" is not an ISO 3166-1 alpha-2 country code/,
  ],
  [
    'a bad country in a nested subsection',
    {
      ...SMALL_IMPORT,
      policy: { ...SMALL_IMPORT.policy, sections: [{ title: 'Top', children: [{ title: 'Child', storageCountries: ['GB', 'EU'] }] }] },
    },
    'policy.sections.0.children.0.storageCountries',
    /^policy\.sections\[0\]\.children\[0\]: storageCountries item 2 "EU"/,
  ],
  [
    'an unknown processor reference',
    { ...SMALL_IMPORT, policy: { ...SMALL_IMPORT.policy, sections: [{ title: 'Top', processors: ['nobody'] }] } },
    'policy.sections.0.processors',
    /processors refers to "nobody"/,
  ],
])('an import with %s is refused whole, naming where', async (_case, body, path, message) => {
  const before = await counts();
  const res = await importPolicy(body);
  expect(res.status).toBe(400);
  expect(res.body.error.message).toMatch(message);
  expect(res.body.error.details.errors[0].path.join('.')).toBe(path);
  expect(await counts()).toEqual(before);
});

test('an import without a policy title is a 400', async () => {
  const res = await importPolicy({ policy: { sections: [] } });
  expect(res.status).toBe(400);
  expect(res.body.error.message).toMatch(/policy.title is required/);
  expect((await importPolicy(SMALL_IMPORT, '?publish=maybe')).status).toBe(400);
});

test('the preview route renders the draft, including edits the public does not see yet', async () => {
  const cm = contentManager(app, token);
  const imported = await importPolicy(
    { ...SMALL_IMPORT, processors: [], retentionRules: [], policy: { title: 'Preview Me', sections: [{ title: 'Intro' }] } },
    '?publish=false',
  );
  expect(imported.status).toBe(201);
  const { documentId } = imported.body.data;
  await cm.update(UID.policy, documentId, { title: 'Preview Me (edited)' });
  expect((await app.http.get('/api/privacy-policy/policies/preview-me')).status).toBe(404);

  const preview = await app.http.get(`/privacy-policy/policies/${documentId}/preview?format=html`).set('Authorization', `Bearer ${token}`);
  expect(preview.status).toBe(200);
  expect(preview.headers['cache-control']).toBe('no-store');
  expect(preview.text).toContain('<h1>Preview Me (edited)</h1>');
  const missing = await app.http.get('/privacy-policy/policies/nope/preview').set('Authorization', `Bearer ${token}`);
  expect(missing.status).toBe(404);
});

test('the example app serves its favicon: admin pages no longer log a 500 for /favicon.ico', async () => {
  const res = await app.http.get('/favicon.ico');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^image\//);
  expect(res.body.length).toBeGreaterThan(0);
});
