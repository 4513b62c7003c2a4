import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, contentManager } from '../helpers/admin-api';
import { connect, UID } from '../helpers/policy-fixture';

let app: TestApp;
let cm: ReturnType<typeof contentManager>;

beforeAll(async () => {
  app = await startStrapi();
  cm = contentManager(app, await adminToken(app));
});
afterAll(async () => {
  await app?.stop();
});

/** A 400 whose details name the field by its path (not a substring somewhere in the error). */
const expectPathError = (res: any, field: string) => {
  expect(res.status).toBe(400);
  expect(res.body.error.name).toBe('ValidationError');
  const paths = (res.body.error.details?.errors ?? []).map((error: any) => error.path.join('.'));
  expect(paths).toContain(field);
};

const expectFieldError = (res: any, field: string, problem: RegExp) => {
  expect(res.status).toBe(400);
  expect(res.body.error.name).toBe('ValidationError');
  expect(res.body.error.message).toMatch(problem);
  const paths = (res.body.error.details?.errors ?? []).map((error: any) => error.path.join('.'));
  expect(paths).toContain(field);
};

describe('processor', () => {
  test('stores every field and derives the slug from the name', async () => {
    const res = await cm.create(UID.processor, {
      name: 'UKFast Hosting',
      category: 'hosting',
      role: 'processor',
      purpose: 'Hosts the website',
      privacyPolicyUrl: 'https://www.ukfast.co.uk/terms/privacy-policy.html',
      storageCountries: ['gb'],
      transferMechanism: 'none-needed',
      additionalTransferMechanisms: [],
      transferNotes: 'Stays in the UK',
      disclosedByName: true,
      dataShared: ['IP address'],
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      slug: 'ukfast-hosting',
      category: 'hosting',
      storageCountries: ['GB'],
      privacyPolicyUrl: 'https://www.ukfast.co.uk/terms/privacy-policy.html',
      disclosedByName: true,
    });
  });

  test('keeps the slug when the name is edited, and changes it only when the editor does', async () => {
    const created = await cm.create(UID.processor, { name: 'Fasthosts', category: 'email' });
    const { documentId } = created.body.data;
    const renamed = await cm.update(UID.processor, documentId, { name: 'Fasthosts Internet Ltd' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.slug).toBe('fasthosts');
    const reslugged = await cm.update(UID.processor, documentId, { slug: 'fasthosts-email' });
    expect(reslugged.body.data.slug).toBe('fasthosts-email');
  });

  test('gives a second processor with the same name a distinct slug', async () => {
    const first = await cm.create(UID.processor, { name: 'Easyspace', category: 'backup' });
    const second = await cm.create(UID.processor, { name: 'Easyspace', category: 'backup' });
    expect(first.body.data.slug).toBe('easyspace');
    expect(second.body.data.slug).toBe('easyspace-2');
  });

  test('refuses a slug that another processor has', async () => {
    const taken = await cm.create(UID.processor, { name: 'Taken Slug Backups', category: 'backup' });
    expect(taken.body.data.slug).toBe('taken-slug-backups');
    const before = await app.strapi.db.query(UID.processor).count();
    const res = await cm.create(UID.processor, { name: 'Other', slug: 'taken-slug-backups', category: 'backup' });
    expectFieldError(res, 'slug', /unique/i);
    expect(await app.strapi.db.query(UID.processor).count()).toBe(before);
  });

  test.each([
    ['storageCountries', { storageCountries: ['GB', 'XX'] }, /storageCountries .*"XX" is not an ISO 3166-1 alpha-2/],
    ['storageCountries', { storageCountries: 'GB' }, /storageCountries must be a list/],
    ['privacyPolicyUrl', { privacyPolicyUrl: 'not a url' }, /privacyPolicyUrl is not a valid URL/],
    ['privacyPolicyUrl', { privacyPolicyUrl: 'javascript:alert(1)' }, /privacyPolicyUrl must be an http\(s\) URL/],
    ['optOutUrl', { optOutUrl: 'ftp://example.com/x' }, /optOutUrl must be an http\(s\) URL/],
    [
      'additionalTransferMechanisms',
      { additionalTransferMechanisms: ['pinky-promise'] },
      /additionalTransferMechanisms .*"pinky-promise" is not one of/,
    ],
    ['slug', { slug: 'Not A Slug' }, /slug must be lower-case/],
  ])('rejects a bad %s with a 400 naming the field: %j', async (field, fields, problem) => {
    const before = await app.strapi.db.query(UID.processor).count();
    const res = await cm.create(UID.processor, { name: 'Bad', category: 'other', ...fields });
    expectFieldError(res, field, problem);
    expect(await app.strapi.db.query(UID.processor).count()).toBe(before);
  });

  test.each([
    ['category', { category: 'telepathy' }],
    ['transferMechanism', { transferMechanism: 'handshake' }],
    ['role', { role: 'overlord' }],
  ])('rejects an unknown %s value', async (field, fields) => {
    const res = await cm.create(UID.processor, { name: 'Bad enum', category: 'other', ...fields });
    expectFieldError(res, field, new RegExp(`${field} must be one of`));
  });

  test('an invalid update leaves the stored processor unchanged', async () => {
    const created = await cm.create(UID.processor, { name: 'TrueQuote', category: 'quotation', storageCountries: ['GB'] });
    const res = await cm.update(UID.processor, created.body.data.documentId, { name: 'Changed', storageCountries: ['ZZ'] });
    expectFieldError(res, 'storageCountries', /"ZZ"/);
    const stored = await app.strapi.db.query(UID.processor).findOne({ where: { documentId: created.body.data.documentId } });
    expect(stored).toMatchObject({ name: 'TrueQuote', storageCountries: ['GB'] });
  });
});

describe('retention rule', () => {
  test('accepts an ISO 8601 period with its trigger, and a criteria-only rule', async () => {
    const orders = await cm.create(UID.retentionRule, {
      name: 'Order records',
      dataCategory: 'Order information',
      period: 'p6y',
      trigger: 'end-of-financial-year',
      triggerDescription: 'after the end of the financial year in which the order was placed',
      reason: 'Tax record-keeping',
    });
    expect(orders.status).toBe(201);
    expect(orders.body.data).toMatchObject({ slug: 'order-records', period: 'P6Y', trigger: 'end-of-financial-year' });
    const criteria = await cm.create(UID.retentionRule, {
      name: 'Everything else',
      dataCategory: 'Other information',
      trigger: 'custom',
      criteria: ['the purpose of the processing', 'legal obligations'],
    });
    expect(criteria.status).toBe(201);
    expect(criteria.body.data.period).toBeNull();
  });

  test.each([
    ['period', { period: 'six years' }, /period "SIX YEARS" is not an ISO 8601 duration/],
    ['period', { period: 'P0D' }, /period must be longer than zero/],
    ['criteria', { criteria: ['ok', ''] }, /criteria item 2 must be a non-empty text/],
  ])('rejects a bad %s: %j', async (field, fields, problem) => {
    const res = await cm.create(UID.retentionRule, { name: 'Bad', dataCategory: 'x', trigger: 'collection', ...fields });
    expectFieldError(res, field, problem);
  });

  test('rejects an unknown trigger', async () => {
    const res = await cm.create(UID.retentionRule, { name: 'Bad', dataCategory: 'x', trigger: 'full-moon' });
    expectFieldError(res, 'trigger', /trigger must be one of/);
  });
});

describe('legal basis', () => {
  test('codes are unique and must be slugs', async () => {
    const duplicate = await cm.create(UID.legalBasis, { code: 'gdpr-art-6-1-f', regulation: 'GDPR', article: 'x', name: 'x' });
    expectFieldError(duplicate, 'code', /unique/i);
    const bad = await cm.create(UID.legalBasis, { code: 'UK GDPR 6', regulation: 'UK GDPR', article: 'x', name: 'x' });
    expectFieldError(bad, 'code', /code must be lower-case/);
    const ok = await cm.create(UID.legalBasis, {
      code: 'uk-gdpr-art-6-1-f',
      regulation: 'UK GDPR',
      article: 'Article 6(1)(f)',
      name: 'Legitimate interests',
      description: 'UK variant',
    });
    expect(ok.status).toBe(201);
  });
});

describe('policy section', () => {
  const section = (fields: object) => cm.create(UID.section, { category: 'other', ...fields });

  test('stores a subsection with legal bases and justifications, processors and retention rules', async () => {
    const basis = await app.strapi.db.query(UID.legalBasis).findOne({ where: { code: 'gdpr-art-6-1-f' } });
    const processor = (await cm.create(UID.processor, { name: 'Subsection Host', category: 'hosting' })).body.data;
    const rule = (
      await cm.create(UID.retentionRule, { name: 'Enquiry records', dataCategory: 'Enquiries', period: 'P1Y', trigger: 'collection' })
    ).body.data;
    const parent = await section({ title: 'Information we collect when you contact us', category: 'collection', position: 1 });
    const child = await section({
      title: 'Email',
      category: 'collection',
      position: 1,
      body: 'We keep **emails** you send.',
      parent: { connect: [{ id: parent.body.data.id, documentId: parent.body.data.documentId }] },
      dataCollected: ['email address', 'name'],
      legalBases: [
        {
          legalBasis: connect(basis),
          justificationLabel: 'Legitimate interests',
          justification: 'Answering enquiries and keeping a record of them',
        },
      ],
      processors: connect(processor),
      retentionRules: connect(rule),
      storageLocation: 'United Kingdom',
      storageCountries: ['GB'],
    });
    expect(child.status).toBe(201);
    expect(child.body.data.slug).toBe('email');
    const stored = await app.strapi.db.query(UID.section).findOne({
      where: { documentId: child.body.data.documentId },
      populate: { parent: true, legalBases: { populate: { legalBasis: true } }, processors: true, retentionRules: true },
    });
    expect(stored.parent.documentId).toBe(parent.body.data.documentId);
    expect(stored.legalBases[0]).toMatchObject({ justification: 'Answering enquiries and keeping a record of them' });
    expect(stored.legalBases[0].legalBasis.code).toBe('gdpr-art-6-1-f');
    expect(stored.processors.map((p: any) => p.slug)).toEqual(['subsection-host']);
    expect(stored.retentionRules.map((r: any) => r.slug)).toEqual(['enquiry-records']);
  });

  test('refuses a section that is its own parent', async () => {
    const created = await section({ title: 'Loner' });
    const { id, documentId } = created.body.data;
    const res = await cm.update(UID.section, documentId, { parent: { connect: [{ id, documentId }] } });
    expectFieldError(res, 'parent', /parent cannot be the section itself/);
    const stored = await app.strapi.db.query(UID.section).findOne({ where: { id }, populate: { parent: true } });
    expect(stored.parent).toBeNull();
  });

  test('refuses a parent that would close a cycle', async () => {
    const a = (await section({ title: 'A' })).body.data;
    const b = (await section({ title: 'B', parent: { connect: [{ id: a.id, documentId: a.documentId }] } })).body.data;
    const c = (await section({ title: 'C', parent: { connect: [{ id: b.id, documentId: b.documentId }] } })).body.data;
    const res = await cm.update(UID.section, a.documentId, { parent: { connect: [{ id: c.id, documentId: c.documentId }] } });
    expectFieldError(res, 'parent', /would create a cycle/);
    const stored = await app.strapi.db.query(UID.section).findOne({ where: { id: a.id }, populate: { parent: true } });
    expect(stored.parent).toBeNull();
  });

  test.each([
    ['dataCollected', { dataCollected: 'name' }, /dataCollected must be a list/],
    ['storageCountries', { storageCountries: ['UK'] }, /"UK" is not an ISO 3166-1 alpha-2/],
    ['rights', { rights: ['to-be-forgotten-forever'] }, /rights item 1 "to-be-forgotten-forever" is not one of/],
    ['slug', { slug: '-bad-' }, /slug must be lower-case/],
  ])('rejects a bad %s: %j', async (field, fields, problem) => {
    expectFieldError(await section({ title: 'Bad', ...fields }), field, problem);
  });

  test('rejects an unknown category', async () => {
    const res = await section({ title: 'Bad', category: 'gossip' });
    expectFieldError(res, 'category', /category must be one of/);
  });

  test('section slugs are unique within a policy but may repeat across policies', async () => {
    const one = (await section({ title: 'Summary' })).body.data;
    const two = (await section({ title: 'Summary' })).body.data;
    expect(one.slug).toBe('summary');
    expect(two.slug).toBe('summary');
    const privacy = await cm.create(UID.policy, { title: 'Privacy', sections: { connect: [{ id: one.id, documentId: one.documentId }] } });
    expect(privacy.status).toBe(201);
    const cookies = await cm.create(UID.policy, { title: 'Cookies', sections: { connect: [{ id: two.id, documentId: two.documentId }] } });
    expect(cookies.status).toBe(201);
    const clash = await cm.update(UID.policy, privacy.body.data.documentId, {
      sections: { connect: [{ id: two.id, documentId: two.documentId }] },
    });
    expectFieldError(clash, 'sections', /two sections with the slug "summary"/);
  });

  test('a generated subsection slug avoids slugs already used in its policy', async () => {
    const root = (await section({ title: 'Contact' })).body.data;
    const email = (await section({ title: 'Email', slug: 'contact-email' })).body.data;
    await cm.create(UID.policy, {
      title: 'Generated slugs',
      sections: {
        connect: [
          { id: root.id, documentId: root.documentId },
          { id: email.id, documentId: email.documentId },
        ],
      },
    });
    const child = await section({ title: 'Contact email', parent: { connect: [{ id: root.id, documentId: root.documentId }] } });
    expect(child.status).toBe(201);
    expect(child.body.data.slug).toBe('contact-email-2');
  });
});

describe('policy', () => {
  test('stores the controller component and validates its URLs', async () => {
    const ok = await cm.create(UID.policy, {
      title: 'Privacy Policy',
      controller: {
        name: 'Jet Professional Plumbing & Heating',
        registrationNumber: '17125982',
        postalAddress: '246 Burley Road, Bransgore, BH23 8DR',
        email: 'lamps2012@yahoo.com',
        website: 'https://www.jetprofessionalplumbingheating.co.uk/',
      },
      changeType: 'major',
      effectiveDate: '2018-05-31',
      changeSummary: 'First version',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.data.slug).toBe('privacy-policy');
    expect(ok.body.data.controller).toMatchObject({ registrationNumber: '17125982' });
    const bad = await cm.create(UID.policy, { title: 'Bad', controller: { name: 'X', website: 'www.example.com' } });
    expectFieldError(bad, 'controller.website', /controller.website is not a valid URL/);
    const badEmail = await cm.create(UID.policy, { title: 'Bad', controller: { name: 'X', email: 'not-an-email' } });
    expectPathError(badEmail, 'controller.email');
    const badType = await cm.create(UID.policy, { title: 'Bad', changeType: 'medium' });
    expectFieldError(badType, 'changeType', /changeType must be one of/);
  });
});
