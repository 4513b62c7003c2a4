import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, textsSmallerThan } from '../helpers/browser';
import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken } from '../helpers/admin-api';
import { freePort } from '../helpers/child-strapi';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { daysFromToday, UID } from '../helpers/policy-fixture';

/**
 * The archive page of the demo policy in Chromium: it renders with no console error and nothing blocked by
 * its Content Security Policy, prints without the form, and its subscribe form works without JavaScript
 * against a real SMTP server. The screenshot goes to docs/screenshots/archive-page.png.
 */
const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');

let app: TestApp;
let sink: SmtpSink;
let browser: Browser;
let baseUrl: string;
let token: string;

const archiveUrl = (locale = 'en') => `${baseUrl}/api/privacy-policy/policies/privacy-policy/archive?locale=${locale}`;

const demoPolicy = () => app.strapi.db.query(UID.policy).findOne({ where: { slug: 'privacy-policy', locale: 'en', publishedAt: null } });
const publish = async (body: object) => {
  const { documentId } = await demoPolicy();
  const res = await app.http.post(`/privacy-policy/policies/${documentId}/versions`).set('Authorization', `Bearer ${token}`).send(body);
  if (res.status !== 201) throw new Error(`publish failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.version.number as string;
};
const setOrderRetention = async (period: string) => {
  const rule = await app.strapi.db.query(UID.retentionRule).findOne({ where: { slug: 'order-information', locale: 'en' } });
  await app.strapi.documents(UID.retentionRule).update({ documentId: rule.documentId, locale: 'en', data: { period } as any });
};

/** A page with its console errors, uncaught exceptions and CSP violations recorded from the start. */
const watchedPage = async () => {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    (window as any).__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => (window as any).__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
      true,
    );
  });
  const problems = async () => {
    await page.waitForTimeout(100);
    return { consoleErrors, pageErrors, cspViolations: await page.evaluate(() => (window as any).__cspViolations as string[]) };
  };
  return { page, problems };
};
const NO_PROBLEMS = { consoleErrors: [], pageErrors: [], cspViolations: [] };

const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

beforeAll(async () => {
  sink = await startSmtpSink();
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  app = await startStrapi({
    demoContent: true,
    env: { SMTP_PORT: String(sink.port), SMTP_POOL: 'false', PRIVACY_POLICY_POLL_MS: '200', PUBLIC_URL: baseUrl },
  });
  await new Promise<void>((resolve) => app.strapi.server.httpServer.listen(port, '127.0.0.1', resolve));
  token = await adminToken(app);
  // The demo's 1.0; a minor change in effect today; a major change withdrawn before it took effect; and
  // the major change that replaces it, taking effect in six weeks.
  const { documentId } = await demoPolicy();
  const summary = await app.strapi.db.query(UID.section).findOne({ where: { slug: 'summary', locale: 'en' } });
  await app.strapi.documents(UID.section).update({
    documentId: summary.documentId,
    locale: 'en',
    data: { body: `${summary.body}\n\nWe have reworded this summary to make it clearer.` } as any,
  });
  await publish({
    changeType: 'minor',
    effectiveDate: daysFromToday(0),
    changeSummary: 'The summary is reworded to make it clearer; nothing changes in what we do.',
  });
  await setOrderRetention('P8Y');
  const withdrawn = await publish({
    changeType: 'major',
    effectiveDate: daysFromToday(35),
    changeSummary: 'We keep order records for eight years.',
  });
  const withdrawal = await app.http
    .post(`/privacy-policy/policies/${documentId}/versions/${withdrawn}/withdraw`)
    .set('Authorization', `Bearer ${token}`)
    .send({ reason: 'Our accountants confirmed that seven years are enough.' });
  expect(withdrawal.status).toBe(200);
  await setOrderRetention('P7Y');
  await publish({
    changeType: 'major',
    effectiveDate: daysFromToday(42),
    changeSummary: 'We keep order records for seven years instead of six, as our accountants require.',
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => setTimeout(resolve, 500));
  await app?.stop();
  await sink?.close();
});

test('renders every version with its links and the advertised feeds, with no console error or CSP violation', async () => {
  const { page, problems } = await watchedPage();
  const response = await page.goto(archiveUrl());
  expect(response?.status()).toBe(200);
  await page.setViewportSize({ width: 1000, height: 800 });
  expect(await page.title()).toBe('Privacy Policy: every version');
  expect(await page.locator('li.archive__version').evaluateAll((items) => items.map((item) => item.getAttribute('data-version')))).toEqual([
    '3.0',
    '2.0',
    '1.1',
    '1.0',
  ]);
  expect(await page.locator('li.archive__version .archive__status').allTextContents()).toEqual([
    'Not yet in effect',
    'Withdrawn',
    'In effect',
    'Replaced',
  ]);
  expect(await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((link) => link.getAttribute('type')))).toEqual([
    'application/atom+xml',
    'application/rss+xml',
    'application/feed+json',
  ]);
  // Readable: nothing on the page is set smaller than 12 px.
  expect(await textsSmallerThan(page, 'body', 12)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'archive-page.png'), fullPage: true });

  // A redline link opens the printable redline.
  const redline = page.locator('li[data-version="3.0"] a', { hasText: 'See what changed' });
  await Promise.all([page.waitForURL(/\/diff\?from=1\.1&to=3\.0&format=printable/), redline.click()]);
  expect(await page.locator('body').textContent()).toContain('7 years');
  expect(await problems()).toEqual(NO_PROBLEMS);
  await page.close();
});

test('control: the violation listener catches what the page’s policy blocks', async () => {
  const { page, problems } = await watchedPage();
  await page.goto(archiveUrl());
  expect(await problems()).toEqual(NO_PROBLEMS);
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'https://elsewhere.example/pixel.png';
    document.body.append(image);
  });
  await page.waitForFunction(() => (window as any).__cspViolations.length > 0);
  // Blocked by the page's own policy and by the one Strapi sends in a header: a report from each.
  const { cspViolations } = await problems();
  expect(cspViolations.length).toBeGreaterThan(0);
  expect(cspViolations.filter((violation) => !/^img-src blocked https:\/\/elsewhere\.example\/pixel\.png$/.test(violation))).toEqual([]);
  await page.close();
});

test('prints without the form and the feed links, writing out each version link’s address', async () => {
  const { page } = await watchedPage();
  await page.goto(archiveUrl());
  expect(await visible(page, '.archive__subscribe form')).toBe(true);
  await page.emulateMedia({ media: 'print' });
  expect(await visible(page, '.archive__subscribe form')).toBe(false);
  expect(await visible(page, '.archive__follow')).toBe(false);
  const printedAddress = await page
    .locator('li[data-version="1.0"] .archive__links a')
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(printedAddress).toBe(`" (${baseUrl}/api/privacy-policy/policies/privacy-policy?version=1.0&format=printable&locale=en)"`);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.close();
});

test('the subscribe form works without JavaScript: the answer page, the confirmation email, the way back', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(archiveUrl('fr'));
  expect(await page.locator('h1').textContent()).toBe('Politique de confidentialité : toutes les versions');
  await page.getByLabel('Adresse e-mail').fill('lectrice@example.test');
  await Promise.all([
    page.waitForURL(`${baseUrl}/api/privacy-policy/subscriptions`),
    page.getByRole('button', { name: 'S’abonner' }).click(),
  ]);
  expect(await page.locator('h1').textContent()).toBe('Consultez votre boîte de réception');
  await sink.waitFor(() => sink.to('lectrice@example.test').length > 0);
  const subscriber = await app.strapi.db.query(UID.subscriber).findOne({ where: { email: 'lectrice@example.test' } });
  expect(subscriber).toMatchObject({ scope: 'privacy-policy', locale: 'fr', status: 'pending' });
  await Promise.all([
    page.waitForURL(archiveUrl('fr')),
    page.getByRole('link', { name: 'Retour à toutes les versions de la politique' }).click(),
  ]);
  expect(await page.locator('li.archive__version').count()).toBeGreaterThan(0);
  await context.close();
});
