import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, contentManager } from '../helpers/admin-api';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { scriptVectors } from '../helpers/script-vectors';
import { connect, UID } from '../helpers/policy-fixture';
import MarkdownIt from 'markdown-it';

let app: TestApp;
let cm: ReturnType<typeof contentManager>;

beforeAll(async () => {
  app = await startStrapi();
  cm = contentManager(app, await adminToken(app));
});
// Each test starts with nothing published, so that the public list shows only what the test publishes.
beforeEach(async () => {
  const published = await app.strapi.db
    .query(UID.policy)
    .findMany({ where: { publishedAt: { $notNull: true } }, select: ['documentId', 'locale'] });
  for (const { documentId, locale } of published) await app.strapi.documents(UID.policy).unpublish({ documentId, locale });
});
afterAll(async () => {
  await app?.stop();
});

/**
 * A "Privacy Policy" of its own for one test, created through the admin API and not published: a contact
 * section with an "Email" subsection (a legal basis claim, a processor, a retention rule) and a summary.
 * Its slug is the policy's own (`privacy-policy`, `privacy-policy-2`, … as Strapi gives them).
 */
const contactPolicy = async () => {
  const processor = (
    await cm.create(UID.processor, {
      name: 'Fasthosts',
      category: 'email',
      storageCountries: ['GB'],
      privacyPolicyUrl: 'https://www.fasthosts.co.uk/terms/privacy-notice',
    })
  ).body.data;
  const rule = (
    await cm.create(UID.retentionRule, {
      name: 'Correspondence',
      dataCategory: 'Correspondence and enquiries',
      period: 'P1Y',
      trigger: 'enquiry-resolved',
      triggerDescription: 'after the enquiry is resolved',
    })
  ).body.data;
  const basis = await app.strapi.db.query(UID.legalBasis).findOne({ where: { code: 'gdpr-art-6-1-f' } });
  const contact = (await cm.create(UID.section, { title: 'When you contact us', category: 'collection', position: 2 })).body.data;
  const email = (
    await cm.create(UID.section, {
      title: 'Email',
      category: 'collection',
      position: 1,
      parent: connect(contact),
      body: 'We read every message.',
      dataCollected: ['email address', 'signature block'],
      legalBases: [{ legalBasis: connect(basis), justificationLabel: 'Legitimate interests', justification: 'Answering enquiries' }],
      processors: connect(processor),
      retentionRules: connect(rule),
      storageLocation: 'United Kingdom',
    })
  ).body.data;
  const summary = (await cm.create(UID.section, { title: 'Summary', category: 'summary', position: 1, body: 'In short.' })).body.data;
  const policy = (
    await cm.create(UID.policy, {
      title: 'Privacy Policy',
      controller: { name: 'Example Ltd', email: 'privacy@example.com' },
      sections: {
        connect: [
          { id: contact.id, documentId: contact.documentId },
          { id: summary.id, documentId: summary.documentId },
        ],
      },
      changeType: 'major',
      effectiveDate: '2018-05-31',
      changeSummary: 'First version',
    })
  ).body.data;
  const { slug } = policy;
  expect(slug).toMatch(/^privacy-policy(-\d+)?$/);
  return { processor, email, policy, slug, read: (query = '') => app.http.get(`/api/privacy-policy/policies/${slug}${query}`) };
};

/** The contact policy, published through the content manager's Publish button. */
const publishedContactPolicy = async () => {
  const fixture = await contactPolicy();
  expect((await cm.publish(UID.policy, fixture.policy.documentId, {})).status).toBe(200);
  return fixture;
};

test('a policy that was never published is invisible to the public', async () => {
  const { slug, read } = await contactPolicy();
  expect((await app.http.get('/api/privacy-policy/policies')).body.data).toEqual([]);
  const res = await read();
  expect(res.status).toBe(404);
  expect(res.body.error.message).toBe(`No published policy has the slug "${slug}" in locale "en"`);
});

