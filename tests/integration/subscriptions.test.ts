import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, contentManager } from '../helpers/admin-api';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { addSubscribers, deliveryRows, notificationFor, waitUntil } from '../helpers/subscribers';

const SUBSCRIBER = 'plugin::privacy-policy.subscriber';
const UID = {
  section: 'plugin::privacy-policy.policy-section',
  policy: 'plugin::privacy-policy.policy',
  processor: 'plugin::privacy-policy.processor',
};

let app: TestApp;
let sink: SmtpSink;
let token: string;
let cm: ReturnType<typeof contentManager>;
let policy: { id: number; documentId: string };
let section: { id: number; documentId: string };

const day = (offset: number) => new Date(Date.UTC(2031, 0, 1 + offset)).toISOString().slice(0, 10);
const setToday = (offset: number) => {
  app.strapi.plugin('privacy-policy').service('clock').now = () => new Date(`${day(offset)}T12:00:00Z`);
};
const subscribe = (body: object) => app.http.post('/api/privacy-policy/subscriptions').send(body);
const admin = (method: 'get' | 'post' | 'delete', path: string) =>
  app.http[method](`/privacy-policy${path}`).set('Authorization', `Bearer ${token}`);
/** A header as sent, unfolded, without its name. */
const rawHeader = (message: { parsed: any }, key: string) =>
  (message.parsed.headerLines.find((header: any) => header.key === key)?.line ?? '').replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, ' ');
const unsubscribeUrlOf = (message: { parsed: any }) => new URL(/<(https?:[^>]+)>/.exec(rawHeader(message, 'list-unsubscribe'))![1]);
const linkIn = (text: string, path: string) => {
  const match = new RegExp(`https?://[^\\s>"]+${path.replace(/[?]/g, '\\?')}[^\\s>"]+`).exec(text);
  if (!match) throw new Error(`no ${path} link in:\n${text}`);
  return new URL(match[0].replace(/&amp;/g, '&'));
};
const publish = (body: object) =>
  app.http.post(`/privacy-policy/policies/${policy.documentId}/versions`).set('Authorization', `Bearer ${token}`).send(body);
let edits = 0;
const editSection = async (fields: object = {}) => {
  edits += 1;
  await cm.update(UID.section, section.documentId, { body: `Revision ${edits} of the text.`, ...fields });
};

beforeAll(async () => {
  sink = await startSmtpSink();
  app = await startStrapi({
    env: {
      SMTP_PORT: String(sink.port),
      SMTP_POOL: 'false',
      PUBLIC_URL: 'https://policies.example.test',
      PRIVACY_POLICY_POLL_MS: '100',
      PRIVACY_POLICY_MESSAGES_PER_SECOND: '1000',
      PRIVACY_POLICY_RETRY_BASE_SECONDS: '0.1',
      PRIVACY_POLICY_MAX_ATTEMPTS: '8',
      PRIVACY_POLICY_RATE_PER_IP: '1000',
      PRIVACY_POLICY_RECORD_IP: 'true',
    },
  });
  token = await adminToken(app);
  cm = contentManager(app, token);
  setToday(0);
  section = (
    await cm.create(UID.section, { title: 'Contact', category: 'collection', body: 'First text.', dataCollected: ['email address'] })
  ).body.data;
  policy = (
    await cm.create(UID.policy, {
      title: 'Shop Privacy Policy',
      slug: 'shop-privacy',
      sections: { connect: [{ id: section.id, documentId: section.documentId }] },
    })
  ).body.data;
  expect((await publish({ changeType: 'major', effectiveDate: day(0), changeSummary: 'First version' })).status).toBe(201);
});
afterAll(async () => {
  await app?.stop();
  await sink?.close();
});

