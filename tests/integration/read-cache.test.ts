import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, contentManager } from '../helpers/admin-api';

const UID = { section: 'plugin::privacy-policy.policy-section', policy: 'plugin::privacy-policy.policy' };

let app: TestApp;
let token: string;
let cm: ReturnType<typeof contentManager>;
let policy: { id: number; documentId: string };
let section: { id: number; documentId: string };
let lookups = 0;

const day = (offset: number) => new Date(Date.UTC(2032, 0, 1 + offset)).toISOString().slice(0, 10);
const setToday = (offset: number) => {
  app.strapi.plugin('privacy-policy').service('clock').now = () => new Date(`${day(offset)}T12:00:00Z`);
};
const read = (query = '') => app.http.get(`/api/privacy-policy/policies/cached${query}`);
const publish = (body: object) =>
  app.http.post(`/privacy-policy/policies/${policy.documentId}/versions`).set('Authorization', `Bearer ${token}`).send(body);

beforeAll(async () => {
  app = await startStrapi();
  token = await adminToken(app);
  cm = contentManager(app, token);
  setToday(0);
  section = (await cm.create(UID.section, { title: 'Contact', category: 'collection', body: 'First text.' })).body.data;
  policy = (
    await cm.create(UID.policy, {
      title: 'Cached',
      slug: 'cached',
      sections: { connect: [{ id: section.id, documentId: section.documentId }] },
    })
  ).body.data;
  expect((await publish({ changeType: 'major', effectiveDate: day(0), changeSummary: 'First' })).status).toBe(201);
  // Counts the lookups that reach the versions table, to see which reads the cache answers.
  const catalogue = app.strapi.plugin('privacy-policy').service('catalogue');
  const findPublished = catalogue.findPublished.bind(catalogue);
  catalogue.findPublished = (...args: any[]) => {
    lookups += 1;
    return findPublished(...args);
  };
});
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 500));
  await app?.stop();
});

test('a repeated read is answered from the cache, byte for byte, in every format', async () => {
  for (const format of ['json', 'html', 'markdown', 'text', 'jsonld', 'printable']) {
    const first = await read(`?format=${format}`);
    const before = lookups;
    const second = await read(`?format=${format}`);
    expect(second.status).toBe(200);
    expect(lookups).toBe(before);
    expect(second.text).toBe(first.text);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
  }
  const cached = await read('?format=json');
  expect(cached.body.data.version.number).toBe('1.0');
  expect((await read('').set('If-None-Match', cached.headers.etag)).status).toBe(304);
});

test('a publish invalidates the cache at once', async () => {
  await read();
  await cm.update(UID.section, section.documentId, { body: 'Second text.' });
  expect((await publish({ changeType: 'minor', effectiveDate: day(0) })).status).toBe(201);
  const after = await read('?format=markdown');
  expect(after.text).toContain('Second text.');
  expect((await read()).body.data.version.number).toBe('1.1');
});

test('the switch to an upcoming version happens at its effective date, without a publish', async () => {
  await cm.update(UID.section, section.documentId, { body: 'Third text.' });
  expect((await publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'Third' })).status).toBe(201);
  expect((await read()).body.data.version.number).toBe('1.1');
  expect((await read()).body.data.upcoming.number).toBe('2.0');
  setToday(30);
  const switched = await read();
  expect(switched.body.data.version.number).toBe('2.0');
  expect(switched.body.data.upcoming).toBeNull();
});

test('an unpublish withdraws the policy at once', async () => {
  expect((await read()).status).toBe(200);
  expect((await cm.unpublish(UID.policy, policy.documentId)).status).toBe(200);
  const gone = await read();
  expect(gone.status).toBe(404);
});

test('a change of the shared publication state (as another instance makes) is seen by the next read', async () => {
  expect((await cm.publish(UID.policy, policy.documentId, {})).status).toBe(200);
  const warm = await read();
  expect(warm.body.data.version.changeSummary).toBe('Third');
  // Another instance's publish writes the version and bumps the generation in one transaction.
  await app.strapi.db
    .connection('privacy_policy_versions')
    .where({ policy_document_id: policy.documentId, number: '2.0' })
    .update({ change_summary: 'Edited elsewhere' });
  expect((await read()).body.data.version.changeSummary).toBe('Third');
  await app.strapi.db.connection('privacy_policy_publication_state').where('id', 1).increment('generation', 1);
  expect((await read()).body.data.version.changeSummary).toBe('Edited elsewhere');
});

test('the history, the diff and the list are cached and invalidated the same way', async () => {
  const versions = app.strapi.plugin('privacy-policy').service('version-history');
  const history = versions.history.bind(versions);
  let historyCalls = 0;
  versions.history = (...args: any[]) => {
    historyCalls += 1;
    return history(...args);
  };
  try {
    for (const path of ['/versions', '/diff?from=1.0&to=2.0', '/diff?from=1.0&to=2.0&format=html']) {
      const first = await read(path);
      const before = historyCalls;
      const second = await read(path);
      expect([path, second.status, historyCalls - before, second.text === first.text]).toEqual([path, 200, 0, true]);
    }
    const list = await app.http.get('/api/privacy-policy/policies');
    expect(list.body.data.find((entry: any) => entry.slug === 'cached').version.number).toBe('2.0');

    await cm.update(UID.section, section.documentId, { body: 'Fourth text.' });
    expect((await publish({ changeType: 'minor', effectiveDate: day(30) })).status).toBe(201);
    expect((await read('/versions')).body.data[0].number).toBe('2.1');
    expect(
      (await app.http.get('/api/privacy-policy/policies')).body.data.find((entry: any) => entry.slug === 'cached').version.number,
    ).toBe('2.1');
  } finally {
    versions.history = history;
  }
});
