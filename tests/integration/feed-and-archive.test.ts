import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { startStrapi, TestApp } from '../helpers/strapi';
import { freePort } from '../helpers/child-strapi';
import { adminToken } from '../helpers/admin-api';
import { createSmallPolicy, dayFrom, setClock, UID } from '../helpers/policy-fixture';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { waitUntil } from '../helpers/subscribers';
import { rawGet } from '../helpers/raw-http';
import { elementsNamed, htmlElements, HtmlElement } from '../helpers/html-elements';
import { scriptVectors } from '../helpers/script-vectors';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

/**
 * The feed of a policy's versions and its archive page over real HTTP: Strapi listens on a loopback port
 * that is also its public URL, so every absolute link the feed and the page hand out is followed for real.
 */
const day = dayFrom('2031-03-01');
const MARKER = 'DRAFT-ONLY-7f3a';

let app: TestApp;
let sink: SmtpSink;
let token: string;
let baseUrl: string;
type ArchivePolicy = { documentId: string; slug: string; sectionId: string; ruleId: string };
type VersionNumbers = Record<'first' | 'minor' | 'withdrawn' | 'upcoming', string>;
let policy: ArchivePolicy;
let numbers: VersionNumbers;

const admin = () => ({ Authorization: `Bearer ${token}` });
const publish = async (documentId: string, body: object) => {
  const res = await app.http.post(`/privacy-policy/policies/${documentId}/versions`).set(admin()).send(body);
  if (res.status !== 201) throw new Error(`publish failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.version.number as string;
};
const editSection = (target: ArchivePolicy, body: string) =>
  app.strapi.documents(UID.section).update({ documentId: target.sectionId, data: { body } as any });
const editRetention = (target: ArchivePolicy, period: string) =>
  app.strapi.documents(UID.retentionRule).update({ documentId: target.ruleId, data: { period } as any });

/** A GET of an absolute address the plugin handed out: it must be on the public URL, which is this server. */
const follow = async (url: string, headers: Record<string, string> = {}) => {
  expect(url.startsWith(`${baseUrl}/`)).toBe(true);
  return fetch(url, { headers, redirect: 'manual' });
};
const api = (path: string) => `${baseUrl}/api/privacy-policy/policies/${path}`;
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['entry', 'item', 'link', 'category'].includes(name),
});

/**
 * A policy of its own, "<name> Privacy Policy", with the history the suite reads: 1.0 in effect from day 0; a
 * minor change from day 5; a major change withdrawn before it took effect; another major change published on
 * day 10, taking effect on day 60. Then drafts nobody published: an edit in the section and in the policy's
 * own title. The clock is left on day 10.
 */
const archivePolicy = async (name: string) => {
  setClock(app, day(0));
  const fixture = await createSmallPolicy(app, name);
  const first = await publish(fixture.policy.documentId, { changeType: 'major', effectiveDate: day(0), changeSummary: 'First version' });
  const { slug } = await app.strapi.db
    .query(UID.policy)
    .findOne({ where: { documentId: fixture.policy.documentId, publishedAt: { $notNull: true } } });
  const created: ArchivePolicy = {
    documentId: fixture.policy.documentId,
    slug,
    sectionId: fixture.section.documentId,
    ruleId: fixture.retentionRule.documentId,
  };
  setClock(app, day(5));
  await editSection(created, 'We keep a record of every order and every refund.');
  const minor = await publish(created.documentId, {
    changeType: 'minor',
    effectiveDate: day(5),
    changeSummary: 'Refunds are recorded too.',
  });
  await editRetention(created, 'P7Y');
  const withdrawn = await publish(created.documentId, {
    changeType: 'major',
    effectiveDate: day(40),
    changeSummary: 'Orders kept seven years.',
  });
  const withdrawal = await app.http
    .post(`/privacy-policy/policies/${created.documentId}/versions/${withdrawn}/withdraw`)
    .set(admin())
    .send({ reason: 'Called off after a review.' });
  expect(withdrawal.status).toBe(200);
  setClock(app, day(10));
  await editRetention(created, 'P8Y');
  const upcoming = await publish(created.documentId, {
    changeType: 'major',
    effectiveDate: day(60),
    changeSummary: 'Orders kept eight years.',
  });
  await editSection(created, `${MARKER} in the section`);
  await app.strapi.documents(UID.policy).update({ documentId: created.documentId, data: { title: `${MARKER} title` } as any });
  const versions: VersionNumbers = { first, minor, withdrawn, upcoming };
  return { policy: created, numbers: versions };
};

beforeAll(async () => {
  sink = await startSmtpSink();
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  app = await startStrapi({
    demoContent: true,
    env: {
      PUBLIC_URL: baseUrl,
      SMTP_PORT: String(sink.port),
      SMTP_POOL: 'false',
      PRIVACY_POLICY_POLL_MS: '100',
      PRIVACY_POLICY_MESSAGES_PER_SECOND: '1000',
      PRIVACY_POLICY_DELIVERY: 'true',
      PRIVACY_POLICY_RATE_PER_IP: '100',
    },
  });
  await new Promise<void>((resolve) => app.strapi.server.httpServer.listen(port, '127.0.0.1', resolve));
  token = await adminToken(app);

  ({ policy, numbers } = await archivePolicy('Archive'));
});
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 500));
  await app?.stop();
  await sink?.close();
});

const NEWEST_FIRST = () => [numbers.upcoming, numbers.withdrawn, numbers.minor, numbers.first];

describe('the feed', () => {
  test('is Atom 1.0 by default: one entry per version, newest first, read by a maintained feed parser', async () => {
    const res = await follow(api(`${policy.slug}/feed`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const text = await res.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = parseFeed(text);
    expect(feed.meta).toEqual({ type: 'atom', version: '1.0' });
    expect(feed.title).toBe('Archive Privacy Policy: every version');
    expect(feed.language).toBe('en');
    expect(feed.self).toBe(api(`${policy.slug}/feed?format=atom&locale=en`));
    expect(feed.items.map((item) => item.url)).toEqual(
      NEWEST_FIRST().map((number) => api(`${policy.slug}?version=${number}&format=printable&locale=en`)),
    );
    expect(feed.items.map((item) => item.title)).toEqual([
      `Version ${numbers.upcoming} (major change): takes effect on 30 April 2031`,
      `Version ${numbers.withdrawn} (major change): withdrawn, was to take effect on 10 April 2031`,
      `Version ${numbers.minor} (minor change): in effect since 6 March 2031`,
      `Version ${numbers.first} (major change): took effect on 1 March 2031`,
    ]);
    expect(feed.items.map((item) => item.description)).toEqual([
      'Orders kept eight years.',
      expect.stringMatching(
        /^This version was withdrawn on \d+ March 2031 and never took effect\. Reason given: Called off after a review\. Orders kept seven years\.$/,
      ),
      'Refunds are recorded too.',
      'First version',
    ]);
  });

  test('each entry links to its version and to its redline, and every link answers 200', async () => {
    const text = await (await follow(api(`${policy.slug}/feed`))).text();
    const entries = xml.parse(text).feed.entry;
    const related = entries.map((entry: any) => entry.link.filter((link: any) => link.rel === 'related').map((link: any) => link.href));
    expect(related).toEqual([
      [api(`${policy.slug}/diff?from=${numbers.minor}&to=${numbers.upcoming}&format=printable&locale=en`)],
      [api(`${policy.slug}/diff?from=${numbers.minor}&to=${numbers.withdrawn}&format=printable&locale=en`)],
      [api(`${policy.slug}/diff?from=${numbers.first}&to=${numbers.minor}&format=printable&locale=en`)],
      [],
    ]);
    const every = entries.flatMap((entry: any) => entry.link.map((link: any) => link.href));
    expect(every).toHaveLength(7);
    for (const url of every) {
      const res = await follow(url);
      expect({ url, status: res.status, type: res.headers.get('content-type') }).toEqual({
        url,
        status: 200,
        type: 'text/html; charset=utf-8',
      });
    }
    // The redline of the upcoming version shows its change: the retention period went from 6 to 8 years.
    const redline = await (await follow(related[0][0])).text();
    expect(redline).toContain('8 years');
  });

  test('RSS 2.0 and JSON Feed 1.1 on request, with their own content types', async () => {
    const rss = await follow(api(`${policy.slug}/feed?format=rss`));
    expect(rss.status).toBe(200);
    expect(rss.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const parsed = parseFeed(await rss.text());
    expect(parsed.meta).toEqual({ type: 'rss', version: '2.0' });
    expect(parsed.items.map((item) => item.title?.split(' ')[1])).toEqual(NEWEST_FIRST());
    expect(parsed.items[1].categories.map((category) => category.label)).toEqual(['Major change', 'Withdrawn']);

    const json = await follow(api(`${policy.slug}/feed?format=json`));
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const data: any = await json.json();
    expect(data.version).toBe('https://jsonfeed.org/version/1.1');
    expect(data.items.map((item: any) => item._privacy_policy.version)).toEqual(NEWEST_FIRST());
    expect(data.items[1]._privacy_policy).toMatchObject({ status: 'withdrawn', withdrawn: { reason: 'Called off after a review.' } });
    for (const item of data.items) expect((await follow(item.url)).status).toBe(200);
  });

  test('an unknown format is a 400 naming `format`; an unknown or unpublished policy a 404', async () => {
    const res = await follow(api(`${policy.slug}/feed?format=xml`));
    expect(res.status).toBe(400);
    const body: any = await res.json();
    expect(body.error).toMatchObject({ status: 400, name: 'ValidationError', message: 'format must be one of: atom, rss, json' });
    expect(body.error.details.errors[0].path).toEqual(['format']);

    const draftOnly = await app.strapi
      .documents(UID.policy)
      .create({ data: { title: 'Never Published Policy', slug: 'never-published' } as any });
    expect(draftOnly.documentId).toBeTruthy();
    for (const path of ['never-published/feed', 'never-published/archive', 'no-such-policy/feed', 'no-such-policy/archive?locale=en']) {
      const missing = await follow(api(path));
      expect({ path, status: missing.status }).toEqual({ path, status: 404 });
    }
  });
});

describe('the archive page', () => {
  const archive = async (query = '') => {
    const res = await follow(api(`${policy.slug}/archive${query}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    return { html, elements: htmlElements(html) };
  };

  test('lists every version, newest first, with status, change type, dates and summary', async () => {
    const { elements } = await archive();
    const items = elements.filter((element) => element.attributes['data-version']);
    expect(items.map((item) => item.attributes['data-version'])).toEqual(NEWEST_FIRST());
    const text = (index: number) => items[index].text.replace(/\s+/g, ' ');
    expect(text(0)).toContain(`Version ${numbers.upcoming} Not yet in effect`);
    expect(text(0)).toContain('Major change · Takes effect on 30 April 2031 · Published on 11 March 2031');
    expect(text(1)).toContain('Withdrawn');
    expect(text(1)).toContain('never took effect. Reason given: Called off after a review.');
    expect(text(2)).toContain(`Version ${numbers.minor} In effect`);
    expect(text(2)).toContain('Minor change · In effect since 6 March 2031');
    expect(text(2)).toContain('Refunds are recorded too.');
    expect(text(3)).toContain(`Version ${numbers.first} Replaced`);
    expect(elements.find((element) => element.attributes.class === 'archive__as-of')?.text).toBe(
      'The status of each version as of 11 March 2031.',
    );
  });

  test('every link on the page and every advertised feed answers 200', async () => {
    const { elements } = await archive();
    const alternates = elementsNamed(elements, 'link', ['rel', 'alternate']);
    expect(alternates.map((link) => link.attributes.type)).toEqual([
      'application/atom+xml',
      'application/rss+xml',
      'application/feed+json',
    ]);
    for (const link of alternates) {
      const res = await follow(link.attributes.href);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(`${link.attributes.type}; charset=utf-8`);
    }
    const hrefs = [...new Set(elementsNamed(elements, 'a').map((link) => link.attributes.href))];
    // Each version, each redline (not the first's), the version in effect and the three feeds.
    expect(hrefs).toHaveLength(4 + 3 + 1 + 3);
    expect(hrefs).toEqual(expect.arrayContaining([api(`${policy.slug}?version=${numbers.withdrawn}&format=printable&locale=en`)]));
    for (const url of hrefs) {
      const res = await follow(url);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
    }
  });

  test('in the policy language: the French archive of the demo policy, whose links keep French', async () => {
    const res = await follow(`${baseUrl}/api/privacy-policy/policies/privacy-policy/archive?locale=fr`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('fr');
    const elements = htmlElements(await res.text());
    expect(elements[0].attributes.lang).toBe('fr');
    expect(elementsNamed(elements, 'h1')[0].text).toBe('Politique de confidentialité : toutes les versions');
    expect(elementsNamed(elements, 'button')[0].text).toBe('S’abonner');
    const hrefs = [...new Set(elementsNamed(elements, 'a').map((link) => link.attributes.href))];
    expect(hrefs.length).toBeGreaterThan(3);
    for (const url of hrefs) {
      expect(url).toContain('locale=fr');
      expect((await follow(url)).status).toBe(200);
    }
    const feed = parseFeed(await (await follow(`${baseUrl}/api/privacy-policy/policies/privacy-policy/feed?locale=fr`)).text());
    expect(feed.language).toBe('fr');
    expect(feed.items[0].title).toMatch(/^Version 1\.0 \(modification majeure\) : en vigueur depuis le /);
  });
});

