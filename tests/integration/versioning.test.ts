import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, contentManager } from '../helpers/admin-api';
import { startWebhookReceiver } from '../helpers/webhook-receiver';
import { clockOf, connect, UID } from '../helpers/policy-fixture';

let app: TestApp;
let token: string;
let cm: ReturnType<typeof contentManager>;

const { day, setToday } = clockOf(() => app, '2030-01-10');

/**
 * A policy of its own for one test, "Versioned" under the slug `versioned-<tag>`: a UK host, a six-year
 * order-retention rule and one "Server logs" section naming both. Nothing is published; the clock is set to day(0).
 */
const versionedPolicy = async (tag: string) => {
  setToday(0);
  const processor = (await cm.create(UID.processor, { name: 'UKFast', category: 'hosting', storageCountries: ['GB'] })).body.data;
  const rule = (
    await cm.create(UID.retentionRule, {
      name: 'Orders',
      dataCategory: 'Order information',
      period: 'P6Y',
      trigger: 'end-of-financial-year',
    })
  ).body.data;
  const section = (
    await cm.create(UID.section, {
      title: 'Server logs',
      category: 'collection',
      body: 'Our host logs every request.',
      dataCollected: ['IP address'],
      processors: connect(processor),
      retentionRules: connect(rule),
    })
  ).body.data;
  const slug = `versioned-${tag}`;
  const policy = (await cm.create(UID.policy, { title: 'Versioned', slug, sections: connect(section) })).body.data;
  expect(policy.slug).toBe(slug);
  return {
    processor,
    rule,
    section,
    policy,
    slug,
    publish: (body: object) =>
      app.http.post(`/privacy-policy/policies/${policy.documentId}/versions`).set('Authorization', `Bearer ${token}`).send(body),
    read: (path = '') => app.http.get(`/api/privacy-policy/policies/${slug}${path}`),
    versionNumbers: async () =>
      (
        await app.strapi.db.query(UID.version).findMany({
          where: { policyDocumentId: policy.documentId },
          select: ['number'],
          orderBy: [{ major: 'asc' }, { minor: 'asc' }],
        })
      ).map((row: any) => row.number),
  };
};
type VersionedPolicy = Awaited<ReturnType<typeof versionedPolicy>>;

/** The policy with 1.0 recorded (a major change effective 2018-05-31, "First version"). */
const publishedPolicy = async (tag: string) => {
  const fixture = await versionedPolicy(tag);
  expect((await fixture.publish({ changeType: 'major', effectiveDate: '2018-05-31', changeSummary: 'First version' })).status).toBe(201);
  return fixture;
};

/**
 * 1.1 (the body reworded, effective day 0), 1.2 (the section renamed "Web server logs", effective day 1) and
 * 2.0 (the host also stores data in the US, effective day 30), all published on day 0.
 */
const publishHistory = async ({ section, processor, publish }: VersionedPolicy) => {
  await cm.update(UID.section, section.documentId, { body: 'Our host logs each request.' });
  const minor = await publish({ changeType: 'minor', effectiveDate: day(0) });
  await cm.update(UID.section, section.documentId, { title: 'Web server logs' });
  const second = await publish({ changeType: 'minor', effectiveDate: day(1) });
  await cm.update(UID.processor, processor.documentId, { storageCountries: ['GB', 'US'] });
  const major = await publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'Our host now also stores data in the US' });
  return [minor, second, major];
};

/** On day 30, orders kept seven years instead of six, published as minor with the classifier overridden: 2.1. */
const publishOverriddenMinor = async ({ rule, publish }: VersionedPolicy) => {
  setToday(30);
  await cm.update(UID.retentionRule, rule.documentId, { period: 'P7Y' });
  const res = await publish({ changeType: 'minor', effectiveDate: day(30), overrideClassifier: true });
  expect(res.status).toBe(201);
  expect(res.body.data.version.number).toBe('2.1');
};

/** 1.0, 1.1, 1.2, 2.0 and 2.1 recorded, the clock on day 30: 2.1 in force. */
const policyWithFiveVersions = async (tag: string) => {
  const fixture = await publishedPolicy(tag);
  await publishHistory(fixture);
  await publishOverriddenMinor(fixture);
  expect(await fixture.versionNumbers()).toEqual(['1.0', '1.1', '1.2', '2.0', '2.1']);
  return fixture;
};

