import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, adminWithRole, contentManager } from '../helpers/admin-api';
import { dayFrom, UID } from '../helpers/policy-fixture';

const CSV_HEADER = 'activity,section,purpose,data_categories,legal_bases,recipients,transfers,retention';

let app: TestApp;
let token: string;
let apiToken: string;
let cm: ReturnType<typeof contentManager>;
let policyDocumentId: string;

const day = dayFrom('2031-01-01');
/** The admin panel's route (admin session, by documentId). */
const health = (query = '', auth: string | null = token) => {
  const request = app.http.get(`/privacy-policy/policies/${policyDocumentId}/health${query}`);
  return auth ? request.set('Authorization', `Bearer ${auth}`) : request;
};
/** The machines' route (content API, Strapi API token, by slug). */
const tokenHealth = (query = '', auth: string | null = apiToken) => {
  const request = app.http.get(`/api/privacy-policy/policies/privacy-policy/health${query}`);
  return auth ? request.set('Authorization', `Bearer ${auth}`) : request;
};
const record = (query = '', auth: string | null = apiToken) => {
  const request = app.http.get(`/api/privacy-policy/policies/privacy-policy/processing-record${query}`);
  return auth ? request.set('Authorization', `Bearer ${auth}`) : request;
};
const adminRecord = (query = '', auth: string | null = token) => {
  const request = app.http.get(`/privacy-policy/policies/${policyDocumentId}/processing-record${query}`);
  return auth ? request.set('Authorization', `Bearer ${auth}`) : request;
};
const publish = (body: object) =>
  app.http.post(`/privacy-policy/policies/${policyDocumentId}/versions`).set('Authorization', `Bearer ${token}`).send(body);
const versionNumbers = async () =>
  (
    await app.strapi.db
      .query(UID.version)
      .findMany({ where: { policyDocumentId, policyLocale: 'en' }, orderBy: [{ major: 'asc' }, { minor: 'asc' }] })
  ).map((row: any) => row.number);
const findingsOf = (body: any, check: string) => body.data.findings.filter((finding: any) => finding.check === check);
// Only policies have drafts; sections and processors have one row per locale.
const enRow = (uid: string, where: object) =>
  app.strapi.db.query(uid).findOne({ where: { ...where, locale: 'en', ...(uid === UID.policy ? { publishedAt: null } : {}) } });

/** Boots the example app on a fresh copy of the demo, the clock on day 0, with an admin session and a full-access API token. */
const bootDemo = async () => {
  app = await startStrapi({ demoContent: true, complianceGate: true });
  app.strapi.plugin('privacy-policy').service('clock').now = () => new Date(`${day(0)}T12:00:00Z`);
  token = await adminToken(app);
  cm = contentManager(app, token);
  const created = await app.http
    .post('/admin/api-tokens')
    .set('Authorization', `Bearer ${token}`)
    .send({ name: 'compliance-reader', type: 'full-access', lifespan: null });
  apiToken = created.body.data.accessKey;
  policyDocumentId = (await app.strapi.db.query(UID.policy).findOne({ where: { slug: 'privacy-policy' } })).documentId;
};
const stopDemo = async () => {
  await new Promise((resolve) => setTimeout(resolve, 500));
  await app?.stop();
};

beforeAll(bootDemo);
afterAll(stopDemo);

