import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, listen, loginToAdmin } from '../helpers/browser';
import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, adminWithRole } from '../helpers/admin-api';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { addSubscribers, waitUntil } from '../helpers/subscribers';
import { daysFromToday, UID } from '../helpers/policy-fixture';

const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');

let app: TestApp;
let sink: SmtpSink;
let browser: Browser;
let baseUrl: string;
let superToken: string;

const login = (page: Page, email: string, password: string) => loginToAdmin(page, baseUrl, email, password);

// Each test sets up what it asserts and reads its expectations (version numbers, counts) from the state it
// finds, so the tests pass alone and in any order (`--randomize`).
const demoPolicy = () => app.strapi.db.query(UID.policy).findOne({ where: { slug: 'privacy-policy', publishedAt: null } });
const summarySection = () => app.strapi.db.query(UID.section).findOne({ where: { slug: 'summary' } });
const confirmedSubscribers = () => app.strapi.db.query(UID.subscriber).count({ where: { status: 'confirmed' } });
const publishing = () => app.strapi.plugin('privacy-policy').service('publishing');

/** The demo policy's English versions still in force or to come, newest first. */
const activeVersions = async (): Promise<Array<{ number: string; major: number; effectiveDate: string; complianceOverride: boolean }>> =>
  app.strapi.db.query(UID.version).findMany({
    where: { policySlug: 'privacy-policy', policyLocale: 'en', withdrawnAt: null },
    orderBy: [{ major: 'desc' }, { minor: 'desc' }],
  });

const nextMajor = async () => `${(await activeVersions())[0].major + 1}.0`;

/** An effective date at least `days` from today and after every version still to take effect. */
const freeEffectiveDate = async (days: number) => {
  const pending = (await activeVersions()).map((version) => version.effectiveDate).sort();
  const last = pending[pending.length - 1];
  return last && last >= daysFromToday(days) ? daysFromToday(1, last) : daysFromToday(days);
};

/**
 * Sixty confirmed "browser" subscribers and an upcoming major version notified to them, made once per run
 * by whichever test needs it first.
 */
let notifiedMajor: Promise<{ number: string; current: string; recipients: number }> | undefined;
const givenNotifiedMajor = () =>
  (notifiedMajor ??= (async () => {
    const policy = await demoPolicy();
    const current = (await activeVersions()).find((version) => version.effectiveDate <= daysFromToday(0))!.number;
    await addSubscribers(app, 60, { prefix: 'browser' });
    await app.strapi.documents(UID.section).update({
      documentId: (await summarySection()).documentId,
      data: { body: 'A short overview of how we handle your information.', dataCollected: ['name', 'email address'] } as any,
    });
    const recipients = await confirmedSubscribers();
    const outcome = await publishing().publish(policy.documentId, {
      changeType: 'major',
      effectiveDate: await freeEffectiveDate(40),
      changeSummary: 'The summary now lists what we collect.',
      overrideCompliance: true,
    });
    return { number: outcome.version.number as string, current, recipients };
  })());

beforeAll(async () => {
  sink = await startSmtpSink();
  app = await startStrapi({
    demoContent: true,
    complianceGate: true,
    env: { SMTP_PORT: String(sink.port), SMTP_POOL: 'false', PRIVACY_POLICY_POLL_MS: '200', PRIVACY_POLICY_MESSAGES_PER_SECOND: '40' },
  });
  superToken = await adminToken(app);
  baseUrl = await listen(app);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await sink?.close();
});

