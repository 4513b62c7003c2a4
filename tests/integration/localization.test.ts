import { randomBytes } from 'node:crypto';
import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, contentManager } from '../helpers/admin-api';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { waitUntil } from '../helpers/subscribers';

const UID = { section: 'plugin::privacy-policy.policy-section', policy: 'plugin::privacy-policy.policy' };

let app: TestApp;
let sink: SmtpSink;
let token: string;
let cm: ReturnType<typeof contentManager>;
let policyDocumentId: string;

const day = (offset: number) => new Date(Date.UTC(2031, 0, 1 + offset)).toISOString().slice(0, 10);
const read = (query: string) => app.http.get(`/api/privacy-policy/policies/privacy-policy${query}`);
const gql = async (query: string) => (await app.http.post('/graphql').send({ query })).body;
const publish = (body: object) =>
  app.http.post(`/privacy-policy/policies/${policyDocumentId}/versions`).set('Authorization', `Bearer ${token}`).send(body);
const summaryOf = (locale: string) => app.strapi.db.query(UID.section).findOne({ where: { slug: 'summary', locale } });

const addSubscriber = (email: string, locale: string | null) =>
  app.strapi.db.query('plugin::privacy-policy.subscriber').create({
    data: {
      email,
      scope: 'privacy-policy',
      status: 'confirmed',
      locale,
      consent: {},
      unsubscribeSalt: randomBytes(16).toString('hex'),
      createdAt: new Date(),
    },
  });
const recipientsOf = (subjectPart: string) =>
  sink.messages
    .filter((message) => message.parsed.subject?.includes(subjectPart))
    .map((message) => message.to)
    .sort();

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
  app.strapi.plugin('privacy-policy').service('clock').now = () => new Date(`${day(0)}T12:00:00Z`);
  token = await adminToken(app);
  cm = contentManager(app, token);
  policyDocumentId = (await app.strapi.db.query(UID.policy).findOne({ where: { slug: 'privacy-policy' } })).documentId;
  await app.strapi.plugin('i18n').service('locales').create({ code: 'de', name: 'German (de)' });
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
  beforeAll(async () => {
    await addSubscriber('francophone@example.test', 'fr');
    await addSubscriber('quebecois@example.test', 'fr-CA');
    await addSubscriber('english@example.test', 'en');
    await addSubscriber('german@example.test', 'de');
    await addSubscriber('unspecified@example.test', null);
  });

  test('a major French version goes to French readers only, in French, with French links', async () => {
    const summary = await summaryOf('fr');
    const edited = await cm.update(UID.section, `${summary.documentId}?locale=fr`, {
      body: 'Un aperçu réécrit : nous ne transférons plus de données hors du Royaume-Uni.',
    });
    expect(edited.status).toBe(200);
    const res = await publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'Nouveau résumé', locale: 'fr' });
    expect(res.status).toBe(201);
    expect(res.body.data.version).toMatchObject({ number: '2.0', locale: 'fr' });
    expect((await read('/versions')).body.data.map((entry: any) => entry.number)).toEqual(['1.0']);
    expect((await read('/versions?locale=fr')).body.data.map((entry: any) => entry.number)).toEqual(['2.0', '1.0']);

    await waitUntil(async () => recipientsOf('la version 2.0').length === 2, 20_000);
    expect(recipientsOf('la version 2.0')).toEqual(['francophone@example.test', 'quebecois@example.test']);
    const message = sink.to('francophone@example.test')[0];
    // The demo's controller names the organisation; the French words come from the version's language.
    expect(message.parsed.subject).toBe(
      'Jet Professional Plumbing & Heating : la version 2.0 de notre Politique de confidentialité entre en vigueur le 31 janvier 2031',
    );
    expect(message.parsed.text).toContain(
      'Chez Jet Professional Plumbing & Heating, nous modifions notre Politique de confidentialité. La version 2.0 entre en vigueur le 31 janvier 2031.',
    );
    expect(message.parsed.text).toContain('- Section «\u00a0En bref\u00a0» reformulée\n');
    expect(message.parsed.text).toContain('/diff?from=1.0&to=2.0&format=printable&locale=fr');
    expect(message.parsed.text).toContain('locale=fr');

    // The pages its links open are in French, down to the redline's own words and the lang attribute.
    const redline = await read('/diff?from=1.0&to=2.0&format=printable&locale=fr');
    expect(redline.text).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(redline.text).toContain('<h1>Politique de confidentialité : modifications de la version 1.0 à la version 2.0</h1>');
    expect(redline.text).toContain('<h2>Textes reformulés</h2>');
    expect(redline.text).toContain('La version 2.0 entre en vigueur le <time datetime="2031-01-31">31 janvier 2031</time>.');
    expect((await read('?format=printable&version=2.0&locale=fr')).text).toMatch(/^<!doctype html>\n<html lang="fr">/);
    const { data } = await gql('{ privacyPolicyDiff(slug: "privacy-policy", from: "1.0", to: "2.0", locale: "fr") { html } }');
    expect(data.privacyPolicyDiff.html).toContain('<article class="privacy-policy-redline" lang="fr">');
    expect(data.privacyPolicyDiff.html).toContain('<strong>Texte</strong> : ');
    expect(message.parsed.text).toContain('Nouveau résumé');
  });

  test('a major English version goes to everyone else, in English: readers of a locale the policy lacks get the default', async () => {
    const summary = await summaryOf('en');
    await cm.update(UID.section, summary.documentId, { body: 'A rewritten overview: we no longer transfer data outside the UK.' });
    const res = await publish({ changeType: 'major', effectiveDate: day(30), changeSummary: 'New summary' });
    expect(res.status).toBe(201);
    expect(res.body.data.version).toMatchObject({ number: '2.0', locale: 'en' });

    await waitUntil(async () => recipientsOf('Privacy Policy: version 2.0').length === 3, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(recipientsOf('Privacy Policy: version 2.0')).toEqual([
      'english@example.test',
      'german@example.test',
      'unspecified@example.test',
    ]);
    expect(recipientsOf('la version 2.0')).toHaveLength(2);
    const message = sink.to('german@example.test')[0];
    expect(message.parsed.subject).toBe(
      'Jet Professional Plumbing & Heating is changing its Privacy Policy: version 2.0 takes effect on 31 January 2031',
    );
    expect(message.parsed.text).toContain('locale=en');
    expect(message.parsed.text).toContain('New summary');
  });
});

