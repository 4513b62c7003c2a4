import { AddressInfo } from 'node:net';
import { chromium, Browser, Page } from 'playwright-core';
import type { TestApp } from './strapi';

/** Debian's Chromium, headless, without the background connections a closed network refuses. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

/** Serves the in-process Strapi on a loopback port (0: one the OS hands out) and returns its base URL. */
export const listen = async (app: TestApp, port = 0): Promise<string> => {
  await new Promise<void>((resolve) => app.strapi.server.httpServer.listen(port, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(app.strapi.server.httpServer.address() as AddressInfo).port}`;
};

/** Logs into the admin panel through its own form and waits for the home page. */
export const loginToAdmin = async (page: Page, baseUrl: string, email: string, password: string) => {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForURL(/\/admin(\/)?$/, { timeout: 30_000 });
};

/** Visible text under `minPx` inside `selector`, as "12px: text", for readability checks (visually hidden text left out). */
export const textsSmallerThan = (page: Page, selector: string, minPx = 14) =>
  page.locator(selector).evaluate((root, min) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent?.trim() || !element) continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < min) found.push(`${size}px: ${node.textContent.trim().slice(0, 60)}`);
    }
    return found;
  }, minPx);

/** Waits for an element; if it never comes, keeps a screenshot of the page under test-results/ to see why, then fails. */
export const waitOrCapture = async (page: Page, selector: string, name: string, timeout = 30_000) => {
  try {
    await page.locator(selector).first().waitFor({ timeout });
  } catch (error) {
    const { mkdirSync } = await import('node:fs');
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
    throw error;
  }
};
