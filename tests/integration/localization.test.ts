import { randomBytes } from 'node:crypto';
import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, contentManager } from '../helpers/admin-api';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { waitUntil } from '../helpers/subscribers';
import { clockOf, UID } from '../helpers/policy-fixture';

const DEMO = require('../../example/demo-content/jet-professional-plumbing.json');
const DEMO_FRENCH = require('../../example/demo-content/jet-professional-plumbing.fr.json');
const { translatedImport } = require('../../example/src/demo-translation');

let app: TestApp;
let sink: SmtpSink;
let token: string;
let cm: ReturnType<typeof contentManager>;

const { day, setToday } = clockOf(() => app, '2031-01-01');
/** The demo policy, as imported at start: read-only here; the tests that publish use copies of their own. */
const read = (query: string) => app.http.get(`/api/privacy-policy/policies/privacy-policy${query}`);
const gql = async (query: string) => (await app.http.post('/graphql').send({ query })).body;

/**
 * A copy of the demo policy for one test, under a slug of its own, imported in English and French as the
 * example app imports the demo (the processors and retention rules are the demo's own), 1.0 published in each.
 */
const bilingualPolicy = async (slug: string) => {
  const importer = app.strapi.plugin('privacy-policy').service('policy-import');
  const english = { ...DEMO, policy: { ...DEMO.policy, slug } };
  const { documentId } = await importer.importPolicy(english, { publish: true });
  await importer.importPolicy(translatedImport(english, DEMO_FRENCH), { publish: true, locale: 'fr' });
  return {
    slug,
    documentId,
    read: (query: string) => app.http.get(`/api/privacy-policy/policies/${slug}${query}`),
    publish: (body: object) =>
      app.http.post(`/privacy-policy/policies/${documentId}/versions`).set('Authorization', `Bearer ${token}`).send(body),
    /** The draft of this policy's "summary" section in a locale. */
    summaryOf: async (locale: string) => {
      const draft = await app.strapi.db
        .query(UID.policy)
        .findOne({ where: { documentId, locale, publishedAt: null }, populate: { sections: true } });
      return draft.sections.find((section: any) => section.slug === 'summary');
    },
  };
};

/** Confirmed subscribers to one policy, one per locale preference; the addresses start with `tag`. */
const readersOf = async (slug: string, tag: string) => {
  const readers = {
    french: [`${tag}-francophone@example.test`, 'fr'],
    canadian: [`${tag}-quebecois@example.test`, 'fr-CA'],
    english: [`${tag}-english@example.test`, 'en'],
    german: [`${tag}-german@example.test`, 'de'],
    unspecified: [`${tag}-unspecified@example.test`, null],
  } as const;
  for (const [email, locale] of Object.values(readers)) {
    await app.strapi.db.query(UID.subscriber).create({
      data: {
        email,
        scope: slug,
        status: 'confirmed',
        locale,
        consent: {},
        unsubscribeSalt: randomBytes(16).toString('hex'),
        createdAt: new Date(),
      },
    });
  }
  const emails = Object.fromEntries(Object.entries(readers).map(([key, [email]]) => [key, email])) as Record<keyof typeof readers, string>;
  /** Which of these readers got an email whose subject contains `subjectPart`, sorted. */
  const recipientsOf = (subjectPart: string) =>
    sink.messages
      .filter((message) => Object.values(emails).includes(message.to) && message.parsed.subject?.includes(subjectPart))
      .map((message) => message.to)
      .sort();
  return { ...emails, recipientsOf };
};

beforeAll(async () => {
  sink = await startSmtpSink();
  app = await startStrapi({
    demoContent: true,
    env: {
      SMTP_PORT: String(sink.port),
      SMTP_POOL: 'false',
      PRIVACY_POLICY_POLL_MS: '100',
      PRIVACY_POLICY_MESSAGES_PER_SECOND: '1000',
      PRIVACY_POLICY_DELIVERY: 'true',
    },
  });
  setToday(0);
  token = await adminToken(app);
  cm = contentManager(app, token);
  await app.strapi.plugin('i18n').service('locales').create({ code: 'de', name: 'German (de)' });
});
// Each test starts with the demo policy as the only published one, whatever an earlier test published.
beforeEach(async () => {
  setToday(0);
  const copies = await app.strapi.db
    .query(UID.policy)
    .findMany({ where: { publishedAt: { $notNull: true }, slug: { $ne: 'privacy-policy' } }, select: ['documentId', 'locale'] });
  for (const { documentId, locale } of copies) await app.strapi.documents(UID.policy).unpublish({ documentId, locale });
});
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 500));
  await app?.stop();
  await sink?.close();
});

