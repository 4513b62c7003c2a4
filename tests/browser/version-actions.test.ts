import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, listen, loginToAdmin, textsSmallerThan, waitOrCapture } from '../helpers/browser';
import { startStrapi, TestApp } from '../helpers/strapi';
import { ADMIN, adminToken, adminWithRole } from '../helpers/admin-api';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { addSubscribers } from '../helpers/subscribers';
import { daysFromToday, pluginToday, UID } from '../helpers/policy-fixture';

/**
 * The version actions of issue 11 in Chromium, against the example app with its demo policy: withdraw an
 * upcoming version through the timeline's dialog, restore a version into the draft after reading what it
 * will overwrite, a read-only role that sees neither action, and the edit view's publish panel, which
 * follows every save and clears itself after a publish. Each test has an app of its own, freshly seeded
 * (about 10 s each): the actions change the demo's versions for good, and each test sets up what it asserts.
 */
const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');
const { contentHash } = require('../../server/src/domain/snapshot');

let app: TestApp;
let sink: SmtpSink;
let browser: Browser;
let baseUrl: string;
let superToken: string;
/** This test's super admin: an address per app, as Strapi counts logins per address across the process's apps. */
let editor = ADMIN;
let appsStarted = 0;
let policyDocumentId: string;

const plugin = () => app.strapi.plugin('privacy-policy');
/** A day counted from the plugin's own today (its clock and time zone), as YYYY-MM-DD. */
const dayFromToday = (offset: number) => daysFromToday(offset, pluginToday(app));
const summarySection = () => app.strapi.db.query(UID.section).findOne({ where: { slug: 'summary', locale: 'en' } });
/** The English summary reworded in the draft (and, if given, its list of what is collected). */
const rewordSummary = async (extra: object = {}) =>
  app.strapi.documents(UID.section).update({
    documentId: (await summarySection()).documentId,
    locale: 'en',
    data: { body: 'A short overview of how we handle your information.', ...extra } as any,
  });
/** What the admin shows for a calendar day: in words, in its language (English here). */
const inWords = (isoDate: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
const auth = () => ({ Authorization: `Bearer ${superToken}` });
const versionRow = (number: string, locale = 'en') =>
  app.strapi.db.query(UID.version).findOne({ where: { policyDocumentId, policyLocale: locale, number } });
const publishPreview = async (locale = 'en') =>
  (await app.http.get(`/privacy-policy/policies/${policyDocumentId}/publish-preview?locale=${locale}`).set(auth())).body.data;
const draftHash = async (locale = 'en') => {
  const draft = await app.strapi.db
    .query(UID.policy)
    .findOne({ where: { documentId: policyDocumentId, locale, publishedAt: null }, select: ['id'] });
  return contentHash(await plugin().service('snapshot').ofPolicyRow(draft.id));
};

/** Without motion: the dialogs' pop-in animation would otherwise be caught half-transparent in screenshots. */
const newPage = (width: number, height: number) => browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });

const login = (page: Page, email: string, password: string) => loginToAdmin(page, baseUrl, email, password);

const openPolicyPage = async (page: Page) => {
  await page.goto(`${baseUrl}/admin/plugins/privacy-policy/${policyDocumentId}`);
  await page.waitForSelector('[data-version="1.0"]', { timeout: 30_000 });
};

const smallTexts = (page: Page, selector: string) => textsSmallerThan(page, selector);

beforeAll(async () => {
  sink = await startSmtpSink();
  browser = await launchChromium();
});
beforeEach(async () => {
  sink.messages.length = 0;
  app = await startStrapi({
    demoContent: true,
    complianceGate: true,
    env: { SMTP_PORT: String(sink.port), SMTP_POOL: 'false', PRIVACY_POLICY_POLL_MS: '200', PRIVACY_POLICY_MESSAGES_PER_SECOND: '40' },
  });
  editor = { ...ADMIN, email: `editor-${(appsStarted += 1)}@example.test` };
  superToken = await adminToken(app, editor);
  baseUrl = await listen(app);
  const policy = await app.strapi.db.query(UID.policy).findOne({ where: { slug: 'privacy-policy', locale: 'en', publishedAt: null } });
  policyDocumentId = policy.documentId;
});
afterEach(async () => {
  await app?.stop();
});
afterAll(async () => {
  await browser?.close();
  await sink?.close();
});