describe('drafts are never shown', () => {
  test('neither the feed nor the archive carries an unpublished edit, title included', async () => {
    for (const path of ['feed', 'feed?format=rss', 'feed?format=json', 'archive']) {
      const text = await (await follow(api(`${policy.slug}/${path}`))).text();
      // Positive control: the published words are there.
      expect({ path, published: text.includes('Refunds are recorded too.') && text.includes('Archive Privacy Policy') }).toEqual({
        path,
        published: true,
      });
      expect({ path, draft: text.includes(MARKER) }).toEqual({ path, draft: false });
    }
    const draft = await app.strapi.db.query(UID.policy).findOne({ where: { documentId: policy.documentId, publishedAt: null } });
    expect(draft.title).toBe(`${MARKER} title`);
  });
});

describe('the subscribe form', () => {
  const formOf = async (query = '') => {
    const elements = htmlElements(await (await follow(api(`${policy.slug}/archive${query}`))).text());
    const [form] = elementsNamed(elements, 'form');
    const fields = Object.fromEntries(
      elementsNamed(elements, 'input').map((input) => [input.attributes.name, input.attributes.value ?? '']),
    );
    return { form, fields };
  };
  /** What a browser sends for the form: its fields, urlencoded, to its action, asking for a page. */
  const submit = (form: HtmlElement, fields: Record<string, string>) =>
    fetch(form.attributes.action, {
      method: form.attributes.method.toUpperCase(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      body: new URLSearchParams(fields).toString(),
    });

  test('posts to the subscription route: a page that says what happens next, then the double opt-in runs end to end', async () => {
    const { form, fields } = await formOf();
    expect(form.attributes.action).toBe(`${baseUrl}/api/privacy-policy/subscriptions`);
    expect(fields).toEqual({ email: '', policy: policy.slug, locale: 'en' });
    const res = await submit(form, { ...fields, email: 'reader@example.test' });
    expect(res.status).toBe(202);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const answer = htmlElements(await res.text());
    expect(elementsNamed(answer, 'h1')[0].text).toBe('Check your inbox');
    const back = elementsNamed(answer, 'a')[0].attributes.href;
    expect(back).toBe(api(`${policy.slug}/archive?locale=en`));
    expect((await follow(back)).status).toBe(200);

    await sink.waitFor(() => sink.to('reader@example.test').length > 0);
    const email = sink.to('reader@example.test')[0].parsed.text ?? '';
    const confirm = /https?:\/\/\S+\/subscriptions\/confirm\?token=[\w-]+/.exec(email)?.[0];
    expect(confirm).toBeDefined();
    expect((await follow(confirm!)).status).toBe(200);
    await waitUntil(
      async () => (await app.strapi.db.query(UID.subscriber).findOne({ where: { email: 'reader@example.test' } }))?.status === 'confirmed',
    );
    const subscriber = await app.strapi.db.query(UID.subscriber).findOne({ where: { email: 'reader@example.test' } });
    expect(subscriber).toMatchObject({ scope: policy.slug, locale: 'en', status: 'confirmed' });
  });

  test('a refusal is a page in the form’s language too: a bad address in French, too many requests', async () => {
    const french = await (await follow(`${baseUrl}/api/privacy-policy/policies/privacy-policy/archive?locale=fr`)).text();
    const [form] = elementsNamed(htmlElements(french), 'form');
    const fields = Object.fromEntries(
      elementsNamed(htmlElements(french), 'input').map((input) => [input.attributes.name, input.attributes.value ?? '']),
    );
    const bad = await submit(form, { ...fields, email: 'not an address' });
    expect(bad.status).toBe(400);
    const page = htmlElements(await bad.text());
    expect(page[0].attributes.lang).toBe('fr');
    expect(elementsNamed(page, 'main')[0].text).toContain('Cette adresse e-mail n’est pas valide.');

    const { fields: english } = await formOf();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1)
      statuses.push((await submit(form, { ...english, email: 'eager@example.test' })).status);
    // Three requests per address an hour (the example's setting), then the page says to wait.
    expect(statuses).toEqual([202, 202, 202, 429]);
    const limited = await submit(form, { ...english, email: 'eager@example.test' });
    expect(elementsNamed(htmlElements(await limited.text()), 'main')[0].text).toContain('Too many subscription requests.');
  });

  test('an API client posting JSON still gets JSON', async () => {
    const res = await fetch(`${baseUrl}/api/privacy-policy/subscriptions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'api-client@example.test', policy: policy.slug }),
    });
    expect(res.status).toBe(202);
    expect(((await res.json()) as any).data.message).toContain('confirmation email');
  });
});

describe('served from the read cache', () => {
  const paths = () => [
    `${policy.slug}/feed`,
    `${policy.slug}/feed?format=rss`,
    `${policy.slug}/feed?format=json`,
    `${policy.slug}/archive`,
  ];

  test('a repeated read makes no database query, byte for byte the same, with its ETag and a 304', async () => {
    for (const path of paths()) expect((await follow(api(path))).status).toBe(200);
    const worker = app.strapi.plugin('privacy-policy').service('delivery-worker');
    await worker.stop();
    const queries: string[] = [];
    const record = (query: { sql: string }) => queries.push(query.sql);
    app.strapi.db.connection.on('query', record);
    const seen: { path: string; etag: string | null; body: string }[] = [];
    try {
      for (const path of paths()) {
        const first = await follow(api(path));
        const second = await follow(api(path));
        const [one, two] = [await first.text(), await second.text()];
        expect(two).toBe(one);
        expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
        seen.push({ path, etag: first.headers.get('etag'), body: one });
        const revalidated = await follow(api(path), { 'If-None-Match': first.headers.get('etag')! });
        expect(revalidated.status).toBe(304);
      }
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
    // Only the periodic reads may appear (the generation poll, the locale list): see read-cache.test.ts.
    expect(queries.filter((sql) => !/privacy_policy_publication_state|i18n_locale|core_store/.test(sql))).toEqual([]);
    expect(new Set(seen.map((entry) => entry.etag)).size).toBe(4);
  });

  test('compressed once, chosen by Accept-Encoding, each encoding with its own ETag', async () => {
    const zlib = require('node:zlib');
    for (const path of paths()) {
      const url = `/api/privacy-policy/policies/${path}`;
      const identity = await rawGet(app, url, { 'Accept-Encoding': 'identity' });
      const brotli = await rawGet(app, url, { 'Accept-Encoding': 'br, gzip' });
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotli.headers.vary).toMatch(/Accept-Encoding/i);
      expect(zlib.brotliDecompressSync(brotli.body).equals(identity.body)).toBe(true);
      expect(brotli.headers.etag).not.toBe(identity.headers.etag);
    }
  });

  test('a withdrawal changes them at once, and the day an upcoming version takes effect changes them without a publish', async () => {
    // A policy of its own with the same history: this test moves the clock and records versions.
    const { policy: own, numbers: versions } = await archivePolicy('Cached');
    try {
      const before = await (await follow(api(`${own.slug}/archive`))).text();
      expect(before).toContain(`data-version="${versions.upcoming}"`);
      const cacheControl = (await follow(api(`${own.slug}/feed`))).headers.get('cache-control');
      // The answer may not be kept past the day the upcoming version takes effect.
      expect(cacheControl).toMatch(/^public, max-age=\d+$/);

      setClock(app, day(60));
      const switched = parseFeed(await (await follow(api(`${own.slug}/feed`))).text());
      expect(switched.items[0].title).toBe(`Version ${versions.upcoming} (major change): in effect since 30 April 2031`);
      expect(switched.items[2].title).toBe(`Version ${versions.minor} (minor change): took effect on 6 March 2031`);
      const page = await (await follow(api(`${own.slug}/archive`))).text();
      expect(page).toContain(`archive__version--current" id="version-${versions.upcoming}"`);

      setClock(app, day(61));
      await app.strapi.documents(UID.policy).update({ documentId: own.documentId, data: { title: 'Cached Privacy Policy' } as any });
      await editRetention(own, 'P9Y');
      const next = await publish(own.documentId, {
        changeType: 'major',
        effectiveDate: day(95),
        changeSummary: 'Orders kept nine years.',
      });
      const withdrawn = await app.http
        .post(`/privacy-policy/policies/${own.documentId}/versions/${next}/withdraw`)
        .set(admin())
        .send({ reason: 'Published too early.' });
      expect(withdrawn.status).toBe(200);
      const feed = parseFeed(await (await follow(api(`${own.slug}/feed`))).text());
      expect(feed.items[0].title).toBe(`Version ${next} (major change): withdrawn, was to take effect on 4 June 2031`);
      expect(feed.items[0].description).toContain('Reason given: Published too early.');
    } finally {
      setClock(app, day(10));
    }
  });
});