beforeAll(async () => {
  app = await startStrapi();
  token = await adminToken(app);
  cm = contentManager(app, token);
});
afterAll(async () => {
  await app?.stop();
});

describe('publishing rules, each refused with its message and nothing recorded', () => {
  test.each([
    [
      'changeType missing',
      'no-type',
      { changeType: null, effectiveDate: day(0) },
      /changeType is required to publish a policy/,
      'changeType',
    ],
    [
      'effectiveDate missing',
      'no-date',
      { changeType: 'minor', effectiveDate: null },
      /effectiveDate is required to publish a policy/,
      'effectiveDate',
    ],
    [
      'no summary for a major change',
      'no-summary',
      { changeType: 'major', effectiveDate: day(0), changeSummary: '' },
      /changeSummary is required for a major change/,
      'changeSummary',
    ],
  ])('%s', async (_name, tag, fields, message, path) => {
    const { policy, versionNumbers } = await versionedPolicy(tag);
    const res = await cm.publish(UID.policy, policy.documentId, { title: 'Should not stick', ...fields });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
    expect(res.body.error.details.errors.map((error: any) => error.path.join('.'))).toContain(path);
    expect(await versionNumbers()).toEqual([]);
    const draft = await app.strapi.db.query(UID.policy).findOne({ where: { documentId: policy.documentId, publishedAt: null } });
    expect(draft.title).toBe('Versioned');
    expect(await app.strapi.db.query(UID.policy).count({ where: { documentId: policy.documentId, publishedAt: { $notNull: true } } })).toBe(
      0,
    );
  });
});

test('the first publish records 1.0, whatever its effective date', async () => {
  const { publish, versionNumbers } = await versionedPolicy('first');
  const res = await publish({ changeType: 'major', effectiveDate: '2018-05-31', changeSummary: 'First version' });
  expect(res.status).toBe(201);
  expect(res.body.data).toMatchObject({ recorded: true, version: { number: '1.0', changeType: 'major', effectiveDate: '2018-05-31' } });
  expect(res.body.data.version.publishedBy).toEqual({ id: expect.any(Number), name: 'Test Editor' });
  expect(await versionNumbers()).toEqual(['1.0']);
});

test('publishing identical content records nothing and says so', async () => {
  const { policy, publish, versionNumbers } = await publishedPolicy('identical');
  const res = await publish({ changeType: 'minor', effectiveDate: day(0) });
  expect(res.status).toBe(200);
  expect(res.body.data).toMatchObject({
    recorded: false,
    reason: 'unchanged',
    message: 'Nothing changed since version 1.0: no version recorded',
  });
  const viaContentManager = await cm.publish(UID.policy, policy.documentId, {});
  expect(viaContentManager.status).toBe(200);
  expect(viaContentManager.headers['x-privacy-policy-version']).toBe('unchanged 1.0');
  expect(await versionNumbers()).toEqual(['1.0']);
});

test.each([
  [
    'a major change effective before the notice period ends',
    'early-major',
    { changeType: 'major', effectiveDate: day(29), changeSummary: 'x' },
    `effectiveDate of a major change must be at least 30 days after the publish date (${day(0)}): choose ${day(30)} or later`,
  ],
  [
    'a minor change effective before the publish date',
    'backdated-minor',
    { changeType: 'minor', effectiveDate: day(-1) },
    `effectiveDate of a minor change cannot be before the publish date (${day(0)})`,
  ],
])('refuses %s', async (_name, tag, body, message) => {
  const { section, publish, read, versionNumbers } = await publishedPolicy(tag);
  await cm.update(UID.section, section.documentId, { body: 'Our host logs each request.' });
  const res = await publish(body);
  expect(res.status).toBe(400);
  expect(res.body.error.message).toBe(message);
  expect(res.body.error.details.errors[0].path).toEqual(['effectiveDate']);
  expect(await versionNumbers()).toEqual(['1.0']);
  expect((await read()).body.data.sections[0].body).toBe('Our host logs every request.');
});

test('numbering follows minor and major changes', async () => {
  const fixture = await publishedPolicy('numbering');
  const [minor, second, major] = await publishHistory(fixture);
  expect(minor.body.data.version.number).toBe('1.1');
  expect(second.body.data.version.number).toBe('1.2');
  expect(major.body.data.version).toMatchObject({ number: '2.0', suggestedChangeType: 'major', classifierOverride: false });
  expect(await fixture.versionNumbers()).toEqual(['1.0', '1.1', '1.2', '2.0']);
});

