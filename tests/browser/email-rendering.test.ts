import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startStrapi, TestApp } from '../helpers/strapi';
import { startSmtpSink, SmtpSink, CapturedMessage } from '../helpers/smtp-sink';
import { freePort } from '../helpers/child-strapi';
import { daysFromToday, UID } from '../helpers/policy-fixture';

/**
 * A reader's view of a change email: the demo plumber keeps order records 7 years instead of 6, publishes
 * a major version, and the email that reaches the SMTP sink is opened in Chromium. Its text must be in
 * words ("6 years → 7 years"), big enough to read, its links real <a> elements, and the pages they open
 * standalone documents in the version's language with body text of 14 px at least.
 */
const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');
const ORGANISATION = 'Jet Professional Plumbing & Heating';

let app: TestApp;
let sink: SmtpSink;
let browser: Browser;
let baseUrl: string;

const inWords = (isoDate: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );

const subscribe = (email: string, locale: string) =>
  app.strapi.db.query(UID.subscriber).create({
    data: {
      email,
      scope: '*',
      status: 'confirmed',
      locale,
      consent: { at: new Date().toISOString() },
      unsubscribeSalt: randomBytes(16).toString('hex'),
      createdAt: new Date(),
    },
  });

/** The demo's "Order information" rule kept 7 years instead of 6 (the period is shared by every locale), then a major version of the policy in `locale`. */
const keepOrdersSevenYears = async (locale: string, effectiveDate: string) => {
  const rule = await app.strapi.db.query(UID.retentionRule).findOne({ where: { slug: 'order-information', locale } });
  if (rule.period !== 'P7Y') {
    expect(rule.period).toBe('P6Y');
    await app.strapi.documents(UID.retentionRule).update({ documentId: rule.documentId, locale, data: { period: 'P7Y' } as any });
  }
  const policy = await app.strapi.db.query(UID.policy).findOne({ where: { slug: 'privacy-policy', locale, publishedAt: null } });
  await app.strapi
    .plugin('privacy-policy')
    .service('publishing')
    .publish(policy.documentId, {
      changeType: 'major',
      effectiveDate,
      changeSummary: locale === 'fr' ? 'Nous conservons les commandes sept ans.' : 'We keep order records for seven years.',
      overrideCompliance: true,
      locale,
    });
};

const emailTo = async (address: string): Promise<CapturedMessage> => {
  await sink.waitFor(() => sink.to(address).some((message) => message.parsed.subject?.includes('version 2.0')), 60_000);
  return sink.to(address).find((message) => message.parsed.subject?.includes('version 2.0'))!;
};

/** The computed font size, in px, of the element around every piece of visible text under `root`. */
const textSizes = (page: Page, root: string) =>
  page.evaluate((selector) => {
    const sizes: { text: string; px: number }[] = [];
    const walker = document.createTreeWalker(document.querySelector(selector)!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      if (!text || !node.parentElement || node.parentElement.closest('style, title, head')) continue;
      sizes.push({ text: text.slice(0, 40), px: parseFloat(getComputedStyle(node.parentElement).fontSize) });
    }
    return sizes;
  }, root);

/** What a reader lands on: a full HTML document of its own, in `lang`, its body text at 14 px or more, at a readable width. */
const expectReadablePage = async (page: Page, url: string, { lang, article }: { lang: string; article: string }) => {
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(await page.evaluate(() => document.doctype?.name)).toBe('html');
  expect(await page.getAttribute('html', 'lang')).toBe(lang);
  expect((await page.title()).length).toBeGreaterThan(0);
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(14);
  const sizes = await textSizes(page, 'body');
  expect(sizes.length).toBeGreaterThan(5);
  expect(sizes.filter(({ px }) => px < 14)).toEqual([]);
  // Styled as a page (not a bare fragment in the browser's defaults): a measure of about 70 characters.
  const width = await page.evaluate((selector) => document.querySelector(selector)!.getBoundingClientRect().width, article);
  expect(width).toBeGreaterThan(300);
  expect(width).toBeLessThanOrEqual(720);
  return page.evaluate(() => document.body.innerText);
};

