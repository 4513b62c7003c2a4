import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, waitOrCapture } from '../helpers/browser';
import { startStrapi, TestApp } from '../helpers/strapi';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { freePort } from '../helpers/child-strapi';
import { acceptanceApi, registerEndUser } from '../helpers/end-users';
import { createSmallPolicy, daysFromToday, setClock, UID } from '../helpers/policy-fixture';

/**
 * The three web components from /api/privacy-policy/embed.js on the example app's demo page
 * (example/public/policy-demo.html), in Chromium, under the page's strict Content Security Policy
 * (example/src/middlewares/demo-page-csp.js): the policy with its table of contents, upcoming banner and
 * archive link; the double opt-in form against a real SMTP server; the acceptance panel for a real
 * users-permissions user. Every page is watched for console errors, uncaught exceptions and CSP violations.
 */
const DOCS = path.resolve(__dirname, '..', '..', 'docs');
const SCREENSHOTS = path.join(DOCS, 'screenshots');
// The end user the example app creates for its demo (example/src/index.js), printed by the demo as "[demo] reader login".
const DEMO_READER = { email: 'reader@example.test', password: 'Reader-Demo-2026' };
const SEVEN_YEARS = { en: 'We keep order records for seven years.', fr: 'Nous conservons les commandes sept ans.' };

let app: TestApp;
let sink: SmtpSink;
let browser: Browser;
let baseUrl: string;

const inWords = (isoDate: string, locale: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );

interface DemoPage {
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen so far; `expected` lists console errors the test provoked. */
  problems(expected?: RegExp[]): Promise<{ consoleErrors: string[]; pageErrors: string[]; cspViolations: string[] }>;
}

/** The demo page in a fresh page, its CSP in force (not bypassed), with every kind of problem recorded. */
const openDemo = async (query = '', { bypassCSP = false } = {}): Promise<DemoPage> => {
  const page = await browser.newPage({ bypassCSP });
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Registered before any of the page's scripts; violations inside shadow roots bubble out (composed events).
  await page.addInitScript(() => {
    (window as any).__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        (window as any).__cspViolations.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
        ),
      true,
    );
  });
  const response = await page.goto(`${baseUrl}/policy-demo.html${query}`);
  expect(response?.status()).toBe(200);
  return {
    page,
    async problems(expected = []) {
      // Reports are queued: give any pending one time to arrive before reading.
      await page.waitForTimeout(100);
      return {
        consoleErrors: consoleErrors.filter((text) => !expected.some((pattern) => pattern.test(text))),
        pageErrors,
        cspViolations: await page.evaluate(() => (window as any).__cspViolations as string[]),
      };
    },
  };
};

const NO_PROBLEMS = { consoleErrors: [], pageErrors: [], cspViolations: [] };

const policyShown = async (page: Page, name: string) => {
  await waitOrCapture(page, 'privacy-policy article h1', name);
  return page.locator('privacy-policy');
};

/** The demo's "Order information" kept 7 years instead of 6, published as a major version taking effect on `effectiveDate`. */
const publishSevenYears = async (locale: 'en' | 'fr', effectiveDate: string) => {
  const rule = await app.strapi.db.query(UID.retentionRule).findOne({ where: { slug: 'order-information', locale } });
  if (rule.period !== 'P7Y')
    await app.strapi.documents(UID.retentionRule).update({ documentId: rule.documentId, locale, data: { period: 'P7Y' } as any });
  const policy = await app.strapi.db.query(UID.policy).findOne({ where: { slug: 'privacy-policy', locale, publishedAt: null } });
  await app.strapi.plugin('privacy-policy').service('publishing').publish(policy.documentId, {
    changeType: 'major',
    effectiveDate,
    changeSummary: SEVEN_YEARS[locale],
    overrideCompliance: true,
    locale,
  });
};

/**
 * Signs a reader (the demo's own unless given) in through the demo page's own form (users-permissions' /api/auth/local), which
 * hands the JWT to the component's `token` property; returns that JWT.
 */
