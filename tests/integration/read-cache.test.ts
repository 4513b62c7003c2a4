import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, contentManager } from '../helpers/admin-api';
import { rawGet } from '../helpers/raw-http';
import { clockOf, connect, UID } from '../helpers/policy-fixture';

let app: TestApp;
let token: string;
let cm: ReturnType<typeof contentManager>;
let lookups = 0;

const { day, setToday } = clockOf(() => app, '2032-01-01');

/**
 * A policy of its own for one test, "Cached" under the slug `cached-<tag>`, with one "Contact" section, and
 * 1.0 ("First") in force from day 0, where the clock is set.
 */
const cachedPolicy = async (tag: string) => {
  setToday(0);
  const section = (await cm.create(UID.section, { title: 'Contact', category: 'collection', body: 'First text.' })).body.data;
  const slug = `cached-${tag}`;
  const policy = (await cm.create(UID.policy, { title: 'Cached', slug, sections: connect(section) })).body.data;
  expect(policy.slug).toBe(slug);
  const publish = (body: object) =>
    app.http.post(`/privacy-policy/policies/${policy.documentId}/versions`).set('Authorization', `Bearer ${token}`).send(body);
  expect((await publish({ changeType: 'major', effectiveDate: day(0), changeSummary: 'First' })).status).toBe(201);
  return {
    slug,
    policy,
    section,
    publish,
    read: (query = '') => app.http.get(`/api/privacy-policy/policies/${slug}${query}`),
    reword: (body: string) => cm.update(UID.section, section.documentId, { body }),
  };
};

/** The policy with 2.0 ("Second", published on day 0) in force: the clock is on day 30. */
const cachedPolicyAtTwo = async (tag: string) => {
  const fixture = await cachedPolicy(tag);
  await fixture.reword('Second text.');
  expect((await fixture.publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'Second' })).status).toBe(201);
  setToday(30);
  return fixture;
};

beforeAll(async () => {
  app = await startStrapi();
  token = await adminToken(app);
  cm = contentManager(app, token);
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
  const { read } = await cachedPolicy('formats');
  for (const format of ['json', 'html', 'markdown', 'text', 'jsonld', 'printable']) {
    // Positive control: the first read of a format is a miss, and the counter sees it.
    const beforeMiss = lookups;
    const first = await read(`?format=${format}`);
    expect({ format, misses: lookups - beforeMiss }).toEqual({ format, misses: 1 });
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
  const { read, reword, publish } = await cachedPolicy('publish');
  expect((await read('?format=markdown')).text).toContain('First text.');
  expect((await read()).body.data.version.number).toBe('1.0');
  await reword('Second text.');
  expect((await publish({ changeType: 'minor', effectiveDate: day(0) })).status).toBe(201);
  const after = await read('?format=markdown');
  expect(after.text).toContain('Second text.');
  expect((await read()).body.data.version.number).toBe('1.1');
});

test('the switch to an upcoming version happens at its effective date, without a publish', async () => {
  const { read, reword, publish } = await cachedPolicy('upcoming');
  await reword('Third text.');
  expect((await publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'Third' })).status).toBe(201);
  expect((await read()).body.data.version.number).toBe('1.0');
  expect((await read()).body.data.upcoming.number).toBe('2.0');
  setToday(30);
  const switched = await read();
  expect(switched.body.data.version.number).toBe('2.0');
  expect(switched.body.data.upcoming).toBeNull();
});

test('an unpublish withdraws the policy at once', async () => {
  const { read, policy } = await cachedPolicy('unpublish');
  expect((await read()).status).toBe(200);
  expect((await cm.unpublish(UID.policy, policy.documentId)).status).toBe(200);
  const gone = await read();
  expect(gone.status).toBe(404);
});

test("another instance's publish (the shared generation raised) is served within the poll interval, and no read queries the database before", async () => {
  const { read, policy } = await cachedPolicy('other-instance');
  const warm = await read();
  expect(warm.body.data.version.changeSummary).toBe('First');
  // Another instance's publish writes the version and bumps the generation in one transaction.
  await app.strapi.db
    .connection('privacy_policy_versions')
    .where({ policy_document_id: policy.documentId, number: '1.0' })
    .update({ change_summary: 'Edited elsewhere' });
  expect((await read()).body.data.version.changeSummary).toBe('First');
  // What another instance's publish does to the shared state: raise the generation and, on PostgreSQL, tell the listeners.
  await app.strapi.db.connection('privacy_policy_publication_state').where('id', 1).increment('generation', 1);
  if (app.strapi.db.dialect.client === 'postgres') {
    const { generation } = await app.strapi.db.connection('privacy_policy_publication_state').select('generation').where('id', 1).first();
    await app.strapi.db.connection.raw('SELECT pg_notify(?, ?)', ['privacy_policy_publication', String(generation)]);
  }
  // Without LISTEN/NOTIFY (SQLite, MySQL) the instance reads the row once per cache.pollIntervalMs (1 s by default).
  const raised = Date.now();
  let summary = (await read()).body.data.version.changeSummary;
  while (summary !== 'Edited elsewhere' && Date.now() - raised < 3_000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    summary = (await read()).body.data.version.changeSummary;
  }
  expect(summary).toBe('Edited elsewhere');
  expect(Date.now() - raised).toBeLessThan(1_000 + 500);
});

