/**
 * Every documented setting, booted with a value other than its default, does what docs/configuration.md
 * and docs/notifications.md say; a wrong value stops Strapi with a message naming the setting.
 */
import { parse } from 'csv-parse/sync';
import { createTestDatabase, TestDatabase } from '../helpers/database';
import { adminToken, contentManager } from '../helpers/admin-api';
import { startSmtpSink, SmtpSink, CapturedMessage } from '../helpers/smtp-sink';
import { startStrapi, StartOptions, TestApp } from '../helpers/strapi';
import { addSubscribers, waitUntil } from '../helpers/subscribers';
import { connect, createSmallPolicy, dayFrom, setClock, UID } from '../helpers/policy-fixture';

// January: Pacific/Auckland keeps New Zealand daylight time, UTC+13.
const day = dayFrom('2031-01-10');
const AUCKLAND_NOON = '12:00:00+13:00';
const ACCEPTED_SUBSCRIPTION = {
  data: { message: 'If this address can be subscribed, a confirmation email is on its way. Follow its link to confirm.' },
};

let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink?.close();
});

/** startStrapi, with process.env put back afterwards: one boot's settings never leak into the next boot. */
const boot = async (options: StartOptions) => {
  const saved = { ...process.env };
  try {
    return await startStrapi(options);
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
};

/** The example app's email settings: the SMTP sink, quick polling and retries, no rate limit in the way. */
const emailEnv = () => ({
  SMTP_PORT: String(sink.port),
  SMTP_POOL: 'false',
  PUBLIC_URL: 'https://policies.example.test',
  PRIVACY_POLICY_POLL_MS: '100',
  PRIVACY_POLICY_MESSAGES_PER_SECOND: '1000',
  PRIVACY_POLICY_RATE_PER_IP: '1000',
});

/** A booted app with an admin session and the routes the tests call. */
const session = async (app: TestApp) => {
  const token = await adminToken(app);
  const auth = { Authorization: `Bearer ${token}` };
  const publish = (documentId: string, body: object) =>
    app.http.post(`/privacy-policy/policies/${documentId}/versions`).set(auth).send(body);
  const slugOf = async (documentId: string): Promise<string> =>
    (await app.strapi.db.query(UID.policy).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['slug'] })).slug;

  /** A small policy of its own with version 1.0 in force from `effectiveDate`. */
  const publishedPolicy = async (name: string, effectiveDate = day(0)) => {
    const fixture = await createSmallPolicy(app, name);
    const first = await publish(fixture.policy.documentId, { changeType: 'major', effectiveDate, changeSummary: 'First version' });
    expect(first.status).toBe(201);
    return { ...fixture, documentId: fixture.policy.documentId, slug: await slugOf(fixture.policy.documentId) };
  };

  /** Keeping order records longer (P6Y → P7Y) is a change the classifier calls major. */
  const makeMajorChange = (fixture: { retentionRule: { documentId: string } }, period = 'P7Y') =>
    app.strapi.documents(UID.retentionRule).update({ documentId: fixture.retentionRule.documentId, data: { period } as any });

  return {
    token,
    auth,
    cm: contentManager(app, token),
    publish,
    publishedPolicy,
    makeMajorChange,
    versionNumbers: async (documentId: string) =>
      (await app.strapi.db.query(UID.version).findMany({ where: { policyDocumentId: documentId }, select: ['number'] })).map(
        (row: any) => row.number,
      ),
  };
};

/** A header as sent, unfolded, without its name. */
const rawHeader = (message: CapturedMessage, key: string) =>
  ((message.parsed.headerLines as any[]).find((header) => header.key === key)?.line ?? '')
    .replace(/^[^:]+:\s*/, '')
    .replace(/\r?\n\s+/g, ' ');