test('an editor sees the versions timeline, a redline between two versions, and a notification reaching 100%', async () => {
  const { number, current, recipients } = await givenNotifiedMajor();
  const [newest, beforeNewest] = await activeVersions();
  const overridden = (await activeVersions()).filter((version) => version.complianceOverride).length;
  // The first version still to come is "Upcoming"; any after it (other tests' publishes) "Scheduled".
  const [upcoming] = (await activeVersions()).filter((version) => version.effectiveDate > daysFromToday(0)).reverse();

  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await login(page, 'editor@example.test', 'Test-Editor-2026');
  await page.getByRole('link', { name: 'Privacy policy', exact: true }).click();
  await page.getByRole('link', { name: 'Privacy Policy', exact: true }).click();
  await page.waitForSelector(`[data-version="${number}"]`);
  expect(await page.locator(`[data-version="${upcoming.number}"]`).textContent()).toContain('Upcoming');
  expect(await page.locator(`[data-version="${number}"]`).textContent()).toContain(upcoming.number === number ? 'Upcoming' : 'Scheduled');
  expect(await page.locator(`[data-version="${current}"]`).textContent()).toContain('Current');

  // The health card lists the seed's known problems.
  await page.waitForSelector('[data-health-card] [data-finding="privacy-shield"]');
  // Under the UK GDPR the children's section has two notes (COPPA is US law; the Children's Code is not mentioned).
  expect(await page.locator('[data-health-card] [data-finding="children-age-threshold"]', { hasText: 'COPPA' }).count()).toBe(1);
  expect(await page.locator('[data-health-card] [data-finding="privacy-shield"]').first().getAttribute('data-severity')).toBe('error');
  expect(overridden).toBeGreaterThan(0);
  expect(await page.locator('[data-compliance-override]').count()).toBe(overridden);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'policy-health.png'), fullPage: true });

  await page.waitForSelector('[data-redline] ins');
  expect(await page.locator('[data-redline]').textContent()).toContain(`changes from version ${beforeNewest.number} to ${newest.number}`);
  // The admin's root font size is 10 px: the redline's text must set its own, 14 px at the least.
  const redlineSizes = await page
    .locator('[data-redline] li, [data-redline] p')
    .evaluateAll((elements) => elements.map((element) => parseFloat(getComputedStyle(element).fontSize)));
  expect(redlineSizes.length).toBeGreaterThan(0);
  expect(Math.min(...redlineSizes)).toBeGreaterThanOrEqual(14);
  // The admin scrolls inside its main column, so a full-page capture shows the top only: bring the versions into view first.
  await page.locator(`[data-version="${number}"]`).scrollIntoViewIfNeeded();
  await page.evaluate(
    (shown) => document.querySelector(`[data-version="${shown}"]`)?.closest('table')?.scrollIntoView({ block: 'start' }),
    number,
  );
  await page.screenshot({ path: path.join(SCREENSHOTS, 'versions-and-redline.png') });

  await page.waitForSelector(`[data-notification="${number}"] [data-progress="100"]`, { timeout: 60_000 });
  expect(recipients).toBeGreaterThanOrEqual(60);
  expect(await page.locator(`[data-notification="${number}"]`).textContent()).toContain(`${recipients} sent`);
  // The full bar is seen: its fill spans the track, in a colour other than the card's.
  const bar = page.locator(`[data-notification="${number}"] [role="progressbar"]`);
  expect(await bar.getAttribute('aria-valuenow')).toBe('100');
  const shown = await bar.evaluate((track) => {
    const fill = track.firstElementChild as HTMLElement;
    const card = track.closest('[data-notification]') as HTMLElement;
    return {
      fillWidth: fill.getBoundingClientRect().width,
      trackWidth: track.getBoundingClientRect().width,
      height: fill.getBoundingClientRect().height,
      fill: getComputedStyle(fill).backgroundColor,
      card: getComputedStyle(card).backgroundColor,
    };
  });
  expect(shown.trackWidth).toBeGreaterThan(100);
  expect(shown.fillWidth).toBeCloseTo(shown.trackWidth, 0);
  expect(shown.height).toBeGreaterThanOrEqual(6);
  expect(shown.fill).not.toBe(shown.card);
  await page.locator(`[data-notification="${number}"]`).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'notification-progress.png'), fullPage: true });
  expect(sink.messages.filter((message) => message.parsed.subject?.includes(`version ${number}`))).toHaveLength(recipients);
});