const signIn = async (page: Page, reader: { email: string; password: string } = DEMO_READER): Promise<string> => {
  await page.fill('#identifier', reader.email);
  await page.fill('#password', reader.password);
  await page.click('#sign-in button[type="submit"]');
  await page.locator('#signed-in').waitFor();
  expect(await page.locator('#sign-in').isVisible()).toBe(false);
  return page.locator('privacy-policy-acceptance').evaluate((element: any) => element.token);
};

let upcomingMajor: Promise<string> | undefined;
/** The English 2.0 (seven years), scheduled 40 days from today: published by the first test that needs it. */
const givenUpcomingMajor = () => {
  const effectiveDate = daysFromToday(40);
  return (upcomingMajor ??= publishSevenYears('en', effectiveDate).then(() => effectiveDate));
};

/** A new site user who has accepted version 1.0 through the API, as an earlier visit would have. */
const readerWhoAcceptedOne = async (name: string) => {
  const reader = await registerEndUser(app, name);
  expect((await acceptanceApi(app).accept('privacy-policy', { version: '1.0' }, reader.jwt)).status).toBe(201);
  return reader;
};

beforeAll(async () => {
  sink = await startSmtpSink();
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  app = await startStrapi({
    demoContent: true,
    // DEMO_ADMIN: the example app also creates its demo reader, as `npm run demo` does.
    env: { SMTP_PORT: String(sink.port), SMTP_POOL: 'false', PRIVACY_POLICY_POLL_MS: '200', PUBLIC_URL: baseUrl, DEMO_ADMIN: 'true' },
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

describe('the demo page under a strict Content Security Policy', () => {
  test('is served with a CSP that allows no inline script, eval or inline style, and the module defines the three elements', async () => {
    const { page, problems } = await openDemo();
    const response = await page.request.get(`${baseUrl}/policy-demo.html`);
    const csp = response.headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
    await policyShown(page, 'web-components-defined');
    expect(
      await page.evaluate(() =>
        ['privacy-policy', 'privacy-policy-subscribe', 'privacy-policy-acceptance'].map((name) => Boolean(customElements.get(name))),
      ),
    ).toEqual([true, true, true]);
    expect(await problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });

  test('control: the violation listener and the console watch do catch what this CSP blocks', async () => {
    const { page, problems } = await openDemo();
    await policyShown(page, 'web-components-control');
    expect(await problems()).toEqual(NO_PROBLEMS);
    await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
    await page.waitForFunction(() => (window as any).__cspViolations.length > 0);
    const seen = await problems();
    expect(seen.cspViolations).toEqual([expect.stringMatching(/^style-src-attr blocked inline/)]);
    expect(seen.consoleErrors).toEqual([expect.stringMatching(/inline style violates the following Content Security Policy directive/)]);
    await page.close();
  });
});

describe('a page whose Trusted Types policy does not list "privacy-policy"', () => {
  test('the policy element says the page does not allow it, rather than failing silently or bypassing the policy', async () => {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The demo page as served, with only its list of Trusted Types policy names changed.
    await page.route(`${baseUrl}/policy-demo.html`, async (route) => {
      const response = await route.fetch();
      const csp = response.headers()['content-security-policy'];
      expect(csp).toContain('trusted-types privacy-policy');
      await route.fulfill({
        response,
        headers: {
          ...response.headers(),
          'content-security-policy': csp.replace('trusted-types privacy-policy', 'trusted-types site-own'),
        },
      });
    });
    await page.goto(`${baseUrl}/policy-demo.html`);
    const status = page.locator('privacy-policy [role="status"]');
    await status.filter({ hasText: 'This page does not allow the policy to be shown' }).waitFor();
    expect(await status.getAttribute('data-tone')).toBe('error');
    expect(await page.locator('privacy-policy article').count()).toBe(0);
    // The browser refused the policy name (the reason for the message), and nothing else went wrong.
    expect(consoleErrors).toEqual([expect.stringMatching(/Creating a TrustedTypePolicy named 'privacy-policy' violates/)]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('<privacy-policy>', () => {
  test('shows the version in effect with its table of contents, version and date, and a link to the archive; TOC links move focus', async () => {
    const { page, problems } = await openDemo();
    const policy = await policyShown(page, 'web-components-policy');
    // In the element's shadow root, not in the page's DOM.
    expect(await page.evaluate(() => document.querySelector('privacy-policy')!.shadowRoot!.querySelector('article') !== null)).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('article').length)).toBe(0);
    await expect(policy.locator('article h1').textContent()).resolves.toBe('Privacy Policy');
    expect(await policy.locator('.privacy-policy__meta').textContent()).toMatch(/1\.0.*31 May 2018|31 May 2018.*1\.0/);

    const toc = policy.locator('nav[part="toc"]');
    const entries = await toc
      .locator('a')
      .evaluateAll((links) => links.map((link) => ({ text: link.textContent, href: link.getAttribute('href') })));
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) expect(entry.href).toMatch(/^#[\w-]+$/);

    const archive = policy.locator('a[part="archive-link"]');
    expect(await archive.textContent()).toBe('Earlier versions of this policy');
    expect(await archive.getAttribute('href')).toBe(`${baseUrl}/api/privacy-policy/policies/privacy-policy/archive?locale=en`);
    const archivePage = await page.request.get((await archive.getAttribute('href'))!);
    expect(archivePage.status()).toBe(200);
    expect(archivePage.headers()['content-type']).toMatch(/^text\/html/);
    // A policy with no version to come shows no banner: one of its own beside the demo's, whose 2.0 another
    // test schedules (its article is the positive control here; the scheduled-major test shows a banner).
    const { policy: quiet } = await createSmallPolicy(app, 'Quiet');
    await app.strapi
      .plugin('privacy-policy')
      .service('publishing')
      .publish(quiet.documentId, {
        changeType: 'major',
        effectiveDate: daysFromToday(0),
        changeSummary: 'First version.',
        overrideCompliance: true,
      });
    const { slug } = await app.strapi.db.query(UID.policy).findOne({ where: { documentId: quiet.documentId }, select: ['slug'] });
    await page.evaluate((quietSlug) => {
      const element = document.createElement('privacy-policy');
      element.id = 'quiet';
      element.setAttribute('slug', quietSlug);
      element.setAttribute('locale', 'en');
      document.querySelector('main')!.append(element);
    }, slug);
    const quietElement = page.locator('#quiet');
    await quietElement.locator('article h1').waitFor();
    expect(await quietElement.locator('article h1').textContent()).toBe('Quiet Privacy Policy');
    expect(await quietElement.locator('[part="banner"]').count()).toBe(0);

    // Keyboard: Enter on a TOC entry lands focus on that section's heading inside the shadow root.
    const target = entries[2];
    await toc.locator(`a[href="${target.href}"]`).focus();
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => {
      const host = document.activeElement;
      const inner = host?.shadowRoot?.activeElement;
      return { host: host?.localName, tag: inner?.localName, text: inner?.textContent, section: inner?.closest('section')?.id };
    });
    expect(focused).toEqual({
      host: 'privacy-policy',
      tag: expect.stringMatching(/^h[2-6]$/),
      text: expect.stringContaining(target.text!.trim()),
      section: target.href!.slice(1),
    });
    expect(await problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });

  test('is themed by the page: custom properties reach into the shadow root and ::part styles named pieces', async () => {
    const { page, problems } = await openDemo();
    await policyShown(page, 'web-components-theme');
    // example/public/policy-demo.css sets --privacy-policy-accent: #0f3d5e (the default is #1d4ed8).
    const button = page.locator('privacy-policy-subscribe button');
    expect(await button.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(15, 61, 94)');
    expect(await page.locator('privacy-policy a[part="archive-link"]').evaluate((element) => getComputedStyle(element).color)).toBe(
      'rgb(11, 92, 142)',
    );
    expect(await problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('<privacy-policy-subscribe>', () => {
  test('keyboard only: a label, Enter sends, the live region says "check your inbox", and the confirmation email arrives', async () => {
    const { page, problems } = await openDemo();
    const form = page.locator('privacy-policy-subscribe');
    await waitOrCapture(page, 'privacy-policy-subscribe input[type="email"]', 'web-components-subscribe');
    const input = page.getByLabel('Email address');
    expect(await input.getAttribute('autocomplete')).toBe('email');
    const status = form.locator('[role="status"]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    // The status and the purpose of the address are part of the field's description.
    const describedBy = (await input.getAttribute('aria-describedby'))!.split(' ');
    expect(describedBy).toContain(await status.getAttribute('id'));
    expect(await form.locator(`[id="${describedBy[0]}"]`).textContent()).toContain('only to tell you about major changes to this policy');

    // Tab from the control before it (the demo's sign-in button) reaches the field inside the shadow root.
    await page.locator('#sign-in button[type="submit"]').focus();
    await page.keyboard.press('Tab');
    expect(await input.evaluate((element) => (element.getRootNode() as ShadowRoot).activeElement === element)).toBe(true);
    await page.keyboard.type('web-reader@example.test');
    await page.keyboard.press('Enter');
    await status.filter({ hasText: 'Check your inbox' }).waitFor();
    expect(await status.getAttribute('data-tone')).toBe('success');
    expect(await form.evaluate((element: any) => element.state)).toBe('sent');

    await sink.waitFor(() => sink.to('web-reader@example.test').length === 1);
    const [email] = sink.to('web-reader@example.test');
    expect(email.parsed.text).toMatch(/\/api\/privacy-policy\/subscriptions\/confirm\?token=/);
    expect(await problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });

  test('an invalid address: says so, marks the field invalid and puts the focus back in it; nothing is sent', async () => {
    const { page, problems } = await openDemo();
    await waitOrCapture(page, 'privacy-policy-subscribe input[type="email"]', 'web-components-invalid');
    const before = sink.messages.length;
    const input = page.getByLabel('Email address');
    await input.fill('not-an-address');
    await page.locator('privacy-policy-subscribe button').click();
    const status = page.locator('privacy-policy-subscribe [role="status"]');
    await status.filter({ hasText: 'Enter a valid email address' }).waitFor();
    expect(await status.getAttribute('data-tone')).toBe('error');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.evaluate((element) => (element.getRootNode() as ShadowRoot).activeElement === element)).toBe(true);
    await page.waitForTimeout(300);
    expect(sink.messages.length).toBe(before);
    // The browser itself logs the 400 it received; nothing else.
    expect(await problems([/status of 400 \(Bad Request\).*\/subscriptions/])).toEqual(NO_PROBLEMS);
    await page.close();
  });

  test('past the rate limit: says to wait, not "sent"', async () => {
    const limiter = app.strapi.plugin('privacy-policy').service('rate-limiter');
    await limiter.reset();
    const { page, problems } = await openDemo();
    await waitOrCapture(page, 'privacy-policy-subscribe input[type="email"]', 'web-components-rate');
    const input = page.getByLabel('Email address');
    const status = page.locator('privacy-policy-subscribe [role="status"]');
    // The example app allows 3 requests per address an hour.
    await input.fill('eager-reader@example.test');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await input.press('Enter');
      await status.filter({ hasText: 'Check your inbox' }).waitFor();
    }
    await input.press('Enter');
    await status.filter({ hasText: 'Too many requests' }).waitFor();
    expect(await status.getAttribute('data-tone')).toBe('error');
    expect(await page.locator('privacy-policy-subscribe').evaluate((element: any) => element.state)).toBe('rate-limited');
    expect(await problems([/status of 429 \(Too Many Requests\).*\/subscriptions/])).toEqual(NO_PROBLEMS);
    await limiter.reset();
    await page.close();
  });

  test('when the server cannot be reached: an error, not "sent"', async () => {
    const { page, problems } = await openDemo();
    await waitOrCapture(page, 'privacy-policy-subscribe input[type="email"]', 'web-components-offline');
    // The connection is refused (the one request the test cuts off); the component cannot know more.
    await page.route('**/api/privacy-policy/subscriptions', (route) => route.abort('connectionrefused'));
    await page.getByLabel('Email address').fill('offline-reader@example.test');
    await page.locator('privacy-policy-subscribe button').click();
    const status = page.locator('privacy-policy-subscribe [role="status"]');
    await status.filter({ hasText: 'could not be sent' }).waitFor();
    expect(await page.locator('privacy-policy-subscribe').evaluate((element: any) => element.state)).toBe('failed');
    expect(await problems([/ERR_CONNECTION_REFUSED/])).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('<privacy-policy-acceptance> and the upcoming version', () => {
  test('signed out it shows nothing; a token attribute is removed and ignored', async () => {
    const other = await registerEndUser(app, 'attribute-reader');
    const { page, problems } = await openDemo();
    await policyShown(page, 'web-components-signed-out');
    const acceptance = page.locator('privacy-policy-acceptance');
    expect(await acceptance.evaluate((element: any) => element.state)).toBe('signed-out');
    expect(await acceptance.locator('section').count()).toBe(0);
    await acceptance.evaluate((element, token) => element.setAttribute('token', token), other.jwt);
    expect(await acceptance.evaluate((element) => element.hasAttribute('token'))).toBe(false);
    await page.waitForTimeout(300);
    expect(await acceptance.evaluate((element: any) => ({ state: element.state, token: element.token }))).toEqual({
      state: 'signed-out',
      token: null,
    });
    expect(await problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });

  test('a user who never accepted is asked to read the policy; pressing the button records the acceptance', async () => {
    const newcomer = await registerEndUser(app, 'newcomer');
    const { page, problems } = await openDemo();
    const jwt = await signIn(page, newcomer);
    const panel = page.locator('privacy-policy-acceptance section[part="panel"]');
    await waitOrCapture(page, 'privacy-policy-acceptance section[part="panel"]', 'web-components-first-acceptance');
    expect(await panel.locator('h2').textContent()).toBe('Please read our privacy policy');
    expect(await panel.textContent()).toContain('Version 1.0 of “Privacy Policy” has applied since 31 May 2018.');
    // The JWT went through the property: it is nowhere in the DOM.
    expect(jwt).toMatch(/^eyJ/);
    expect(await page.evaluate((token) => document.documentElement.outerHTML.includes(token), jwt)).toBe(false);
    expect(await page.locator('privacy-policy-acceptance').getAttribute('token')).toBeNull();

    await panel.locator('button').focus();
    await page.keyboard.press('Enter');
    const status = page.locator('privacy-policy-acceptance [role="status"]');
    await status.filter({ hasText: 'We have recorded that you read version 1.0' }).waitFor();
    // The button is gone: the focus is on the confirmation, not lost to the page's start.
    expect(await status.evaluate((element) => (element.getRootNode() as ShadowRoot).activeElement === element)).toBe(true);
    expect(await panel.count()).toBe(0);

    const recorded = await acceptanceApi(app).status('privacy-policy', jwt);
    expect(recorded.body.data).toMatchObject({ accepted: { number: '1.0' }, needsAcceptance: false });
    expect(await problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });

  test('a major version is scheduled: the policy shows a banner with its date, summary and redline; a reader who accepted 1.0 is not asked yet', async () => {
    const effective = await givenUpcomingMajor();
    const reader = await readerWhoAcceptedOne('accepted-one');
    const { page, problems } = await openDemo();
    const policy = await policyShown(page, 'web-components-banner');
    const banner = policy.locator('aside[part="banner"]');
    await banner.waitFor();
    expect(await banner.getAttribute('aria-label')).toBe('Upcoming change');
    expect(await banner.textContent()).toContain(
      `Version 2.0 of this policy takes effect on ${inWords(effective, 'en')}. ${SEVEN_YEARS.en}`,
    );
    const redline = banner.locator('a[part="redline-link"]');
    expect(await redline.textContent()).toBe('See what changes');
    const href = (await redline.getAttribute('href'))!;
    expect(href).toBe(`${baseUrl}/api/privacy-policy/policies/privacy-policy/diff?from=1.0&to=2.0&format=printable&locale=en`);
    const page2 = await page.request.get(href);
    expect(page2.status()).toBe(200);
    expect(await page2.text()).toMatch(/<ins[\s>]/);
    // The version shown is still 1.0 and the server's own upcoming notice is not repeated.
    expect(await policy.locator('.privacy-policy__upcoming').count()).toBe(0);
    expect(await policy.locator('.privacy-policy__meta').textContent()).toContain('1.0');
    // For docs/frontend.md: the policy with its banner and table of contents.
    await page.setViewportSize({ width: 1200, height: 1000 });
    await page.locator('.policy-box').evaluate((element) => element.scrollIntoView());
    await page.screenshot({ path: path.join(SCREENSHOTS, 'web-components-policy.png') });

    await signIn(page, reader);
    const acceptance = page.locator('privacy-policy-acceptance');
    await page.waitForFunction(() => (document.querySelector('privacy-policy-acceptance') as any).state === 'accepted');
    expect(await acceptance.locator('section').count()).toBe(0);
    expect(await problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });

  test('once 2.0 takes effect: "we updated our privacy policy" with the summary and the redline from 1.0; accepting records 2.0', async () => {
    await givenUpcomingMajor();
    // The demo's own reader, as the screenshot shows it (no other test signs it in), accepted 1.0 on an earlier visit.
    const login = await app.http.post('/api/auth/local').send({ identifier: DEMO_READER.email, password: DEMO_READER.password });
    expect(login.status).toBe(200);
    expect((await acceptanceApi(app).accept('privacy-policy', { version: '1.0' }, login.body.jwt)).status).toBe(201);
    setClock(app, daysFromToday(41));
    try {
      const { page, problems } = await openDemo();
      const policy = await policyShown(page, 'web-components-updated');
      expect(await policy.locator('.privacy-policy__meta').textContent()).toContain('2.0');
      expect(await policy.locator('[part="banner"]').count()).toBe(0);

      const jwt = await signIn(page);
      await waitOrCapture(page, 'privacy-policy-acceptance section[part="panel"]', 'web-components-updated-panel');
      const panel = page.locator('privacy-policy-acceptance section[part="panel"]');
      expect(await panel.locator('h2').textContent()).toBe('We updated our privacy policy');
      expect(await panel.locator('[part="summary"]').textContent()).toBe(`What changed: ${SEVEN_YEARS.en}`);
      expect(await panel.locator('a[part="redline-link"]').getAttribute('href')).toBe(
        `${baseUrl}/api/privacy-policy/policies/privacy-policy/diff?from=1.0&to=2.0&format=printable&locale=en`,
      );
      expect(await panel.locator('a[part="policy-link"]').getAttribute('href')).toBe(
        `${baseUrl}/api/privacy-policy/policies/privacy-policy?format=printable&locale=en`,
      );
      // For docs/frontend.md: the demo page as a reader sees it.
      await page.setViewportSize({ width: 1200, height: 900 });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'web-components-demo.png') });
      await panel.locator('button').click();
      await page.locator('privacy-policy-acceptance [role="status"]').filter({ hasText: 'read version 2.0' }).waitFor();

      const recorded = await acceptanceApi(app).status('privacy-policy', jwt);
      expect(recorded.body.data).toMatchObject({ accepted: { number: '2.0' }, current: { number: '2.0' }, needsAcceptance: false });
      expect(await problems()).toEqual(NO_PROBLEMS);
      await page.close();
    } finally {
      app.strapi.plugin('privacy-policy').service('clock').now = () => new Date();
    }
  });
});

describe('languages', () => {
  test('?locale=fr: the policy, the banner and the form speak French', async () => {
    const effective = daysFromToday(50);
    await publishSevenYears('fr', effective);
    const { page, problems } = await openDemo('?locale=fr');
    const policy = await policyShown(page, 'web-components-fr');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await policy.locator('article h1').textContent()).not.toBe('Privacy Policy');
    const banner = policy.locator('aside[part="banner"]');
    await banner.waitFor();
    expect(await banner.getAttribute('aria-label')).toBe('Changement à venir');
    expect(await banner.textContent()).toContain(`La version 2.0 de cette politique entre en vigueur le ${inWords(effective, 'fr')}.`);
    expect(await banner.textContent()).toContain(SEVEN_YEARS.fr);
    expect(await policy.locator('a[part="archive-link"]').textContent()).toBe('Versions précédentes de cette politique');
    expect(await page.locator('privacy-policy-subscribe label').textContent()).toBe('Adresse e-mail');
    expect(await page.locator('privacy-policy-subscribe button').textContent()).toBe('S’abonner');
    expect(await problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });

  test('a page in en-GB without a locale attribute: the policy in English, from the locale the server has', async () => {
    const { page, problems } = await openDemo();
    await policyShown(page, 'web-components-en-gb');
    await page.evaluate(() => {
      document.documentElement.lang = 'en-GB';
      const element = document.createElement('privacy-policy');
      element.id = 'inferred';
      element.setAttribute('slug', 'privacy-policy');
      document.querySelector('main')!.append(element);
    });
    const inferred = page.locator('#inferred');
    await inferred.locator('article h1').waitFor();
    expect(await inferred.locator('article h1').textContent()).toBe('Privacy Policy');
    expect(await inferred.locator('a[part="archive-link"]').getAttribute('href')).toBe(
      `${baseUrl}/api/privacy-policy/policies/privacy-policy/archive?locale=en`,
    );
    // The first request asked for en-GB, which the example app does not have; the browser logs that 400.
    expect(await problems([/status of 400 \(Bad Request\).*\/policies\?locale=en-GB/])).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('the React snippet of docs/frontend.md', () => {
  /** The `PolicyAcceptance` component as the docs show it, bundled with this repository's React 18 by esbuild. */
  const bundleSnippet = async () => {
    const docs = readFileSync(path.join(DOCS, 'frontend.md'), 'utf8');
    const snippet = /```tsx\n(\/\/ PolicyAcceptance\.tsx\n[\s\S]*?)```/.exec(docs)![1];
    const folder = mkdtempSync(path.join(tmpdir(), 'pp-react-'));
    try {
      writeFileSync(path.join(folder, 'PolicyAcceptance.tsx'), snippet);
      writeFileSync(
        path.join(folder, 'entry.tsx'),
        [
          "import { createRoot } from 'react-dom/client';",
          "import { PolicyAcceptance } from './PolicyAcceptance';",
          "const root = createRoot(document.getElementById('root')!);",
          '(window as any).renderAcceptance = (jwt: string | null) =>',
          '  root.render(<PolicyAcceptance jwt={jwt} onAccepted={(version) => ((window as any).acceptedVersion = version)} />);',
        ].join('\n'),
      );
      const result = await build({
        entryPoints: [path.join(folder, 'entry.tsx')],
        bundle: true,
        write: false,
        format: 'iife',
        jsx: 'automatic',
        define: { 'process.env.NODE_ENV': '"production"' },
        nodePaths: [path.resolve(__dirname, '..', '..', 'node_modules')],
        logLevel: 'silent',
      });
      return result.outputFiles[0].text;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };

  test('with React 18 the JWT reaches the element as a property, the panel shows, and onAccepted hears the acceptance', async () => {
    const bundle = await bundleSnippet();
    const user = await registerEndUser(app, 'react-reader');
    // A page of the app's origin without the demo's CSP: the bundle is injected as an inline script.
    const page = await browser.newPage({ bypassCSP: true });
    const consoleErrors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await page.goto(`${baseUrl}/api/privacy-policy/policies`);
    await page.setContent('<!doctype html><html lang="en"><body><div id="root"></div></body></html>');
    await page.addScriptTag({ type: 'module', url: '/api/privacy-policy/embed.js' });
    await page.addScriptTag({ content: bundle });
    await page.evaluate((jwt) => (window as any).renderAcceptance(jwt), user.jwt);

    const element = page.locator('privacy-policy-acceptance');
    await element.locator('section[part="panel"]').waitFor();
    expect(await element.getAttribute('token')).toBeNull();
    expect(await element.evaluate((node: any, jwt) => node.token === jwt, user.jwt)).toBe(true);
    await element.locator('button').click();
    await page.waitForFunction(() => (window as any).acceptedVersion);
    expect(await page.evaluate(() => (window as any).acceptedVersion)).toBe('1.0');
    expect((await acceptanceApi(app).status('privacy-policy', user.jwt)).body.data).toMatchObject({ accepted: { number: '1.0' } });

    // Signing out: the prop becomes null, the element forgets the token.
    await page.evaluate(() => (window as any).renderAcceptance(null));
    await page.waitForFunction(() => (document.querySelector('privacy-policy-acceptance') as any).state === 'signed-out');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('the policy HTML put into the page is sanitised by the component too', () => {
  const HOSTILE = [
    '<article><h1>Hostile answer</h1>',
    '<p id="kept" style="color:red" onclick="window.__ran=1">Kept text</p>',
    '<img src="x" onerror="window.__ran=2">',
    '<a id="js" href="javascript:window.__ran=3">a link</a>',
    '<a id="ok" href="https://example.test/">a real link</a>',
    '<script>window.__ran=4</script>',
    '<iframe srcdoc="<script>parent.__ran=5</script>"></iframe>',
    '<svg><script>window.__ran=6</script><a href="javascript:alert(1)">svg</a></svg>',
    '<form action="https://evil.test/"><input name="password"></form>',
    '<style>*{display:none}</style>',
    '<details open ontoggle="window.__ran=7"><summary>unwrapped</summary></details>',
    '</article>',
  ].join('');

  test('an answer carrying scripts, handlers, javascript: links and styles renders as text and links only, and nothing runs', async () => {
    // The server sanitises its HTML; this stands in for a server (or a proxy in between) that did not,
    // with the page's CSP bypassed so that only the component's own allow-list stands between them.
    const { page } = await openDemo('', { bypassCSP: true });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => undefined);
    });
    await page.route(/\/api\/privacy-policy\/policies\/privacy-policy\?.*format=html/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: HOSTILE }),
    );
    await page.locator('privacy-policy').evaluate((element: any) => element.refresh());
    const policy = page.locator('privacy-policy');
    await policy.locator('article h1').filter({ hasText: 'Hostile answer' }).waitFor();
    expect(await policy.locator('#kept').textContent()).toBe('Kept text');
    expect(await policy.locator('#ok').getAttribute('href')).toBe('https://example.test/');
    expect(await policy.locator('article').textContent()).toContain('unwrapped');
    const left = await page.evaluate(() => {
      const root = document.querySelector('privacy-policy')!.shadowRoot!;
      const all = Array.from(root.querySelectorAll('*'));
      return {
        elements: [...new Set(all.map((element) => element.localName))].filter((tag) =>
          /script|iframe|img|svg|form|input|style|details/.test(tag),
        ),
        attributes: all.flatMap((element) =>
          element.getAttributeNames().filter((name) => name.startsWith('on') || name === 'style' || name === 'srcdoc'),
        ),
        scriptLinks: all.filter((element) => /^\s*javascript:/i.test(element.getAttribute('href') ?? '')).length,
      };
    });
    expect(left).toEqual({ elements: [], attributes: [], scriptLinks: 0 });
    await policy.locator('#kept').click();
    await page.waitForTimeout(300);
    expect({ ran: await page.evaluate(() => (window as any).__ran ?? 0), dialogs }).toEqual({ ran: 0, dialogs: [] });
    await page.close();
  });

  test('control: the same answer put into the page with innerHTML does run a script in this harness', async () => {
    const { page } = await openDemo('', { bypassCSP: true });
    await page.evaluate((html) => {
      const box = document.createElement('div');
      document.body.append(box);
      box.innerHTML = html;
    }, HOSTILE);
    await page.waitForFunction(() => ((window as any).__ran ?? 0) > 0);
    await page.close();
  });
});
