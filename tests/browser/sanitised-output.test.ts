import MarkdownIt from 'markdown-it';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, listen } from '../helpers/browser';
import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, contentManager } from '../helpers/admin-api';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { UID } from '../helpers/policy-fixture';

/**
 * The sanitisation payloads, stored as an editor would store them, rendered by a real browser from every
 * HTML the plugin serves (and from the JSON's HTML put into a page with innerHTML, as a frontend would):
 * no script runs. A payload that ran would open a dialog (they all call alert) or mark the window.
 */
const MARKING = XSS_PAYLOADS.map((payload) => payload.replace(/alert\(1\)/g, 'window.__ran=(window.__ran||0)+1;alert(1)'));

let app: TestApp;
let browser: Browser;
let baseUrl: string;

const scriptRan = async (page: Page, dialogs: string[]) => {
  // Give event handlers (onload, onerror, onfocus, ontoggle, meta refresh) a moment to fire.
  await page.waitForTimeout(300);
  const ran = await page.evaluate(() => (window as any).__ran ?? 0).catch(() => 'page navigated away');
  return { dialogs, ran, url: page.url() };
};

// CSP is bypassed: Strapi's security headers would block inline handlers anyway, and this tests the sanitiser alone.
const openInBrowser = async (url: string) => {
  const page = await browser.newPage({ bypassCSP: true });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => undefined);
  });
  await page.goto(url);
  return { page, dialogs };
};

beforeAll(async () => {
  app = await startStrapi();
  baseUrl = await listen(app);
  const cm = contentManager(app, await adminToken(app));
  const processor = (
    await cm.create(UID.processor, {
      name: 'Host <img src=x onerror=alert(1)>',
      category: 'hosting',
      purpose: MARKING[2],
      storageCountries: ['US'],
      transferMechanism: 'other',
      transferNotes: MARKING[0],
    })
  ).body.data;
  const sections = [];
  for (const [index, payload] of MARKING.entries()) {
    sections.push(
      (
        await cm.create(UID.section, {
          title: `Payload ${index} ${payload}`,
          body: payload,
          dataCollected: [payload],
          position: index,
          processors: index === 0 ? { connect: [{ id: processor.id, documentId: processor.documentId }] } : undefined,
        })
      ).body.data,
    );
  }
  const policy = (
    await cm.create(UID.policy, {
      title: 'Hostile <svg onload=alert(1)>',
      slug: 'hostile',
      changeType: 'major',
      changeSummary: MARKING[0],
      effectiveDate: '2020-01-01',
      introduction: MARKING.join('\n\n'),
      sections: { connect: sections.map(({ id, documentId }) => ({ id, documentId })) },
    })
  ).body.data;
  expect((await cm.publish(UID.policy, policy.documentId, {})).status).toBe(200);
  // A second version, so that the redline shows the payloads as insertions and deletions.
  await cm.update(UID.section, sections[0].documentId, { body: MARKING.slice(1).reverse().join('\n\n') });
  await cm.update(UID.policy, policy.documentId, { changeType: 'minor', effectiveDate: '2099-01-01', overrideClassifier: true });
  expect((await cm.publish(UID.policy, policy.documentId, {})).status).toBe(200);

  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => setTimeout(resolve, 500));
  await app?.stop();
});

test.each([
  ['format=html', '/api/privacy-policy/policies/hostile?format=html'],
  ['format=printable', '/api/privacy-policy/policies/hostile?format=printable'],
  ['the upcoming version', '/api/privacy-policy/policies/hostile?format=html&version=1.1'],
  ['the HTML redline', '/api/privacy-policy/policies/hostile/diff?from=1.0&to=1.1&format=html'],
  ['the printable redline', '/api/privacy-policy/policies/hostile/diff?from=1.0&to=1.1&format=printable'],
])('%s renders the payloads in Chromium without running any', async (_label, path) => {
  const { page, dialogs } = await openInBrowser(`${baseUrl}${path}`);
  expect(await page.content()).toContain('onerror=window.__ran');
  await page
    .locator('input, button, details')
    .evaluateAll((elements) => elements.forEach((element: any) => (element.focus?.(), (element.open = true))));
  expect(await scriptRan(page, dialogs)).toEqual({ dialogs: [], ran: 0, url: `${baseUrl}${path}` });
  await page.close();
});

test("the JSON's HTML fields and the Markdown put into a page by a frontend run nothing either", async () => {
  const json = (await (await fetch(`${baseUrl}/api/privacy-policy/policies/hostile`)).json()).data;
  const markdown = await (await fetch(`${baseUrl}/api/privacy-policy/policies/hostile?format=markdown`)).text();
  const permissive = new MarkdownIt({ html: true });
  const fragments = [json.introductionHtml, ...json.sections.map((section: any) => section.bodyHtml), permissive.render(markdown)];
  const { page, dialogs } = await openInBrowser(`${baseUrl}/api/privacy-policy/policies`);
  await page.setContent('<main id="policy"></main>');
  for (const fragment of fragments) {
    await page.evaluate((html) => {
      document.getElementById('policy')!.innerHTML += html;
    }, fragment);
  }
  expect(await page.locator('#policy').textContent()).toContain('Payload');
  expect(await scriptRan(page, dialogs)).toEqual({ dialogs: [], ran: 0, url: `${baseUrl}/api/privacy-policy/policies` });
  await page.close();
});

test('control: the same payloads, unsanitised, do run in this harness (so the checks above can fail)', async () => {
  const { page, dialogs } = await openInBrowser(`${baseUrl}/api/privacy-policy/policies`);
  await page.setContent(`<main>${new MarkdownIt({ html: true }).render(MARKING.join('\n\n'))}</main>`);
  const outcome = await scriptRan(page, dialogs);
  expect(outcome.dialogs.length).toBeGreaterThan(0);
  expect(outcome.ran).toBeGreaterThan(0);
  await page.close();
});
