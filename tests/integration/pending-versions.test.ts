import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, contentManager } from '../helpers/admin-api';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { startWebhookReceiver } from '../helpers/webhook-receiver';
import { addSubscribers, waitUntil } from '../helpers/subscribers';
import { clockOf, createSmallPolicy, UID } from '../helpers/policy-fixture';

let app: TestApp;
let sink: SmtpSink;
let token: string;
let cm: ReturnType<typeof contentManager>;

const { day, setToday } = clockOf(() => app, '2031-03-01');
const auth = () => ({ Authorization: `Bearer ${token}` });
const publishRoute = (documentId: string, body: object) =>
  app.http.post(`/privacy-policy/policies/${documentId}/versions`).set(auth()).send(body);
const withdrawRoute = (documentId: string, number: string, body: object) =>
  app.http.post(`/privacy-policy/policies/${documentId}/versions/${number}/withdraw`).set(auth()).send(body);
const publicPolicy = (slug: string, query = '') => app.http.get(`/api/privacy-policy/policies/${slug}${query}`);
const versionNumbers = async (documentId: string) =>
  (
    await app.strapi.db
      .query(UID.version)
      .findMany({ where: { policyDocumentId: documentId }, select: ['number'], orderBy: [{ major: 'asc' }, { minor: 'asc' }] })
  ).map((row: any) => row.number);
const rulesOf = (res: { body: any }) => res.body.error.details.errors.map((error: any) => error.rule);
const notification = (versionId: number, kind: 'announcement' | 'withdrawal') =>
  app.strapi.db.query(UID.notification).findOne({ where: { versionId, kind } });
const versionRow = (documentId: string, number: string) =>
  app.strapi.db.query(UID.version).findOne({ where: { policyDocumentId: documentId, number } });

/** A policy with 1.0 in force and, when asked, subscribers to it and a major 2.0 (P6Y → P7Y) effective in 35 days. */
const policyWithPendingMajor = async (name: string, { subscribers = 0 } = {}) => {
  setToday(0);
  const fixture = await createSmallPolicy(app, name);
  const { documentId } = fixture.policy;
  expect((await publishRoute(documentId, { changeType: 'major', effectiveDate: day(0), changeSummary: 'First version' })).status).toBe(201);
  const slug = (await app.strapi.db.query(UID.policy).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['slug'] }))
    .slug;
  const emails = subscribers ? await addSubscribers(app, subscribers, { scope: slug, prefix: name.toLowerCase() }) : [];
  await app.strapi.documents(UID.retentionRule).update({ documentId: fixture.retentionRule.documentId, data: { period: 'P7Y' } as any });
  const major = await publishRoute(documentId, {
    changeType: 'major',
    effectiveDate: day(35),
    changeSummary: 'Order records are kept for seven years.',
  });
  expect(major.status).toBe(201);
  expect(major.body.data.version.number).toBe('2.0');
  return { ...fixture, documentId, slug, emails };
};

beforeAll(async () => {
  sink = await startSmtpSink();
  app = await startStrapi({
    env: { SMTP_PORT: String(sink.port), SMTP_POOL: 'false', PRIVACY_POLICY_POLL_MS: '100', PRIVACY_POLICY_MESSAGES_PER_SECOND: '1000' },
  });
  token = await adminToken(app);
  cm = contentManager(app, token);
});
afterAll(async () => {
  await app?.stop();
  await sink?.close();
});

