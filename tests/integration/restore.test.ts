import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken } from '../helpers/admin-api';
import { clockOf, UID } from '../helpers/policy-fixture';

let app: TestApp;
let token: string;

const { day, setToday } = clockOf(() => app, '2031-06-01');

const auth = () => ({ Authorization: `Bearer ${token}` });
const documents = (uid: string) => app.strapi.documents(uid as any);
const publishRoute = (documentId: string, body: object) =>
  app.http.post(`/privacy-policy/policies/${documentId}/versions`).set(auth()).send(body);
const restoreRoute = (documentId: string, number: string, body: object = {}) =>
  app.http.post(`/privacy-policy/policies/${documentId}/versions/${number}/restore`).set(auth()).send(body);
const restorePlan = (documentId: string, number: string) =>
  app.http.get(`/privacy-policy/policies/${documentId}/versions/${number}/restore`).set(auth());
const versionRow = (documentId: string, number: string) =>
  app.strapi.db.query(UID.version).findOne({ where: { policyDocumentId: documentId, number } });
const draftSnapshot = async (documentId: string) => {
  const draft = await app.strapi.db.query(UID.policy).findOne({ where: { documentId, publishedAt: null }, select: ['id'] });
  return app.strapi.plugin('privacy-policy').service('snapshot').ofPolicyRow(draft.id);
};
const { contentHash } = require('../../server/src/domain/snapshot');

/** A policy with a controller, a section with a subsection, a legal basis claim, two processors and a retention rule. */
const policyWithHistory = async (name: string) => {
  const basis = await app.strapi.db.query(UID.legalBasis).findOne({ where: { code: 'gdpr-art-6-1-b' } });
  const host = await documents(UID.processor).create({ data: { name: `${name} Host`, category: 'hosting', storageCountries: ['GB'] } });
  const mailer = await documents(UID.processor).create({
    data: { name: `${name} Mailer`, category: 'email', storageCountries: ['IE'], dataShared: ['email address'] },
  });
  const rule = await documents(UID.retentionRule).create({
    data: {
      name: `${name} orders`,
      dataCategory: 'Order information',
      period: 'P6Y',
      trigger: 'end-of-financial-year',
      criteria: ['HMRC rules'],
    },
  });
  const orders = await documents(UID.section).create({
    data: {
      title: 'Orders',
      category: 'collection',
      position: 1,
      body: 'We keep a record of every order.',
      dataCollected: ['name', 'postal address'],
      legalBases: [{ legalBasis: basis.documentId, justification: 'We need it to deliver what you ordered.' }],
      processors: [host.documentId, mailer.documentId],
      retentionRules: [rule.documentId],
      rights: ['access', 'erasure'],
    },
  });
  const payments = await documents(UID.section).create({
    data: {
      title: 'Payments',
      category: 'collection',
      position: 1,
      body: 'Card payments go through our bank.',
      parent: orders.documentId,
      dataCollected: ['card number'],
    },
  });
  const contact = await documents(UID.section).create({
    data: { title: 'Contact us', category: 'controller', position: 2, body: 'Write to us.' },
  });
  const policy = await documents(UID.policy).create({
    data: {
      title: `${name} Privacy Policy`,
      introduction: 'How we use your information.',
      controller: { name: `${name} Ltd`, email: 'privacy@example.test' },
      sections: [orders.documentId, contact.documentId],
    },
  });
  setToday(0);
  expect(
    (await publishRoute(policy.documentId, { changeType: 'major', effectiveDate: day(0), changeSummary: 'First version' })).status,
  ).toBe(201);
  return { basis, host, mailer, rule, orders, payments, contact, policy };
};