test('(a) an editor withdraws an upcoming major version through the dialog; the timeline marks it and the subscribers who were told get one email', async () => {
  await addSubscribers(app, 5, { prefix: 'told' });
  await rewordSummary({ dataCollected: ['name', 'email address'] });
  const effectiveDate = dayFromToday(40);
  await plugin().service('publishing').publish(policyDocumentId, {
    changeType: 'major',
    effectiveDate,
    changeSummary: 'The summary now lists what we collect.',
    overrideCompliance: true,
  });

  const page = await newPage(1440, 1000);
  await login(page, editor.email, editor.password);

  // While 2.0 is pending, the edit view's date hint says a new version cannot take effect before it.
  await page.goto(
    `${baseUrl}/admin/content-manager/collection-types/plugin::privacy-policy.policy/${policyDocumentId}?plugins[i18n][locale]=en`,
  );
  await page.waitForSelector('[data-publish-panel]', { timeout: 30_000 });
  expect(await page.locator('[data-publish-panel]').textContent()).toContain(
    `Version 2.0 takes effect on ${inWords(effectiveDate)}: a new version cannot take effect before then.`,
  );

  await openPolicyPage(page);
  const row = page.locator('[data-version="2.0"]');
  await row.locator('[data-status="upcoming"]').waitFor();
  expect(await row.textContent()).toContain(inWords(effectiveDate));
  // The announcement has reached the five subscribers before the withdrawal: they are the ones "told".
  await page.waitForSelector('[data-notification="2.0"] [data-progress="100"]', { timeout: 60_000 });

  // Withdraw is offered only on the version not yet in effect; Restore on both.
  const current = page.locator('[data-version="1.0"]');
  await current.getByRole('button', { name: 'Restore version 1.0 into the draft' }).waitFor();
  expect(await current.getByRole('button', { name: /Withdraw/ }).count()).toBe(0);

  await row.getByRole('button', { name: 'Withdraw version 2.0' }).click();
  const dialog = page.locator('[data-withdraw-dialog="2.0"]');
  await dialog.waitFor();
  const explanation = await dialog.textContent();
  expect(explanation).toContain(`Version 2.0 will not take effect on ${inWords(effectiveDate)}.`);
  expect(explanation).toContain('It stays in the version history, marked withdrawn');
  expect(explanation).toContain('Subscribers who were told about this version receive one short email');

  // The reason is required: confirming without one writes nothing.
  await dialog.getByRole('button', { name: 'Withdraw version 2.0' }).click();
  await dialog.getByText('Enter a reason').waitFor();
  expect((await versionRow('2.0')).withdrawnAt).toBeNull();

  const reason = 'The new summary left out the postal address; a corrected version follows.';
  await dialog.getByLabel('Reason for the withdrawal').fill(reason);
  expect(await smallTexts(page, '[data-withdraw-dialog="2.0"]')).toEqual([]);
  await page.screenshot({ path: path.join(os.tmpdir(), 'withdraw-dialog.png') });
  await dialog.getByRole('button', { name: 'Withdraw version 2.0' }).click();
  await row.locator('[data-status="withdrawn"]').waitFor();
  const toast = page.locator('[data-sonner-toast]').filter({ hasText: 'Version 2.0 was withdrawn: it will not take effect.' });
  await toast.waitFor();
  expect(await dialog.count()).toBe(0);

  // The timeline marks 2.0 withdrawn (by whom, why), no longer upcoming; 1.0 stays current.
  expect(await row.locator('[data-status="upcoming"]').count()).toBe(0);
  expect(await row.locator('[data-status="withdrawn"]').textContent()).toBe('Withdrawn');
  const withdrawal = await row.locator('[data-withdrawal]').textContent();
  expect(withdrawal).toContain('by Test Editor');
  expect(withdrawal).toContain(`Reason: ${reason}`);
  expect(withdrawal).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(await page.locator('[data-version="1.0"] [data-status="current"]').count()).toBe(1);
  expect(await row.getByRole('button', { name: 'Withdraw version 2.0' }).count()).toBe(0);

  // The server recorded it.
  const recorded = await versionRow('2.0');
  expect(recorded.withdrawnAt).not.toBeNull();
  expect(recorded.withdrawalReason).toBe(reason);
  expect(recorded.withdrawnBy).toMatchObject({ name: 'Test Editor' });
  const listed = (await app.http.get(`/privacy-policy/policies/${policyDocumentId}/versions?locale=en`).set(auth())).body.data;
  expect(listed.find((version: any) => version.number === '2.0')).toMatchObject({
    isUpcoming: false,
    isCurrent: false,
    withdrawn: { reason },
  });

  // The notifications list shows the withdrawal notice beside the announcement, and it reaches the five.
  const notice = page.locator('[data-notification-withdrawal="2.0"]');
  await notice.locator('[data-progress="100"]').waitFor({ timeout: 60_000 });
  expect(await notice.locator('h3').textContent()).toBe('Version 2.0 — withdrawal notice');
  expect(await page.locator('[data-notification="2.0"] h3').textContent()).toBe('Version 2.0 — announcement');
  const notices = sink.messages.filter((message) => /withdrawn version 2\.0/.test(message.parsed.subject ?? ''));
  expect(notices.map((message) => message.to).sort()).toEqual(Array.from({ length: 5 }, (_, index) => `told-${index}@example.test`).sort());

  // Readable: no text under 14 px in the timeline and the notifications.
  expect(await smallTexts(page, '[data-timeline]')).toEqual([]);
  expect(await smallTexts(page, '[data-notification-withdrawal="2.0"]')).toEqual([]);
  // The success toast would cover the page in the screenshots: close it.
  await toast.getByRole('button', { name: 'Close' }).click();
  await toast.waitFor({ state: 'detached' });
  await page.locator('[data-timeline]').evaluate((timeline) => timeline.scrollIntoView({ block: 'center' }));
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.screenshot({ path: path.join(os.tmpdir(), 'timeline-withdrawn-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.locator('[data-timeline]').evaluate((timeline) => timeline.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: path.join(SCREENSHOTS, 'timeline-withdrawn.png'), fullPage: true });
  await page.close();
});

test('(b) restore into draft lists what it will overwrite, writes version 1.0 back into the draft and publishes nothing', async () => {
  const documents = app.strapi.documents;
  await rewordSummary();
  const host = await app.strapi.db.query(UID.processor).findOne({ where: { slug: 'ukfast', locale: 'en' } });
  await documents(UID.processor).update({ documentId: host.documentId, locale: 'en', data: { name: 'UKFast Hosting Ltd' } as any });
  const newsletter = await documents(UID.section).create({
    locale: 'en',
    data: { title: 'Newsletter', category: 'use', body: 'We send a monthly newsletter.' } as any,
  });
  const policy = await documents(UID.policy).findOne({ documentId: policyDocumentId, locale: 'en', populate: ['sections'] } as any);
  await documents(UID.policy).update({
    documentId: policyDocumentId,
    locale: 'en',
    data: { sections: [...(policy as any).sections.map((section: any) => section.documentId), newsletter.documentId] } as any,
  });
  const versionOne = await versionRow('1.0');
  expect(await draftHash()).not.toBe(versionOne.contentHash);
  expect((await publishPreview()).unchanged).toBe(false);
  const changedBody = (await summarySection()).body;
  const versionsBefore = await app.strapi.db.query(UID.version).count({ where: { policyDocumentId } });

  const page = await newPage(1280, 1000);
  await login(page, editor.email, editor.password);
  await openPolicyPage(page);
  await waitOrCapture(
    page,
    '[data-version="1.0"] button[aria-label="Restore version 1.0 into the draft"], [data-version="1.0"] button:has-text("Restore")',
    'restore-button',
  );
  await page.locator('[data-version="1.0"]').getByRole('button', { name: 'Restore version 1.0 into the draft' }).click();
  const dialog = page.locator('[data-restore-dialog="1.0"]');
  await dialog.locator('[data-restore-changes="plan"]').waitFor();
  const planned = async (entry: string) => dialog.locator(`[data-restore-change="${entry}"]`).allTextContents();
  expect(await planned('section:updated')).toEqual(['Section “Summary” will be overwritten']);
  expect(await planned('processor:updated')).toEqual(['Processor “UKFast” will be overwritten']);
  expect(await planned('section:detached')).toEqual(['Section “Newsletter” will be taken out of the policy (kept, not deleted)']);
  expect(await planned('policy:updated')).toEqual([
    'Policy “Privacy Policy” will be overwritten: its title, introduction, controller details and list of sections',
  ]);
  const text = await dialog.textContent();
  expect(text).toContain(`This writes the content of version 1.0 (effective ${inWords(versionOne.effectiveDate)})`);
  expect(text).toContain('Nothing is published. After the restore, review the draft in the editor, then publish a new version as usual.');
  expect(text).toContain('4 entries of the draft will change:');
  // The plan wrote nothing.
  expect((await summarySection()).body).toBe(changedBody);
  expect(await smallTexts(page, '[data-restore-dialog="1.0"]')).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'restore-dialog.png'), fullPage: true });
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.screenshot({ path: path.join(os.tmpdir(), 'restore-dialog-1440.png'), fullPage: true });

  await dialog.getByRole('button', { name: 'Restore version 1.0 into the draft' }).click();
  await dialog.locator('[data-restore-result]').waitFor();
  expect(await dialog.locator('[data-restore-result]').textContent()).toContain(
    'The draft now holds exactly the content of version 1.0. Nothing was published.',
  );
  expect(await dialog.locator('[data-restore-changes="done"] [data-restore-change="section:updated"]').textContent()).toBe(
    'Section “Summary” overwritten',
  );

  // The draft is version 1.0 again, to the byte of its content hash; the section's body is back; nothing was published or recorded.
  expect(await draftHash()).toBe(versionOne.contentHash);
  const restoredSummary = versionOne.snapshot.sections.find((section: any) => section.slug === 'summary');
  expect((await summarySection()).body).toBe(restoredSummary.body);
  expect((await app.strapi.db.query(UID.processor).findOne({ where: { slug: 'ukfast', locale: 'en' } })).name).toBe('UKFast');
  expect(await app.strapi.db.query(UID.section).findOne({ where: { documentId: newsletter.documentId } })).not.toBeNull();
  const preview = await publishPreview();
  expect(preview.unchanged).toBe(true);
  expect(preview.previous.number).toBe('1.0');
  expect(await app.strapi.db.query(UID.version).count({ where: { policyDocumentId } })).toBe(versionsBefore);

  // The dialog links to the policy's edit view in that locale, where the panel agrees: nothing to publish.
  const review = dialog.getByRole('link', { name: 'Review the draft' });
  expect(await review.getAttribute('href')).toBe(
    `/admin/content-manager/collection-types/plugin::privacy-policy.policy/${policyDocumentId}?plugins[i18n][locale]=en`,
  );
  await review.click();
  await page.waitForSelector('[data-publish-panel][data-unchanged="true"]', { timeout: 30_000 });
  expect(await page.locator('[data-publish-panel]').textContent()).toContain('Nothing has changed since the last version.');
  await page.close();
});