test('publishing through the content manager makes the whole policy readable, relations resolved', async () => {
  const { policy, processor, slug, read } = await contactPolicy();
  const published = await cm.publish(UID.policy, policy.documentId, {});
  expect(published.status).toBe(200);

  const list = await app.http.get('/api/privacy-policy/policies');
  expect(list.status).toBe(200);
  expect(list.body.data).toEqual([expect.objectContaining({ slug, title: 'Privacy Policy', effectiveDate: '2018-05-31' })]);

  const res = await read();
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/application\/json/);
  const data = res.body.data;
  expect(data.toc).toEqual([
    { slug: 'summary', title: 'Summary', children: [] },
    { slug: 'when-you-contact-us', title: 'When you contact us', children: [{ slug: 'email', title: 'Email', children: [] }] },
  ]);
  const emailSection = data.sections[1].children[0];
  expect(emailSection).toMatchObject({
    dataCollected: ['email address', 'signature block'],
    storageLocation: 'United Kingdom',
    bodyHtml: '<p>We read every message.</p>\n',
  });
  expect(emailSection.legalBases[0]).toMatchObject({
    code: 'gdpr-art-6-1-f',
    article: 'Article 6(1)(f)',
    name: 'Legitimate interests',
    justification: 'Answering enquiries',
  });
  expect(emailSection.processors[0]).toMatchObject({
    name: 'Fasthosts',
    storageCountries: [{ code: 'GB', name: 'United Kingdom' }],
    transfersOutsideUkEea: false,
  });
  expect(emailSection.retentionRules[0]).toMatchObject({ period: 'P1Y', periodText: '1 year', trigger: 'enquiry-resolved' });
  expect(processor.slug).toMatch(/^fasthosts(-\d+)?$/);
  expect(data.processors.map((p: any) => p.slug)).toEqual([processor.slug]);
  expect(data.controller).toMatchObject({ name: 'Example Ltd', email: 'privacy@example.com' });
});