describe('the read API takes a locale', () => {
  test('the demo ships English and French; each is served in its own language', async () => {
    const english = await read('');
    const french = await read('?locale=fr');
    expect(english.status).toBe(200);
    expect(french.status).toBe(200);
    expect(english.headers['content-language']).toBe('en');
    expect(french.headers['content-language']).toBe('fr');
    expect(english.body.data).toMatchObject({ title: 'Privacy Policy', locale: 'en', version: { number: '1.0' } });
    expect(french.body.data).toMatchObject({ title: 'Politique de confidentialité', locale: 'fr', version: { number: '1.0' } });
    expect(french.body.meta.locale).toBe('fr');
    expect(french.body.data.sections[0]).toMatchObject({ slug: 'summary', title: 'En bref' });
    expect(french.body.data.sections[0].body).toContain('Responsable du traitement');
    // Sections without a translation keep the English text, under the same anchors.
    expect(french.body.data.sections.map((section: any) => section.slug)).toEqual(
      english.body.data.sections.map((section: any) => section.slug),
    );
    expect(french.body.data.sections[2].title).toBe(english.body.data.sections[2].title);
  });

  test('HTML and Markdown come in the asked locale too', async () => {
    const html = await read('?locale=fr&format=html');
    expect(html.text).toContain('Politique de confidentialité');
    expect(html.text).toContain('En bref');
    const markdown = await read('?locale=fr&format=markdown');
    expect(markdown.text).toContain('# Politique de confidentialité');
  });

  test('the list of policies is per locale', async () => {
    const french = await app.http.get('/api/privacy-policy/policies?locale=fr');
    expect(french.body.data).toEqual([
      expect.objectContaining({ slug: 'privacy-policy', title: 'Politique de confidentialité', locale: 'fr' }),
    ]);
    const german = await app.http.get('/api/privacy-policy/policies?locale=de');
    expect(german.body.data).toEqual([]);
  });

  test('an unknown locale is a 400 that names the configured ones; a locale without the policy is a 404', async () => {
    const unknown = await read('?locale=xx');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe('locale "xx" is not one of the configured locales: en, fr, de');
    const malformed = await read('?locale=<script>');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/locale must be a locale code/);
    const german = await read('?locale=de');
    expect(german.status).toBe(404);
    expect(german.body.error.message).toBe('No published policy has the slug "privacy-policy" in locale "de"');
  });

  test('GraphQL queries take the locale argument', async () => {
    const { data, errors } = await gql(`{
      fr: privacyPolicy(slug: "privacy-policy", locale: "fr") { title locale sections { slug title } text jsonld }
      en: privacyPolicy(slug: "privacy-policy") { title locale }
      list: privacyPolicies(locale: "fr") { slug title locale }
      history: privacyPolicyVersions(slug: "privacy-policy", locale: "fr") { versions { number } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.fr).toMatchObject({ title: 'Politique de confidentialité', locale: 'fr' });
    expect(data.fr.sections[0]).toEqual({ slug: 'summary', title: 'En bref' });
    expect(data.fr.text).toContain('Politique de confidentialité');
    expect(JSON.parse(data.fr.jsonld)['@context'].dpv).toBe('https://w3id.org/dpv#');
    expect(data.en).toEqual({ title: 'Privacy Policy', locale: 'en' });
    expect(data.list).toEqual([{ slug: 'privacy-policy', title: 'Politique de confidentialité', locale: 'fr' }]);
    expect(data.history.versions).toEqual([{ number: '1.0' }]);
    const unknown = await gql('{ privacyPolicy(slug: "privacy-policy", locale: "xx") { title } }');
    expect(unknown.errors[0].message).toBe('locale "xx" is not one of the configured locales: en, fr, de');
  });
});

describe('each locale is versioned on its own, and notified in its own language', () => {
  test('a major French version goes to French readers only, in French, with French links', async () => {
    const policy = await bilingualPolicy('bilingual-french-major');
    const readers = await readersOf(policy.slug, 'french-major');
    const summary = await policy.summaryOf('fr');
    const edited = await cm.update(UID.section, `${summary.documentId}?locale=fr`, {
      body: 'Un aperçu réécrit : nous ne transférons plus de données hors du Royaume-Uni.',
    });
    expect(edited.status).toBe(200);
    const res = await policy.publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'Nouveau résumé', locale: 'fr' });
    expect(res.status).toBe(201);
    expect(res.body.data.version).toMatchObject({ number: '2.0', locale: 'fr' });
    expect((await policy.read('/versions')).body.data.map((entry: any) => entry.number)).toEqual(['1.0']);
    expect((await policy.read('/versions?locale=fr')).body.data.map((entry: any) => entry.number)).toEqual(['2.0', '1.0']);

    await waitUntil(async () => readers.recipientsOf('la version 2.0').length === 2, 20_000);
    expect(readers.recipientsOf('la version 2.0')).toEqual([readers.french, readers.canadian].sort());
    const message = sink.to(readers.french)[0];
    // The demo's controller names the organisation; the French words come from the version's language.
    expect(message.parsed.subject).toBe(
      'Jet Professional Plumbing & Heating : la version 2.0 de notre Politique de confidentialité entre en vigueur le 31 janvier 2031',
    );
    expect(message.parsed.text).toContain(
      'Chez Jet Professional Plumbing & Heating, nous modifions notre Politique de confidentialité. La version 2.0 entre en vigueur le 31 janvier 2031.',
    );
    expect(message.parsed.text).toContain('- Section «\u00a0En bref\u00a0» reformulée\n');
    expect(message.parsed.text).toContain(`/${policy.slug}/diff?from=1.0&to=2.0&format=printable&locale=fr`);
    expect(message.parsed.text).toContain('locale=fr');

    // The pages its links open are in French, down to the redline's own words and the lang attribute.
    const redline = await policy.read('/diff?from=1.0&to=2.0&format=printable&locale=fr');
    expect(redline.text).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(redline.text).toContain('<h1>Politique de confidentialité : modifications de la version 1.0 à la version 2.0</h1>');
    expect(redline.text).toContain('<h2>Textes reformulés</h2>');
    expect(redline.text).toContain('La version 2.0 entre en vigueur le <time datetime="2031-01-31">31 janvier 2031</time>.');
    expect((await policy.read('?format=printable&version=2.0&locale=fr')).text).toMatch(/^<!doctype html>\n<html lang="fr">/);
    const { data } = await gql(`{ privacyPolicyDiff(slug: "${policy.slug}", from: "1.0", to: "2.0", locale: "fr") { html } }`);
    expect(data.privacyPolicyDiff.html).toContain('<article class="privacy-policy-redline" lang="fr">');
    expect(data.privacyPolicyDiff.html).toContain('<strong>Texte</strong> : ');
    expect(message.parsed.text).toContain('Nouveau résumé');
  });

  test('a major English version goes to everyone else, in English: readers of a locale the policy lacks get the default', async () => {
    const policy = await bilingualPolicy('bilingual-english-major');
    const readers = await readersOf(policy.slug, 'english-major');
    const summary = await policy.summaryOf('en');
    await cm.update(UID.section, summary.documentId, { body: 'A rewritten overview: we no longer transfer data outside the UK.' });
    const res = await policy.publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'New summary' });
    expect(res.status).toBe(201);
    expect(res.body.data.version).toMatchObject({ number: '2.0', locale: 'en' });

    await waitUntil(async () => readers.recipientsOf('Privacy Policy: version 2.0').length === 3, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(readers.recipientsOf('Privacy Policy: version 2.0')).toEqual([readers.english, readers.german, readers.unspecified].sort());
    // The French readers get nothing: the French policy did not change.
    expect(readers.recipientsOf('version 2.0')).toHaveLength(3);
    const message = sink.to(readers.german)[0];
    expect(message.parsed.subject).toBe(
      'Jet Professional Plumbing & Heating is changing its Privacy Policy: version 2.0 takes effect on 31 January 2031',
    );
    expect(message.parsed.text).toContain('locale=en');
    expect(message.parsed.text).toContain('New summary');
  });
});

test("the content manager's own Publish button records a version of the locale it publishes", async () => {
  const policy = await bilingualPolicy('bilingual-publish-button');
  const res = await app.http
    .post(`/content-manager/collection-types/${UID.policy}/${policy.documentId}/actions/publish?locale=fr`)
    .set('Authorization', `Bearer ${token}`)
    .send({ title: 'Politique de confidentialité (révisée)', changeType: 'minor', effectiveDate: day(31) });
  expect(res.status).toBe(200);
  expect((await policy.read('/versions?locale=fr')).body.data.map((entry: any) => entry.number)).toEqual(['1.1', '1.0']);
  expect((await policy.read('/versions')).body.data.map((entry: any) => entry.number)).toEqual(['1.0']);
  expect((await policy.read('?locale=fr&version=1.1')).body.data.title).toBe('Politique de confidentialité (révisée)');
});

test('publishing every locale at once records a version for each locale', async () => {
  const policy = await bilingualPolicy('bilingual-every-locale');
  const documents = app.strapi.documents(UID.policy);
  await documents.update({
    documentId: policy.documentId,
    locale: 'en',
    data: { introduction: 'Intro, English edit.', changeType: 'minor', effectiveDate: day(32) } as any,
  });
  await documents.update({
    documentId: policy.documentId,
    locale: 'fr',
    data: { introduction: 'Intro, modification française.', changeType: 'minor', effectiveDate: day(32) } as any,
  });
  await documents.publish({ documentId: policy.documentId, locale: '*' });
  expect((await policy.read('/versions?locale=fr')).body.data.map((entry: any) => entry.number)).toEqual(['1.1', '1.0']);
  expect((await policy.read('/versions')).body.data.map((entry: any) => entry.number)).toEqual(['1.1', '1.0']);
  expect((await policy.read('?version=1.1')).body.data.introduction).toBe('Intro, English edit.');
  expect((await policy.read('?locale=fr&version=1.1')).body.data.introduction).toBe('Intro, modification française.');
});