describe('double opt-in', () => {
  test('subscribing sends a confirmation email whose link confirms, once', async () => {
    const res = await subscribe({ email: '  Alice@Example.TEST ', policy: 'shop-privacy', locale: 'en' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({
      data: { message: 'If this address can be subscribed, a confirmation email is on its way. Follow its link to confirm.' },
    });
    await sink.waitFor(() => sink.to('alice@example.test').length === 1);
    const [email] = sink.to('alice@example.test');
    expect(email.parsed.subject).toBe('Confirm your subscription to updates of our Shop Privacy Policy');
    const link = linkIn(email.parsed.text!, '/api/privacy-policy/subscriptions/confirm?token=');
    expect(link.origin).toBe('https://policies.example.test');
    expect(email.parsed.html).toContain(`href="${link.href.replace(/&/g, '&amp;')}"`);

    const stored = await app.strapi.db.query(SUBSCRIBER).findOne({ where: { email: 'alice@example.test' } });
    expect(stored).toMatchObject({ status: 'pending', scope: 'shop-privacy', locale: 'en' });
    expect(stored.consent).toMatchObject({ scope: 'shop-privacy', policyVersions: { 'shop-privacy': '1.0' }, ip: expect.any(String) });
    expect(stored.consent.userAgent).toBeUndefined();
    const rawToken = link.searchParams.get('token')!;
    expect(rawToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(stored)).not.toContain(rawToken);

    const confirmed = await app.http.get(`${link.pathname}${link.search}`).set('Accept', 'text/html');
    expect(confirmed.status).toBe(200);
    expect(confirmed.headers['content-type']).toMatch(/text\/html/);
    expect(confirmed.text).toContain('your subscription is confirmed');
    expect(await app.strapi.db.query(SUBSCRIBER).findOne({ where: { email: 'alice@example.test' } })).toMatchObject({
      status: 'confirmed',
    });

    const reused = await app.http.get(`${link.pathname}${link.search}`).set('Accept', 'application/json');
    expect(reused.status).toBe(400);
    expect(reused.body.error.message).toMatch(/This confirmation link is not valid/);
  });

  test('a forged or expired token changes nothing', async () => {
    const forged = await app.http.get(`/api/privacy-policy/subscriptions/confirm?token=${'A'.repeat(43)}`).set('Accept', 'text/html');
    expect(forged.status).toBe(400);
    expect(forged.text).toContain('This confirmation link is not valid');
    expect((await app.http.get('/api/privacy-policy/subscriptions/confirm?token=short').set('Accept', 'application/json')).status).toBe(
      400,
    );

    await subscribe({ email: 'late@example.test' });
    await sink.waitFor(() => sink.to('late@example.test').length === 1);
    const link = linkIn(sink.to('late@example.test')[0].parsed.text!, '/api/privacy-policy/subscriptions/confirm?token=');
    await app.strapi.db
      .query(SUBSCRIBER)
      .update({ where: { email: 'late@example.test' }, data: { confirmTokenExpiresAt: new Date(Date.now() - 1000) } });
    const expired = await app.http.get(`${link.pathname}${link.search}`).set('Accept', 'application/json');
    expect(expired.status).toBe(400);
    expect(expired.body.error.message).toBe('This confirmation link has expired. Subscribe again to get a new one.');
    expect(await app.strapi.db.query(SUBSCRIBER).findOne({ where: { email: 'late@example.test' } })).toMatchObject({ status: 'pending' });
  });

  test('the answer is the same whether the address is new, pending, confirmed or unsubscribed', async () => {
    await addSubscribers(app, 1, { status: 'unsubscribed', prefix: 'gone' });
    const answers = [];
    for (const email of ['brand-new@example.test', 'late@example.test', 'alice@example.test', 'gone-0@example.test']) {
      const res = await subscribe({ email, policy: email === 'alice@example.test' ? 'shop-privacy' : undefined });
      answers.push({ status: res.status, body: res.body });
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0].status).toBe(202);
  });

  test('bad input is a 400 naming the field', async () => {
    expect((await subscribe({ email: 'not-an-address' })).body.error.message).toBe('email is not a valid email address');
    expect((await subscribe({})).body.error.message).toBe('email is required');
    const unknownPolicy = await subscribe({ email: 'x@example.test', policy: 'no-such-policy' });
    expect(unknownPolicy.status).toBe(400);
    expect(unknownPolicy.body.error.message).toBe('policy "no-such-policy" is not a published policy');
    expect((await subscribe({ email: 'x@example.test', admin: true })).body.error.message).toBe('unknown field: admin');
  });

  test("emails use the subscriber's locale, and templates and strings can be replaced by config", async () => {
    await subscribe({ email: 'claire@example.test', locale: 'fr' });
    await sink.waitFor(() => sink.to('claire@example.test').length === 1);
    expect(sink.to('claire@example.test')[0].parsed.subject).toBe(
      'Confirmez votre abonnement aux mises à jour de nos politiques de confidentialité',
    );
    // A subscription to every policy (scope "*") reads as one, not as "whenever our privacy policies changes".
    expect(sink.to('claire@example.test')[0].parsed.text).toContain(
      'Quelqu’un, sans doute vous, a demandé à recevoir un e-mail à chaque changement important de l’une de nos politiques de confidentialité.',
    );
    await sink.waitFor(() => sink.to('late@example.test').length >= 1);
    expect(sink.to('late@example.test')[0].parsed.text).toContain(
      'asked to receive an email whenever one of our privacy policies changes in a major way.',
    );

    app.strapi.config.set('plugin::privacy-policy.email.templates', {
      confirmation: { subject: '[{{policyTitle}}] {{strings.confirmationAction}}' },
    });
    app.strapi.config.set('plugin::privacy-policy.email.strings', { en: { confirmationAction: 'Yes, keep me posted' } });
    try {
      await subscribe({ email: 'dan@example.test', policy: 'shop-privacy' });
      await sink.waitFor(() => sink.to('dan@example.test').length === 1);
      const [email] = sink.to('dan@example.test');
      expect(email.parsed.subject).toBe('[Shop Privacy Policy] Yes, keep me posted');
      expect(email.parsed.text).toContain('Yes, keep me posted: https://policies.example.test/');
    } finally {
      app.strapi.config.set('plugin::privacy-policy.email.templates', {});
      app.strapi.config.set('plugin::privacy-policy.email.strings', {});
    }
  });

  test('requests past the per-address and per-IP limits get 429', async () => {
    const limiter = app.strapi.plugin('privacy-policy').service('rate-limiter');
    limiter.reset();
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt += 1) statuses.push((await subscribe({ email: 'eager@example.test' })).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
    const limited = await subscribe({ email: 'eager@example.test' });
    expect(limited.body.error).toMatchObject({
      status: 429,
      message: 'Too many subscription requests. Please wait a while and try again.',
    });

    app.strapi.config.set('plugin::privacy-policy.subscriptions.rateLimit.perIp.max', 2);
    limiter.reset();
    try {
      const perIp = [];
      for (let index = 0; index < 3; index += 1) perIp.push((await subscribe({ email: `ip-${index}@example.test` })).status);
      expect(perIp).toEqual([202, 202, 429]);
    } finally {
      app.strapi.config.set('plugin::privacy-policy.subscriptions.rateLimit.perIp.max', 1000);
      limiter.reset();
    }
  });
});

describe('change notifications', () => {
  let confirmed: string[];

  test('a minor publish sends nothing', async () => {
    confirmed = [...(await addSubscribers(app, 40, { prefix: 'reader' })), 'alice@example.test'];
    await addSubscribers(app, 5, { status: 'pending', prefix: 'undecided' });
    await addSubscribers(app, 5, { status: 'unsubscribed', prefix: 'former' });
    await addSubscribers(app, 5, { scope: 'another-policy', prefix: 'elsewhere' });
    const notices = () => sink.messages.filter((message) => message.parsed.subject?.includes(': version '));
    await editSection();
    expect((await publish({ changeType: 'minor', effectiveDate: day(0) })).body.data.version.number).toBe('1.1');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(notices()).toHaveLength(0);
    expect(await notificationFor(app, '1.1')).toBeNull();
  });

  test('a major publish only enqueues, then reaches every confirmed subscriber exactly once', async () => {
    const before = sink.messages.length;
    await editSection({ dataCollected: ['email address', 'phone number'] });
    const res = await publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'We now also keep your phone number.' });
    expect(res.status).toBe(201);
    const notification = await notificationFor(app, '2.0');
    expect(notification).toMatchObject({ previousNumber: '1.1', policySlug: 'shop-privacy' });

    await waitUntil(async () => (await admin('get', `/notifications/${notification.id}`)).body.data.status === 'done');
    const progress = (await admin('get', `/notifications/${notification.id}`)).body.data;
    expect(progress.counts).toMatchObject({ sent: confirmed.length, pending: 0, sending: 0, failed: 0, total: confirmed.length });

    const received = sink.messages
      .slice(before)
      .filter((message) => message.parsed.subject?.startsWith('Our Shop Privacy Policy is changing: version 2.0'));
    expect(received.map((message) => message.to).sort()).toEqual([...confirmed].sort());
    for (const prefix of ['undecided', 'former', 'elsewhere'])
      expect(received.some((message) => message.to.startsWith(prefix))).toBe(false);

    const [sample] = received;
    // The fixture's policy names no controller: the sentences speak for "us" and still read well.
    expect(sample.parsed.subject).toBe('Our Shop Privacy Policy is changing: version 2.0 takes effect on 31 January 2031');
    expect(sample.parsed.text).toContain('We are changing our Shop Privacy Policy. Version 2.0 takes effect on 31 January 2031.');
    expect(sample.parsed.text).toContain('In short: We now also keep your phone number.');
    expect(sample.parsed.text).toContain('- "Contact" collects more data: phone number');
    // The links open pages a reader can read: the printable policy and redline, not the bare HTML fragments.
    const policyLink = linkIn(sample.parsed.text!, '/api/privacy-policy/policies/shop-privacy?');
    const redlineLink = linkIn(sample.parsed.text!, '/api/privacy-policy/policies/shop-privacy/diff?');
    expect(policyLink.href).toBe(
      'https://policies.example.test/api/privacy-policy/policies/shop-privacy?format=printable&version=2.0&locale=en',
    );
    expect(redlineLink.href).toBe(
      'https://policies.example.test/api/privacy-policy/policies/shop-privacy/diff?from=1.1&to=2.0&format=printable&locale=en',
    );
    for (const link of [policyLink, redlineLink]) {
      expect(sample.parsed.html).toContain(`<a href="${link.href.replace(/&/g, '&amp;')}">`);
      const page = await app.http.get(`${link.pathname}${link.search}`);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.text).toMatch(/^<!doctype html>\n<html lang="en">\n<head>/);
    }
    expect(sample.parsed.text).not.toContain('<http');
    expect(sample.parsed.html).toContain('<li>&quot;Contact&quot; collects more data: phone number</li>');
    expect(sample.parsed.messageId).toMatch(/^<privacy-policy\.\d+\.\d+@/);
    const listUnsubscribe = rawHeader(sample, 'list-unsubscribe');
    expect(listUnsubscribe).toMatch(
      /^<https:\/\/policies\.example\.test\/api\/privacy-policy\/subscriptions\/unsubscribe\?token=\d+\.[A-Za-z0-9_-]{43}>, <mailto:[^>]+>$/,
    );
    expect(rawHeader(sample, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

    const rows = await deliveryRows(app, notification.id);
    expect(rows).toHaveLength(confirmed.length);
    expect(rows.every((row: any) => row.status === 'sent' && row.sentAt && row.messageId && row.attempts === 1)).toBe(true);
  });

  test('one-click unsubscribe from the email works, and GET only shows a confirmation page', async () => {
    const [message] = sink.to('reader-0@example.test').filter((entry) => entry.parsed.subject?.includes('2.0'));
    const url = unsubscribeUrlOf(message);
    const page = await app.http.get(`${url.pathname}${url.search}`).set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<form method="post"');
    expect(await app.strapi.db.query(SUBSCRIBER).findOne({ where: { email: 'reader-0@example.test' } })).toMatchObject({
      status: 'confirmed',
    });
    const oneClick = await app.http.post(`${url.pathname}${url.search}`).type('form').send('List-Unsubscribe=One-Click');
    expect(oneClick.status).toBe(200);
    expect(await app.strapi.db.query(SUBSCRIBER).findOne({ where: { email: 'reader-0@example.test' } })).toMatchObject({
      status: 'unsubscribed',
    });
    const forged = await app.http
      .post(url.pathname + url.search.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))
      .set('Accept', 'application/json');
    expect(forged.status).toBe(400);
    expect(forged.body.error.message).toMatch(/This unsubscribe link is not valid/);
  });

  test('unsubscribing mid-run stops that address', async () => {
    sink.behaviour.delayMs = 40;
    app.strapi.config.set('plugin::privacy-policy.delivery.concurrency', 1);
    try {
      await editSection({ dataCollected: ['email address', 'phone number', 'postal address'] });
      expect(
        (await publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'We also keep your postal address.' })).status,
      ).toBe(201);
      const notification = await notificationFor(app, '3.0');
      await waitUntil(async () => (await admin('get', `/notifications/${notification.id}`)).body.data.counts.sent >= 3, 30_000);
      const late = 'reader-39@example.test';
      const [old] = sink.to(late);
      const url = unsubscribeUrlOf(old);
      expect((await app.http.post(`${url.pathname}${url.search}`).send({})).status).toBe(200);
      await waitUntil(async () => (await admin('get', `/notifications/${notification.id}`)).body.data.status === 'done', 60_000);
      expect(sink.to(late).filter((message) => message.parsed.subject?.includes('version 3.0'))).toHaveLength(0);
      const counts = (await admin('get', `/notifications/${notification.id}`)).body.data.counts;
      expect(counts.skipped).toBe(1);
      expect(counts.sent).toBe(confirmed.length - 2);
    } finally {
      sink.behaviour.delayMs = 0;
      app.strapi.config.set('plugin::privacy-policy.delivery.concurrency', 5);
    }
  });

  test('the worker keeps to the configured rate (messages per second)', async () => {
    app.strapi.config.set('plugin::privacy-policy.delivery.messagesPerSecond', 10);
    try {
      await editSection({ dataCollected: ['email address', 'phone number', 'postal address', 'IP address'] });
      expect((await publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'We log your IP address.' })).status).toBe(201);
      const notification = await notificationFor(app, '4.0');
      await waitUntil(async () => (await admin('get', `/notifications/${notification.id}`)).body.data.status === 'done', 60_000);
      const sentTimes = (await deliveryRows(app, notification.id)).map((row: any) => new Date(row.sentAt).getTime()).sort();
      expect(sentTimes).toHaveLength(confirmed.length - 2);
      // A bucket of 10 tokens refilling at 10/s: 39 messages cannot take less than about 2.9 s.
      expect(sentTimes[sentTimes.length - 1] - sentTimes[0]).toBeGreaterThanOrEqual(2_500);
    } finally {
      app.strapi.config.set('plugin::privacy-policy.delivery.messagesPerSecond', 1000);
    }
  });

  test('transient refusals (421) are retried until every message is delivered', async () => {
    sink.behaviour.refuseNext = 25;
    sink.behaviour.refuseCode = 421;
    await editSection({ dataCollected: ['email address', 'phone number', 'postal address', 'date of birth'] });
    expect(
      (await publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'We also ask for your date of birth.' })).status,
    ).toBe(201);
    const notification = await notificationFor(app, '5.0');
    await waitUntil(async () => (await admin('get', `/notifications/${notification.id}`)).body.data.status === 'done', 60_000);
    expect(sink.behaviour.refuseNext).toBe(0);
    const rows = await deliveryRows(app, notification.id);
    expect(rows.filter((row: any) => row.status === 'sent')).toHaveLength(confirmed.length - 2);
    expect(rows.some((row: any) => row.attempts > 1)).toBe(true);
    const recipients = sink.messages.filter((message) => message.parsed.subject?.includes('version 5.0')).map((message) => message.to);
    expect(new Set(recipients).size).toBe(recipients.length);
  });

  test('permanent refusals (550) are marked failed at once, and retry-failed requeues them', async () => {
    sink.behaviour.rejectRecipients.add('reader-5@example.test');
    try {
      await editSection({ dataCollected: ['email address'] });
      await cm.create(UID.processor, { name: 'Mailer', category: 'email', storageCountries: ['GB'] });
      expect((await publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'We collect less.' })).status).toBe(201);
      const notification = await notificationFor(app, '6.0');
      await waitUntil(async () => (await admin('get', `/notifications/${notification.id}`)).body.data.status === 'done', 60_000);
      const failed = (await deliveryRows(app, notification.id)).filter((row: any) => row.status === 'failed');
      expect(failed).toHaveLength(1);
      expect(failed[0].attempts).toBe(1);
      expect(failed[0].lastError).toMatch(/550/);
      sink.behaviour.rejectRecipients.clear();
      const retried = await admin('post', `/notifications/${notification.id}/retry-failed`);
      expect(retried.body.data.retried).toBe(1);
      await waitUntil(
        async () => (await admin('get', `/notifications/${notification.id}`)).body.data.counts.sent === confirmed.length - 2,
        30_000,
      );
      expect(sink.to('reader-5@example.test').filter((message) => message.parsed.subject?.includes('version 6.0'))).toHaveLength(1);
    } finally {
      sink.behaviour.rejectRecipients.clear();
    }
  });
});