describe('no version takes effect before a version published earlier and still pending', () => {
  test('a minor version effective today is refused while a major one is pending, and the pending change stays out of force', async () => {
    const { documentId, slug, section } = await policyWithPendingMajor('Early');
    await app.strapi
      .documents(UID.section)
      .update({ documentId: section.documentId, data: { body: 'We keep a record of each order.' } as any });

    const refused = await publishRoute(documentId, { changeType: 'minor', effectiveDate: day(0) });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe(
      `version 2.0, published earlier, takes effect on ${day(35)} and this version would contain its changes: choose ${day(35)} or later, or withdraw version 2.0 first`,
    );
    expect(refused.body.error.details.errors).toEqual([
      expect.objectContaining({ rule: 'before-pending-version', path: ['effectiveDate'] }),
    ]);
    expect(refused.body.error.details.pendingVersion).toEqual({ number: '2.0', effectiveDate: day(35) });
    expect(await versionNumbers(documentId)).toEqual(['1.0', '2.0']);

    const current = await publicPolicy(slug);
    expect(current.status).toBe(200);
    expect(current.body.data.version.number).toBe('1.0');
    expect(current.body.data.retentionRules[0].period).toBe('P6Y');
    expect(current.body.data.upcoming.number).toBe('2.0');
  });

  test("the content manager's own Publish button is refused the same way, and its draft edit is undone", async () => {
    const { documentId } = await policyWithPendingMajor('Button');
    const refused = await cm.publish(UID.policy, documentId, {
      title: 'Button Privacy Policy (edited)',
      changeType: 'minor',
      effectiveDate: day(1),
    });
    expect(refused.status).toBe(400);
    expect(rulesOf(refused)).toEqual(['before-pending-version']);
    expect(refused.body.error.message).toMatch(/^version 2\.0, published earlier, takes effect on /);
    const draft = await app.strapi.db.query(UID.policy).findOne({ where: { documentId, publishedAt: null }, select: ['title'] });
    expect(draft.title).toBe('Button Privacy Policy');
    expect(await versionNumbers(documentId)).toEqual(['1.0', '2.0']);
  });

  test('a version effective on or after the pending one goes ahead and takes effect with it', async () => {
    const { documentId, slug, section } = await policyWithPendingMajor('Same day');
    await app.strapi
      .documents(UID.section)
      .update({ documentId: section.documentId, data: { body: 'We keep a record of each order.' } as any });
    const accepted = await publishRoute(documentId, { changeType: 'minor', effectiveDate: day(35) });
    expect(accepted.status).toBe(201);
    expect(accepted.body.data.version.number).toBe('2.1');

    expect((await publicPolicy(slug)).body.data.version.number).toBe('1.0');
    setToday(35);
    const inForce = (await publicPolicy(slug)).body.data;
    expect(inForce.version.number).toBe('2.1');
    expect(inForce.retentionRules[0].period).toBe('P7Y');
  });

  test('the rule names the latest pending date when several versions are pending', async () => {
    const { documentId, section } = await policyWithPendingMajor('Two pending');
    await app.strapi.documents(UID.section).update({ documentId: section.documentId, data: { body: 'Later wording.' } as any });
    expect((await publishRoute(documentId, { changeType: 'minor', effectiveDate: day(40) })).status).toBe(201);
    await app.strapi.documents(UID.section).update({ documentId: section.documentId, data: { body: 'Even later wording.' } as any });
    const refused = await publishRoute(documentId, { changeType: 'minor', effectiveDate: day(38) });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.pendingVersion).toEqual({ number: '2.1', effectiveDate: day(40) });
  });
});