test('reads in the steady state make no database query', async () => {
  const { read } = await cachedPolicy('steady');
  const warm = await read();
  expect(warm.status).toBe(200);
  const queries: string[] = [];
  const record = (query: { sql: string }) => queries.push(query.sql);
  // The delivery worker polls its outbox on its own schedule; it is no part of a read.
  const worker = app.strapi.plugin('privacy-policy').service('delivery-worker');
  await worker.stop();
  app.strapi.db.connection.on('query', record);
  try {
    for (let index = 0; index < 20; index += 1) expect((await read()).status).toBe(200);
  } finally {
    app.strapi.db.connection.removeListener('query', record);
    worker.start();
  }
  // Positive control: the listener sees queries when there are some.
  const control: string[] = [];
  const count = (query: { sql: string }) => control.push(query.sql);
  app.strapi.db.connection.on('query', count);
  await app.strapi.db.connection('privacy_policy_publication_state').select('generation');
  app.strapi.db.connection.removeListener('query', count);
  expect(control.length).toBeGreaterThan(0);
  // Only the periodic reads may appear: the generation poll (once a second, not on PostgreSQL) and the
  // locale list with the default locale (at most every 5 s, i18n's table and Strapi's core store).
  expect(queries.filter((sql) => !/privacy_policy_publication_state|i18n_locale|core_store/.test(sql))).toEqual([]);
});

test('the history, the diff and the list are cached and invalidated the same way', async () => {
  const { read, reword, publish, slug } = await cachedPolicyAtTwo('history');
  // Counts the calls that compute a history or a diff from the versions table.
  const versions = app.strapi.plugin('privacy-policy').service('version-history');
  const { history, diff } = versions;
  let computed = 0;
  versions.history = (...args: any[]) => {
    computed += 1;
    return history.apply(versions, args);
  };
  versions.diff = (...args: any[]) => {
    computed += 1;
    return diff.apply(versions, args);
  };
  try {
    for (const path of ['/versions', '/diff?from=1.0&to=2.0', '/diff?from=1.0&to=2.0&format=html']) {
      // Positive control: the first read of each is a miss, and the counter sees it.
      const beforeMiss = computed;
      const first = await read(path);
      expect([path, first.status, computed > beforeMiss]).toEqual([path, 200, true]);
      const before = computed;
      const second = await read(path);
      expect([path, second.status, computed - before, second.text === first.text]).toEqual([path, 200, 0, true]);
    }
    const list = await app.http.get('/api/privacy-policy/policies');
    expect(list.body.data.find((entry: any) => entry.slug === slug).version.number).toBe('2.0');

    await reword('Fourth text.');
    expect((await publish({ changeType: 'minor', effectiveDate: day(30) })).status).toBe(201);
    expect((await read('/versions')).body.data[0].number).toBe('2.1');
    expect((await app.http.get('/api/privacy-policy/policies')).body.data.find((entry: any) => entry.slug === slug).version.number).toBe(
      '2.1',
    );
  } finally {
    versions.history = history;
    versions.diff = diff;
  }
});

describe('compressed answers', () => {
  const zlib = require('node:zlib');
  const rawOf =
    (slug: string) =>
    (acceptEncoding: string, query = '', headers: Record<string, string> = {}) =>
      rawGet(app, `/api/privacy-policy/policies/${slug}${query}`, { 'Accept-Encoding': acceptEncoding, ...headers });

  test('each encoding is made once and chosen by Accept-Encoding, with its own ETag and Vary', async () => {
    const raw = rawOf((await cachedPolicyAtTwo('encodings')).slug);
    for (const format of ['', '?format=html', '/versions', '/diff?from=1.0&to=2.0&format=html']) {
      const identity = await raw('identity', format);
      const gzip = await raw('gzip', format);
      const brotli = await raw('br, gzip', format);
      expect(identity.status).toBe(200);
      expect(identity.headers['content-encoding']).toBeUndefined();
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(brotli.headers['content-encoding']).toBe('br');
      for (const res of [identity, gzip, brotli]) expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(zlib.gunzipSync(gzip.body).equals(identity.body)).toBe(true);
      expect(zlib.brotliDecompressSync(brotli.body).equals(identity.body)).toBe(true);
      expect(brotli.body.length).toBeLessThan(identity.body.length);
      expect(new Set([identity.headers.etag, gzip.headers.etag, brotli.headers.etag]).size).toBe(3);
    }
  });

  test('a conditional request gets a 304 only for the ETag of the encoding it asks for', async () => {
    const raw = rawOf((await cachedPolicy('conditional')).slug);
    const brotli = await raw('br');
    expect(brotli.status).toBe(200);
    const again = await raw('br', '', { 'If-None-Match': String(brotli.headers.etag) });
    expect(again.status).toBe(304);
    const otherEncoding = await raw('gzip', '', { 'If-None-Match': String(brotli.headers.etag) });
    expect(otherEncoding.status).toBe(200);
    expect(otherEncoding.headers['content-encoding']).toBe('gzip');
  });

  test('q-values are honoured: an encoding refused with q=0 is not sent', async () => {
    const raw = rawOf((await cachedPolicy('q-values')).slug);
    expect((await raw('br;q=0, gzip')).headers['content-encoding']).toBe('gzip');
    expect((await raw('gzip;q=0.5, br;q=0.9')).headers['content-encoding']).toBe('br');
    const identity = await raw('*;q=0, identity');
    expect(identity.status).toBe(200);
    expect(identity.headers['content-encoding']).toBeUndefined();
  });
});