test('the subscribers screen shows counts, searches, exports CSV and erases a subscriber', async () => {
  // Eleven subscribers of its own, and a major version of its own so that the one erased has a delivery to lose.
  await addSubscribers(app, 11, { prefix: 'screen' });
  await addSubscribers(app, 3, { status: 'pending', prefix: 'waiting' });
  await app.strapi.documents(UID.section).update({
    documentId: (await summarySection()).documentId,
    data: { body: 'An overview of how we handle your information, revised for the subscribers screen.' } as any,
  });
  await publishing().publish((await demoPolicy()).documentId, {
    changeType: 'major',
    effectiveDate: await freeEffectiveDate(31),
    changeSummary: 'The overview is revised.',
    overrideCompliance: true,
  });
  const count = (status: string) => app.strapi.db.query(UID.subscriber).count({ where: { status } });
  const [confirmed, pending] = [await count('confirmed'), await count('pending')];
  const erased = await app.strapi.db.query(UID.subscriber).findOne({ where: { email: 'screen-1@example.test' } });
  const attributed = () => app.strapi.db.query(UID.delivery).count({ where: { subscriberId: { $notNull: true } } });
  const deliveriesOfErased = () => app.strapi.db.query(UID.delivery).count({ where: { subscriberId: erased.id } });
  await waitUntil(async () => (await deliveriesOfErased()) === 1);
  const attributedBefore = await attributed();
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await login(page, 'editor@example.test', 'Test-Editor-2026');
  await page.goto(`${baseUrl}/admin/plugins/privacy-policy`);
  await page.getByRole('link', { name: 'Subscribers' }).click();
  await page.waitForSelector('[data-count="confirmed"]');
  expect(await page.locator('[data-count="confirmed"]').textContent()).toBe(`Confirmed: ${confirmed}`);
  expect(await page.locator('[data-count="pending"]').textContent()).toBe(`Pending: ${pending}`);

  await page.getByLabel('Search by email').fill('screen-');
  await page.waitForFunction(() => document.querySelectorAll('[data-subscriber]').length === 11);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'subscribers.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe('id,email,scope,status,locale,createdAt,confirmedAt,unsubscribedAt,consent');
  expect(csv).toHaveLength(12);

  const row = page.locator('[data-subscriber="screen-1@example.test"]');
  await row.getByRole('button', { name: 'Erase' }).click();
  await row.getByRole('button', { name: 'Confirm erasure' }).click();
  await page.waitForFunction(() => !document.querySelector('[data-subscriber="screen-1@example.test"]'));
  expect(await app.strapi.db.query(UID.subscriber).count({ where: { email: 'screen-1@example.test' } })).toBe(0);
  expect(await deliveriesOfErased()).toBe(0);
  expect(await attributed()).toBe(attributedBefore - 1);
});