describe('a refused publish lists every rule it breaks', () => {
  afterEach(() => app.strapi.config.set('plugin::privacy-policy.compliance.blockPublishOnErrors', false));

  test('classifier, notice period, pending version, backdating and compliance come back together in one 400', async () => {
    const { documentId, processor } = await policyWithPendingMajor('All rules');
    app.strapi.config.set('plugin::privacy-policy.compliance.blockPublishOnErrors', true);
    // A US host under the Privacy Shield: a new transfer (classifier) and a compliance error.
    await app.strapi
      .documents(UID.processor)
      .update({ documentId: processor.documentId, data: { storageCountries: ['GB', 'US'], transferMechanism: 'privacy-shield' } as any });

    const minor = await publishRoute(documentId, { changeType: 'minor', effectiveDate: day(-1) });
    expect(minor.status).toBe(400);
    expect(rulesOf(minor)).toEqual(
      expect.arrayContaining(['minor-not-backdated', 'before-pending-version', 'classified-major', 'compliance']),
    );
    expect(minor.body.error.message).toMatch(/^This publish breaks \d+ rules: /);
    for (const error of minor.body.error.details.errors) expect(error.path.length).toBeGreaterThan(0);
    const compliancePaths = minor.body.error.details.errors
      .filter((error: any) => error.rule === 'compliance')
      .map((error: any) => error.path);
    expect(compliancePaths).toContainEqual(['compliance', 'privacy-shield']);

    const major = await publishRoute(documentId, { changeType: 'major', effectiveDate: day(5), changeSummary: '' });
    expect(major.status).toBe(400);
    expect(rulesOf(major)).toEqual(
      expect.arrayContaining(['summary-required-for-major', 'major-notice-period', 'before-pending-version', 'compliance']),
    );
    expect(await versionNumbers(documentId)).toEqual(['1.0', '2.0']);
  });

  test('missing fields are reported by the publishing rules, together with the others', async () => {
    const { documentId, section } = await policyWithPendingMajor('Missing fields');
    await app.strapi
      .documents(UID.section)
      .update({ documentId: section.documentId, data: { dataCollected: ['name', 'postal address', 'phone number'] } as any });
    const refused = await publishRoute(documentId, { changeType: 'major' });
    expect(refused.status).toBe(400);
    expect(rulesOf(refused)).toEqual(['effective-date-required', 'summary-required-for-major']);
    const noType = await publishRoute(documentId, { effectiveDate: day(1) });
    expect(rulesOf(noType)).toEqual(['change-type-required', 'before-pending-version']);
    expect(await versionNumbers(documentId)).toEqual(['1.0', '2.0']);
  });

  test('a publish that breaks one rule gets that rule alone, with its own message', async () => {
    const { documentId, section } = await policyWithPendingMajor('One rule');
    await app.strapi.documents(UID.section).update({ documentId: section.documentId, data: { body: 'Reworded.' } as any });
    const refused = await publishRoute(documentId, { changeType: 'minor', effectiveDate: day(35), overrideClassifier: 'perhaps' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe('overrideClassifier must be true or false');
    const renamed = await publishRoute(documentId, { changeType: 'minor', effectiveDate: day(35), override: true });
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.details.errors[0].path).toEqual(['override']);
    expect(renamed.body.error.message).toBe('override is now called overrideClassifier, as in the content manager and GraphQL');
  });
});

describe('withdrawing an upcoming version', () => {
  test('marks it withdrawn in the history, keeps it out of force, and the numbering goes on', async () => {
    const { documentId, slug, section } = await policyWithPendingMajor('Withdrawn');
    const res = await withdrawRoute(documentId, '2.0', { reason: 'Our accountant confirmed six years is enough.' });
    expect(res.status).toBe(200);
    expect(res.body.data.version).toMatchObject({
      number: '2.0',
      withdrawn: {
        at: expect.any(String),
        reason: 'Our accountant confirmed six years is enough.',
        by: { id: expect.any(Number), name: 'Test Editor' },
      },
      isCurrent: false,
      isUpcoming: false,
    });

    const policy = (await publicPolicy(slug)).body.data;
    expect(policy.version.number).toBe('1.0');
    expect(policy.upcoming).toBeNull();
    setToday(40);
    expect((await publicPolicy(slug)).body.data.version.number).toBe('1.0');
    setToday(0);

    const history = (await app.http.get(`/api/privacy-policy/policies/${slug}/versions`)).body.data;
    expect(history.map((entry: any) => entry.number)).toEqual(['2.0', '1.0']);
    expect(history[0]).toMatchObject({
      isCurrent: false,
      isUpcoming: false,
      withdrawn: { at: expect.any(String), reason: 'Our accountant confirmed six years is enough.' },
    });
    expect(history[0].withdrawn.by).toBeUndefined();
    expect(history[1]).toMatchObject({ isCurrent: true, withdrawn: null });
    const asked = (await publicPolicy(slug, '?version=2.0')).body.data;
    expect(asked.version).toMatchObject({ number: '2.0', withdrawn: { reason: 'Our accountant confirmed six years is enough.' } });

    const graphql = await app.http.post('/graphql').send({
      query: `{ privacyPolicyVersions(slug: "${slug}") { versions { number isCurrent withdrawn { at reason } } } }`,
    });
    expect(graphql.body.errors).toBeUndefined();
    expect(graphql.body.data.privacyPolicyVersions.versions).toEqual([
      { number: '2.0', isCurrent: false, withdrawn: { at: expect.any(String), reason: 'Our accountant confirmed six years is enough.' } },
      { number: '1.0', isCurrent: true, withdrawn: null },
    ]);

    // The next publish is compared with 1.0; a withdrawn number is never given again.
    const preview = (await app.http.get(`/privacy-policy/policies/${documentId}/publish-preview`).set(auth())).body.data;
    expect(preview).toMatchObject({ previous: { number: '1.0' }, nextNumber: { minor: '1.1', major: '3.0' }, pendingVersion: null });
    expect(preview.classification.reasons.map((reason: any) => reason.rule)).toEqual(['longer-retention']);
    await app.strapi
      .documents(UID.section)
      .update({ documentId: section.documentId, data: { body: 'Reworded after the withdrawal.' } as any });
    const next = await publishRoute(documentId, { changeType: 'major', effectiveDate: day(30), changeSummary: 'Seven years after all.' });
    expect(next.status).toBe(201);
    expect(next.body.data.version.number).toBe('3.0');
    const recorded = await versionRow(documentId, '3.0');
    expect(recorded.diff.retentionRules.changed[0].changes).toEqual([{ field: 'period', from: 'P6Y', to: 'P7Y' }]);
    expect(await versionNumbers(documentId)).toEqual(['1.0', '2.0', '3.0']);
  });

  test('a minor change after a withdrawn major continues the line in force', async () => {
    const { documentId, retentionRule, section } = await policyWithPendingMajor('Line');
    expect((await withdrawRoute(documentId, '2.0', { reason: 'Not needed.' })).status).toBe(200);
    await app.strapi.documents(UID.retentionRule).update({ documentId: retentionRule.documentId, data: { period: 'P6Y' } as any });
    await app.strapi.documents(UID.section).update({ documentId: section.documentId, data: { body: 'A typo fixed.' } as any });
    const minor = await publishRoute(documentId, { changeType: 'minor', effectiveDate: day(0) });
    expect(minor.status).toBe(201);
    expect(minor.body.data.version.number).toBe('1.1');
  });

  test('is refused with a clear 400 or 404 for a version in effect, already withdrawn, built upon, unknown, or without a reason', async () => {
    const { documentId, section } = await policyWithPendingMajor('Refusals');
    await app.strapi.documents(UID.section).update({ documentId: section.documentId, data: { body: 'Reworded.' } as any });
    expect((await publishRoute(documentId, { changeType: 'minor', effectiveDate: day(36) })).status).toBe(201);

    const inEffect = await withdrawRoute(documentId, '1.0', { reason: 'x' });
    expect(inEffect.status).toBe(400);
    expect(inEffect.body.error.details.errors[0].rule).toBe('already-in-effect');
    expect(inEffect.body.error.message).toBe(
      `Version 1.0 took effect on ${day(0)}: only a version not yet in effect can be withdrawn. To change the policy, publish a new version`,
    );

    const builtUpon = await withdrawRoute(documentId, '2.0', { reason: 'x' });
    expect(builtUpon.status).toBe(400);
    expect(builtUpon.body.error.message).toBe('Version 2.1 was published after 2.0 and contains its changes: withdraw 2.1 first');

    const noReason = await withdrawRoute(documentId, '2.1', { reason: '  ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.errors[0].path).toEqual(['reason']);
    expect((await withdrawRoute(documentId, '7.0', { reason: 'x' })).status).toBe(404);
    const badNumber = await withdrawRoute(documentId, 'two', { reason: 'x' });
    expect(badNumber.status).toBe(400);
    expect(badNumber.body.error.message).toBe('number must be a version number such as 2.0');

    expect((await withdrawRoute(documentId, '2.1', { reason: 'x' })).status).toBe(200);
    expect((await withdrawRoute(documentId, '2.0', { reason: 'x' })).status).toBe(200);
    const again = await withdrawRoute(documentId, '2.0', { reason: 'x' });
    expect(again.status).toBe(400);
    expect(again.body.error.details.errors[0].rule).toBe('already-withdrawn');
    const rows = await app.strapi.db
      .query(UID.version)
      .findMany({ where: { policyDocumentId: documentId }, select: ['number', 'withdrawalReason'] });
    expect(rows.map((row: any) => [row.number, row.withdrawalReason]).sort()).toEqual([
      ['1.0', null],
      ['2.0', 'x'],
      ['2.1', 'x'],
    ]);
  });

  test('the subscribers who were told get one withdrawal notice each, through the outbox', async () => {
    const { documentId, emails } = await policyWithPendingMajor('Told', { subscribers: 4 });
    const version = await versionRow(documentId, '2.0');
    await waitUntil(async () => (await notification(version.id, 'announcement'))?.status === 'done');
    const announced = sink.messages.filter((message) => emails.includes(message.to) && message.parsed.subject?.includes('version 2.0'));
    expect(announced).toHaveLength(4);

    expect((await withdrawRoute(documentId, '2.0', { reason: 'We found a shorter legal minimum.' })).status).toBe(200);
    await waitUntil(async () => (await notification(version.id, 'withdrawal'))?.status === 'done');
    const withdrawalId = (await notification(version.id, 'withdrawal')).id;
    const notices = () => sink.messages.filter((message) => message.parsed.messageId?.startsWith(`<privacy-policy.${withdrawalId}.`));
    expect(
      notices()
        .map((message) => message.to)
        .sort(),
    ).toEqual([...emails].sort());
    const [notice] = notices();
    expect(notice.parsed.text).toContain('We found a shorter legal minimum.');
    expect(notice.parsed.headerLines.some((header: any) => header.key === 'list-unsubscribe-post')).toBe(true);

    // Running the worker again sends nothing more.
    await app.strapi.plugin('privacy-policy').service('delivery-worker').runOnce();
    expect(notices()).toHaveLength(4);
    const deliveries = await app.strapi.db
      .query(UID.delivery)
      .count({ where: { notificationId: (await notification(version.id, 'withdrawal')).id } });
    expect(deliveries).toBe(4);
  });

  test('announcements not yet sent are dropped, and no one who was not told gets a withdrawal notice', async () => {
    const worker = app.strapi.plugin('privacy-policy').service('delivery-worker');
    await worker.stop();
    try {
      const { documentId, emails } = await policyWithPendingMajor('Untold', { subscribers: 3 });
      const version = await versionRow(documentId, '2.0');
      expect((await notification(version.id, 'announcement')).status).toBe('fanout');
      expect((await withdrawRoute(documentId, '2.0', { reason: 'Changed our mind.' })).status).toBe(200);
      expect((await notification(version.id, 'announcement')).status).toBe('cancelled');
      worker.start();
      await waitUntil(async () => (await notification(version.id, 'withdrawal'))?.status === 'done');
      expect(sink.messages.filter((message) => emails.includes(message.to))).toEqual([]);
      expect(
        await app.strapi.db.query(UID.delivery).count({ where: { notificationId: (await notification(version.id, 'announcement')).id } }),
      ).toBe(0);
    } finally {
      worker.start();
    }
  });

  test('a queued announcement is skipped once its version is withdrawn, with the reason recorded', async () => {
    const worker = app.strapi.plugin('privacy-policy').service('delivery-worker');
    await worker.stop();
    try {
      const { documentId, emails } = await policyWithPendingMajor('Queued', { subscribers: 2 });
      const version = await versionRow(documentId, '2.0');
      const announcement = await notification(version.id, 'announcement');
      // Fan out without sending: the announcement's deliveries wait in the outbox.
      await app.strapi.db.query(UID.notification).update({ where: { id: announcement.id }, data: { status: 'sending' } });
      for (const email of emails) {
        const subscriber = await app.strapi.db.query(UID.subscriber).findOne({ where: { email } });
        await app.strapi.db.query(UID.delivery).create({
          data: {
            kind: 'notification',
            notificationId: announcement.id,
            subscriberId: subscriber.id,
            status: 'pending',
            attempts: 0,
            nextAttemptAt: new Date(),
            createdAt: new Date(),
          },
        });
      }
      expect((await withdrawRoute(documentId, '2.0', { reason: 'Changed our mind.' })).status).toBe(200);
      const rows = await app.strapi.db.query(UID.delivery).findMany({ where: { notificationId: announcement.id } });
      expect(rows.map((row: any) => [row.status, row.lastError])).toEqual([
        ['skipped', 'the version was withdrawn before this email was sent'],
        ['skipped', 'the version was withdrawn before this email was sent'],
      ]);
      worker.start();
      await waitUntil(async () => (await notification(version.id, 'withdrawal'))?.status === 'done');
      expect(sink.messages.filter((message) => emails.includes(message.to))).toEqual([]);
    } finally {
      worker.start();
    }
  });
});

test('a withdrawal fires the privacy-policy.version.withdrawn webhook after the commit', async () => {
  const receiver = await startWebhookReceiver();
  const { url, received } = receiver;
  const webhook = await app.http
    .post('/admin/webhooks')
    .set(auth())
    .send({ name: 'withdrawals', url, headers: {}, events: ['privacy-policy.version.withdrawn'] });
  expect(webhook.status).toBe(201);
  try {
    const { documentId, slug } = await policyWithPendingMajor('Hooked');
    expect((await withdrawRoute(documentId, '2.0', { reason: 'Not yet.' })).status).toBe(200);
    await waitUntil(async () => received.length > 0, 10_000);
    expect(received).toEqual([
      {
        event: 'privacy-policy.version.withdrawn',
        body: expect.objectContaining({
          event: 'privacy-policy.version.withdrawn',
          policy: { documentId, slug, locale: 'en' },
          version: { number: '2.0', effectiveDate: day(35), withdrawnAt: expect.any(String), reason: 'Not yet.' },
        }),
      },
    ]);
  } finally {
    await app.http.delete(`/admin/webhooks/${webhook.body.data.id}`).set(auth());
    await receiver.close();
  }
});
