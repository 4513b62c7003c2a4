import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium, listen, loginToAdmin, textsSmallerThan, waitOrCapture } from '../helpers/browser';
import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, adminWithRole, contentManager } from '../helpers/admin-api';
import { UID } from '../helpers/policy-fixture';

/**
 * Issue 13's editor forms in Chromium, against the example app with its demo policy: the plugin's custom
 * fields (countries by name, a retention period as a number and a unit, the rights checklist, item lists,
 * choices by name), its labels and help, and the same forms in French and German. No JSON is typed
 * anywhere. Screenshots of each form go to docs/screenshots/ for the editors' guide.
 */
const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');
const EDITOR = { email: 'editor@example.test', password: 'Test-Editor-2026' };
const ROLE_PASSWORD = 'Role-User-2026';

/** The five types an editor writes, with the attributes a form must never show by their raw names. */
const EDITABLE = [UID.policy, UID.section, UID.processor, UID.retentionRule, UID.legalBasis];

let app: TestApp;
let browser: Browser;
let baseUrl: string;
let superToken: string;
let cm: ReturnType<typeof contentManager>;
/** One session per admin: the admin's login route allows a few attempts per address and minute. */
let editor: BrowserContext;

/**
 * A browser session at 1280 px in which Strapi's "new Media Library" announcement is already dismissed
 * (the admin keeps that in local storage, per app), so it does not top every screenshot.
 */