test('(c) a role with only versions.read sees the timeline but neither Withdraw nor Restore', async () => {
  // An upcoming 2.0, which a publisher could withdraw, beside the current 1.0, which a publisher could restore.
  await rewordSummary();
  await plugin()
    .service('publishing')
    .publish(policyDocumentId, {
      changeType: 'major',
      effectiveDate: dayFromToday(40),
      changeSummary: 'A shorter summary.',
      overrideCompliance: true,
    });
  const created = await app.http.post('/admin/roles').set(auth()).send({ name: 'Version readers', description: 'read versions only' });
  expect(created.status).toBe(201);
  const granted = await app.http
    .put(`/admin/roles/${created.body.data.id}/permissions`)
    .set(auth())
    .send({ permissions: [{ action: 'plugin::privacy-policy.versions.read', subject: null, properties: {}, conditions: [] }] });
  expect(granted.status).toBe(200);
  await adminWithRole(app, superToken, created.body.data.id, 'reader@example.test');

  const page = await newPage(1440, 1000);
  await login(page, 'reader@example.test', 'Role-User-2026');
  await openPolicyPage(page);
  // The page has loaded, permissions included (it waits for them before showing the timeline).
  await page.locator('[data-version="2.0"] [data-status="upcoming"]').waitFor();
  await page.locator('[data-version="1.0"] [data-status="current"]').waitFor();
  expect(await page.locator('[data-version]').count()).toBe(2);
  expect(await page.getByRole('heading', { name: 'Privacy Policy' }).count()).toBeGreaterThan(0);

  expect(await page.getByRole('button', { name: /Withdraw/ }).count()).toBe(0);
  expect(await page.getByRole('button', { name: /Restore/ }).count()).toBe(0);
  expect(await page.getByRole('columnheader', { name: 'Actions' }).count()).toBe(0);
  await page.close();
});