test("the content manager's own Publish button records a version of the locale it publishes", async () => {
  const res = await app.http
    .post(`/content-manager/collection-types/${UID.policy}/${policyDocumentId}/actions/publish?locale=fr`)
    .set('Authorization', `Bearer ${token}`)
    .send({ title: 'Politique de confidentialité (révisée)', changeType: 'minor', effectiveDate: day(31) });
  expect(res.status).toBe(200);
  expect((await read('/versions?locale=fr')).body.data.map((entry: any) => entry.number)).toEqual(['2.1', '2.0', '1.0']);
  expect((await read('/versions')).body.data.map((entry: any) => entry.number)).toEqual(['2.0', '1.0']);
  expect((await read('?locale=fr&version=2.1')).body.data.title).toBe('Politique de confidentialité (révisée)');
});

test('publishing every locale at once records a version for each locale', async () => {
  const documents = app.strapi.documents(UID.policy);
  await documents.update({
    documentId: policyDocumentId,
    locale: 'en',
    data: { introduction: 'Intro, English edit.', changeType: 'minor', effectiveDate: day(32) } as any,
  });
  await documents.update({
    documentId: policyDocumentId,
    locale: 'fr',
    data: { introduction: 'Intro, modification française.', changeType: 'minor', effectiveDate: day(32) } as any,
  });
  await documents.publish({ documentId: policyDocumentId, locale: '*' });
  expect((await read('/versions?locale=fr')).body.data.map((entry: any) => entry.number)).toEqual(['2.2', '2.1', '2.0', '1.0']);
  expect((await read('/versions')).body.data.map((entry: any) => entry.number)).toEqual(['2.1', '2.0', '1.0']);
});