describe('privacy and the admin', () => {
  test('the public API never returns subscribers or deliveries', async () => {
    for (const path of [
      '/api/privacy-policy/subscribers',
      '/api/privacy-policy/subscriptions',
      '/api/subscribers',
      '/api/privacy-policy/deliveries',
      '/api/privacy-policy/notifications',
    ]) {
      const res = await app.http.get(path);
      expect([404, 405]).toContain(res.status);
      expect(res.text).not.toContain('@example.test');
    }
    for (const path of ['/privacy-policy/subscribers', '/privacy-policy/subscribers/export', '/privacy-policy/notifications']) {
      expect((await app.http.get(path)).status).toBe(401);
    }
    const permissions = await app.http.get('/users-permissions/permissions').set('Authorization', `Bearer ${token}`);
    const actions = JSON.stringify(permissions.body);
    expect(actions).not.toMatch(/subscriber|deliver|notification/i);
  });

  test('GraphQL has no type or field for subscribers, notifications or deliveries', async () => {
    const schema = await app.http.post('/graphql').send({ query: '{ __schema { types { name } queryType { fields { name } } } }' });
    expect(schema.status).toBe(200);
    const names = [
      ...schema.body.data.__schema.types.map((type: any) => type.name),
      ...schema.body.data.__schema.queryType.fields.map((field: any) => field.name),
    ];
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => /subscriber|deliver|notification/i.test(name))).toEqual([]);
    const asking = await app.http.post('/graphql').send({ query: '{ subscribers { email } }' });
    expect(asking.body.errors[0].message).toBe('Cannot query field "subscribers" on type "Query".');
    expect(JSON.stringify(asking.body)).not.toContain('@example.test');
  });

  test('admins list, search, filter, export and erase subscribers, and see the consent record', async () => {
    const list = await admin('get', '/subscribers?q=READER-1&status=confirmed&pageSize=5');
    expect(list.status).toBe(200);
    expect(list.body.data.every((row: any) => row.email.includes('reader-1') && row.status === 'confirmed')).toBe(true);
    expect(list.body.meta.counts).toMatchObject({
      confirmed: expect.any(Number),
      pending: expect.any(Number),
      unsubscribed: expect.any(Number),
    });
    expect(list.body.meta.pagination.total).toBe(11);

    const alice = (await admin('get', '/subscribers?q=alice')).body.data[0];
    const detail = await admin('get', `/subscribers/${alice.id}`);
    expect(detail.body.data.consent).toMatchObject({ scope: 'shop-privacy', policyVersions: { 'shop-privacy': '1.0' } });
    expect(detail.body.data.deliveries.length).toBeGreaterThan(0);

    const csv = await admin('get', '/subscribers/export?status=confirmed');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('id,email,scope,status,locale,createdAt,confirmedAt,unsubscribedAt,consent');
    expect(lines.some((line) => line.includes('"alice@example.test"'))).toBe(true);
    expect(lines.slice(1).every((line) => line.includes('"confirmed"'))).toBe(true);

    const erased = await admin('delete', `/subscribers/${alice.id}`);
    expect(erased.body.data).toMatchObject({ erased: true, deliveriesDeleted: expect.any(Number) });
    expect(erased.body.data.deliveriesDeleted).toBeGreaterThan(0);
    expect(await app.strapi.db.query(SUBSCRIBER).findOne({ where: { id: alice.id } })).toBeNull();
    expect(await app.strapi.db.query('plugin::privacy-policy.delivery').count({ where: { subscriberId: alice.id } })).toBe(0);
  });
});