test('the current version follows the clock; the upcoming one is announced, then takes over', async () => {
  const fixture = await publishedPolicy('clock');
  await publishHistory(fixture);
  const { read } = fixture;
  setToday(1);
  let res = await read();
  expect(res.body.data.version).toMatchObject({ number: '1.2', effectiveDate: day(1) });
  expect(res.body.data.upcoming).toMatchObject({
    number: '2.0',
    effectiveDate: day(30),
    changeType: 'major',
    changeSummary: 'Our host now also stores data in the US',
  });
  expect(res.body.data.processors[0].storageCountries).toEqual([{ code: 'GB', name: 'United Kingdom' }]);
  const html = await read('?format=html');
  expect(html.text).toContain('A new version (2.0) takes effect on');

  setToday(29);
  expect((await read()).body.data.version.number).toBe('1.2');
  setToday(30);
  res = await read();
  expect(res.body.data.version.number).toBe('2.0');
  expect(res.body.data.upcoming).toBeNull();
  expect(res.body.data.processors[0].transfersOutsideUkEea).toBe(true);
  setToday(0);
  expect((await read()).body.data.version.number).toBe('1.1');
});

test('a change the classifier calls major is refused as minor unless overridden, and the override is recorded', async () => {
  const fixture = await publishedPolicy('classifier');
  await publishHistory(fixture);
  const { rule, policy, publish, versionNumbers } = fixture;
  setToday(30);
  await cm.update(UID.retentionRule, rule.documentId, { period: 'P7Y' });
  const refused = await publish({ changeType: 'minor', effectiveDate: day(30) });
  expect(refused.status).toBe(400);
  expect(refused.body.error.message).toBe(
    'this change looks major ("Orders" is kept longer (P6Y → P7Y)): publish it as major, or set overrideClassifier to publish it as minor',
  );
  expect(refused.body.error.details.classification.reasons[0].rule).toBe('longer-retention');
  expect(await versionNumbers()).toEqual(['1.0', '1.1', '1.2', '2.0']);

  const preview = await app.http
    .get(`/privacy-policy/policies/${policy.documentId}/publish-preview`)
    .set('Authorization', `Bearer ${token}`);
  expect(preview.body.data).toMatchObject({
    unchanged: false,
    nextNumber: { minor: '2.1', major: '3.0' },
    classification: { suggestion: 'major' },
  });

  const overridden = await publish({ changeType: 'minor', effectiveDate: day(30), overrideClassifier: true });
  expect(overridden.status).toBe(201);
  expect(overridden.body.data.version).toMatchObject({ number: '2.1', suggestedChangeType: 'major', classifierOverride: true });
  const stored = await app.strapi.db
    .query(UID.policy)
    .findMany({ where: { documentId: policy.documentId }, select: ['overrideClassifier'] });
  expect(stored.every((row: any) => row.overrideClassifier === false)).toBe(true);
});

test('snapshots survive later edits and the deletion of a processor', async () => {
  const { section, processor, read } = await policyWithFiveVersions('snapshots');
  await cm.update(UID.section, section.documentId, { title: 'Renamed after publishing', dataCollected: ['everything'] });
  await cm.remove(UID.processor, processor.documentId);
  expect(await app.strapi.db.query(UID.processor).count({ where: { documentId: processor.documentId } })).toBe(0);
  const first = (await read('?version=1.0')).body.data;
  expect(first.version.number).toBe('1.0');
  expect(first.sections[0]).toMatchObject({ title: 'Server logs', dataCollected: ['IP address'] });
  expect(first.processors.map((entry: any) => entry.name)).toEqual(['UKFast']);
  const latest = (await read('?version=2.1')).body.data;
  expect(latest.processors[0].storageCountries.map((country: any) => country.code)).toEqual(['GB', 'US']);
  expect((await read('?version=9.9')).status).toBe(404);
  expect((await read('?version=one')).body.error.message).toBe('version must be a version number such as 1.2');
});