/** Many edits of every kind since 1.0, published as 2.0. */
const changeEverythingAndPublish = async (fixture: Awaited<ReturnType<typeof policyWithHistory>>) => {
  const { host, mailer, rule, orders, payments, contact, policy } = fixture;
  const consent = await app.strapi.db.query(UID.legalBasis).findOne({ where: { code: 'gdpr-art-6-1-a' } });
  await documents(UID.processor).update({
    documentId: host.documentId,
    data: { storageCountries: ['GB', 'US'], transferMechanism: 'standard-contractual-clauses' },
  });
  await documents(UID.retentionRule).update({ documentId: rule.documentId, data: { period: 'P7Y', criteria: [] } });
  const newcomer = await documents(UID.section).create({
    data: { title: 'Newsletter', category: 'use', body: 'We send a monthly newsletter.', dataCollected: ['email address'] },
  });
  await documents(UID.section).update({
    documentId: orders.documentId,
    data: {
      title: 'Your orders',
      body: 'We keep a record of each order.',
      dataCollected: ['name', 'postal address', 'phone number'],
      legalBases: [{ legalBasis: consent.documentId, justification: 'You agree.' }],
      processors: [host.documentId],
      rights: ['access'],
    },
  });
  await documents(UID.section).update({ documentId: payments.documentId, data: { parent: null } });
  await documents(UID.section).update({ documentId: contact.documentId, data: { position: 0, parent: newcomer.documentId } });
  await documents(UID.policy).update({
    documentId: policy.documentId,
    data: {
      title: `Renamed policy`,
      introduction: 'A new introduction.',
      controller: { name: 'Someone Else Ltd', email: 'dpo@example.test' },
      sections: [newcomer.documentId, orders.documentId],
    },
  });
  expect(
    (await publishRoute(policy.documentId, { changeType: 'major', effectiveDate: day(30), changeSummary: 'Many changes' })).status,
  ).toBe(201);
  // Deleted after 2.0: the restore must recreate it.
  await documents(UID.processor).delete({ documentId: mailer.documentId });
  return { newcomer };
};

beforeAll(async () => {
  app = await startStrapi();
  token = await adminToken(app);
});
afterAll(async () => {
  await app?.stop();
});

test('restoring 1.0 after many changes makes the draft equal to 1.0, without publishing or touching any version', async () => {
  const fixture = await policyWithHistory('Restored');
  const { newcomer } = await changeEverythingAndPublish(fixture);
  const { documentId } = fixture.policy;
  const first = await versionRow(documentId, '1.0');
  const second = await versionRow(documentId, '2.0');
  expect(contentHash(await draftSnapshot(documentId))).not.toBe(first.contentHash);
  const publishedBefore = await app.strapi.db.query(UID.policy).findOne({ where: { documentId, publishedAt: { $notNull: true } } });

  const plan = await restorePlan(documentId, '1.0');
  expect(plan.status).toBe(200);
  const res = await restoreRoute(documentId, '1.0');
  expect(res.status).toBe(200);
  expect(res.body.data).toMatchObject({ version: '1.0', locale: 'en', matchesVersion: true, contentHash: first.contentHash });

  const changes = res.body.data.changes.map((change: any) => `${change.kind} ${change.action} ${change.slug}`).sort();
  expect(changes).toEqual(
    [
      'policy updated restored-privacy-policy',
      'processor created restored-mailer',
      'processor updated restored-host',
      'retention-rule updated restored-orders',
      'section detached newsletter',
      'section updated contact-us',
      'section updated orders',
      'section updated payments',
    ].sort(),
  );
  // The plan announced the same entries before anything was written.
  expect(plan.body.data.changes.map((change: any) => `${change.kind} ${change.action} ${change.slug}`).sort()).toEqual(changes);
  expect(plan.body.data.changes.find((change: any) => change.kind === 'processor' && change.action === 'created').documentId).toBeNull();
  for (const change of res.body.data.changes) expect(change.documentId).toEqual(expect.any(String));

  const draft = await draftSnapshot(documentId);
  expect(contentHash(draft)).toBe(first.contentHash);
  expect(draft.sections.map((section: any) => section.slug)).toEqual(['orders', 'contact-us']);
  expect(draft.sections[0].children.map((section: any) => section.slug)).toEqual(['payments']);
  expect(draft.processors.map((processor: any) => processor.name)).toEqual(['Restored Host', 'Restored Mailer']);
  expect(await app.strapi.db.query(UID.section).count({ where: { documentId: newcomer.documentId } })).toBe(1);

  // Nothing published, no version written.
  const publishedAfter = await app.strapi.db.query(UID.policy).findOne({ where: { documentId, publishedAt: { $notNull: true } } });
  expect(publishedAfter).toEqual(publishedBefore);
  expect(await versionRow(documentId, '2.0')).toEqual(second);
  expect(await app.strapi.db.query(UID.version).count({ where: { policyDocumentId: documentId } })).toBe(2);
  expect((await app.http.get(`/api/privacy-policy/policies/restored-privacy-policy?version=2.0`)).body.data.title).toBe('Renamed policy');

  // The editor reviews and publishes as usual: compared with 2.0, it records 1.0's content again.
  const preview = (await app.http.get(`/privacy-policy/policies/${documentId}/publish-preview`).set(auth())).body.data;
  expect(preview).toMatchObject({ previous: { number: '2.0' }, unchanged: false, nextNumber: { major: '3.0' } });
  setToday(30);
  const republished = await publishRoute(documentId, {
    changeType: 'major',
    effectiveDate: day(60),
    changeSummary: 'Back to the first version',
  });
  expect(republished.status).toBe(201);
  expect((await versionRow(documentId, '3.0')).contentHash).toBe(first.contentHash);
});