test('(d) the edit view panel follows each save and, after a publish, shows what was recorded with the change fields cleared', async () => {
  expect((await publishPreview('fr')).unchanged).toBe(true);
  const englishVersions = async () =>
    (await app.strapi.db.query(UID.version).findMany({ where: { policyDocumentId, policyLocale: 'en' }, orderBy: { id: 'asc' } })).map(
      (row: { number: string; withdrawnAt: string | null }) => `${row.number}${row.withdrawnAt ? ' (withdrawn)' : ''}`,
    );
  const englishBefore = await englishVersions();
  const page = await newPage(1440, 1200);
  await login(page, editor.email, editor.password);
  await page.goto(
    `${baseUrl}/admin/content-manager/collection-types/plugin::privacy-policy.policy/${policyDocumentId}?plugins[i18n][locale]=fr`,
  );
  const panel = page.locator('[data-publish-panel]');
  await page.waitForSelector('[data-publish-panel][data-unchanged="true"]', { timeout: 30_000 });
  expect(await panel.locator('[data-suggestion]').textContent()).toBe('Nothing has changed since the last version.');
  expect(await panel.locator('[data-finding="dpo-contact"]').count()).toBe(0);
  const complianceErrorsBefore = await panel.locator('[data-publish-compliance] [data-finding]').count();
  expect(complianceErrorsBefore).toBeGreaterThan(0);

  // Edit a field of the form and save: the panel reads the classifier and the checks again, in place.
  // Naming a data protection officer changes how people reach the controller: major (WP260 rev.01 para 30).
  await page.evaluate(() => ((window as any).__notReloaded = true));
  await page.locator('input[name="controller.dpoName"]').fill('Claire Martin');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForSelector('[data-publish-panel][data-unchanged="false"]', { timeout: 30_000 });
  expect(await panel.locator('[data-suggestion]').textContent()).toBe('The classifier sees a major change:');
  expect(await panel.textContent()).toContain("the controller's data protection officer changes");
  await panel.locator('[data-publish-compliance] [data-finding="dpo-contact"]').waitFor();
  expect(await panel.locator('[data-publish-compliance] [data-finding]').count()).toBe(complianceErrorsBefore + 1);
  expect(await page.evaluate(() => (window as any).__notReloaded)).toBe(true);

  // Without a date or a summary, both come back with every other rule broken, the date first, in the editor's words.
  await page.getByRole('button', { name: 'Publish version 2.0' }).click();
  const refusal = page.locator('[data-publish-outcome="error"]');
  await refusal.waitFor();
  const withoutDate = await refusal.locator('li').allTextContents();
  expect(withoutDate.slice(0, 2)).toEqual([
    'Choose an effective date.',
    'Say what changed: a major change needs a summary for the people it concerns.',
  ]);
  expect(withoutDate.slice(2)).toHaveLength(complianceErrorsBefore + 1);
  for (const line of withoutDate.slice(2)) expect(line).toMatch(/^Compliance error: /);

  // A refused publish lists every rule it breaks: the notice period a major change needs and each compliance error.
  const earliest = dayFromToday(30);
  await page.getByLabel('Effective date', { exact: true }).fill(dayFromToday(1));
  await page.getByLabel('What changed (required for a major change)', { exact: true }).fill('Nous nommons notre délégué.');
  await page.getByRole('button', { name: 'Publish version 2.0' }).click();
  await refusal.locator('[data-publish-error="major-notice-period"]').waitFor();
  expect(await refusal.locator('[data-publish-error="major-notice-period"]').textContent()).toBe(
    `The effective date of a major change must be at least 30 days after the publish date (${inWords(dayFromToday(0))}): choose ${inWords(earliest)} or later.`,
  );
  expect(await refusal.locator('[data-publish-error="compliance"]').count()).toBe(complianceErrorsBefore + 1);
  expect(await refusal.locator('li').count()).toBe(complianceErrorsBefore + 2);
  expect(await refusal.locator('[data-publish-error="compliance"]').first().textContent()).toMatch(/^Compliance error: /);
  expect(await refusal.textContent()).toContain(`The publish was refused for ${complianceErrorsBefore + 2} reasons:`);

  const effectiveDate = earliest;
  const summaryText = 'Nous nommons notre délégué à la protection des données.';
  await page.getByLabel('Effective date', { exact: true }).fill(effectiveDate);
  await page.getByLabel('What changed (required for a major change)', { exact: true }).fill(summaryText);
  await page.getByLabel('Publish despite the compliance errors (recorded on the version)', { exact: true }).check();
  await page.getByRole('button', { name: 'Publish version 2.0' }).click();
  await page.waitForSelector('[data-publish-outcome="ok"]');
  expect(await page.locator('[data-publish-outcome]').textContent()).toBe(`Version 2.0 recorded, effective ${inWords(effectiveDate)}.`);
  expect(await page.locator('[data-publish-recorded]').textContent()).toBe(`Major change. What changed: ${summaryText}`);

  // The change fields are cleared and the panel reads the draft again: now the same as 2.0.
  await page.waitForSelector('[data-publish-panel][data-unchanged="true"]');
  expect(await page.getByLabel('Effective date', { exact: true }).inputValue()).toBe('');
  expect(await page.getByLabel('What changed (required for a major change)', { exact: true }).inputValue()).toBe('');
  expect(await page.getByLabel('Publish despite the compliance errors (recorded on the version)', { exact: true }).isChecked()).toBe(false);
  expect(await page.locator('[data-publish-outcome="error"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as any).__notReloaded)).toBe(true);
  await page.screenshot({ path: path.join(os.tmpdir(), 'publish-panel-recorded.png'), fullPage: true });

  const recorded = await versionRow('2.0', 'fr');
  expect(recorded).toMatchObject({ changeType: 'major', changeSummary: summaryText, effectiveDate, complianceOverride: true });
  // Only the French locale got a version: the English ones are those there were before.
  expect(await englishVersions()).toEqual(englishBefore);
  await page.close();
});