const newContext = async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, reducedMotion: 'reduce' });
  const uuid = (await app.http.get('/admin/init')).body.data.uuid;
  await context.addInitScript((scope) => {
    for (const legacy of ['false', 'true'])
      window.localStorage.setItem(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${scope}`, 'true');
  }, uuid);
  return context;
};
const newPage = () => editor.newPage();
const editUrl = (uid: string, documentId: string, locale = 'en') =>
  `${baseUrl}/admin/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=${locale}`;

/** Opens an entry's edit view and waits until its form is there and idle. */
const openEditView = async (page: Page, uid: string, documentId: string, name: string) => {
  await page.goto(uid === UID.legalBasis ? editUrl(uid, documentId).split('?')[0] : editUrl(uid, documentId));
  await waitOrCapture(page, 'main form label', name);
  await page.waitForLoadState('networkidle');
};

/** The form field whose label is `label`: the content manager's own fields and the plugin's custom ones alike. */
const fieldLabelled = (page: Page, label: string): Locator =>
  page.locator('main form [data-editor-field]').filter({ has: page.locator('label', { hasText: new RegExp(`^${escape(label)}`) }) });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits up to 10 s for the first match to be visible; fails the test if it is not. */
const visibleSoon = (locator: Locator) => locator.first().waitFor({ state: 'visible', timeout: 10_000 });

/** The element's text once it contains `text`, or its last text after 10 s (for the assertion to show). */
const textSoon = async (locator: Locator, text: string) => {
  const deadline = Date.now() + 10_000;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.textContent()) ?? '';
    if (last.includes(text)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return last;
};

/** Saves the form through the content manager's Save button and returns its answer. */
const save = async (page: Page, name = /^(Save|Enregistrer|Speichern)$/) => {
  const [response] = await Promise.all([
    page.waitForResponse(
      (answer) => answer.url().includes('/content-manager/collection-types/') && ['PUT', 'POST'].includes(answer.request().method()),
    ),
    page.getByRole('button', { name }).first().click(),
  ]);
  return response;
};

/** The saved entry as the content manager's API answers it (the English draft). */
const savedEntry = async (uid: string, documentId: string) => {
  const response = await cm.find(uid, `${documentId}?locale=en`);
  expect(response.status).toBe(200);
  return response.body.data;
};

/** The text of an element with the no-break spaces Intl puts in numbers and units ("7 ans") as plain spaces. */
const plainText = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The height of everything in the admin's scrolling column, side panels included. */
const contentHeight = (page: Page) =>
  page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('main, main *')).map((element) => element.scrollHeight)));

/**
 * Captures a form at 1280 px once its Save button is there: the viewport is made as tall as the admin's
 * scrolling column (measured again until it stops growing, as side panels fill in), so nothing is cut
 * off. `fieldsOnly` hides the side panels on the right and ends the picture under the fields, for the
 * policy, whose publish panel has its own picture and, with the demo's findings, is taller than the form.
 */
const screenshotForm = async (page: Page, file: string, { fieldsOnly = false } = {}) => {
  await page
    .getByRole('button', { name: /^(Save|Enregistrer|Speichern)$/ })
    .first()
    .waitFor({ state: 'visible' });
  // The whole form in one capture, up to this tall: the policy form is about 7,850 px with its panel labels wrapping.
  const MAX_CAPTURE_HEIGHT = 10_000;
  let height = 0;
  for (let pass = 0; pass < 4; pass++) {
    const measured = await contentHeight(page);
    if (measured === height) break;
    height = measured;
    await page.setViewportSize({ width: 1280, height: Math.min(height + 160, MAX_CAPTURE_HEIGHT) });
    await page.waitForTimeout(400);
  }
  expect(height).toBeLessThan(MAX_CAPTURE_HEIGHT - 160);
  if (fieldsOnly) {
    const fields = page.locator('main [role="tabpanel"][data-state="active"]');
    // The side panels' column (the fields' column's neighbour in the edit view's grid) is hidden, not cut.
    await fields.evaluate((panel) => ((panel.parentElement!.nextElementSibling as HTMLElement).style.visibility = 'hidden'));
    const box = (await fields.boundingBox())!;
    await page.screenshot({
      path: path.join(SCREENSHOTS, file),
      clip: { x: 0, y: 0, width: 1280, height: Math.ceil(box.y + box.height + 24) },
    });
  } else await page.screenshot({ path: path.join(SCREENSHOTS, file) });
  await page.setViewportSize({ width: 1280, height: 1000 });
};

/** The list view of a type, searched for `search` (so the row is on the first page whatever the sort) or whole. */
const listUrl = (uid: string, search?: string) =>
  `${baseUrl}/admin/content-manager/collection-types/${uid}?page=1${search ? `&_q=${encodeURIComponent(search)}` : ''}&plugins[i18n][locale]=en`;

/** How many pixels the list view's table is wider than the box that scrolls it (0: it fits at this width). */
const tableOverflow = (page: Page) =>
  page.locator('main table').evaluate((table) => {
    let box: HTMLElement | null = table.parentElement;
    while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
    // -1 when nothing scrolls it: the design system's table always sits in a scrolling box, so that is a change to look at.
    return box ? Math.max(0, box.scrollWidth - box.clientWidth) : -1;
  });

/** The list view's column names and the cells of the row whose text contains `rowText`. */
const listRow = async (page: Page, rowText: string) => {
  const row = page.locator('main table tbody tr').filter({ hasText: rowText });
  await row.first().waitFor();
  const headers = (await page.locator('main table thead th').allTextContents()).map((text) => text.trim());
  const cells = (await row.first().locator('td').allTextContents()).map((text) => text.replace(/[\u00a0\u202f]/g, ' ').trim());
  return Object.fromEntries(headers.map((header, index) => [header, cells[index]]).filter(([header]) => header !== ''));
};

/** An admin with the super-admin role whose interface is in `language`, set through the admin API as their profile page does. */
const adminInLanguage = async (language: string) => {
  const roles = (await app.http.get('/admin/roles').set('Authorization', `Bearer ${superToken}`)).body.data;
  const superAdmin = roles.find((role: any) => role.code === 'strapi-super-admin');
  const email = `editor-${language}@example.test`;
  const token = await adminWithRole(app, superToken, superAdmin.id, email);
  const updated = await app.http.put('/admin/users/me').set('Authorization', `Bearer ${token}`).send({ preferedLanguage: language });
  expect(updated.status).toBe(200);
  return email;
};

let processorId: string;
let ruleId: string;
let sectionId: string;

beforeAll(async () => {
  app = await startStrapi({ demoContent: true });
  superToken = await adminToken(app);
  cm = contentManager(app, superToken);
  baseUrl = await listen(app);
  browser = await launchChromium();
  editor = await newContext();
  const loginPage = await editor.newPage();
  await loginToAdmin(loginPage, baseUrl, EDITOR.email, EDITOR.password);
  await loginPage.close();
  const processor = await cm.create(UID.processor, {
    name: 'Example Cloud Ltd',
    category: 'hosting',
    role: 'processor',
    storageCountries: null,
    transferMechanism: 'none-needed',
  });
  processorId = processor.body.data.documentId;
  const rule = await cm.create(UID.retentionRule, {
    name: 'Support tickets',
    dataCategory: 'Support requests',
    period: 'P6Y',
    trigger: 'enquiry-resolved',
  });
  ruleId = rule.body.data.documentId;
  const section = await cm.create(UID.section, {
    title: 'Your rights',
    category: 'rights',
    rights: ['access', 'objection'],
    dataCollected: ['Name', 'Email address', 'Postcode'],
  });
  sectionId = section.body.data.documentId;
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test("an editor picks a processor's storage countries by name and its safeguard by name; the saved entry holds the codes and the value", async () => {
  const page = await newPage();
  await openEditView(page, UID.processor, processorId, 'processor');

  const countries = fieldLabelled(page, 'Countries where they store the data');
  const search = countries.getByRole('combobox');
  for (const [typed, name] of [
    ['Ireland', 'Ireland'],
    ['United States', 'United States of America'],
    ['germ', 'Germany'],
  ]) {
    await search.click();
    await search.pressSequentially(typed);
    await page.getByRole('option', { name, exact: true }).click();
    await visibleSoon(countries.locator('[data-chosen-countries]').getByText(name, { exact: true }));
  }
  expect(await countries.locator('[data-country]').evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-country')))).toEqual([
    'IE',
    'US',
    'DE',
  ]);
  await countries.getByRole('button', { name: 'Remove Germany' }).click();
  expect(await countries.locator('[data-country]').count()).toBe(2);

  // A choice shows words, not slugs, and stores the slug.
  const safeguard = fieldLabelled(page, 'Transfer safeguard');
  await safeguard.getByRole('combobox').click();
  await page.getByRole('option', { name: 'EU–US Data Privacy Framework' }).click();
  expect(await textSoon(safeguard.getByRole('combobox'), 'EU–US Data Privacy Framework')).toContain('EU–US Data Privacy Framework');

  const answer = await save(page);
  expect(answer.status()).toBe(200);
  const stored = await savedEntry(UID.processor, processorId);
  expect(stored.storageCountries).toEqual(['IE', 'US']);
  expect(stored.transferMechanism).toBe('data-privacy-framework');
  await page.close();
});

test('an editor sets a retention period as a number and a unit, sees it in words, and is told in the field when the number is wrong', async () => {
  const page = await newPage();
  await openEditView(page, UID.retentionRule, ruleId, 'retention-rule');

  const period = fieldLabelled(page, 'How long');
  expect(await period.locator('[data-period-words]').textContent()).toBe('Kept for 6 years');
  const amount = period.getByRole('textbox');
  await amount.fill('7');
  expect(await period.locator('[data-period-words]').textContent()).toBe('Kept for 7 years');

  // Invalid numbers are explained in the field, in words, before any save.
  await amount.fill('1.5');
  expect(await period.locator('[data-period-problem]').textContent()).toBe(
    '“1.5” is not a whole number. Type a number of years such as 6, with no decimals or signs.',
  );
  await amount.fill('0');
  expect(await period.locator('[data-period-problem]').textContent()).toMatch(/must be longer than zero/);
  await amount.fill('18');
  await period.getByRole('combobox', { name: 'Unit' }).click();
  await page.getByRole('option', { name: 'months', exact: true }).click();
  expect(await period.locator('[data-period-words]').textContent()).toBe('Kept for 18 months');
  await amount.fill('7');
  await period.getByRole('combobox', { name: 'Unit' }).click();
  await page.getByRole('option', { name: 'years', exact: true }).click();
  expect(await period.locator('[data-period-words]').textContent()).toBe('Kept for 7 years');

  // Other choices show words: the trigger.
  expect(await fieldLabelled(page, 'Starting from').getByRole('combobox').textContent()).toBe('When the enquiry is resolved');

  expect((await save(page)).status()).toBe(200);
  expect((await savedEntry(UID.retentionRule, ruleId)).period).toBe('P7Y');
  await page.close();
});

test('a stored period the two boxes cannot express is shown in words and kept, unless the editor converts it', async () => {
  const created = await cm.create(UID.retentionRule, {
    name: 'Contracts',
    dataCategory: 'Contracts',
    period: 'P1Y6M',
    trigger: 'contract-end',
  });
  const documentId = created.body.data.documentId;
  const page = await newPage();
  await openEditView(page, UID.retentionRule, documentId, 'retention-rule-complex');
  const period = fieldLabelled(page, 'How long');
  expect(await period.locator('[data-period-kept]').textContent()).toContain(
    'This period is 1 year, 6 months (stored as P1Y6M). It cannot be edited as one number and one unit, so it is kept as it is.',
  );
  // Saving another field leaves the period exactly as it was.
  await page.getByLabel('Why this long').fill('Limitation period for contract claims.');
  expect((await save(page)).status()).toBe(200);
  expect((await savedEntry(UID.retentionRule, documentId)).period).toBe('P1Y6M');

  await period.getByRole('button', { name: 'Edit as 18 months' }).click();
  expect(await period.getByRole('textbox').inputValue()).toBe('18');
  expect(await period.locator('[data-period-words]').textContent()).toBe('Kept for 18 months');
  expect((await save(page)).status()).toBe(200);
  expect((await savedEntry(UID.retentionRule, documentId)).period).toBe('P18M');
  await page.close();
});

test('a request that bypasses the admin gets the same 400 for a bad period, country, right or choice', async () => {
  const bad = [
    [UID.retentionRule, ruleId, { period: 'P1.5Y' }, 'period'],
    [UID.processor, processorId, { storageCountries: ['Ireland'] }, 'storageCountries'],
    [UID.section, sectionId, { rights: ['be-forgotten'] }, 'rights'],
    [UID.processor, processorId, { transferMechanism: 'handshake' }, 'transferMechanism'],
  ] as const;
  for (const [uid, documentId, data, field] of bad) {
    const response = await cm.update(uid, documentId, data);
    expect([field, response.status]).toEqual([field, 400]);
    expect(JSON.stringify(response.body.error)).toContain(field);
  }
});

test('an editor ticks the rights a section explains and edits, reorders and removes the items of a list', async () => {
  const page = await newPage();
  await openEditView(page, UID.section, sectionId, 'section');

  const rights = fieldLabelled(page, 'Rights this section explains');
  expect(await rights.getByRole('checkbox', { name: 'Access to their data (Art. 15)' }).getAttribute('data-state')).toBe('checked');
  await rights.getByRole('checkbox', { name: 'Erasure (Art. 17)' }).click();
  await rights.getByRole('checkbox', { name: 'Complaint to a supervisory authority (Art. 77)' }).click();
  await rights.getByRole('checkbox', { name: 'Objection (Art. 21)' }).click();

  const list = fieldLabelled(page, 'Personal data collected');
  const item = (number: number) => list.getByRole('textbox', { name: `Item ${number}`, exact: true });
  expect(await item(1).inputValue()).toBe('Name');
  await item(2).fill('Email address (work or personal)');
  await list.getByRole('button', { name: 'Add an item' }).click();
  await item(4).fill('Telephone number');
  await list.getByRole('button', { name: 'Move item 4 up' }).click();
  await list.getByRole('button', { name: 'Remove item 1' }).click();
  await list.getByRole('button', { name: 'Add an item' }).click();
  expect(await list.getByText('Empty items are left out when you save.').count()).toBe(1);
  expect(await list.locator('input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual([
    'Email address (work or personal)',
    'Telephone number',
    'Postcode',
    '',
  ]);

  expect((await save(page)).status()).toBe(200);
  const stored = await savedEntry(UID.section, sectionId);
  expect(stored.rights).toEqual(['access', 'erasure', 'complaint']);
  expect(stored.dataCollected).toEqual(['Email address (work or personal)', 'Telephone number', 'Postcode']);
  await page.close();
});

test('no edit view of the five types has a JSON editor or a raw field name, and each form is captured for the guide', async () => {
  const page = await newPage();
  const policy = await app.strapi.db.query(UID.policy).findOne({ where: { slug: 'privacy-policy', locale: 'en', publishedAt: null } });
  const forms: [string, string, string][] = [
    [
      UID.processor,
      (await app.strapi.db.query(UID.processor).findOne({ where: { name: { $startsWith: 'Google Analytics' }, locale: 'en' } })).documentId,
      'form-processor.png',
    ],
    [
      UID.retentionRule,
      (await app.strapi.db.query(UID.retentionRule).findOne({ where: { period: 'P6Y', name: 'Order information', locale: 'en' } }))
        .documentId,
      'form-retention-rule.png',
    ],
    [
      UID.section,
      (await app.strapi.db.query(UID.section).findOne({ where: { slug: 'contact-form', locale: 'en' } })).documentId,
      'form-section.png',
    ],
    [UID.policy, policy.documentId, 'form-policy.png'],
    [
      UID.legalBasis,
      (await app.strapi.db.query(UID.legalBasis).findOne({ where: { code: 'gdpr-art-6-1-f' } })).documentId,
      'form-legal-basis.png',
    ],
  ];
  expect(forms.map(([uid]) => uid).sort()).toEqual([...EDITABLE].sort());
  for (const [uid, documentId, file] of forms) {
    await openEditView(page, uid, documentId, file);
    // Strapi's JSON input is a CodeMirror editor (.cm-editor); none may be left.
    expect([uid, await page.locator('main .cm-editor, main .cm-content').count()]).toEqual([uid, 0]);
    const attributes = Object.keys(app.strapi.contentTypes[uid].attributes);
    const labels = await page
      .locator('main form label')
      .evaluateAll((elements) => elements.map((element) => element.textContent?.replace('*', '').trim() ?? ''));
    expect(labels.length).toBeGreaterThan(3);
    expect([uid, labels.filter((label) => attributes.includes(label))]).toEqual([uid, []]);
    await screenshotForm(page, file, { fieldsOnly: uid === UID.policy });
  }
  await page.close();
});

test('the list views name their columns and show choices and periods in words', async () => {
  const page = await newPage();
  // Strapi's "Available in" column lists every locale of the demo's entries ("English (en) (default), French"),
  // about 300 px: beside it the plugin's columns fit from 1440 px; narrower, the content manager's table scrolls sideways.
  await page.setViewportSize({ width: 1440, height: 1000 });
  // Every retention rule fits on the first page (three in the demo, two made by the tests above).
  await page.goto(listUrl(UID.retentionRule));
  const order = await listRow(page, 'Order information');
  expect(order).toMatchObject({ Name: 'Order information', 'How long': '6 years', 'Starting from': 'End of the financial year' });
  expect(await tableOverflow(page)).toBe(0);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'list-retention-rules.png') });

  await page.goto(listUrl(UID.processor, 'Example Cloud Ltd'));
  expect(await listRow(page, 'Example Cloud Ltd')).toMatchObject({
    Name: 'Example Cloud Ltd',
    'Kind of service': 'Hosting',
    Role: 'Processor',
  });
  expect(await tableOverflow(page)).toBe(0);
  await page.close();
});

describe.each([
  {
    language: 'fr',
    countriesLabel: 'Pays où il stocke les données',
    ireland: 'Irlande',
    framework: 'Cadre de protection des données UE–États-Unis',
    sevenYears: 'Conservées 7 ans',
    safeguardLabel: 'Garantie de transfert',
    processors: 'Sous-traitant',
    columns: { Nom: 'Example Cloud fr', 'Type de service': 'Hébergement', Rôle: 'Sous-traitant' },
  },
  {
    language: 'de',
    countriesLabel: 'Länder, in denen er die Daten speichert',
    ireland: 'Irland',
    framework: 'EU-US-Datenschutzrahmen (Data Privacy Framework)',
    sevenYears: 'Aufbewahrt für 7 Jahre',
    safeguardLabel: 'Garantie für die Übermittlung',
    processors: 'Auftragsverarbeiter',
    columns: { Name: 'Example Cloud de', 'Art der Leistung': 'Hosting', Rolle: 'Auftragsverarbeiter' },
  },
])('the admin in $language', ({ language, countriesLabel, ireland, framework, sevenYears, safeguardLabel, processors, columns }) => {
  test('labels, help, choice names, country names and periods are in the admin language', async () => {
    const email = await adminInLanguage(language);
    const context = await newContext();
    const page = await context.newPage();
    await loginToAdmin(page, baseUrl, email, ROLE_PASSWORD);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    const processor = await cm.create(UID.processor, {
      name: `Example Cloud ${language}`,
      category: 'hosting',
      role: 'processor',
      storageCountries: ['IE', 'US'],
      transferMechanism: 'data-privacy-framework',
      dataShared: ['Name', 'Email address'],
    });
    const rule = await cm.create(UID.retentionRule, {
      name: `Accounts ${language}`,
      dataCategory: 'Accounts',
      period: 'P7Y',
      trigger: 'account-closed',
    });
    await openEditView(page, UID.processor, processor.body.data.documentId, `processor-${language}`);

    const countries = fieldLabelled(page, countriesLabel);
    expect(await countries.locator('[data-country="IE"] [data-country-name]').textContent()).toBe(ireland);
    const safeguard = fieldLabelled(page, safeguardLabel);
    expect(await safeguard.getByRole('combobox').textContent()).toBe(framework);
    expect(await page.locator('main form label').allTextContents()).not.toContain('Countries where they store the data');
    await screenshotForm(page, `form-processor-${language}.png`);

    await openEditView(page, UID.retentionRule, rule.body.data.documentId, `retention-rule-${language}`);
    expect(await plainText(page.locator('[data-period-words]'))).toBe(sevenYears);
    expect(await textsSmallerThan(page, '[data-editor-field="retention-period"] [data-period-words]')).toEqual([]);

    // The content manager's menu names the plugin's types, and the list view its columns and choices, in the admin language.
    await page.goto(listUrl(UID.processor, `Example Cloud ${language}`));
    expect(await listRow(page, `Example Cloud ${language}`)).toMatchObject(columns);
    expect(await tableOverflow(page)).toBe(0);
    await visibleSoon(page.getByRole('navigation').getByRole('link', { name: processors, exact: true }));
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Processor', exact: true }).count()).toBe(0);
    await context.close();
  });
});
