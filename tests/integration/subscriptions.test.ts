import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, contentManager } from '../helpers/admin-api';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { addSubscribers, deliveryRows, notificationFor, waitUntil } from '../helpers/subscribers';
import { clockOf, connect, UID } from '../helpers/policy-fixture';

let app: TestApp;
let sink: SmtpSink;
let token: string;
let cm: ReturnType<typeof contentManager>;

const { day, setToday } = clockOf(() => app, '2031-01-01');
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
const notificationDone = (notification: { id: number }, timeoutMs?: number) =>
  waitUntil(async () => (await admin('get', `/notifications/${notification.id}`)).body.data.status === 'done', timeoutMs);

/**
 * A policy of its own for one test, with one "Contact" section, 1.0 published and in force from day 0 (the
 * clock is set there). `edit` rewords the section (with `fields` on top) so that the next publish records.
 */
const shopPolicy = async (title: string, slug: string) => {
  setToday(0);
  const section = (
    await cm.create(UID.section, { title: 'Contact', category: 'collection', body: 'First text.', dataCollected: ['email address'] })
  ).body.data;
  const policy = (await cm.create(UID.policy, { title, slug, sections: connect(section) })).body.data;
  expect(policy.slug).toBe(slug);
  const publish = (body: object) =>
    app.http.post(`/privacy-policy/policies/${policy.documentId}/versions`).set('Authorization', `Bearer ${token}`).send(body);
  expect((await publish({ changeType: 'major', effectiveDate: day(0), changeSummary: 'First version' })).status).toBe(201);
  let edits = 0;
  return {
    slug,
    publish,
    edit: async (fields: object = {}) => {
      edits += 1;
      await cm.update(UID.section, section.documentId, { body: `Revision ${edits} of the text.`, ...fields });
    },
    notification: (versionNumber: string) => notificationFor(app, versionNumber, slug),
  };
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
});
afterAll(async () => {
  await app?.stop();
  await sink?.close();
});