describe('policy health on the demo (the seed policy)', () => {
  test('the EU–US Privacy Shield is an error that names the replacements, on the processor and in the summary text', async () => {
    const res = await health();
    expect(res.status).toBe(200);
    const shield = findingsOf(res.body, 'privacy-shield');
    expect(shield.length).toBeGreaterThanOrEqual(2);
    for (const finding of shield) {
      expect(finding.severity).toBe('error');
      expect(finding.source).toMatch(/C-311\/18/);
      expect(`${finding.message} ${finding.fix}`).toMatch(/16 July 2020/);
      expect(`${finding.message} ${finding.fix}`).toMatch(/Data Privacy Framework/);
      expect(`${finding.message} ${finding.fix}`).toMatch(/standard contractual clauses|International Data Transfer Agreement/i);
    }
    expect(shield.map((finding: any) => finding.target.kind).sort()).toEqual(expect.arrayContaining(['processor', 'section']));
    expect(shield.find((finding: any) => finding.target.kind === 'section').target.slug).toBe('summary');
  });

  // Changed by issue 14: 18 is above the UK age of consent (13), lawful and protective; citing COPPA is a note.
  test('the children statement that says 18 while citing COPPA is a note that COPPA is US law, not an error', async () => {
    const findings = findingsOf((await health()).body, 'children-age-threshold');
    expect(findings.every((finding: any) => finding.severity === 'info')).toBe(true);
    const coppa = findings.find((finding: any) => /COPPA/.test(finding.message));
    expect(coppa).toMatchObject({ target: { kind: 'section', slug: 'childrens-privacy' } });
    expect(coppa.message).toMatch(/US law; it is not the rule here/);
  });

  test('the issue 14 checks find the 2018 mistakes of the seed: advertising on legitimate interests, deemed explicit consent', async () => {
    const { body } = await health();
    const tracking = findingsOf(body, 'tracking-consent');
    expect(tracking.length).toBeGreaterThan(0);
    expect(tracking.every((finding: any) => finding.severity === 'error' && finding.target.kind === 'section')).toBe(true);
    expect(tracking.map((finding: any) => finding.message).join(' ')).toMatch(/Facebook/);
    expect(findingsOf(body, 'explicit-consent-inferred')).toEqual([expect.objectContaining({ severity: 'error' })]);
  });

  test("the seed's misstated law: SCCs cited as Art. 46(2)(b), the UK inside the EEA, Google Analytics on legitimate interests", async () => {
    const { body } = await health();
    // Facebook's "model contract clauses … permitted under Art. 46(2)(b)": that paragraph is binding corporate rules.
    const articles = findingsOf(body, 'transfer-safeguard-article');
    expect(articles).toEqual([
      expect.objectContaining({ severity: 'warning', target: expect.objectContaining({ kind: 'processor', slug: 'facebook' }) }),
    ]);
    expect(articles[0].message).toMatch(
      /cites GDPR Art\. 46\(2\)\(b\) for standard contractual clauses.*binding corporate rules.*GDPR Art\. 46\(2\)\(c\)/,
    );
    // "within the European Economic Area … in the United Kingdom": a warning, the UK controller's own country being no transfer.
    const territory = findingsOf(body, 'uk-described-in-eea');
    expect(territory.map((finding: any) => `${finding.target.kind} ${finding.target.slug} ${finding.severity}`).sort()).toEqual([
      'processor fasthosts warning',
      'section contact-by-email warning',
      'section contact-form warning',
    ]);
    expect(territory[0].message).toMatch(/left the European Union on 31 January 2020.*31 December 2020/);
    // Google Analytics is a recipient that uses the data for its own purposes: no UK analytics exemption, consent is needed.
    const analytics = findingsOf(body, 'tracking-consent').filter((finding: any) => /analytics by "Google Analytics/.test(finding.message));
    expect(analytics.map((finding: any) => finding.target.slug).sort()).toEqual([
      'providing-information-to-google-and-facebook',
      'web-analytics-profiling',
    ]);
    for (const finding of analytics) {
      expect(finding.severity).toBe('error');
      expect(finding.message).toMatch(/is not your processor \(its role is recipient\) and uses the information for its own purposes/);
      expect(finding.source).toMatch(/PECR reg\. 6.*PECR Sch\. A1 para\. 5\(1\)\(c\)/);
    }
    // The profiling section says the cookies wait for consent, yet names legitimate interests for the processing.
    const profiling = analytics.find((finding: any) => finding.target.slug === 'web-analytics-profiling');
    expect(profiling.message).toMatch(/says the cookies are used only with consent, yet names legitimate interests/);
  });

  test('http: links are warnings, one per link', async () => {
    const links = findingsOf((await health()).body, 'insecure-links');
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((finding: any) => finding.severity === 'warning')).toBe(true);
    expect(links.map((finding: any) => finding.message).join(' ')).toContain(
      'http://ec.europa.eu/justice/data-protection/reform/files/regulation_oj_en.pdf',
    );
  });

  test('every finding has a severity, a source, a target and a one-line fix; counts add up', async () => {
    const { body } = await health();
    expect(body.data.policy).toEqual({ slug: 'privacy-policy', title: 'Privacy Policy', locale: 'en', state: 'draft' });
    for (const finding of body.data.findings) {
      expect(['error', 'warning', 'info']).toContain(finding.severity);
      expect(finding.source).toEqual(expect.any(String));
      expect(finding.target.label).toEqual(expect.any(String));
      expect(finding.fix).not.toMatch(/\n/);
    }
    const total = body.data.counts.error + body.data.counts.warning + body.data.counts.info;
    expect(total).toBe(body.data.findings.length);
    expect(body.data.checks.length).toBeGreaterThanOrEqual(18);
  });

  test('the French locale and the published state are checked too', async () => {
    const french = await health('?locale=fr');
    expect(french.status).toBe(200);
    expect(french.body.data.policy).toMatchObject({ title: 'Politique de confidentialité', locale: 'fr' });
    // The French summary names the Privacy Shield too.
    expect(findingsOf(french.body, 'privacy-shield').some((finding: any) => finding.target.slug === 'summary')).toBe(true);
    const published = await health('?state=published');
    expect(published.body.data.policy.state).toBe('published');
    expect(findingsOf(published.body, 'children-age-threshold').some((finding: any) => /COPPA/.test(finding.message))).toBe(true);
  });
});