const linkIn = (text: string, path: string) => {
  const match = new RegExp(`https?://[^\\s>"]+${path.replace(/[?]/g, '\\?')}[^\\s>"]+`).exec(text);
  if (!match) throw new Error(`no ${path} link in:\n${text}`);
  return new URL(match[0].replace(/&amp;/g, '&'));
};
const unsubscribeUrlOf = (message: CapturedMessage) => new URL(/<(https?:[^>]+)>/.exec(rawHeader(message, 'list-unsubscribe'))![1]);
const pathOf = (url: URL) => `${url.pathname}${url.search}`;

/** Waits until no delivery is pending or being sent, so that what a test then counts is its own doing. */
const outboxIdle = (app: TestApp) =>
  waitUntil(
    async () => (await app.strapi.db.query(UID.delivery).count({ where: { status: { $in: ['pending', 'sending'] } } })) === 0,
    30_000,
  );

describe('reading and publishing: timeZone Pacific/Auckland, cacheMaxAge 0, maxSectionDepth 2, noticePeriodDays 10', () => {
  let app: TestApp;
  let api: Awaited<ReturnType<typeof session>>;

  beforeAll(async () => {
    app = await boot({
      env: {
        PRIVACY_POLICY_DELIVERY: 'false',
        PRIVACY_POLICY_TIME_ZONE: 'Pacific/Auckland',
        PRIVACY_POLICY_CACHE_MAX_AGE: '0',
        PRIVACY_POLICY_MAX_SECTION_DEPTH: '2',
        PRIVACY_POLICY_NOTICE_PERIOD_DAYS: '10',
      },
    });
    api = await session(app);
  });
  afterAll(async () => {
    await app?.stop();
  });

  test('cacheMaxAge 0: every public read route sends max-age=0, and still answers 304 to a matching If-None-Match', async () => {
    setClock(app, day(0), AUCKLAND_NOON);
    const { slug } = await api.publishedPolicy('Uncached');
    const routes = [
      '/api/privacy-policy/policies',
      `/api/privacy-policy/policies/${slug}`,
      `/api/privacy-policy/policies/${slug}?format=html`,
      `/api/privacy-policy/policies/${slug}/versions`,
      `/api/privacy-policy/policies/${slug}/diff?from=1.0&to=1.0`,
      `/api/privacy-policy/policies/${slug}/feed`,
      `/api/privacy-policy/policies/${slug}/archive`,
    ];
    for (const route of routes) {
      const res = await app.http.get(route);
      expect([route, res.status, res.headers['cache-control']]).toEqual([route, 200, 'public, max-age=0']);
      const again = await app.http.get(route).set('If-None-Match', res.headers.etag);
      expect([route, again.status]).toEqual([route, 304]);
    }
    // Control: the header follows the setting, it is not fixed at 0.
    app.strapi.config.set('plugin::privacy-policy.cacheMaxAge', 300);
    try {
      expect((await app.http.get(`/api/privacy-policy/policies/${slug}`)).headers['cache-control']).toBe('public, max-age=300');
    } finally {
      app.strapi.config.set('plugin::privacy-policy.cacheMaxAge', 0);
    }
  });

  test('maxSectionDepth 2: a section nested a third level deep is refused with a 400 naming the depth, and not created', async () => {
    const top = (await api.cm.create(UID.section, { title: 'Depth top', category: 'collection' })).body.data;
    const second = await api.cm.create(UID.section, { title: 'Depth second', category: 'collection', parent: connect(top) });
    expect(second.status).toBe(201);
    const third = await api.cm.create(UID.section, { title: 'Depth third', category: 'collection', parent: connect(second.body.data) });
    expect(third.status).toBe(400);
    expect(third.body.error.message).toBe('parent would nest sections deeper than 2 levels');
    expect(third.body.error.details.errors[0].path).toEqual(['parent']);
    expect(await app.strapi.db.query(UID.section).count({ where: { title: 'Depth third' } })).toBe(0);

    // Control: the same nesting is accepted once the setting allows three levels.
    app.strapi.config.set('plugin::privacy-policy.maxSectionDepth', 3);
    try {
      const allowed = await api.cm.create(UID.section, { title: 'Depth third', category: 'collection', parent: connect(second.body.data) });
      expect(allowed.status).toBe(201);
    } finally {
      app.strapi.config.set('plugin::privacy-policy.maxSectionDepth', 2);
    }
  });

  test('noticePeriodDays 10: a major change effective in 9 days is refused, in 10 days accepted (the default 30 would refuse it)', async () => {
    setClock(app, day(0), AUCKLAND_NOON);
    const fixture = await api.publishedPolicy('Notice');
    await api.makeMajorChange(fixture);
    const early = await api.publish(fixture.documentId, { changeType: 'major', effectiveDate: day(9), changeSummary: 'Kept longer.' });
    expect(early.status).toBe(400);
    expect(early.body.error.details.errors).toEqual([
      {
        rule: 'major-notice-period',
        path: ['effectiveDate'],
        message: `effectiveDate of a major change must be at least 10 days after the publish date (${day(0)}): choose ${day(10)} or later`,
        name: 'ValidationError',
      },
    ]);
    expect(await api.versionNumbers(fixture.documentId)).toEqual(['1.0']);

    app.strapi.config.set('plugin::privacy-policy.noticePeriodDays', 30);
    try {
      const withDefault = await api.publish(fixture.documentId, {
        changeType: 'major',
        effectiveDate: day(10),
        changeSummary: 'Kept longer.',
      });
      expect(withDefault.status).toBe(400);
      expect(withDefault.body.error.details.errors.map((error: any) => error.rule)).toEqual(['major-notice-period']);
    } finally {
      app.strapi.config.set('plugin::privacy-policy.noticePeriodDays', 10);
    }

    const onTime = await api.publish(fixture.documentId, { changeType: 'major', effectiveDate: day(10), changeSummary: 'Kept longer.' });
    expect(onTime.status).toBe(201);
    expect(onTime.body.data.version.number).toBe('2.0');
  });

  test('timeZone Pacific/Auckland: an upcoming version becomes current exactly at midnight in Auckland', async () => {
    setClock(app, day(0), AUCKLAND_NOON);
    const fixture = await api.publishedPolicy('Midnight');
    await app.strapi.documents(UID.section).update({
      documentId: fixture.section.documentId,
      data: { body: 'We keep a record of every order, with its delivery address.' } as any,
    });
    expect((await api.publish(fixture.documentId, { changeType: 'minor', effectiveDate: day(5) })).body.data.version.number).toBe('1.1');
    const current = async () => {
      const res = await app.http.get(`/api/privacy-policy/policies/${fixture.slug}`);
      expect(res.status).toBe(200);
      return { version: res.body.data.version.number, upcoming: res.body.data.upcoming?.number ?? null };
    };

    // Midnight of day(5) in Auckland is 11:00 UTC the day before.
    setClock(app, day(4), '10:59:00Z');
    expect(await current()).toEqual({ version: '1.0', upcoming: '1.1' });
    setClock(app, day(4), '10:59:59.999Z');
    expect(await current()).toEqual({ version: '1.0', upcoming: '1.1' });
    setClock(app, day(4), '11:00:00Z');
    expect(await current()).toEqual({ version: '1.1', upcoming: null });

    // The zone is what moves the switch: in UTC it is still day(4) at that moment.
    app.strapi.config.set('plugin::privacy-policy.timeZone', 'UTC');
    try {
      expect(await current()).toEqual({ version: '1.0', upcoming: '1.1' });
    } finally {
      app.strapi.config.set('plugin::privacy-policy.timeZone', 'Pacific/Auckland');
    }

    // And the cache lifetime ends at Auckland's midnight: a minute before it, at most 60 seconds.
    app.strapi.config.set('plugin::privacy-policy.cacheMaxAge', 300);
    try {
      setClock(app, day(4), '10:59:00Z');
      expect((await app.http.get(`/api/privacy-policy/policies/${fixture.slug}`)).headers['cache-control']).toBe('public, max-age=60');
    } finally {
      app.strapi.config.set('plugin::privacy-policy.cacheMaxAge', 0);
    }
  });

  test('before its first effective date a policy has no current version (404 naming the date), its upcoming one is readable', async () => {
    setClock(app, day(0), AUCKLAND_NOON);
    const { slug } = await api.publishedPolicy('Tomorrow', day(1));

    const now = await app.http.get(`/api/privacy-policy/policies/${slug}`);
    expect(now.status).toBe(404);
    expect(now.body.error.message).toBe(`Policy "${slug}" has no version in effect yet: version 1.0 takes effect on ${day(1)}`);

    const upcoming = await app.http.get(`/api/privacy-policy/policies/${slug}?version=1.0`);
    expect(upcoming.status).toBe(200);
    expect(upcoming.body.data.version).toMatchObject({ number: '1.0', effectiveDate: day(1) });
    const listed = (await app.http.get('/api/privacy-policy/policies')).body.data.find((entry: any) => entry.slug === slug);
    expect(listed).toMatchObject({ version: null, upcoming: { number: '1.0', effectiveDate: day(1) } });

    // Control: at midnight in Auckland the same request finds version 1.0 in effect.
    setClock(app, day(0), '11:00:00Z');
    const tomorrow = await app.http.get(`/api/privacy-policy/policies/${slug}`);
    expect(tomorrow.status).toBe(200);
    expect(tomorrow.body.data.version.number).toBe('1.0');
  });
});