describe('double opt-in', () => {
  test('subscribing sends a confirmation email whose link confirms, once', async () => {
    const { slug } = await shopPolicy('Opt-in Privacy Policy', 'opt-in');
    const res = await subscribe({ email: '  Alice@Example.TEST ', policy: slug, locale: 'en' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({
      data: { message: 'If this address can be subscribed, a confirmation email is on its way. Follow its link to confirm.' },
    });
    await sink.waitFor(() => sink.to('alice@example.test').length === 1);
    const [email] = sink.to('alice@example.test');
    expect(email.parsed.subject).toBe('Confirm your subscription to updates of our Opt-in Privacy Policy');
    const link = linkIn(email.parsed.text!, '/api/privacy-policy/subscriptions/confirm?token=');
    expect(link.origin).toBe('https://policies.example.test');
    expect(email.parsed.html).toContain(`href="${link.href.replace(/&/g, '&amp;')}"`);

    const stored = await app.strapi.db.query(UID.subscriber).findOne({ where: { email: 'alice@example.test' } });
    expect(stored).toMatchObject({ status: 'pending', scope: slug, locale: 'en' });
    expect(stored.consent).toMatchObject({ scope: slug, policyVersions: { [slug]: '1.0' }, ip: expect.any(String) });
    expect(stored.consent.userAgent).toBeUndefined();
    const rawToken = link.searchParams.get('token')!;
    expect(rawToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(stored)).not.toContain(rawToken);

    const confirmed = await app.http.get(`${link.pathname}${link.search}`).set('Accept', 'text/html');
    expect(confirmed.status).toBe(200);
    expect(confirmed.headers['content-type']).toMatch(/text\/html/);
    expect(confirmed.text).toContain('your subscription is confirmed');
    expect(await app.strapi.db.query(UID.subscriber).findOne({ where: { email: 'alice@example.test' } })).toMatchObject({
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
      .query(UID.subscriber)
      .update({ where: { email: 'late@example.test' }, data: { confirmTokenExpiresAt: new Date(Date.now() - 1000) } });
    const expired = await app.http.get(`${link.pathname}${link.search}`).set('Accept', 'application/json');
    expect(expired.status).toBe(400);
    expect(expired.body.error.message).toBe('This confirmation link has expired. Subscribe again to get a new one.');
    expect(await app.strapi.db.query(UID.subscriber).findOne({ where: { email: 'late@example.test' } })).toMatchObject({
      status: 'pending',
    });
  });

  test('the answer is the same whether the address is new, pending, confirmed or unsubscribed', async () => {
    const { slug } = await shopPolicy('Same Answer Privacy Policy', 'same-answer');
    const [pending] = await addSubscribers(app, 1, { status: 'pending', scope: slug, prefix: 'same-pending' });
    const [confirmed] = await addSubscribers(app, 1, { status: 'confirmed', scope: slug, prefix: 'same-confirmed' });
    const [gone] = await addSubscribers(app, 1, { status: 'unsubscribed', scope: slug, prefix: 'same-gone' });
    const answers = [];
    for (const email of ['same-new@example.test', pending, confirmed, gone]) {
      const res = await subscribe({ email, policy: slug });
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
    const { slug } = await shopPolicy('Template Privacy Policy', 'templated');
    await subscribe({ email: 'claire@example.test', locale: 'fr' });
    await sink.waitFor(() => sink.to('claire@example.test').length === 1);
    expect(sink.to('claire@example.test')[0].parsed.subject).toBe(
      'Confirmez votre abonnement aux mises à jour de nos politiques de confidentialité',
    );
    // A subscription to every policy (scope "*") reads as one, not as "whenever our privacy policies changes".
    expect(sink.to('claire@example.test')[0].parsed.text).toContain(
      'Quelqu’un, sans doute vous, a demandé à recevoir un e-mail à chaque changement important de l’une de nos politiques de confidentialité.',
    );
    await subscribe({ email: 'no-locale@example.test' });
    await sink.waitFor(() => sink.to('no-locale@example.test').length === 1);
    expect(sink.to('no-locale@example.test')[0].parsed.text).toContain(
      'asked to receive an email whenever one of our privacy policies changes in a major way.',
    );

    app.strapi.config.set('plugin::privacy-policy.email.templates', {
      confirmation: { subject: '[{{policyTitle}}] {{strings.confirmationAction}}' },
    });
    app.strapi.config.set('plugin::privacy-policy.email.strings', { en: { confirmationAction: 'Yes, keep me posted' } });
    try {
      await subscribe({ email: 'dan@example.test', policy: slug });
      await sink.waitFor(() => sink.to('dan@example.test').length === 1);
      const [email] = sink.to('dan@example.test');
      expect(email.parsed.subject).toBe('[Template Privacy Policy] Yes, keep me posted');
      expect(email.parsed.text).toContain('Yes, keep me posted: https://policies.example.test/');
    } finally {
      app.strapi.config.set('plugin::privacy-policy.email.templates', {});
      app.strapi.config.set('plugin::privacy-policy.email.strings', {});
    }
  });

  test('requests past the per-address and per-IP limits get 429', async () => {
    const limiter = app.strapi.plugin('privacy-policy').service('rate-limiter');
    await limiter.reset();
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt += 1) statuses.push((await subscribe({ email: 'eager@example.test' })).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
    const counters = await app.strapi.db.connection('privacy_policy_rate_limits').select('key');
    expect(counters.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(counters)).not.toMatch(/eager|example\.test|127\.0\.0\.1|::1|unknown/);
    const limited = await subscribe({ email: 'eager@example.test' });
    expect(limited.body.error).toMatchObject({
      status: 429,
      message: 'Too many subscription requests. Please wait a while and try again.',
    });

    app.strapi.config.set('plugin::privacy-policy.subscriptions.rateLimit.perIp.max', 2);
    await limiter.reset();
    try {
      const perIp = [];
      for (let index = 0; index < 3; index += 1) perIp.push((await subscribe({ email: `ip-${index}@example.test` })).status);
      expect(perIp).toEqual([202, 202, 429]);
    } finally {
      app.strapi.config.set('plugin::privacy-policy.subscriptions.rateLimit.perIp.max', 1000);
      await limiter.reset();
    }
  });

  test('counters whose window ended over an hour ago are pruned; live ones stay', async () => {
    const limiter = app.strapi.plugin('privacy-policy').service('rate-limiter');
    await limiter.reset();
    expect((await subscribe({ email: 'prune@example.test' })).status).toBe(202);
    const table = () => app.strapi.db.connection('privacy_policy_rate_limits');
    const live = await table().select('key');
    expect(live.length).toBeGreaterThanOrEqual(2);
    expect(await limiter.prune()).toBe(0);
    expect(await table().select('key')).toHaveLength(live.length);

    await table().update({ expire: Date.now() - 2 * 60 * 60 * 1000 });
    expect(await limiter.prune()).toBe(live.length);
    expect(await table().select('key')).toHaveLength(0);
  });
});

describe('change notifications', () => {
  test('a minor publish sends nothing', async () => {
    const shop = await shopPolicy('Minor Privacy Policy', 'minor-only');
    const readers = await addSubscribers(app, 5, { scope: shop.slug, prefix: 'minor-reader' });
    const before = sink.messages.length;
    await shop.edit();
    expect((await shop.publish({ changeType: 'minor', effectiveDate: day(0) })).body.data.version.number).toBe('1.1');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(sink.messages.slice(before).filter((message) => message.parsed.subject?.includes(': version '))).toHaveLength(0);
    expect(await shop.notification('1.1')).toBeNull();

    // Positive control: the same readers do get a major change of the same policy.
    await shop.edit({ dataCollected: ['email address', 'phone number'] });
    expect((await shop.publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'Phone numbers too.' })).status).toBe(201);
    await notificationDone(await shop.notification('2.0'));
    const told = sink.messages.slice(before).filter((message) => message.parsed.subject?.includes(': version '));
    expect(told.map((message) => [message.to, message.parsed.subject?.includes('version 2.0')]).sort()).toEqual(
      readers.map((email) => [email, true]).sort(),
    );
  });

  test('a major publish only enqueues, then reaches every confirmed subscriber exactly once', async () => {
    const shop = await shopPolicy('Shop Privacy Policy', 'shop-privacy');
    // Subscribers to every policy get it too; they are unsubscribed afterwards, so that no other test's publish reaches them.
    const everyPolicy = await addSubscribers(app, 3, { prefix: 'every-policy' });
    try {
      const confirmed = [...(await addSubscribers(app, 40, { scope: shop.slug, prefix: 'fan-out' })), ...everyPolicy];
      await addSubscribers(app, 5, { status: 'pending', scope: shop.slug, prefix: 'undecided' });
      await addSubscribers(app, 5, { status: 'unsubscribed', scope: shop.slug, prefix: 'former' });
      await addSubscribers(app, 5, { scope: 'another-policy', prefix: 'elsewhere' });
      await shop.edit();
      expect((await shop.publish({ changeType: 'minor', effectiveDate: day(0) })).body.data.version.number).toBe('1.1');

      const before = sink.messages.length;
      await shop.edit({ dataCollected: ['email address', 'phone number'] });
      const res = await shop.publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'We now also keep your phone number.' });
      expect(res.status).toBe(201);
      const notification = await shop.notification('2.0');
      expect(notification).toMatchObject({ previousNumber: '1.1', policySlug: 'shop-privacy' });

      await notificationDone(notification);
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
    } finally {
      await app.strapi.db.query(UID.subscriber).updateMany({ where: { email: { $in: everyPolicy } }, data: { status: 'unsubscribed' } });
    }
  });

  test('one-click unsubscribe from the email works, and GET only shows a confirmation page', async () => {
    const shop = await shopPolicy('One-click Privacy Policy', 'one-click');
    const [reader] = await addSubscribers(app, 1, { scope: shop.slug, prefix: 'one-click' });
    await shop.edit({ dataCollected: ['email address', 'phone number'] });
    expect((await shop.publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'Phone numbers too.' })).status).toBe(201);
    await notificationDone(await shop.notification('2.0'));
    const [message] = sink.to(reader).filter((entry) => entry.parsed.subject?.includes('2.0'));
    const url = unsubscribeUrlOf(message);
    const page = await app.http.get(`${url.pathname}${url.search}`).set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<form method="post"');
    expect(await app.strapi.db.query(UID.subscriber).findOne({ where: { email: reader } })).toMatchObject({
      status: 'confirmed',
    });
    const oneClick = await app.http.post(`${url.pathname}${url.search}`).type('form').send('List-Unsubscribe=One-Click');
    expect(oneClick.status).toBe(200);
    expect(await app.strapi.db.query(UID.subscriber).findOne({ where: { email: reader } })).toMatchObject({
      status: 'unsubscribed',
    });
    const forged = await app.http
      .post(url.pathname + url.search.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))
      .set('Accept', 'application/json');
    expect(forged.status).toBe(400);
    expect(forged.body.error.message).toMatch(/This unsubscribe link is not valid/);
  });

  test('unsubscribing mid-run stops that address', async () => {
    const shop = await shopPolicy('Mid-run Privacy Policy', 'mid-run');
    const readers = await addSubscribers(app, 40, { scope: shop.slug, prefix: 'mid-run' });
    // A first major change, whose emails carry the unsubscribe links used below.
    await shop.edit({ dataCollected: ['email address', 'phone number'] });
    expect((await shop.publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'Phone numbers too.' })).status).toBe(201);
    await notificationDone(await shop.notification('2.0'));
    sink.behaviour.delayMs = 40;
    app.strapi.config.set('plugin::privacy-policy.delivery.concurrency', 1);
    try {
      await shop.edit({ dataCollected: ['email address', 'phone number', 'postal address'] });
      expect(
        (await shop.publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'We also keep your postal address.' })).status,
      ).toBe(201);
      const notification = await shop.notification('3.0');
      await waitUntil(async () => (await admin('get', `/notifications/${notification.id}`)).body.data.counts.sent >= 3, 30_000);
      const late = readers[39];
      const [old] = sink.to(late);
      expect(old.parsed.subject).toContain('version 2.0');
      const url = unsubscribeUrlOf(old);
      expect((await app.http.post(`${url.pathname}${url.search}`).send({})).status).toBe(200);
      await notificationDone(notification, 60_000);
      expect(sink.to(late).filter((message) => message.parsed.subject?.includes('version 3.0'))).toHaveLength(0);
      const counts = (await admin('get', `/notifications/${notification.id}`)).body.data.counts;
      expect(counts.skipped).toBe(1);
      expect(counts.sent).toBe(readers.length - 1);
    } finally {
      sink.behaviour.delayMs = 0;
      app.strapi.config.set('plugin::privacy-policy.delivery.concurrency', 5);
    }
  });

  test('the worker keeps to the configured rate (messages per second)', async () => {
    const shop = await shopPolicy('Rate Privacy Policy', 'rate');
    const readers = await addSubscribers(app, 39, { scope: shop.slug, prefix: 'rate' });
    app.strapi.config.set('plugin::privacy-policy.delivery.messagesPerSecond', 10);
    try {
      await shop.edit({ dataCollected: ['email address', 'phone number', 'postal address', 'IP address'] });
      expect((await shop.publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'We log your IP address.' })).status).toBe(
        201,
      );
      const notification = await shop.notification('2.0');
      await notificationDone(notification, 60_000);
      const sentTimes = (await deliveryRows(app, notification.id)).map((row: any) => new Date(row.sentAt).getTime()).sort();
      expect(sentTimes).toHaveLength(readers.length);
      // A bucket of 10 tokens refilling at 10/s: 39 messages cannot take less than about 2.9 s.
      expect(sentTimes[sentTimes.length - 1] - sentTimes[0]).toBeGreaterThanOrEqual(2_500);
    } finally {
      app.strapi.config.set('plugin::privacy-policy.delivery.messagesPerSecond', 1000);
    }
  });

  test('transient refusals (421) are retried until every message is delivered', async () => {
    const shop = await shopPolicy('Busy Privacy Policy', 'busy');
    const readers = await addSubscribers(app, 39, { scope: shop.slug, prefix: 'busy' });
    sink.behaviour.refuseNext = 25;
    sink.behaviour.refuseCode = 421;
    await shop.edit({ dataCollected: ['email address', 'phone number', 'postal address', 'date of birth'] });
    expect(
      (await shop.publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'We also ask for your date of birth.' })).status,
    ).toBe(201);
    const notification = await shop.notification('2.0');
    await notificationDone(notification, 60_000);
    expect(sink.behaviour.refuseNext).toBe(0);
    const rows = await deliveryRows(app, notification.id);
    expect(rows.filter((row: any) => row.status === 'sent')).toHaveLength(readers.length);
    expect(rows.some((row: any) => row.attempts > 1)).toBe(true);
    const recipients = sink.messages
      .filter((message) => readers.includes(message.to) && message.parsed.subject?.includes('version 2.0'))
      .map((message) => message.to);
    expect(recipients.sort()).toEqual([...readers].sort());
  });

  test('permanent refusals (550) are marked failed at once, and retry-failed requeues them', async () => {
    const shop = await shopPolicy('Refused Privacy Policy', 'refused');
    const readers = await addSubscribers(app, 39, { scope: shop.slug, prefix: 'refused' });
    const refused = readers[5];
    sink.behaviour.rejectRecipients.add(refused);
    try {
      await shop.edit({ dataCollected: ['email address'] });
      await cm.create(UID.processor, { name: 'Mailer', category: 'email', storageCountries: ['GB'] });
      expect((await shop.publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'We collect less.' })).status).toBe(201);
      const notification = await shop.notification('2.0');
      await notificationDone(notification, 60_000);
      const failed = (await deliveryRows(app, notification.id)).filter((row: any) => row.status === 'failed');
      expect(failed).toHaveLength(1);
      expect(failed[0].attempts).toBe(1);
      expect(failed[0].lastError).toMatch(/550/);
      sink.behaviour.rejectRecipients.clear();
      const retried = await admin('post', `/notifications/${notification.id}/retry-failed`);
      expect(retried.body.data.retried).toBe(1);
      await waitUntil(
        async () => (await admin('get', `/notifications/${notification.id}`)).body.data.counts.sent === readers.length,
        30_000,
      );
      expect(sink.to(refused).filter((message) => message.parsed.subject?.includes('version 2.0'))).toHaveLength(1);
    } finally {
      sink.behaviour.rejectRecipients.clear();
    }
  });
});