beforeAll(async () => {
  sink = await startSmtpSink();
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  app = await startStrapi({
    demoContent: true,
    env: { SMTP_PORT: String(sink.port), SMTP_POOL: 'false', PRIVACY_POLICY_POLL_MS: '200', PUBLIC_URL: baseUrl },
  });
  await new Promise<void>((resolve) => app.strapi.server.httpServer.listen(port, '127.0.0.1', resolve));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => setTimeout(resolve, 500));
  await app?.stop();
  await sink?.close();
});

test('the change email names the plumber, says "6 years → 7 years", is set at 14 px or more, and links with <a> elements', async () => {
  await subscribe('reader@example.test', 'en');
  const effectiveDate = daysFromToday(40);
  await keepOrdersSevenYears('en', effectiveDate);
  const message = await emailTo('reader@example.test');
  expect(message.parsed.subject).toBe(
    `${ORGANISATION} is changing its Privacy Policy: version 2.0 takes effect on ${inWords(effectiveDate, 'en-GB')}`,
  );

  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  await page.setContent(message.parsed.html as string);
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).toContain(`${ORGANISATION} is changing its Privacy Policy.`);
  expect(text).toContain('"Order information" is kept longer: 6 years → 7 years');
  expect(text).not.toMatch(/P[67]Y|<https?:|https?:\/\//);

  const links = await page.$$eval('a', (anchors) =>
    anchors.map((anchor) => ({ text: anchor.textContent, href: anchor.getAttribute('href') })),
  );
  expect(links.map((link) => link.text)).toEqual(['Read the new version', 'See every change', 'Unsubscribe from these emails']);
  for (const link of links) expect(link.href).toMatch(new RegExp(`^${baseUrl}/api/privacy-policy/`));

  const sizes = await textSizes(page, 'body');
  expect(sizes.find(({ text: shown }) => shown.startsWith(ORGANISATION))?.px).toBe(16);
  expect(sizes.filter(({ px }) => px < 14)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'change-email.png'), fullPage: true });

  const policyText = await expectReadablePage(page, links[0].href!, { lang: 'en', article: '.privacy-policy' });
  expect(policyText).toContain('Order information: kept for 7 years.');
  expect(policyText).not.toMatch(/P[67]Y/);

  const redlineText = await expectReadablePage(page, links[1].href!, { lang: 'en', article: '.privacy-policy-redline' });
  expect(redlineText).toContain('Privacy Policy: changes from version 1.0 to 2.0');
  expect(redlineText).toContain('Retention period: 6 years → 7 years');
  expect(redlineText).not.toMatch(/P[67]Y|<https?:/);
  expect(await page.locator('del', { hasText: '6 years' }).count()).toBe(1);
  expect(await page.locator('ins', { hasText: '7 years' }).count()).toBe(1);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'change-email-redline.png'), fullPage: true });
  await page.close();
});

test('a French reader gets the French email, and its links open French pages: "6 ans → 7 ans"', async () => {
  await subscribe('lectrice@example.test', 'fr');
  const effectiveDate = daysFromToday(45);
  await keepOrdersSevenYears('fr', effectiveDate);
  const message = await emailTo('lectrice@example.test');
  expect(message.parsed.subject).toBe(
    `${ORGANISATION} : la version 2.0 de notre Politique de confidentialité entre en vigueur le ${inWords(effectiveDate, 'fr')}`,
  );

  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  await page.setContent(message.parsed.html as string);
  expect(await page.getAttribute('div[lang]', 'lang')).toBe('fr');
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).toMatch(/Durée de conservation allongée pour «\s*Order information\s*» : 6\sans → 7\sans/);
  expect(text).not.toMatch(/P[67]Y|years/);
  const links = await page.$$eval('a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
  expect(links).toHaveLength(3);
  expect((await textSizes(page, 'body')).filter(({ px }) => px < 14)).toEqual([]);

  await expectReadablePage(page, links[0], { lang: 'fr', article: '.privacy-policy' });
  const redlineText = await expectReadablePage(page, links[1], { lang: 'fr', article: '.privacy-policy-redline' });
  expect(redlineText).toContain('Politique de confidentialité : modifications de la version 1.0 à la version 2.0');
  expect(redlineText).toMatch(/Durée de conservation : 6\sans → 7\sans/);
  expect(redlineText).not.toMatch(/P[67]Y|Retention period/);
  await page.close();
});