test('the edit view panel shows the classifier advice, refuses a publish that breaks a rule, then publishes', async () => {
  const policy = await demoPolicy();
  const summary = await summarySection();
  await addSubscribers(app, 5, { prefix: 'panel' });
  // The latest version lists name and email address (a no-op publish when it already does); the draft adds a postal address.
  await app.strapi
    .documents(UID.section)
    .update({ documentId: summary.documentId, data: { dataCollected: ['name', 'email address'] } as any });
  await publishing().publish(policy.documentId, {
    changeType: 'major',
    effectiveDate: await freeEffectiveDate(31),
    changeSummary: 'Baseline.',
    overrideCompliance: true,
  });
  await app.strapi.documents(UID.section).update({
    documentId: summary.documentId,
    data: { dataCollected: ['name', 'email address', 'postal address'] } as any,
  });
  const number = await nextMajor();
  const later = await freeEffectiveDate(45);
  const page = await browser.newPage({ viewport: { width: 1440, height: 1200 } });
  await login(page, 'editor@example.test', 'Test-Editor-2026');
  await page.goto(`${baseUrl}/admin/content-manager/collection-types/plugin::privacy-policy.policy/${policy.documentId}`);
  await page.waitForSelector('[data-publish-panel]', { timeout: 30_000 });
  expect(await page.locator('[data-suggestion]').getAttribute('data-suggestion')).toBe('major');
  expect(await page.locator('[data-publish-panel]').textContent()).toContain('collects more data: postal address');

  const tooSoon = daysFromToday(5);
  // The policy's own effective-date field is on the edit view too: the panel's is meant.
  await page.locator('[data-publish-panel]').getByLabel('Effective date').fill(tooSoon);
  await page.getByLabel('What changed (required for a major change)').fill('We now ask for your postal address.');
  await page.getByRole('button', { name: `Publish version ${number}` }).click();
  await page.waitForSelector('[data-publish-outcome="error"]');
  expect(await page.locator('[data-publish-outcome]').textContent()).toMatch(/must be at least 30 days after the publish date/);

  // The seed's compliance errors block the publish until the editor overrides them, on the record.
  expect(await page.locator('[data-publish-compliance]').textContent()).toMatch(/Privacy Shield/);
  await page.locator('[data-publish-panel]').getByLabel('Effective date').fill(later);
  await page.getByRole('button', { name: `Publish version ${number}` }).click();
  await page.waitForSelector('[data-publish-outcome="error"]:has-text("compliance error")');
  await page.getByLabel('Publish despite the compliance errors (recorded on the version)').check();
  // The panel as the editor has filled it in, next to the top of the policy's fields: every scrolled column back at its top.
  await page.evaluate(() => {
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('*'))) if (element.scrollTop > 0) element.scrollTop = 0;
    window.scrollTo(0, 0);
  });
  // The narrow panel's labels wrap: none is cut short with an ellipsis.
  const labels = await page
    .locator('[data-publish-panel] label')
    .evaluateAll((elements) => elements.map((label) => ({ text: label.textContent, clipped: label.scrollWidth > label.clientWidth })));
  expect(labels.map(({ text }) => text)).toContain('What changed (required for a major change)');
  expect(labels.filter(({ clipped }) => clipped)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'publish-panel.png') });
  const recipients = await confirmedSubscribers();
  await page.getByRole('button', { name: `Publish version ${number}` }).click();
  await page.waitForSelector('[data-publish-outcome="ok"]');
  const inWords = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${later}T00:00:00Z`));
  expect(await page.locator('[data-publish-outcome]').textContent()).toBe(`Version ${number} recorded, effective ${inWords}.`);
  const recorded = await app.strapi.db.query(UID.version).findOne({ where: { number, policySlug: 'privacy-policy', policyLocale: 'en' } });
  expect(recorded).toMatchObject({ changeType: 'major', changeSummary: 'We now ask for your postal address.', effectiveDate: later });
  expect(recorded.publishedBy).toMatchObject({ name: 'Test Editor' });
  expect(recorded.complianceOverride).toBe(true);

  // The major version published from the edit view is notified; its progress bar reaches 100%.
  await page.goto(`${baseUrl}/admin/plugins/privacy-policy/${policy.documentId}`);
  await page.waitForSelector(`[data-notification="${number}"] [data-progress="100"]`, { timeout: 60_000 });
  expect(recipients).toBeGreaterThanOrEqual(5);
  expect(await page.locator(`[data-notification="${number}"]`).textContent()).toContain(`${recipients} sent`);
  expect(sink.messages.filter((message) => message.parsed.subject?.includes(`version ${number}`))).toHaveLength(recipients);
});

test('a change the classifier cannot judge: the panel lists what to read, preselects no change type, and publishes the type chosen', async () => {
  const policy = await demoPolicy();
  const summary = await summarySection();
  // The latest version holds the draft as it is (a no-op when it already does), after every pending version.
  const effectiveDate = await freeEffectiveDate(60);
  await app.strapi
    .plugin('privacy-policy')
    .service('publishing')
    .publish(policy.documentId, { changeType: 'major', effectiveDate, changeSummary: 'Baseline.', overrideCompliance: true });
  // Only prose changes: the classifier suggests "review" (text-changed), neither minor nor major.
  await app.strapi.documents(UID.section).update({
    documentId: summary.documentId,
    data: { body: 'A short overview of how we handle your information. Please read it with the full sections below.' } as any,
  });
  // A second super admin: the admin allows five logins per email in five minutes, and the editor's are spent.
  const roles = (await app.http.get('/admin/roles').set('Authorization', `Bearer ${superToken}`)).body.data;
  const superAdmin = roles.find((role: any) => role.code === 'strapi-super-admin');
  await adminWithRole(app, superToken, superAdmin.id, 'reviewer@example.test');
  const page = await browser.newPage({ viewport: { width: 1440, height: 1200 } });
  await login(page, 'reviewer@example.test', 'Role-User-2026');
  await page.goto(`${baseUrl}/admin/content-manager/collection-types/plugin::privacy-policy.policy/${policy.documentId}`);
  await page.waitForSelector('[data-publish-panel] [data-suggestion]', { timeout: 30_000 });
  const panel = page.locator('[data-publish-panel]');
  expect(await page.locator('[data-suggestion]').getAttribute('data-suggestion')).toBe('review');
  expect(await page.locator('[data-suggestion]').textContent()).toBe(
    'The classifier cannot tell whether this change is minor or major. Read the change it could not judge and choose the change type yourself:',
  );
  const reason = panel.locator('[data-reason="text-changed"]');
  expect(await reason.getAttribute('data-effect')).toBe('review');
  expect(await reason.textContent()).toContain('the text of section "Summary" changed');
  expect(await panel.textContent()).not.toContain('The classifier sees a major change');
  // Nothing preselected: the select shows its placeholder and the button names no version number.
  const changeType = panel.getByRole('combobox', { name: 'Change type' });
  expect(await changeType.textContent()).toBe('Choose minor or major');
  await panel.getByRole('button', { name: 'Publish a version' }).click();
  await page.waitForSelector('[data-publish-outcome="error"]');
  expect(await page.locator('[data-publish-outcome="error"]').textContent()).toContain('Choose a change type: minor or major.');

  // The editor reads the change and chooses minor: no classifier override is asked for or recorded.
  await changeType.click();
  const minor = page.getByRole('option', { name: /^Minor \(\d+\.\d+\)$/ });
  const number = /\((\d+\.\d+)\)/.exec((await minor.textContent())!)![1];
  await minor.click();
  expect(await panel.locator('[data-publish-compliance]').count()).toBe(1);
  expect(await panel.getByText('Publish as minor anyway (recorded on the version)').count()).toBe(0);
  await panel.getByLabel('Effective date').fill(effectiveDate);
  await panel.getByLabel('Publish despite the compliance errors (recorded on the version)').check();
  await panel.getByRole('button', { name: `Publish version ${number}` }).click();
  await page.waitForSelector('[data-publish-outcome="ok"]');
  const recorded = await app.strapi.db.query(UID.version).findOne({ where: { number } });
  expect(recorded).toMatchObject({ changeType: 'minor', suggestedChangeType: 'review', classifierOverride: false });
});

test('an admin whose role lacks the plugin permissions sees no menu entry and no page', async () => {
  // Positive control: the editor's menu shows the entry once the menu has loaded.
  const editorPage = await browser.newPage();
  await login(editorPage, 'editor@example.test', 'Test-Editor-2026');
  await editorPage.getByRole('link', { name: 'Content Manager' }).first().waitFor();
  await editorPage.getByRole('link', { name: 'Privacy policy' }).first().waitFor();
  await editorPage.close();

  const roles = (await app.http.get('/admin/roles').set('Authorization', `Bearer ${superToken}`)).body.data;
  const author = roles.find((role: any) => role.code === 'strapi-author');
  await adminWithRole(app, superToken, author.id, 'author@example.test');
  const page = await browser.newPage();
  await login(page, 'author@example.test', 'Role-User-2026');
  await page.getByRole('link', { name: 'Content Manager' }).first().waitFor();
  expect(await page.getByRole('link', { name: 'Privacy policy' }).count()).toBe(0);

  await page.goto(`${baseUrl}/admin/plugins/privacy-policy`);
  await page.getByText("You don't have the permissions to access that content").waitFor();
  expect(await page.locator('[data-version]').count()).toBe(0);
  expect(await page.getByRole('heading', { name: 'Privacy policies' }).count()).toBe(0);
});