describe('privacy and the admin', () => {
  test('the public API never returns subscribers or deliveries', async () => {
    const stored = await addSubscribers(app, 3, { scope: 'no-policy', prefix: 'rest-hidden' });
    expect(await app.strapi.db.query(UID.subscriber).count({ where: { email: { $in: stored } } })).toBe(3);
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
    // Positive control: the same addresses are there for an admin.
    expect((await admin('get', '/subscribers?q=rest-hidden-0')).body.data.map((row: any) => row.email)).toEqual([stored[0]]);
    const permissions = await app.http.get('/users-permissions/permissions').set('Authorization', `Bearer ${token}`);
    const actions = JSON.stringify(permissions.body);
    expect(actions).not.toMatch(/subscriber|deliver|notification/i);
  });

  test('GraphQL has no type or field for subscribers, notifications or deliveries', async () => {
    await addSubscribers(app, 3, { scope: 'no-policy', prefix: 'graphql-hidden' });
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
    const shop = await shopPolicy('Admin Privacy Policy', 'admin-view');
    // One address through the real double opt-in (a consent record and a confirmation delivery), and 40 more.
    expect((await subscribe({ email: 'adele@example.test', policy: shop.slug })).status).toBe(202);
    await sink.waitFor(() => sink.to('adele@example.test').length === 1);
    const link = linkIn(sink.to('adele@example.test')[0].parsed.text!, '/api/privacy-policy/subscriptions/confirm?token=');
    expect((await app.http.get(`${link.pathname}${link.search}`)).status).toBe(200);
    await addSubscribers(app, 40, { scope: shop.slug, prefix: 'listed' });
    await shop.edit({ dataCollected: ['email address', 'phone number'] });
    expect((await shop.publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'Phone numbers too.' })).status).toBe(201);
    await notificationDone(await shop.notification('2.0'));

    const list = await admin('get', '/subscribers?q=LISTED-1&status=confirmed&pageSize=5');
    expect(list.status).toBe(200);
    expect(list.body.data.every((row: any) => row.email.includes('listed-1') && row.status === 'confirmed')).toBe(true);
    expect(list.body.meta.counts).toMatchObject({
      confirmed: expect.any(Number),
      pending: expect.any(Number),
      unsubscribed: expect.any(Number),
    });
    expect(list.body.meta.pagination.total).toBe(11);

    const adele = (await admin('get', '/subscribers?q=adele')).body.data[0];
    const detail = await admin('get', `/subscribers/${adele.id}`);
    expect(detail.body.data.consent).toMatchObject({ scope: shop.slug, policyVersions: { [shop.slug]: '1.0' } });
    expect(detail.body.data.deliveries.map((delivery: any) => delivery.kind).sort()).toEqual(['confirmation', 'notification']);

    const csv = await admin('get', '/subscribers/export?status=confirmed');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('id,email,scope,status,locale,createdAt,confirmedAt,unsubscribedAt,consent');
    expect(lines.some((line) => line.includes('"adele@example.test"'))).toBe(true);
    expect(lines.slice(1).every((line) => line.includes('"confirmed"'))).toBe(true);

    const erased = await admin('delete', `/subscribers/${adele.id}`);
    expect(erased.body.data).toMatchObject({ erased: true, deliveriesDeleted: expect.any(Number) });
    expect(erased.body.data.deliveriesDeleted).toBeGreaterThan(0);
    expect(await app.strapi.db.query(UID.subscriber).findOne({ where: { id: adele.id } })).toBeNull();
    expect(await app.strapi.db.query(UID.delivery).count({ where: { subscriberId: adele.id } })).toBe(0);
  });
});
