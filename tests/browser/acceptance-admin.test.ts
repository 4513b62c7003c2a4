import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { launchChromium, listen, loginToAdmin, waitOrCapture } from '../helpers/browser';
import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, adminWithRole } from '../helpers/admin-api';
import { acceptanceApi, registerEndUser } from '../helpers/end-users';
import { UID } from '../helpers/policy-fixture';

/**
 * The acceptance counts on a policy's page in the admin (issue 16): how many signed-in users accepted
 * each version, the download of the records as CSV, and a role without "Read acceptance counts and
 * export acceptance records" that sees the page but not the counts.
 */
let app: TestApp;
let browser: Browser;
let baseUrl: string;
let superToken: string;
let policyDocumentId: string;

const READ = 'plugin::privacy-policy.versions.read';
const READ_ACCEPTANCES = 'plugin::privacy-policy.acceptances.read';

const policyPage = async (page: Page) => {
  await page.goto(`${baseUrl}/admin/plugins/privacy-policy/${policyDocumentId}?locale=en`);
  await waitOrCapture(page, '[data-version="1.0"]', 'acceptance-policy-page');
};

const adminWith = async (actions: string[], email: string) => {
  const auth = { Authorization: `Bearer ${superToken}` };
  const created = await app.http
    .post('/admin/roles')
    .set(auth)
    .send({ name: `Role of ${email}`, description: 'acceptance browser test' });
  const granted = await app.http
    .put(`/admin/roles/${created.body.data.id}/permissions`)
    .set(auth)
    .send({ permissions: actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })) });
  expect(granted.status).toBe(200);
  await adminWithRole(app, superToken, created.body.data.id, email);
};

beforeAll(async () => {
  app = await startStrapi({ demoContent: true });
  superToken = await adminToken(app);
  baseUrl = await listen(app);
  browser = await launchChromium();
  const policy = await app.strapi.db.query(UID.policy).findOne({ where: { slug: 'privacy-policy', locale: 'en' } });
  policyDocumentId = policy.documentId;
  const api = acceptanceApi(app);
  for (const name of ['reader-a', 'reader-b']) {
    const user = await registerEndUser(app, name);
    expect((await api.accept('privacy-policy', { version: '1.0' }, user.jwt)).status).toBe(201);
  }
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('a role with the permission sees how many users accepted each version and downloads the records', async () => {
  await adminWith([READ, READ_ACCEPTANCES], 'acceptances@example.test');
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await loginToAdmin(page, baseUrl, 'acceptances@example.test', 'Role-User-2026');
  await policyPage(page);
  await waitOrCapture(page, '[data-acceptances]', 'acceptance-card');
  const row = page.locator('[data-acceptance-version="1.0"]');
  expect(await row.getAttribute('data-accepted')).toBe('2');
  expect(await row.textContent()).toContain('2 users');
  expect(await page.locator('[data-up-to-date]').textContent()).toBe(
    '2 users have accepted version 1.0 or a later one and need not accept again (version 1.0 is in force).',
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download acceptances (CSV)' }).click(),
  ]);
  const rows = parse(readFileSync((await download.path())!, 'utf8'), { columns: true }) as Record<string, string>[];
  expect(rows.map((entry) => [entry.version, entry.policySlug])).toEqual([
    ['1.0', 'privacy-policy'],
    ['1.0', 'privacy-policy'],
  ]);
  expect(rows.every((entry) => entry.userEmail.endsWith('@example.test'))).toBe(true);
});

test('a role without the permission sees the policy page but no acceptance counts', async () => {
  await adminWith([READ], 'versions-only@example.test');
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await loginToAdmin(page, baseUrl, 'versions-only@example.test', 'Role-User-2026');
  await policyPage(page);
  // The sections after the timeline have rendered: the notifications section is the last one before the acceptances.
  await page.getByRole('heading', { name: 'Change notifications' }).waitFor();
  expect(await page.locator('[data-acceptances]').count()).toBe(0);
  expect(await page.getByRole('heading', { name: 'Acceptances by signed-in users' }).count()).toBe(0);
});