test('restoring the version the draft already holds changes nothing', async () => {
  const { policy } = await policyWithHistory('Unchanged');
  const res = await restoreRoute(policy.documentId, '1.0');
  expect(res.status).toBe(200);
  expect(res.body.data).toMatchObject({ changes: [], matchesVersion: true });
});

test('a restore names what is missing: unknown version, unknown policy, bad number', async () => {
  const { policy } = await policyWithHistory('Missing');
  const unknownVersion = await restoreRoute(policy.documentId, '9.0');
  expect(unknownVersion.status).toBe(404);
  expect(unknownVersion.body.error.message).toBe(`The policy "${policy.documentId}" has no version 9.0 in locale "en"`);
  expect((await restoreRoute('nosuchpolicy', '1.0')).status).toBe(404);
  const badNumber = await restoreRoute(policy.documentId, '1');
  expect(badNumber.status).toBe(400);
  expect(badNumber.body.error.message).toBe('number must be a version number such as 2.0');
  const unknownField = await restoreRoute(policy.documentId, '1.0', { publish: true });
  expect(unknownField.status).toBe(400);
  expect(unknownField.body.error.details.errors[0].path).toEqual(['publish']);
});

test('a restore refused by validation writes nothing at all', async () => {
  const fixture = await policyWithHistory('Atomic');
  await changeEverythingAndPublish(fixture);
  const { documentId } = fixture.policy;
  const before = contentHash(await draftSnapshot(documentId));
  const version = await versionRow(documentId, '1.0');
  // Make one section of 1.0 invalid to write (an unknown right), as a snapshot from an older schema could be.
  const snapshot = JSON.parse(JSON.stringify(version.snapshot));
  snapshot.sections[0].rights = ['access', 'not-a-right'];
  await app.strapi.db
    .connection(app.strapi.db.metadata.get(UID.version).tableName)
    .where('id', version.id)
    .update({ snapshot: JSON.stringify(snapshot) });

  const res = await restoreRoute(documentId, '1.0');
  expect(res.status).toBe(400);
  expect(res.body.error.details.errors[0].path).toEqual(['rights']);
  expect(res.body.error.message).toMatch(/not-a-right/);
  // The processor recreated and the host updated earlier in the same restore were rolled back too.
  expect(contentHash(await draftSnapshot(documentId))).toBe(before);
  expect(await app.strapi.db.query(UID.processor).count({ where: { slug: 'atomic-mailer' } })).toBe(0);
  expect((await app.strapi.db.query(UID.processor).findOne({ where: { slug: 'atomic-host' } })).storageCountries).toEqual(['GB', 'US']);
});