test('the history is newest first and paginated', async () => {
  const { read } = await policyWithFiveVersions('history');
  const page1 = await read('/versions?pageSize=2');
  expect(page1.status).toBe(200);
  expect(page1.body.data.map((entry: any) => entry.number)).toEqual(['2.1', '2.0']);
  expect(page1.body.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 3, total: 5 });
  expect(page1.body.data[0]).toMatchObject({ isCurrent: true, isUpcoming: false, classifierOverride: true });
  expect(page1.body.data[0].publishedBy).toBeUndefined();
  const page3 = await read('/versions?pageSize=2&page=3');
  expect(page3.body.data.map((entry: any) => entry.number)).toEqual(['1.0']);
  expect((await read('/versions?pageSize=500')).body.error.message).toBe('pageSize must be a whole number from 1 to 100');
});

test('the diff between non-neighbouring versions covers every change in between, as JSON and as a redline', async () => {
  const { read } = await policyWithFiveVersions('diff');
  const res = await read('/diff?from=1.0&to=2.1');
  expect(res.status).toBe(200);
  const { diff, from, to } = res.body.data;
  expect(from.number).toBe('1.0');
  expect(to.number).toBe('2.1');
  expect(diff.sections.reworded[0].changes.map((change: any) => change.field).sort()).toEqual(['body', 'title']);
  expect(diff.processors.changed[0].changes).toEqual(
    expect.arrayContaining([{ field: 'storageCountries', from: ['GB'], to: ['GB', 'US'], added: ['US'], removed: [] }]),
  );
  expect(diff.retentionRules.changed[0].changes).toEqual([{ field: 'period', from: 'P6Y', to: 'P7Y' }]);

  const redline = await read('/diff?from=1.0&to=2.1&format=html');
  expect(redline.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(redline.text).toContain('changes from version 1.0 to 2.1');
  expect(redline.text).toContain('<del>every</del><ins>each</ins>');
  expect(redline.text).toContain('<li><strong>Countries where it is stored</strong>: <ins>United States of America</ins></li>');
  // Words a reader understands: the field's label and the durations in words, not "period" and "P6Y".
  expect(redline.text).toContain('<li><strong>Retention period</strong>: <del>6 years</del> → <ins>7 years</ins></li>');
  expect(redline.text).not.toMatch(/P[67]Y|>period</);

  // The page a change email links to: a standalone document in the version's language, readable as it is.
  const printable = await read('/diff?from=1.0&to=2.1&format=printable');
  expect(printable.status).toBe(200);
  expect(printable.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(printable.text).toMatch(/^<!doctype html>\n<html lang="en">/);
  expect(printable.text).toContain('<title>Versioned: changes from version 1.0 to 2.1</title>');
  expect(printable.text).toContain('<del>6 years</del> → <ins>7 years</ins>');
  expect(printable.text).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  expect((await read('/diff?from=1.0&to=2.1&format=pdf')).body.error.message).toBe('format must be one of: json, html, printable');
  expect((await read('/diff?from=1.0')).body.error.message).toBe('to is required (a version number such as 2.0)');
  expect((await read('/diff?from=1.0&to=7.0')).status).toBe(404);
});

test('responses carry ETag and Cache-Control, and a conditional request gets 304', async () => {
  const { read } = await publishedPolicy('etag');
  const first = await read();
  expect(first.status).toBe(200);
  expect(first.headers.etag).toMatch(/^"[^"]+"$/);
  expect(first.headers['cache-control']).toBe('public, max-age=300');
  const again = await read().set('If-None-Match', first.headers.etag);
  expect(again.status).toBe(304);
  const html = await read('?format=html').set('If-None-Match', first.headers.etag);
  expect(html.status).toBe(200);
  const history = await read('/versions');
  expect(history.status).toBe(200);
  expect((await read('/versions').set('If-None-Match', history.headers.etag)).status).toBe(304);
  const list = await app.http.get('/api/privacy-policy/policies');
  expect(list.status).toBe(200);
  expect((await app.http.get('/api/privacy-policy/policies').set('If-None-Match', list.headers.etag)).status).toBe(304);
});

test('the cache lifetime stops at the moment an upcoming version takes effect', async () => {
  const { section, publish, read } = await publishedPolicy('lifetime');
  await cm.update(UID.section, section.documentId, { body: 'Logs are kept briefly.' });
  setToday(30, '23:58:20Z');
  expect((await publish({ changeType: 'minor', effectiveDate: day(31) })).status).toBe(201);
  const res = await read();
  expect(res.body.data.version.number).toBe('1.0');
  expect(res.body.data.upcoming.number).toBe('1.1');
  expect(res.headers['cache-control']).toBe('public, max-age=100');
  setToday(31);
  const after = await read().set('If-None-Match', res.headers.etag);
  expect(after.status).toBe(200);
  expect(after.body.data.version.number).toBe('1.1');
});

test('versions are immutable through the admin API and the document service', async () => {
  const { policy } = await publishedPolicy('immutable');
  const version = await app.strapi.db.query(UID.version).findOne({ where: { number: '1.0', policyDocumentId: policy.documentId } });
  const update = await cm.update(UID.version, version.documentId, { changeSummary: 'rewritten history' });
  expect(update.status).toBeGreaterThanOrEqual(400);
  expect(update.status).toBeLessThan(500);
  const remove = await cm.remove(UID.version, version.documentId);
  expect(remove.status).toBeGreaterThanOrEqual(400);
  expect(remove.status).toBeLessThan(500);
  await expect(app.strapi.documents(UID.version).update({ documentId: version.documentId, data: { changeSummary: 'x' } })).rejects.toThrow(
    /immutable/,
  );
  await expect(app.strapi.documents(UID.version).delete({ documentId: version.documentId })).rejects.toThrow(/immutable/);
  expect(await app.strapi.db.query(UID.version).findOne({ where: { id: version.id } })).toMatchObject({ changeSummary: 'First version' });
});

test('the database refuses a second version with the same number', async () => {
  const { policy, slug } = await publishedPolicy('unique-number');
  const table = app.strapi.db.metadata.get(UID.version).tableName;
  const duplicate = {
    document_id: 'duplicate-attempt',
    policy_document_id: policy.documentId,
    policy_slug: slug,
    policy_locale: 'en',
    number: '1.0',
    major: 1,
    minor: 0,
    change_type: 'major',
    effective_date: '2018-05-31',
    snapshot: '{}',
    content_hash: 'x',
  };
  expect(await app.strapi.db.query(UID.version).count({ where: { number: '1.0', policyDocumentId: policy.documentId } })).toBe(1);
  // Matched on the message: errors from the SQLite driver come from another realm once Jest has loaded it.
  await expect(app.strapi.db.connection(table).insert(duplicate)).rejects.toHaveProperty(
    'message',
    expect.stringMatching(/unique|duplicate/i),
  );
  expect(await app.strapi.db.query(UID.version).count({ where: { number: '1.0', policyDocumentId: policy.documentId } })).toBe(1);
});

test('ten editors publishing at once get distinct consecutive numbers', async () => {
  const { policy, versionNumbers } = await publishedPolicy('concurrent');
  setToday(40);
  const before = await versionNumbers();
  expect(before).toEqual(['1.0']);
  const results = await Promise.all(
    Array.from({ length: 10 }, (_, index) =>
      cm.publish(UID.policy, policy.documentId, { title: `Versioned (edit ${index})`, changeType: 'minor', effectiveDate: day(40) }),
    ),
  );
  expect(results.map((res) => res.status)).toEqual(Array(10).fill(200));
  const after = await versionNumbers();
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after.slice(before.length)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10']);
  const recorded = results.map((res) => res.headers['x-privacy-policy-version']).sort();
  expect(new Set(recorded).size).toBe(10);
});

test('a publish fires the privacy-policy.version.published webhook', async () => {
  const { policy, slug, section, publish } = await publishedPolicy('webhook');
  const receiver = await startWebhookReceiver();
  const { url, received } = receiver;
  const webhook = await app.http
    .post('/admin/webhooks')
    .set('Authorization', `Bearer ${token}`)
    .send({ name: 'rebuild', url, headers: {}, events: ['privacy-policy.version.published'] });
  expect(webhook.status).toBe(201);
  try {
    setToday(40);
    await cm.update(UID.section, section.documentId, { body: 'Logs are kept for a week.' });
    expect((await publish({ changeType: 'minor', effectiveDate: day(40) })).status).toBe(201);
    for (let attempt = 0; attempt < 50 && received.length === 0; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received).toHaveLength(1);
    expect(received[0].event).toBe('privacy-policy.version.published');
    expect(received[0].body).toMatchObject({
      event: 'privacy-policy.version.published',
      policy: { documentId: policy.documentId, slug },
      version: { number: '1.1', changeType: 'minor', effectiveDate: day(40) },
    });
  } finally {
    await app.http.delete(`/admin/webhooks/${webhook.body.data.id}`).set('Authorization', `Bearer ${token}`);
    await receiver.close();
  }
});