describe('emails and subscribers: confirmTokenTtlHours 2, recordUserAgent, maxAttempts 2, email.unsubscribeMailto, policyUrl, redlineUrl', () => {
  let app: TestApp;
  let api: Awaited<ReturnType<typeof session>>;
  const POLICY_URL = 'https://www.example.test/privacy/{slug}/v{number}?lang={locale}';
  const REDLINE_URL = 'https://www.example.test/privacy/{slug}/changes?from={from}&to={number}&lang={locale}';

  beforeAll(async () => {
    app = await boot({
      env: {
        ...emailEnv(),
        PRIVACY_POLICY_CONFIRM_TOKEN_TTL_HOURS: '2',
        PRIVACY_POLICY_RECORD_USER_AGENT: 'true',
        PRIVACY_POLICY_MAX_ATTEMPTS: '2',
        PRIVACY_POLICY_RETRY_BASE_SECONDS: '0.05',
        PRIVACY_POLICY_EMAIL_UNSUBSCRIBE_MAILTO: 'unsubscribe@example.test',
        PRIVACY_POLICY_EMAIL_POLICY_URL: POLICY_URL,
        PRIVACY_POLICY_EMAIL_REDLINE_URL: REDLINE_URL,
      },
    });
    api = await session(app);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const subscribe = (body: object, userAgent = 'config-effects-test') =>
    app.http.post('/api/privacy-policy/subscriptions').set('User-Agent', userAgent).send(body);
  const subscriber = (email: string) => app.strapi.db.query(UID.subscriber).findOne({ where: { email } });

  // Every subscription confirmed in this block names its own policy: an announcement reaches only its test's reader.

  /** A published policy with one confirmed subscriber, and a major change ready to publish (not yet published). */
  const announcementReady = async (name: string) => {
    setClock(app, day(0));
    const fixture = await api.publishedPolicy(name);
    const [reader] = await addSubscribers(app, 1, { scope: fixture.slug, prefix: name.toLowerCase() });
    await api.makeMajorChange(fixture);
    return {
      ...fixture,
      reader,
      publishMajor: async () => {
        const res = await api.publish(fixture.documentId, {
          changeType: 'major',
          effectiveDate: day(30),
          changeSummary: 'Order records are kept for seven years.',
        });
        expect(res.status).toBe(201);
        expect(res.body.data.version.number).toBe('2.0');
      },
    };
  };
  const announcementTo = async (reader: string) => {
    await sink.waitFor(() => sink.to(reader).length === 1);
    return sink.to(reader)[0];
  };

  test('the confirmation email says how long the link works in words of its language: "1 hour", "2 hours", "1 heure"', async () => {
    setClock(app, day(0));
    const { slug } = await api.publishedPolicy('Hour words');
    expect((await subscribe({ email: 'ttl-two@example.test', policy: slug })).status).toBe(202);
    await sink.waitFor(() => sink.to('ttl-two@example.test').length === 1);
    expect(sink.to('ttl-two@example.test')[0].parsed.text).toContain('This link works for 2 hours.');

    app.strapi.config.set('plugin::privacy-policy.subscriptions.confirmTokenTtlHours', 1);
    try {
      expect((await subscribe({ email: 'ttl-one@example.test', policy: slug })).status).toBe(202);
      expect((await subscribe({ email: 'ttl-un@example.test', policy: slug, locale: 'fr' })).status).toBe(202);
      await sink.waitFor(() => sink.to('ttl-one@example.test').length === 1 && sink.to('ttl-un@example.test').length === 1);
      expect(sink.to('ttl-one@example.test')[0].parsed.text).toContain('This link works for 1 hour.');
      // French puts a no-break space between the number and its unit.
      expect(sink.to('ttl-un@example.test')[0].parsed.text).toMatch(/Ce lien reste valable 1[\s\u00a0\u202f]heure\./);
    } finally {
      app.strapi.config.set('plugin::privacy-policy.subscriptions.confirmTokenTtlHours', 2);
    }
  });

  test('confirmTokenTtlHours 2: the link expires 2 hours after the email; 1 h 59 min old it works, 2 h 1 min old it is refused', async () => {
    setClock(app, day(0));
    const { slug } = await api.publishedPolicy('Expiry');
    const fresh = 'ttl-fresh@example.test';
    const stale = 'ttl-stale@example.test';
    const before = Date.now();
    for (const email of [fresh, stale]) expect((await subscribe({ email, policy: slug })).status).toBe(202);
    await sink.waitFor(() => sink.to(fresh).length === 1 && sink.to(stale).length === 1);
    const after = Date.now();
    expect(sink.to(fresh)[0].parsed.text).toContain('This link works for 2 hours.');

    const HOURS_2 = 2 * 3_600_000;
    for (const email of [fresh, stale]) {
      const expiresAt = new Date((await subscriber(email)).confirmTokenExpiresAt).getTime();
      expect(expiresAt).toBeGreaterThanOrEqual(before + HOURS_2 - 1000);
      expect(expiresAt).toBeLessThanOrEqual(after + HOURS_2 + 1000);
    }
    /** Moves the row's expiry as if the email had been sent `minutes` ago. */
    const sentAgo = async (email: string, minutes: number) => {
      await app.strapi.db
        .query(UID.subscriber)
        .update({ where: { email }, data: { confirmTokenExpiresAt: new Date(Date.now() + HOURS_2 - minutes * 60_000) } });
    };
    await sentAgo(fresh, 119);
    await sentAgo(stale, 121);

    const confirmLink = (email: string) =>
      pathOf(linkIn(sink.to(email)[0].parsed.text!, '/api/privacy-policy/subscriptions/confirm?token='));
    const expired = await app.http.get(confirmLink(stale)).set('Accept', 'application/json');
    expect(expired.status).toBe(400);
    expect(expired.body.error.message).toBe('This confirmation link has expired. Subscribe again to get a new one.');
    expect(await subscriber(stale)).toMatchObject({ status: 'pending' });

    const working = await app.http.get(confirmLink(fresh)).set('Accept', 'application/json');
    expect(working.status).toBe(200);
    expect(await subscriber(fresh)).toMatchObject({ status: 'confirmed' });
  });

  test('recordUserAgent: on, the consent record keeps the first 500 characters of the user agent; off, it keeps none', async () => {
    const userAgent = `ConfigEffects/1.0 ${'x'.repeat(600)}`;
    expect((await subscribe({ email: 'agent-on@example.test' }, userAgent)).status).toBe(202);
    const recorded = (await subscriber('agent-on@example.test')).consent;
    expect(recorded.userAgent).toBe(userAgent.slice(0, 500));

    app.strapi.config.set('plugin::privacy-policy.subscriptions.recordUserAgent', false);
    try {
      expect((await subscribe({ email: 'agent-off@example.test' }, userAgent)).status).toBe(202);
    } finally {
      app.strapi.config.set('plugin::privacy-policy.subscriptions.recordUserAgent', true);
    }
    const unrecorded = (await subscriber('agent-off@example.test')).consent;
    // The consent record is there, with everything but the user agent.
    expect(unrecorded).toMatchObject({ scope: '*', at: expect.any(String), policyVersions: expect.any(Object) });
    expect(Object.keys(unrecorded).sort()).toEqual(
      Object.keys(recorded)
        .filter((key) => key !== 'userAgent')
        .sort(),
    );
    expect(JSON.stringify(unrecorded)).not.toContain('ConfigEffects');
  });

  test('email.unsubscribeMailto: the List-Unsubscribe header offers that address, not the sender', async () => {
    const ready = await announcementReady('Mailto');
    await ready.publishMajor();
    const email = await announcementTo(ready.reader);
    const header = rawHeader(email, 'list-unsubscribe');
    const token = unsubscribeUrlOf(email).searchParams.get('token');
    expect(header).toBe(
      `<https://policies.example.test/api/privacy-policy/subscriptions/unsubscribe?token=${token}>, ` +
        `<mailto:unsubscribe@example.test?subject=unsubscribe%20${token}>`,
    );
    expect(email.parsed.from?.value[0].address).toBe('privacy@example.test');
  });

  test('email.policyUrl and email.redlineUrl: the announcement links to the templates with {slug}, {number}, {from}, {locale} filled in', async () => {
    const ready = await announcementReady('Links');
    await ready.publishMajor();
    const email = await announcementTo(ready.reader);
    const policyUrl = `https://www.example.test/privacy/${ready.slug}/v2.0?lang=en`;
    const redlineUrl = `https://www.example.test/privacy/${ready.slug}/changes?from=1.0&to=2.0&lang=en`;
    expect(email.parsed.text).toContain(`Read the new version: ${policyUrl}\n`);
    expect(email.parsed.text).toContain(`See every change: ${redlineUrl}\n`);
    expect(email.parsed.html).toContain(`<a href="${policyUrl}">`);
    expect(email.parsed.html).toContain(`<a href="${redlineUrl.replace(/&/g, '&amp;')}">`);
    expect(email.parsed.text).not.toContain('/api/privacy-policy/policies/');
  });

  test('delivery.maxAttempts 2: a delivery refused twice (421) is failed, and the notification progress the admin reads shows it', async () => {
    const ready = await announcementReady('Attempts');
    await outboxIdle(app);
    sink.behaviour.refuseCode = 421;
    sink.behaviour.refuseNext = 50;
    let refusals: number;
    try {
      await ready.publishMajor();
      const progress = async () =>
        (await app.http.get(`/privacy-policy/notifications?policyDocumentId=${ready.documentId}`).set(api.auth)).body.data;
      await waitUntil(async () => (await progress())[0]?.status === 'done', 30_000);
      refusals = 50 - sink.behaviour.refuseNext;
      expect(await progress()).toEqual([
        expect.objectContaining({
          kind: 'announcement',
          versionNumber: '2.0',
          status: 'done',
          counts: { pending: 0, sending: 0, sent: 0, failed: 1, skipped: 0, total: 1 },
        }),
      ]);
    } finally {
      sink.behaviour.refuseNext = 0;
    }
    expect(refusals).toBe(2);
    const [row] = await app.strapi.db.query(UID.delivery).findMany({ where: { subscriberId: (await subscriber(ready.reader)).id } });
    expect(row).toMatchObject({ status: 'failed', attempts: 2 });
    expect(row.lastError).toMatch(/421/);
    expect(sink.to(ready.reader)).toHaveLength(0);
  });

  test('the subscriber CSV export writes a cell beginning with = + - or @ as text (OWASP CSV injection)', async () => {
    const risky = ['=1+1-formula@example.test', '+formula@example.test', '-formula@example.test'];
    for (const email of [...risky, 'formula-plain@example.test']) expect((await subscribe({ email })).status).toBe(202);
    // An address no form accepts, and a locale, as a row written by other means could hold them.
    await app.strapi.db.query(UID.subscriber).create({
      data: {
        email: '@formula@example.test',
        scope: '*',
        status: 'pending',
        locale: '=2+2',
        consent: { at: new Date().toISOString() },
        unsubscribeSalt: 'f'.repeat(32),
        createdAt: new Date(),
      },
    });
    const csv = await app.http.get('/privacy-policy/subscribers/export?q=formula').set(api.auth);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.email).sort()).toEqual(
      [
        "'+formula@example.test",
        "'-formula@example.test",
        "'=1+1-formula@example.test",
        "'@formula@example.test",
        'formula-plain@example.test',
      ].sort(),
    );
    expect(rows.find((row) => row.email === "'@formula@example.test")!.locale).toBe("'=2+2");
    expect(csv.text).toContain('"\'=1+1-formula@example.test"');
  });

  test('a confirmed address that subscribes again gets no email, and the same answer as a new address', async () => {
    setClock(app, day(0));
    const { slug } = await api.publishedPolicy('Membership');
    const member = 'member@example.test';
    expect((await subscribe({ email: member, policy: slug })).status).toBe(202);
    await sink.waitFor(() => sink.to(member).length === 1);
    const [confirmation] = sink.to(member);
    const link = linkIn(confirmation.parsed.text!, '/api/privacy-policy/subscriptions/confirm?token=');
    expect((await app.http.get(pathOf(link)).set('Accept', 'application/json')).status).toBe(200);
    const confirmed = await subscriber(member);
    expect(confirmed.status).toBe('confirmed');

    const again = await subscribe({ email: member, policy: slug });
    const newcomer = await subscribe({ email: 'newcomer@example.test', policy: slug });
    expect([again.status, again.body]).toEqual([202, ACCEPTED_SUBSCRIPTION]);
    expect([newcomer.status, newcomer.body]).toEqual([202, ACCEPTED_SUBSCRIPTION]);

    // Control: the worker is sending, and the newcomer's confirmation arrives.
    await sink.waitFor(() => sink.to('newcomer@example.test').length === 1);
    await outboxIdle(app);
    expect(sink.to(member)).toHaveLength(1);
    expect(await app.strapi.db.query(UID.delivery).count({ where: { subscriberId: confirmed.id, kind: 'confirmation' } })).toBe(1);
    expect(await subscriber(member)).toMatchObject({ status: 'confirmed', consent: confirmed.consent });
  });
});