describe('who may read the health and the record', () => {
  test('the admin panel reads them through admin routes; machines through the content API with a Strapi API token', async () => {
    expect((await health('', token)).status).toBe(200);
    expect((await adminRecord('', token)).status).toBe(200);
    const byToken = await tokenHealth('', apiToken);
    expect(byToken.status).toBe(200);
    expect(byToken.body.data).toEqual((await health('', token)).body.data);
    expect((await record('', apiToken)).status).toBe(200);
  });

  test('no credentials, a forged token, an admin session on the content API or an end user are refused', async () => {
    for (const res of [await health('', null), await adminRecord('', null), await health('', 'not-a-token')]) expect(res.status).toBe(401);
    // Without a token Strapi treats the request as its public role, which has no such permission.
    for (const res of [await tokenHealth('', null), await record('', null)])
      expect(res.body.error).toMatchObject({ status: 403, name: 'ForbiddenError' });
    expect((await tokenHealth('', 'not-a-token')).status).toBe(401);
    // An admin's panel session is not a content-API credential.
    expect((await tokenHealth('', token)).status).toBe(401);
    const registered = await app.http
      .post('/api/auth/local/register')
      .send({ username: 'reader', email: 'reader-health@example.test', password: 'Reader-2026-pass' });
    expect(registered.status).toBe(200);
    expect((await tokenHealth('', registered.body.jwt)).status).toBe(403);
  });

  test('a read-only API token without the action, and an admin whose role lacks the permission, get a 403', async () => {
    const readOnly = await app.http
      .post('/admin/api-tokens')
      .set('Authorization', `Bearer ${token}`)
      .send({ name: 'read-only', type: 'read-only', lifespan: null });
    expect((await tokenHealth('', readOnly.body.data.accessKey)).status).toBe(403);
    const custom = await app.http
      .post('/admin/api-tokens')
      .set('Authorization', `Bearer ${token}`)
      .send({ name: 'ci-health', type: 'custom', lifespan: null, permissions: ['plugin::privacy-policy.compliance.health'] });
    expect(custom.status).toBe(201);
    expect((await tokenHealth('', custom.body.data.accessKey)).status).toBe(200);
    expect((await record('', custom.body.data.accessKey)).status).toBe(403);

    const roles = (await app.http.get('/admin/roles').set('Authorization', `Bearer ${token}`)).body.data;
    const author = roles.find((role: any) => role.code === 'strapi-author');
    const authorToken = await adminWithRole(app, token, author.id, 'author-health@example.test');
    const res = await health('', authorToken);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ data: null, error: { status: 403, name: 'PolicyError' } });
  });

  test('bad query values are 400s naming the field; an unknown policy is a 404', async () => {
    const state = await health('?state=final');
    expect(state.status).toBe(400);
    expect(state.body.error.message).toBe('state must be one of: draft, published');
    const format = await record('?format=xlsx');
    expect(format.status).toBe(400);
    expect(format.body.error.message).toBe('format must be one of: json, csv');
    const missing = await app.http.get('/api/privacy-policy/policies/no-such-policy/health').set('Authorization', `Bearer ${apiToken}`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('No policy draft has the slug "no-such-policy" in locale "en"');
    const unknown = await app.http.get('/privacy-policy/policies/nosuchdocument/health').set('Authorization', `Bearer ${token}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('No policy draft has the documentId "nosuchdocument" in locale "en"');
  });
});

describe('the record of processing activities (GDPR Art. 30)', () => {
  test('CSV: the columns, one row per processing activity of the demo', async () => {
    const res = await record('?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="privacy-policy-processing-record.csv"');
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER);
    const json = await record();
    expect(lines).toHaveLength(json.body.data.rows.length + 1);
    const contactForm = lines.find((line) => line.includes(',contact-form,'))!;
    expect(contactForm).toMatch(/Legitimate interests/);
    expect(contactForm).toMatch(/Easyspace; Fasthosts/);
  });

  test('JSON: each activity with purpose, data, bases, recipients, transfers and retention', async () => {
    const { body } = await record();
    const sections = body.data.rows.map((row: any) => row.section);
    expect(sections).toEqual(
      expect.arrayContaining(['contact-by-email', 'contact-form', 'contact-by-phone', 'quotation-system', 'web-analytics-profiling']),
    );
    const analytics = body.data.rows.find((row: any) => row.section === 'web-analytics-profiling');
    expect(analytics.transfers.join(' ')).toMatch(/United States/);
    expect(analytics.legalBases.length).toBeGreaterThan(0);
    const email = body.data.rows.find((row: any) => row.section === 'contact-by-email');
    expect(email.dataCategories.length).toBeGreaterThan(0);
    expect(email.retention.length).toBeGreaterThan(0);
    expect(body.data.controller.name).toBe('Jet Professional Plumbing & Heating');
  });
});

describe('publishing with compliance errors', () => {
  test('the demo version 1.0 records the override and its findings', async () => {
    const versions = await app.http.get(`/privacy-policy/policies/${policyDocumentId}/versions`).set('Authorization', `Bearer ${token}`);
    const first = versions.body.data.find((version: any) => version.number === '1.0');
    expect(first.complianceOverride).toBe(true);
    expect(first.complianceFindings.some((finding: any) => finding.check === 'privacy-shield')).toBe(true);
  });

  test('is refused without an override, with the findings, and nothing is recorded', async () => {
    const before = await versionNumbers();
    expect(before).toContain('1.0');
    const intro = await enRow(UID.policy, { slug: 'privacy-policy' });
    await cm.update(UID.policy, policyDocumentId, { introduction: `${intro.introduction} Updated.` });
    const refused = await publish({ changeType: 'minor', effectiveDate: day(1) });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/compliance error\(s\)/);
    expect(refused.body.error.message).toMatch(/set overrideCompliance to publish anyway/);
    const paths = refused.body.error.details.errors.map((error: any) => error.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['compliance.privacy-shield', 'compliance.tracking-consent', 'compliance.explicit-consent-inferred']),
    );
    expect(await versionNumbers()).toEqual(before);
    const preview = await app.http
      .get(`/privacy-policy/policies/${policyDocumentId}/publish-preview`)
      .set('Authorization', `Bearer ${token}`);
    expect(preview.body.data.compliance.counts.error).toBeGreaterThan(0);
  });

  test('goes ahead with overrideCompliance, recorded on the version', async () => {
    const intro = await enRow(UID.policy, { slug: 'privacy-policy' });
    await cm.update(UID.policy, policyDocumentId, { introduction: `${intro.introduction} Reworded.` });
    const res = await publish({ changeType: 'minor', effectiveDate: day(1), overrideCompliance: true });
    expect(res.status).toBe(201);
    expect(res.body.data.version).toMatchObject({ number: '1.1', complianceOverride: true });
    expect(res.body.data.version.complianceFindings.length).toBeGreaterThan(0);
  });
});

describe('publishing once the compliance errors are fixed', () => {
  // This test rewrites the demo's processors, sections and legal bases: it gets a demo of its own, and the
  // tests after it get a fresh one again, so that every other test reads the seed as shipped.
  beforeAll(async () => {
    await stopDemo();
    await bootDemo();
  });
  afterAll(async () => {
    await stopDemo();
    await bootDemo();
  });

  test('once the errors are fixed it goes ahead without an override, warnings notwithstanding', async () => {
    // An editor works through the findings: each Privacy Shield mention becomes the Data Privacy Framework.
    const framework = 'the EU–US Data Privacy Framework';
    const rewrite = (text: string) =>
      text
        .replace(/\s*\(<?https?:\/\/www\.privacyshield\.gov[^)]*\)/g, '')
        .replace(/(the )?EU-U\.S\. Privacy Shield|(the )?Privacy Shield/gi, framework);
    for (const finding of findingsOf((await health()).body, 'privacy-shield')) {
      if (finding.target.kind === 'processor') {
        const processor = await enRow(UID.processor, { slug: finding.target.slug });
        await cm.update(UID.processor, processor.documentId, {
          transferMechanism: processor.transferMechanism === 'privacy-shield' ? 'data-privacy-framework' : processor.transferMechanism,
          additionalTransferMechanisms: (processor.additionalTransferMechanisms ?? []).filter(
            (mechanism: string) => mechanism !== 'privacy-shield',
          ),
          transferNotes: processor.transferNotes ? rewrite(processor.transferNotes) : null,
        });
      } else {
        const section = await enRow(UID.section, { slug: finding.target.slug });
        await cm.update(UID.section, section.documentId, { body: rewrite(section.body) });
      }
    }
    const children = await enRow(UID.section, { slug: 'childrens-privacy' });
    await cm.update(UID.section, children.documentId, { ageThreshold: 13 });

    // The issue 14 checks: the repealed clauses, tracking on legitimate interests, explicit consent read into conduct.
    const law = (await enRow(UID.policy, { slug: 'privacy-policy' })).applicableLaw;
    for (const finding of findingsOf((await health()).body, 'transfer-outdated-mechanism')) {
      const processor = await enRow(UID.processor, { slug: finding.target.slug });
      await cm.update(UID.processor, processor.documentId, {
        transferMechanism: law === 'uk-gdpr' ? 'uk-idta' : 'eu-scc-2021',
        additionalTransferMechanisms: law === 'eu-and-uk-gdpr' ? ['uk-addendum'] : [],
        safeguardCopy: 'Email us for a copy of the clauses.',
      });
    }
    const basisId = async (code: string) => (await app.strapi.db.query(UID.legalBasis).findOne({ where: { code } })).documentId;
    const setClaims = async (slug: string, claims: (claim: any) => object | null) => {
      const row = await app.strapi.db
        .query(UID.section)
        .findOne({ where: { slug, locale: 'en' }, populate: { legalBases: { populate: { legalBasis: true } } } });
      const legalBases = row.legalBases
        .map((claim: any) => ({
          legalBasis: claim.legalBasis.documentId,
          justificationLabel: claim.justificationLabel,
          justification: claim.justification,
          purpose: claim.purpose,
          dpvPurpose: claim.dpvPurpose,
          ...claims(claim),
        }))
        .filter((claim: any) => claim.legalBasis);
      await app.strapi.documents(UID.section as any).update({ documentId: row.documentId, locale: 'en', data: { legalBases } as any });
    };
    const consent = await basisId('gdpr-art-6-1-a');
    for (const finding of findingsOf((await health()).body, 'tracking-consent')) {
      await setClaims(finding.target.slug, (claim) =>
        claim.legalBasis.code === 'gdpr-art-6-1-f'
          ? { legalBasis: consent, justificationLabel: 'Consent', justification: 'You allow these cookies in our cookie tool.' }
          : {},
      );
    }
    const legitimateInterests = await basisId('gdpr-art-6-1-f');
    const sensitive = findingsOf((await health()).body, 'explicit-consent-inferred').map((finding: any) => finding.target.slug);
    for (const slug of new Set<string>(sensitive)) {
      await setClaims(slug, () => ({
        legalBasis: legitimateInterests,
        justificationLabel: 'Legitimate interests',
        justification: 'We do not want information we did not ask for, and delete it.',
        purpose: 'Deleting sensitive information sent to us',
        dpvPurpose: null,
      }));
    }

    const report = (await health()).body.data;
    expect(report.findings.filter((finding: any) => finding.severity === 'error')).toEqual([]);
    expect(report.counts.warning).toBeGreaterThan(0);
    const res = await publish({
      changeType: 'major',
      effectiveDate: day(30),
      changeSummary: 'Transfers now rely on the Data Privacy Framework',
    });
    expect(res.status).toBe(201);
    expect(res.body.data.version).toMatchObject({ number: '2.0', complianceOverride: false });
  });
});

describe('text, printable and JSON-LD through the public route', () => {
  test('format=text is plain text', async () => {
    const res = await app.http.get('/api/privacy-policy/policies/privacy-policy?format=text');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.text).toContain('Privacy Policy');
    expect(res.text).not.toMatch(/<[a-z][^>]*>/i);
  });

  test('format=printable is a standalone document with a print stylesheet', async () => {
    const res = await app.http.get('/api/privacy-policy/policies/privacy-policy?format=printable&locale=fr');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.text).toMatch(/^<!doctype html>/i);
    expect(res.text).toContain('@page');
    expect(res.text).toContain('Politique de confidentialité');
    expect(res.text).not.toMatch(/<script/i);
  });

  test('format=jsonld is JSON-LD with the DPV vocabulary', async () => {
    const res = await app.http.get('/api/privacy-policy/policies/privacy-policy?format=jsonld');
    expect(res.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    const document = JSON.parse(res.text);
    expect(document['@context'].dpv).toBe('https://w3id.org/dpv#');
    expect(res.text).toContain('dpv:hasLegalBasis');
  });
});