test('html and markdown renderings carry the structure, a table of contents and slug anchors', async () => {
  const { read } = await publishedContactPolicy();
  const html = await read('?format=html');
  expect(html.status).toBe(200);
  expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(html.text).toContain('<nav class="privacy-policy__toc" aria-label="Contents">');
  expect(html.text).toContain('<a href="#email">Email</a>');
  expect(html.text).toContain('<section id="email" class="privacy-policy__section" data-category="collection"><h3>Email</h3>');
  expect(html.text.indexOf('id="summary"')).toBeLessThan(html.text.indexOf('id="when-you-contact-us"'));
  expect(html.text).toContain('Legitimate interests — GDPR Article 6(1)(f)');
  expect(html.text).toContain('<a href="https://www.fasthosts.co.uk/terms/privacy-notice" rel="nofollow noopener">Fasthosts</a>');

  const markdown = await read('?format=markdown');
  expect(markdown.status).toBe(200);
  expect(markdown.headers['content-type']).toBe('text/markdown; charset=utf-8');
  expect(markdown.text).toMatch(/^# Privacy Policy\n/);
  expect(markdown.text).toContain('- [Summary](#summary)\n- [When you contact us](#when-you-contact-us)\n  - [Email](#email)');
  expect(markdown.text).toContain('### Email');
  expect(markdown.text).toContain('- email address');
});

test('an unknown format is a 400 naming the parameter', async () => {
  const { read } = await publishedContactPolicy();
  expect((await read()).status).toBe(200);
  const res = await read('?format=pdf');
  expect(res.status).toBe(400);
  expect(res.body.error.message).toBe('format must be one of: json, html, markdown, text, jsonld, printable');
});

test('edits after publishing stay invisible until the next publish', async () => {
  const { processor, email, policy, read } = await publishedContactPolicy();
  await cm.update(UID.processor, processor.documentId, { name: 'Fasthosts Renamed', storageCountries: ['US'] });
  await cm.update(UID.section, email.documentId, { title: 'Email (edited)', dataCollected: ['everything'] });
  await cm.update(UID.policy, policy.documentId, { title: 'Draft title' });
  const newSection = (await cm.create(UID.section, { title: 'Cookies', category: 'cookies', position: 3 })).body.data;
  await cm.update(UID.policy, policy.documentId, { sections: { connect: [{ id: newSection.id, documentId: newSection.documentId }] } });

  const before = (await read()).body.data;
  expect(before.title).toBe('Privacy Policy');
  expect(before.toc.map((entry: any) => entry.slug)).toEqual(['summary', 'when-you-contact-us']);
  expect(before.sections[1].children[0].title).toBe('Email');
  expect(before.sections[1].children[0].dataCollected).toEqual(['email address', 'signature block']);
  expect(before.processors[0]).toMatchObject({ name: 'Fasthosts', transfersOutsideUkEea: false });

  const today = app.strapi.plugin('privacy-policy').service('clock').today();
  const republished = await cm.publish(UID.policy, policy.documentId, {
    changeType: 'minor',
    effectiveDate: today,
    overrideClassifier: true,
  });
  expect(republished.status).toBe(200);
  const after = (await read()).body.data;
  expect(after.title).toBe('Draft title');
  expect(after.toc.map((entry: any) => entry.slug)).toEqual(['summary', 'when-you-contact-us', 'cookies']);
  expect(after.processors[0]).toMatchObject({ name: 'Fasthosts Renamed', transfersOutsideUkEea: true });
  expect(after.version).toMatchObject({ number: '1.1', effectiveDate: today });
});

test('a draft-only second policy stays invisible beside a published one', async () => {
  const { slug } = await publishedContactPolicy();
  const draft = (await cm.create(UID.policy, { title: 'Cookies Policy' })).body.data;
  expect(draft.slug).toMatch(/^cookies-policy(-\d+)?$/);
  const list = (await app.http.get('/api/privacy-policy/policies')).body.data;
  expect(list.map((entry: any) => entry.slug)).toEqual([slug]);
  expect((await app.http.get(`/api/privacy-policy/policies/${draft.slug}`)).status).toBe(404);
});

test('unpublishing withdraws the policy from the public routes', async () => {
  const { policy, slug, read } = await publishedContactPolicy();
  expect((await read()).status).toBe(200);
  expect((await app.http.get('/api/privacy-policy/policies')).body.data.map((entry: any) => entry.slug)).toEqual([slug]);
  expect((await cm.unpublish(UID.policy, policy.documentId)).status).toBe(200);
  expect((await read()).status).toBe(404);
  expect((await app.http.get('/api/privacy-policy/policies')).body.data).toEqual([]);
});

test('the raw content types are not exposed through the content API', async () => {
  // Positive control: the content API answers under /api, with the plugin's own routes.
  expect((await app.http.get('/api/privacy-policy/policies')).status).toBe(200);
  for (const path of [
    '/api/policies',
    '/api/privacy-policy/policy-sections',
    '/api/privacy-policy/processors',
    '/api/processors',
    '/api/privacy-policy/policy-versions',
  ]) {
    expect((await app.http.get(path)).status).toBe(404);
  }
});

test('editor Markdown stored through the admin API never reaches the public output as script', async () => {
  const sections = [];
  for (const [index, payload] of XSS_PAYLOADS.entries()) {
    sections.push(
      (await cm.create(UID.section, { title: `Payload ${index}`, body: payload, dataCollected: [payload], position: index })).body.data,
    );
  }
  const hostile = (
    await cm.create(UID.policy, {
      title: 'Hostile',
      changeType: 'minor',
      effectiveDate: '2020-01-01',
      introduction: XSS_PAYLOADS.join('\n\n'),
      sections: { connect: sections.map(({ id, documentId }) => ({ id, documentId })) },
    })
  ).body.data;
  expect((await cm.publish(UID.policy, hostile.documentId, {})).status).toBe(200);
  const read = (query = '') => app.http.get(`/api/privacy-policy/policies/${hostile.slug}${query}`);

  const html = await read('?format=html');
  expect(html.status).toBe(200);
  expect(html.text).toContain('Payload 27');
  expect(scriptVectors(html.text)).toEqual([]);

  const json = (await read()).body.data;
  expect(json.sections).toHaveLength(XSS_PAYLOADS.length);
  expect(scriptVectors(json.introductionHtml + json.sections.map((section: any) => section.bodyHtml).join(''))).toEqual([]);

  const permissive = new MarkdownIt({ html: true });
  permissive.validateLink = () => true;
  const markdown = await read('?format=markdown');
  expect(scriptVectors(permissive.render(markdown.text))).toEqual([]);
});