describe('tokenSecret', () => {
  test('after a restart with a new tokenSecret, unsubscribe links already sent are refused and new ones work', async () => {
    const database: TestDatabase = await createTestDatabase();
    const secrets = { first: 'first-unsubscribe-secret-0123456789', second: 'second-unsubscribe-secret-9876543210' };
    let app: TestApp | null = await boot({ database, env: { ...emailEnv(), PRIVACY_POLICY_TOKEN_SECRET: secrets.first } });
    try {
      let api = await session(app);
      setClock(app, day(0));
      const fixture = await api.publishedPolicy('Rotation');
      const [reader] = await addSubscribers(app, 1, { scope: fixture.slug, prefix: 'rotation' });
      await api.makeMajorChange(fixture);
      expect(
        (await api.publish(fixture.documentId, { changeType: 'major', effectiveDate: day(30), changeSummary: 'Seven years.' })).status,
      ).toBe(201);
      await sink.waitFor(() => sink.to(reader).length === 1);
      const oldLink = pathOf(unsubscribeUrlOf(sink.to(reader)[0]));
      // Control: the link works under the secret it was signed with (GET only shows the button).
      const valid = await app.http.get(oldLink).set('Accept', 'application/json');
      expect([valid.status, valid.body]).toEqual([200, { data: { message: 'Send a POST to this URL to unsubscribe.' } }]);

      await outboxIdle(app);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await app.stop({ keepDatabase: true });
      app = null;
      app = await boot({ database, env: { ...emailEnv(), PRIVACY_POLICY_TOKEN_SECRET: secrets.second } });
      api = await session(app);
      setClock(app, day(1));

      const refused = await app.http.post(oldLink).set('Accept', 'application/json').send({});
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toBe(
        'This unsubscribe link is not valid. Use the link from the most recent email, or contact us.',
      );
      expect(await app.strapi.db.query(UID.subscriber).findOne({ where: { email: reader } })).toMatchObject({ status: 'confirmed' });

      await api.makeMajorChange(fixture, 'P8Y');
      expect(
        (await api.publish(fixture.documentId, { changeType: 'major', effectiveDate: day(40), changeSummary: 'Eight years.' })).status,
      ).toBe(201);
      await sink.waitFor(() => sink.to(reader).length === 2);
      const newLink = pathOf(unsubscribeUrlOf(sink.to(reader)[1]));
      expect(newLink).not.toBe(oldLink);
      const unsubscribed = await app.http.post(newLink).set('Accept', 'application/json').send({});
      expect(unsubscribed.status).toBe(200);
      expect(await app.strapi.db.query(UID.subscriber).findOne({ where: { email: reader } })).toMatchObject({ status: 'unsubscribed' });
    } finally {
      if (app) await app.stop();
      else await database.drop();
    }
  }, 90_000);
});