describe('hostile text', () => {
  test('a title and summaries full of markup leave the feeds well-formed and the page inert, and read back as written', async () => {
    setClock(app, day(10));
    const fixture = await createSmallPolicy(app, `Hostile ${XSS_PAYLOADS[2]} ]]> &amp;`);
    await publish(fixture.policy.documentId, {
      changeType: 'major',
      effectiveDate: day(10),
      changeSummary: XSS_PAYLOADS.slice(0, 8).join(' ]]> '),
    });
    const { slug } = await app.strapi.db
      .query(UID.policy)
      .findOne({ where: { documentId: fixture.policy.documentId, publishedAt: { $notNull: true } } });
    const title = `Hostile ${XSS_PAYLOADS[2]} ]]> &amp; Privacy Policy: every version`;
    for (const format of ['atom', 'rss']) {
      const text = await (await follow(api(`${slug}/feed?format=${format}`))).text();
      expect(XMLValidator.validate(text)).toBe(true);
      expect(parseFeed(text).items).toHaveLength(1);
      // Read from the XML: the feed parser decodes entities a second time (see tests/unit/version-feed.test.ts).
      const raw = xml.parse(text);
      expect(format === 'atom' ? raw.feed.title['#text'] : raw.rss.channel.title).toBe(title);
    }
    const json: any = await (await follow(api(`${slug}/feed?format=json`))).json();
    expect(json.items[0].summary).toBe(XSS_PAYLOADS.slice(0, 8).join(' ]]> '));
    expect(scriptVectors(json.items[0].content_html)).toEqual([]);

    const page = await (await follow(api(`${slug}/archive`))).text();
    const clean = await (await follow(api(`${policy.slug}/archive`))).text();
    expect(scriptVectors(page)).toEqual(scriptVectors(clean));
    expect(elementsNamed(htmlElements(page), 'p', ['class', 'archive__summary'])[0].text).toBe(XSS_PAYLOADS.slice(0, 8).join(' ]]> '));
  });
});