describe('a wrong value stops Strapi at start with a message naming the setting', () => {
  const refusedBoot = async (env: Record<string, string>) => {
    const database = await createTestDatabase();
    try {
      await boot({ database, env });
    } finally {
      await database.drop();
    }
  };

  test.each([
    ['noticePeriodDays: -1', { PRIVACY_POLICY_NOTICE_PERIOD_DAYS: '-1' }, 'noticePeriodDays must be a whole number from 0 to 365'],
    ['timeZone: Mars/Base', { PRIVACY_POLICY_TIME_ZONE: 'Mars/Base' }, 'timeZone "Mars/Base" is not an IANA time zone'],
    ['cacheMaxAge: x', { PRIVACY_POLICY_CACHE_MAX_AGE: 'x' }, 'cacheMaxAge must be a whole number from 0 to 31536000'],
  ])('%s', async (_, env, message) => {
    await expect(refusedBoot(env)).rejects.toThrow(`privacy-policy config: ${message}`);
  });

  test('several wrong values: one message naming every one', async () => {
    await expect(
      refusedBoot({ PRIVACY_POLICY_NOTICE_PERIOD_DAYS: '-1', PRIVACY_POLICY_TIME_ZONE: 'Mars/Base', PRIVACY_POLICY_CACHE_MAX_AGE: 'x' }),
    ).rejects.toThrow(
      'privacy-policy config: timeZone "Mars/Base" is not an IANA time zone; cacheMaxAge must be a whole number from 0 to 31536000; ' +
        'noticePeriodDays must be a whole number from 0 to 365',
    );
  });
});
