import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, listen, loginToAdmin, textsSmallerThan, waitOrCapture } from '../helpers/browser';
import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, adminWithRole } from '../helpers/admin-api';
import { daysFromToday, pluginToday, UID } from '../helpers/policy-fixture';

/**
 * Issue 13 in Chromium, against the example app with its demo policy: the policies list at a glance, the
 * policy page's whole section tree (reordered and re-parented by drag and drop and by its buttons, a move
 * the server refuses), a health finding followed to its field, roles without publish or update rights, the plugin
 * in French and German, and the layout at 1280 px. The tests share one app: each puts the demo's tree back
 * as it found it, and reads versions and dates from the state it finds, so they pass alone and in any order.
 */
const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');
const english: Record<string, string> = require('../../admin/src/translations/en.json');
const french: Record<string, string> = require('../../admin/src/translations/fr.json');
const german: Record<string, string> = require('../../admin/src/translations/de.json');
const { WORDING } = require('../../shared/editor-fields/translate');

let app: TestApp;
let browser: Browser;
let baseUrl: string;
let superToken: string;
let policyDocumentId: string;

const auth = () => ({ Authorization: `Bearer ${superToken}` });
const contexts = new Map<string, BrowserContext>();
/**
 * A page logged in as `email`: each admin logs in once, through the login form, and later pages share the
 * session (Strapi allows five logins per address in five minutes).
 */
const pageAs = async (width: number, height: number, email = 'editor@example.test', password = 'Test-Editor-2026') => {
  let context = contexts.get(email);
  if (!context) {
    context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
    contexts.set(email, context);
    const page = await context.newPage();
    await loginToAdmin(page, baseUrl, email, password);
    await page.setViewportSize({ width, height });
    return page;
  }
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  return page;
};
const policyPage = `/admin/plugins/privacy-policy`;

interface Node {
  documentId: string;
  slug: string;
  title: string;
  parent: string | null;
  children: Node[];
}
/** The draft's tree as the server has it: slugs nested, ['a', ['a1'], 'b'] reads "a holds a1; then b". */
const treeFromServer = async (locale = 'en') => {
  const res = await app.http.get(`/privacy-policy/policies/${policyDocumentId}/tree?locale=${locale}`).set(auth());
  return res.body.data.sections as Node[];
};
const outline = (nodes: Node[]): unknown[] =>
  nodes.flatMap((node) => (node.children.length ? [node.slug, outline(node.children)] : [node.slug]));
const topLevel = async () => (await treeFromServer()).map((node) => node.slug);
const childrenOf = async (slug: string) => {
  const find = (nodes: Node[]): Node | undefined => nodes.map((node) => (node.slug === slug ? node : find(node.children))).find(Boolean);
  return (find(await treeFromServer())?.children ?? []).map((node) => node.slug);
};
const sectionRow = (slug: string) =>
  app.strapi.db.query(UID.section).findOne({ where: { slug, locale: 'en' }, populate: { parent: true } });

type Placement = { documentId: string; parent: string | null; position: number };
const placements = (nodes: Node[], parent: string | null = null): Placement[] =>
  nodes.flatMap((node, position) => [{ documentId: node.documentId, parent, position }, ...placements(node.children, node.documentId)]);
let demoTree: Placement[];
/** Every section of the demo back where it was at the start, through the same route the page uses. */
const restoreDemoTree = async () => {
  const res = await app.http.put(`/privacy-policy/policies/${policyDocumentId}/tree`).set(auth()).send({ locale: 'en', moves: demoTree });
  expect(res.status).toBe(200);
};

/** A day counted from the plugin's today. */
const isoDay = (offset: number) => daysFromToday(offset, pluginToday(app));
/** The English versions not withdrawn, newest first. */
const activeVersions = async (): Promise<Array<{ number: string; effectiveDate: string }>> =>
  app.strapi.db.query(UID.version).findMany({
    where: { policyDocumentId, policyLocale: 'en', withdrawnAt: null },
    orderBy: [{ major: 'desc' }, { minor: 'desc' }],
  });
/** The latest effective date of a version still to come, or today: a new version may take effect then. */
const earliestFreeDate = async () =>
  [isoDay(0), ...(await activeVersions()).map((version) => String(version.effectiveDate).slice(0, 10))].sort().pop()!;

/** An upcoming major version (a reworded summary, 40 days on or later), made once by whichever test needs it first. */
let upcomingMajor: Promise<string> | undefined;
const givenUpcomingMajor = () =>
  (upcomingMajor ??= (async () => {
    const summary = await sectionRow('summary');
    await app.strapi
      .documents(UID.section)
      .update({ documentId: summary.documentId, locale: 'en', data: { body: 'The summary, reworded.' } as any });
    const latestPending = await earliestFreeDate();
    const effectiveDate = latestPending > isoDay(40) ? latestPending : isoDay(40);
    const outcome = await app.strapi.plugin('privacy-policy').service('publishing').publish(policyDocumentId, {
      changeType: 'major',
      effectiveDate,
      changeSummary: 'A new summary.',
      overrideCompliance: true,
      overrideClassifier: true,
      locale: 'en',
    });
    return outcome.version.number as string;
  })());

/**
 * Two admins, made once: policy-editor (Strapi's Editor role plus reading versions) and policy-reader (reading
 * versions only).
 */
let roles: Promise<void> | undefined;
const givenRoles = () =>
  (roles ??= (async () => {
    const all = (await app.http.get('/admin/roles').set(auth())).body.data;
    const editor = all.find((role: any) => role.code === 'strapi-editor');
    const existing = (await app.http.get(`/admin/roles/${editor.id}/permissions`).set(auth())).body.data;
    const roleWith = async (name: string, permissions: object[], email: string) => {
      const created = await app.http.post('/admin/roles').set(auth()).send({ name, description: name });
      const granted = await app.http
        .put(`/admin/roles/${created.body.data.id}/permissions`)
        .set(auth())
        .send({
          permissions: [...permissions, { action: 'plugin::privacy-policy.versions.read', subject: null, properties: {}, conditions: [] }],
        });
      expect(granted.status).toBe(200);
      await adminWithRole(app, superToken, created.body.data.id, email);
    };
    await roleWith(
      'Policy editors',
      existing.map(({ action, subject, properties, conditions }: any) => ({ action, subject, properties, conditions })),
      'policy-editor@example.test',
    );
    await roleWith('Policy readers', [], 'policy-reader@example.test');
  })());

/** Layout faults at the page's width: horizontal page scroll, boxes that clip their content, elements sticking out of `container`. */
const layoutFaults = (page: Page, container = 'main') =>
  page.evaluate((selector) => {
    const faults: string[] = [];
    const root = document.querySelector(selector);
    if (!root) return [`no ${selector}`];
    if (document.documentElement.scrollWidth > window.innerWidth) {
      faults.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    }
    const bounds = root.getBoundingClientRect();
    /** The element, the nearest ancestor that names itself with a data- attribute, and the element's text. */
    const name = (element: Element) => {
      const marked = element.closest(
        '[data-section], [data-section-tree], [data-health-card], [data-timeline], [data-acceptances], section',
      );
      const mark = marked
        ? ` in ${marked.tagName.toLowerCase()}[${Array.from(marked.attributes)
            .filter((attribute) => attribute.name.startsWith('data-'))
            .map((attribute) => `${attribute.name}=${attribute.value}`)
            .join(' ')}]${marked.querySelector('h2') ? ` (${marked.querySelector('h2')!.textContent})` : ''}`
        : '';
      return `${element.tagName.toLowerCase()}${mark} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    };
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const box = element.getBoundingClientRect();
      if (!box.width || !box.height) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || element.closest('[aria-hidden="true"]')) continue;
      // (Visually hidden labels are 1 px boxes that clip on purpose.)
      if (style.overflowX !== 'visible' && element.clientWidth > 1 && element.scrollWidth > element.clientWidth + 1) {
        faults.push(`clipped: ${name(element)} ${element.scrollWidth} > ${element.clientWidth}`);
      }
      // What shows of the box: an ancestor that clips (a progress bar's track, whose bar slides in from the
      // left) hides the rest; content that overflows such an ancestor is reported as "clipped" above.
      let [left, right] = [box.left, box.right];
      for (let ancestor = element.parentElement; ancestor && ancestor !== root; ancestor = ancestor.parentElement) {
        if (getComputedStyle(ancestor).overflowX === 'visible') continue;
        const clip = ancestor.getBoundingClientRect();
        [left, right] = [Math.max(left, clip.left), Math.min(right, clip.right)];
      }
      if (right - left > 1 && box.height > 1 && (right > bounds.right + 1 || left < bounds.left - 1)) {
        faults.push(`sticks out: ${name(element)}`);
      }
    }
    return [...new Set(faults)].slice(0, 10);
  }, container);

/** The plugin's own words on the list and the policy page (not the policy's content, not the server's findings). */
const LIST_KEYS = ['policies.title', 'policies.column.current', 'policies.column.upcoming', 'policies.column.health', 'policies.edit'];
const PAGE_KEYS = [
  'policy.edit',
  'health.title',
  'health.export',
  'health.exportHint',
  'health.exportCsv',
  'health.exportJson',
  'health.severity.error',
  'tree.title',
  'tree.howTo',
  'tree.facts.data',
  'tree.facts.bases',
  'tree.facts.processors',
  'tree.facts.retention',
  'versions.title',
  'versions.column.number',
  'versions.column.effective',
  'versions.column.publishedBy',
  'versions.current',
  'redline.title',
  'notifications.title',
];
/** The keys whose translation is missing from the page's main column, or whose English text shows instead. */
const untranslated = async (page: Page, keys: string[], translations: Record<string, string>) => {
  const text = await page.locator('main').innerText();
  const englishShows = (key: string) => english[key] !== translations[key] && english[key].length >= 10 && text.includes(english[key]);
  return keys.filter((key) => !text.includes(translations[key]) || englishShows(key));
};

const dragHandle = (page: Page, slug: string) => page.locator(`[data-section="${slug}"] > [data-section-row] [data-drag-handle]`);
const row = (page: Page, slug: string) => page.locator(`[data-section="${slug}"] > [data-section-row]`);

/** Closes Strapi's own announcement banner and takes the focus off the last control, for screenshots. */
const tidy = async (page: Page) => {
  const banner = page.getByText('Introducing the new Media Library');
  if (await banner.count()) {
    await banner.locator('xpath=ancestor::div[.//button][1]').locator('button').last().click();
    await banner.waitFor({ state: 'detached' });
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
};

/** Brings an element to the top of the view, below the admin's sticky header. */
const scrollToTop = (page: Page, selector: string) =>
  page.evaluate((target) => {
    const element = document.querySelector<HTMLElement>(target);
    if (!element) return;
    element.style.scrollMarginTop = '72px';
    element.scrollIntoView({ block: 'start' });
  }, selector);

/** Drags a section's handle with the mouse onto another row: its top edge, middle or bottom edge (a screenshot before the drop, if asked). */
const drag = async (page: Page, slug: string, onto: string, zone: 'before' | 'inside' | 'after', screenshot?: string) => {
  // Both rows in the middle of the view: not under the admin's sticky header, and away from the edges where
  // the drag would scroll the page.
  await page.evaluate(
    ([first, second]) => {
      const [upper, lower] = [first, second]
        .map((slug) => document.querySelector<HTMLElement>(`[data-section="${slug}"] > [data-section-row]`)!)
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      const span = lower.getBoundingClientRect().bottom - upper.getBoundingClientRect().top;
      upper.style.scrollMarginTop = `${Math.max(72, (window.innerHeight - span) / 2)}px`;
      upper.scrollIntoView({ block: 'start' });
    },
    [slug, onto],
  );
  const from = (await dragHandle(page, slug).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  // Past the sensor's 6 px activation distance, then on to the target in small steps.
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 12, { steps: 4 });
  const to = (await row(page, onto).boundingBox())!;
  const y = zone === 'before' ? to.y + 4 : zone === 'after' ? to.y + to.height - 4 : to.y + to.height / 2;
  await page.mouse.move(to.x + to.width / 2, y, { steps: 12 });
  await page.mouse.move(to.x + to.width / 2 + 2, y, { steps: 2 });
  if (screenshot) await page.screenshot({ path: screenshot });
  // What the dragged card says just before the drop.
  const hint = (await page.locator('[data-drag-overlay]').innerText()).replace(/\s+/g, ' ');
  await page.mouse.up();
  return hint;
};

beforeAll(async () => {
  app = await startStrapi({ demoContent: true, complianceGate: true, env: { PRIVACY_POLICY_DELIVERY: 'false' } });
  superToken = await adminToken(app);
  baseUrl = await listen(app);
  browser = await launchChromium();
  const policy = await app.strapi.db.query(UID.policy).findOne({ where: { slug: 'privacy-policy', locale: 'en', publishedAt: null } });
  policyDocumentId = policy.documentId;
  demoTree = placements(await treeFromServer());
});
afterEach(async () => {
  await restoreDemoTree();
});
afterAll(async () => {
  for (const context of contexts.values()) await context.close();
  await browser?.close();
  await app?.stop();
});

test('the policies list shows each policy’s title, current and upcoming version with dates, and health; every page has a way back', async () => {
  const health = (await app.http.get(`/privacy-policy/policies/${policyDocumentId}/health?locale=en`).set(auth())).body.data.counts;
  const page = await pageAs(1280, 900);
  await page.goto(`${baseUrl}/admin`);
  await page.getByRole('link', { name: 'Privacy policy', exact: true }).click();
  const listed = page.locator('[data-policy="privacy-policy"]');
  await waitOrCapture(page, '[data-policy="privacy-policy"]', 'policies-list');
  // Current and upcoming as the versions stand: the newest in force, and the earliest still to come.
  const versions = await activeVersions();
  const dateOf = (version: { effectiveDate: string }) => String(version.effectiveDate).slice(0, 10);
  const inWords = (version: { effectiveDate: string }) =>
    new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${dateOf(version)}T00:00:00Z`));
  const current = versions.find((version) => dateOf(version) <= isoDay(0))!;
  // The earliest date still to come; of the versions taking effect that day, the newest.
  const future = versions.filter((version) => dateOf(version) > isoDay(0));
  const nextDate = future.map(dateOf).sort()[0];
  const upcoming = future.find((version) => dateOf(version) === nextDate);
  expect(await listed.locator('[data-column="current"]').innerText()).toBe(`Version ${current.number}\nsince ${inWords(current)}`);
  expect(await listed.locator('[data-column="upcoming"]').innerText()).toBe(
    upcoming ? `Version ${upcoming.number}\nfrom ${inWords(upcoming)}` : 'None scheduled',
  );
  expect(await listed.locator('[data-health="error"]').innerText()).toBe(`${health.error} errors`);
  expect(await listed.locator('[data-health="warning"]').innerText()).toBe(`${health.warning} warnings`);
  expect(await listed.getByRole('link', { name: 'Edit “Privacy Policy” in the content manager' }).getAttribute('href')).toBe(
    `/admin/content-manager/collection-types/plugin::privacy-policy.policy/${policyDocumentId}?plugins[i18n][locale]=en`,
  );
  // Two locales in the demo: a picker, and the French policy in French.
  await page.getByLabel('Locale').click();
  await page.getByRole('option', { name: /French/ }).click();
  await page.waitForURL(/locale=fr/);
  await page.locator('[data-policy] [data-column="current"]').first().waitFor();
  expect(await page.locator('[data-policy]').first().getByRole('link').first().innerText()).toMatch(/Politique/);
  await page.getByLabel('Locale').click();
  await page.getByRole('option', { name: /English/ }).click();
  await listed.waitFor();

  expect(await layoutFaults(page)).toEqual([]);
  expect(await textsSmallerThan(page, 'main')).toEqual([]);
  await tidy(page);
  // Off the locale picker, so that the screenshot shows it at rest.
  await page.getByRole('heading', { name: 'Privacy policies' }).click();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'policies-list.png') });
  await page.setViewportSize({ width: 1440, height: 900 });
  expect(await layoutFaults(page)).toEqual([]);
  await page.screenshot({ path: path.join(os.tmpdir(), 'policies-list-1440.png') });

  // The way back: from the policy page and from the subscribers screen to the list.
  await listed.getByRole('link', { name: 'Privacy Policy', exact: true }).click();
  await page.locator('[data-section-tree]').waitFor();
  await page.getByRole('link', { name: 'Back' }).click();
  await listed.waitFor();
  await page.getByRole('link', { name: 'Subscribers' }).click();
  await page.locator('[data-counts]').waitFor();
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await layoutFaults(page)).toEqual([]);
  expect(await textsSmallerThan(page, 'main')).toEqual([]);
  await page.getByRole('link', { name: 'Back' }).click();
  await listed.waitFor();
  // Opened directly, with no history, the back link leads to the list.
  await page.goto(`${baseUrl}${policyPage}/${policyDocumentId}`);
  await page.locator('[data-section-tree]').waitFor();
  expect(await page.getByRole('link', { name: 'Back' }).getAttribute('href')).toBe(policyPage);
  await page.close();
});

test('the policy page shows the whole section tree with each section’s facts and a link to its edit view', async () => {
  const sections = await app.strapi.db.query(UID.section).count({ where: { locale: 'en' } });
  const page = await pageAs(1280, 1000);
  await page.goto(`${baseUrl}${policyPage}/${policyDocumentId}`);
  const tree = page.locator('[data-section-tree]');
  await waitOrCapture(page, '[data-section-tree] [data-section]', 'section-tree');
  // Every section and subsection of the demo policy, at every level, not the first few.
  expect(await tree.locator('[data-section]').count()).toBe(sections);
  expect(await tree.locator('[data-section][data-depth="4"]').count()).toBeGreaterThan(0);
  expect(await page.locator('[data-tree-count]').innerText()).toMatch(new RegExp(`^${sections} sections on 4 levels`));
  expect(await tree.locator('[data-section] [data-section-link]').allInnerTexts()).toEqual(
    (function flatten(nodes: Node[]): string[] {
      return nodes.flatMap((node) => [node.title, ...flatten(node.children)]);
    })(await treeFromServer()),
  );

  // What a section states, at a glance.
  const contactForm = row(page, 'contact-form');
  expect(await contactForm.locator('[data-fact="data"]').innerText()).toMatch(/^Data collected: .+/);
  expect(await contactForm.locator('[data-fact="bases"]').innerText()).toMatch(/^Legal bases: .*\(Article 6\(1\)\([a-f]\)\)/);
  expect(await contactForm.locator('[data-fact="processors"]').innerText()).toMatch(/^Processors: .+/);
  expect(await contactForm.locator('[data-fact="retention"]').innerText()).toMatch(/^Retention: .+\(\d+ (years?|months?|days?)/);
  // A link to each entry's edit view, in the page's locale.
  const contactFormRow = await sectionRow('contact-form');
  expect(await contactForm.getByRole('link', { name: 'Contact form' }).getAttribute('href')).toBe(
    `/admin/content-manager/collection-types/plugin::privacy-policy.policy-section/${contactFormRow.documentId}?plugins[i18n][locale]=en`,
  );

  expect(await layoutFaults(page)).toEqual([]);
  expect(await textsSmallerThan(page, 'main')).toEqual([]);
  await tidy(page);
  await scrollToTop(page, '[data-tree-section]');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'section-tree.png') });
  await page.setViewportSize({ width: 1440, height: 1000 });
  expect(await layoutFaults(page)).toEqual([]);
  await scrollToTop(page, '[data-tree-section]');
  await page.screenshot({ path: path.join(os.tmpdir(), 'section-tree-1440.png') });
  await page.close();
});

test('the tree is reordered and re-parented with the keyboard (its buttons) and by drag and drop; a publish shows the new order', async () => {
  const page = await pageAs(1280, 1000);
  await page.goto(`${baseUrl}${policyPage}/${policyDocumentId}`);
  await waitOrCapture(page, '[data-section="copyright"]', 'tree-reorder');
  const before = await topLevel();
  const at = (slug: string) => before.indexOf(slug);
  expect(before.slice(-3)).toEqual(['childrens-privacy', 'california-do-not-track-disclosures', 'copyright']);

  // Keyboard: focus "move up" on Copyright and press Enter; the focus stays on that button, in the moved row.
  const moveUp = row(page, 'copyright').getByRole('button', { name: 'Move “Copyright” up' });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-tree-status="success"]').waitFor();
  expect(await page.locator('[data-tree-status]').innerText()).toBe(
    `“Copyright” moved: now number ${at('california-do-not-track-disclosures') + 1} at the top level. Saved in the draft.`,
  );
  expect((await topLevel()).slice(-3)).toEqual(['childrens-privacy', 'copyright', 'california-do-not-track-disclosures']);
  await page.waitForFunction(() => document.activeElement?.closest('[data-section]')?.getAttribute('data-section') === 'copyright');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-move'))).toBe('up');
  // The list in the page follows.
  const shownTop = () =>
    page.locator('[data-section-tree] > ol > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-section')));
  expect((await shownTop()).slice(-3)).toEqual(['childrens-privacy', 'copyright', 'california-do-not-track-disclosures']);

  // Re-parent with the keyboard: Copyright into the section above it, then back out.
  await row(page, 'copyright').getByRole('button', { name: "Make “Copyright” a subsection of “Children's Privacy”" }).press('Enter');
  await page.locator('[data-section="childrens-privacy"] [data-section="copyright"]').waitFor();
  expect(await childrenOf('childrens-privacy')).toEqual(['copyright']);
  expect((await sectionRow('copyright')).parent.slug).toBe('childrens-privacy');
  await row(page, 'copyright').getByRole('button', { name: "Move “Copyright” out of “Children's Privacy”" }).press('Enter');
  await page.locator('[data-section-tree] > ol > [data-section="copyright"]').waitFor();
  expect((await topLevel()).slice(-3)).toEqual(['childrens-privacy', 'copyright', 'california-do-not-track-disclosures']);
  expect((await sectionRow('copyright')).parent).toBeNull();

  // Drag and drop with the mouse: California before Children's Privacy (its top edge)…
  await drag(page, 'california-do-not-track-disclosures', 'childrens-privacy', 'before');
  await page.locator('[data-tree-status="success"]:has-text("California Do Not Track Disclosures")').waitFor();
  expect((await topLevel()).slice(-3)).toEqual(['california-do-not-track-disclosures', 'childrens-privacy', 'copyright']);
  // …and Copyright into Changes to our Privacy Policy (its middle): it becomes its first subsection.
  await tidy(page);
  expect(await drag(page, 'copyright', 'changes-to-our-privacy-policy', 'inside', path.join(SCREENSHOTS, 'section-tree-drag.png'))).toBe(
    'Copyright Drop: first inside “Changes to our Privacy Policy”',
  );
  await page.locator('[data-section="changes-to-our-privacy-policy"] > ol > [data-section="copyright"]').waitFor();
  expect(await childrenOf('changes-to-our-privacy-policy')).toEqual(['copyright', 'minor-changes', 'major-changes']);
  // Positions are renumbered among the new siblings.
  const siblings = await Promise.all(
    ['copyright', 'minor-changes', 'major-changes'].map(async (slug) => (await sectionRow(slug)).position),
  );
  expect(siblings).toEqual([0, 1, 2]);
  await page.screenshot({ path: path.join(os.tmpdir(), 'tree-after-moves.png') });

  // The draft preview has the new order; after a publish, so has the public policy.
  const expected = ['california-do-not-track-disclosures', 'childrens-privacy', 'changes-to-our-privacy-policy', 'copyright'];
  const order = (html: string) => expected.map((slug) => html.indexOf(`id="${slug}"`));
  const draft = await app.http.get(`/privacy-policy/policies/${policyDocumentId}/preview?format=html&locale=en`).set(auth());
  const inDraft = order(draft.text);
  expect(inDraft.every((index) => index >= 0)).toBe(true);
  expect(inDraft[2]).toBeLessThan(inDraft[3]);
  expect(inDraft[0]).toBeLessThan(inDraft[1]);
  // Today, or with the latest version still to come when there is one (no version may take effect before it).
  const effectiveDate = await earliestFreeDate();
  const outcome = await app.strapi
    .plugin('privacy-policy')
    .service('publishing')
    .publish(policyDocumentId, { changeType: 'minor', effectiveDate, overrideCompliance: true, overrideClassifier: true, locale: 'en' });
  expect(outcome.recorded).toBe(true);
  const published = await app.http.get(
    `/api/privacy-policy/policies/privacy-policy?format=html&locale=en&version=${outcome.version.number}`,
  );
  expect(published.status).toBe(200);
  const inPublished = order(published.text);
  expect(inPublished[0]).toBeLessThan(inPublished[1]);
  expect(inPublished[2]).toBeLessThan(inPublished[3]);
  // Copyright now sits inside "Changes to our Privacy Policy", before "Minor changes".
  expect(published.text.indexOf('id="copyright"')).toBeLessThan(published.text.indexOf('id="minor-changes"'));
  expect(published.text.indexOf('id="california-do-not-track-disclosures"')).toBeLessThan(published.text.indexOf('id="childrens-privacy"'));
  await page.close();
});

test('a move the server refuses (deeper than the maximum) shows its message and changes nothing', async () => {
  // A chain down to the sixth level under "Copyright", with a second section on the sixth level; removed afterwards.
  const documents = app.strapi.documents;
  const parents = [(await sectionRow('copyright')).documentId];
  const created: string[] = [];
  for (let level = (await levelOf('copyright')) + 1; level <= 6; level += 1) {
    const section = await documents(UID.section).create({
      locale: 'en',
      data: { title: `Level ${level}`, category: 'other', parent: parents[parents.length - 1], position: 0 } as any,
    });
    parents.push(section.documentId);
    created.push(section.documentId);
  }
  // Under Level 5, after Level 6.
  const sibling = await documents(UID.section).create({
    locale: 'en',
    data: { title: 'Level 6 sibling', category: 'other', parent: parents[parents.length - 2], position: 1 } as any,
  });
  created.push(sibling.documentId);
  expect(await levelOf('level-6-sibling')).toBe(6);
  const before = outline(await treeFromServer());

  const page = await pageAs(1280, 1000);
  await page.goto(`${baseUrl}${policyPage}/${policyDocumentId}`);
  await waitOrCapture(page, '[data-section="level-6-sibling"] > [data-section-row] [data-move="indent"]', 'tree-refused');
  await row(page, 'level-6-sibling').getByRole('button', { name: 'Make “Level 6 sibling” a subsection of “Level 6”' }).click();
  const message = '“Level 6 sibling” cannot go under “Level 6”: sections nest at most 6 levels deep';
  const toast = page.locator('[data-sonner-toast]').filter({ hasText: message });
  await toast.waitFor();
  expect(await page.locator('[data-tree-status="danger"]').innerText()).toBe(`“Level 6 sibling” was not moved: ${message}`);
  expect(outline(await treeFromServer())).toEqual(before);
  expect(await page.locator('[data-section="level-6"] [data-section="level-6-sibling"]').count()).toBe(0);

  // By drag and drop, the same: "Minor changes" into the sixth level.
  await toast.getByRole('button', { name: 'Close' }).click();
  await drag(page, 'minor-changes', 'level-6', 'inside');
  await page
    .locator('[data-sonner-toast]')
    .filter({ hasText: '“Minor changes to our Privacy Policy” cannot go under “Level 6”: sections nest at most 6 levels deep' })
    .waitFor();
  expect(outline(await treeFromServer())).toEqual(before);
  expect((await sectionRow('minor-changes')).parent.slug).toBe('changes-to-our-privacy-policy');
  await page.close();
  for (const documentId of created.reverse()) await documents(UID.section).delete({ documentId, locale: 'en' });
});

/** A section's level in the draft's tree (1: top level). */
async function levelOf(slug: string): Promise<number> {
  const walk = (nodes: Node[], level: number): number | null => {
    for (const node of nodes) {
      if (node.slug === slug) return level;
      const inner = walk(node.children, level + 1);
      if (inner) return inner;
    }
    return null;
  };
  return walk(await treeFromServer(), 1) ?? 0;
}

test('a health finding links to the entry and field it names; the edit view focuses the field', async () => {
  const page = await pageAs(1280, 1000);
  await page.goto(`${baseUrl}${policyPage}/${policyDocumentId}`);
  await waitOrCapture(page, '[data-health-card] [data-finding-link="transferMechanism"]', 'finding-links');
  // Google Analytics relies on the Privacy Shield: the finding names the processor and its transfer mechanism.
  const finding = page
    .locator('[data-health-card] [data-finding]')
    .filter({ hasText: 'Google Analytics' })
    .filter({
      has: page.locator('[data-finding-link="transferMechanism"]'),
    });
  const link = finding.locator('[data-finding-link]').first();
  const analytics = await app.strapi.db
    .query(UID.processor)
    .findOne({ where: { name: { $startsWith: 'Google Analytics' }, locale: 'en' } });
  // The field as its edit view labels it (the plugin's edit-view wording).
  expect(await link.innerText()).toBe(`Open processor “${analytics.name}” at the field ${WORDING.en.processor.transferMechanism.label}`);
  expect(await link.getAttribute('href')).toBe(
    `/admin/content-manager/collection-types/plugin::privacy-policy.processor/${analytics.documentId}?plugins[i18n][locale]=en&field=transferMechanism`,
  );
  // A section's finding links to the section.
  const sectionLink = page.locator('[data-health-card] [data-finding-link="body"]').first();
  expect(await sectionLink.getAttribute('href')).toMatch(
    /plugin::privacy-policy\.policy-section\/[a-z0-9]+\?plugins\[i18n\]\[locale\]=en&field=body$/,
  );

  await link.click();
  await page.waitForURL(/plugin::privacy-policy\.processor\/.+field=transferMechanism/);
  // The content manager focuses the field's input and scrolls it into view.
  const focused = await page.waitForFunction(
    () => {
      const element = document.activeElement;
      if (element?.getAttribute('name') !== 'transferMechanism') return null;
      const box = element.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, height: window.innerHeight };
    },
    undefined,
    { timeout: 30_000 },
  );
  const { top, bottom, height } = (await focused.jsonValue())!;
  expect(top).toBeGreaterThanOrEqual(0);
  expect(bottom).toBeLessThanOrEqual(height);
  await page.screenshot({ path: path.join(os.tmpdir(), 'finding-field.png') });
  await page.close();
});

test('at 1280 px the edit view’s publish panel keeps its fields inside its card, with no text under 14 px', async () => {
  const page = await pageAs(1280, 1000);
  await page.goto(
    `${baseUrl}/admin/content-manager/collection-types/plugin::privacy-policy.policy/${policyDocumentId}?plugins[i18n][locale]=en`,
  );
  await waitOrCapture(page, '[data-publish-panel] button', 'publish-panel-1280');
  const overflow = await page.locator('[data-publish-panel]').evaluate((panel) => {
    // The panel's card: the nearest ancestor drawn as a box (background and shadow).
    let card = panel.parentElement!;
    while (card.parentElement && getComputedStyle(card).boxShadow === 'none') card = card.parentElement;
    const bounds = card.getBoundingClientRect();
    return Array.from(panel.querySelectorAll('input, textarea, button, [role="combobox"], p, li'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        // (Hidden form inputs that mirror a select for forms are not drawn.)
        if (element.closest('[aria-hidden="true"]') || getComputedStyle(element).opacity === '0') return false;
        return box.width > 1 && (box.right > bounds.right + 0.5 || box.left < bounds.left - 0.5);
      })
      .map(
        (element) =>
          `${element.tagName.toLowerCase()} ${element.getAttribute('name') ?? ''} ${element.getAttribute('type') ?? ''} ${(element.textContent ?? '').slice(0, 30)}`,
      );
  });
  expect(overflow).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(await textsSmallerThan(page, '[data-publish-panel]')).toEqual([]);
  await page.close();
});

test('a role without publish rights sees no publish, withdraw or restore action; moving sections follows the content manager’s Update', async () => {
  await givenRoles();
  // A version still to come that a publisher could withdraw, and a change in the draft that a publisher could publish.
  const number = await givenUpcomingMajor();
  const summary = await sectionRow('summary');
  await app.strapi
    .documents(UID.section)
    .update({ documentId: summary.documentId, locale: 'en', data: { body: 'A shorter summary.' } as any });

  // Positive control: a publisher (the super admin) sees Withdraw on the upcoming version and Restore on every version.
  const publisherPage = await pageAs(1440, 1000);
  await publisherPage.goto(`${baseUrl}${policyPage}/${policyDocumentId}`);
  await waitOrCapture(publisherPage, `[data-version="${number}"]`, 'publisher-actions');
  expect(await publisherPage.getByRole('button', { name: `Withdraw version ${number}` }).count()).toBe(1);
  expect(await publisherPage.getByRole('button', { name: /^Restore version/ }).count()).toBeGreaterThan(1);
  await publisherPage.close();

  const page = await pageAs(1440, 1000, 'policy-editor@example.test', 'Role-User-2026');
  await page.goto(
    `${baseUrl}/admin/content-manager/collection-types/plugin::privacy-policy.policy/${policyDocumentId}?plugins[i18n][locale]=en`,
  );
  await waitOrCapture(page, '[data-publish-panel]', 'editor-panel');
  expect(await page.locator('[data-publish-panel] [data-suggestion]').count()).toBe(1);
  expect(await page.locator('[data-publish-not-allowed]').innerText()).toMatch(/may read this advice but not publish versions/);
  expect(await page.getByRole('button', { name: /^Publish version/ }).count()).toBe(0);

  await page.goto(`${baseUrl}${policyPage}/${policyDocumentId}`);
  await page.locator(`[data-version="${number}"]`).waitFor();
  await page.locator('[data-section="summary"]').waitFor();
  expect(await page.getByRole('button', { name: /Withdraw|Restore/ }).count()).toBe(0);
  expect(await page.getByRole('columnheader', { name: 'Actions' }).count()).toBe(0);
  // The editor may update sections in the content manager, so it moves them here too, without publishing rights.
  const sections = await page.locator('[data-section-tree] [data-section]').count();
  expect(await page.locator('[data-drag-handle]').count()).toBe(sections);
  const order = await topLevel();
  await row(page, 'summary').getByRole('button', { name: 'Move “Summary” down' }).click();
  await page.locator('[data-tree-status="success"]').waitFor();
  const swapped = [...order];
  const at = order.indexOf('summary');
  [swapped[at], swapped[at + 1]] = [swapped[at + 1], swapped[at]];
  expect(await topLevel()).toEqual(swapped);
  // The list offers no subscribers screen to a role that may not read subscribers.
  await page.goto(`${baseUrl}${policyPage}`);
  await page.locator('[data-policy="privacy-policy"]').waitFor();
  expect(await page.getByRole('link', { name: 'Subscribers' }).count()).toBe(0);
  await page.close();
}, 180_000);

test('a role that may read versions but not update sections sees the whole tree and no way to move it', async () => {
  await givenRoles();
  // A version still to come, so that the missing Withdraw button is the role's doing.
  const number = await givenUpcomingMajor();
  const sections = await app.strapi.db.query(UID.section).count({ where: { locale: 'en' } });
  const reader = await pageAs(1440, 1000, 'policy-reader@example.test', 'Role-User-2026');
  await reader.goto(`${baseUrl}${policyPage}/${policyDocumentId}`);
  await reader.locator(`[data-version="${number}"]`).waitFor();
  await waitOrCapture(reader, '[data-section-tree] [data-section="summary"]', 'reader-tree');
  expect(await reader.locator('[data-section-tree] [data-section]').count()).toBe(sections);
  expect(await reader.locator('[data-drag-handle], [data-move]').count()).toBe(0);
  expect(await reader.getByText(english['tree.howTo']).count()).toBe(0);
  expect(await reader.getByRole('button', { name: /Withdraw|Restore/ }).count()).toBe(0);
  await reader.close();
}, 180_000);

test.each([
  [
    'fr',
    french,
    'Politiques de confidentialité',
    'État de la politique',
    'Modifier dans le gestionnaire de contenu',
    'Monter « Copyright »',
  ],
  ['de', german, 'Datenschutzerklärungen', 'Prüfung der Erklärung', 'Im Content-Manager bearbeiten', '„Copyright“ nach oben verschieben'],
])(
  'the plugin pages in %s: headings, buttons and the tree are translated',
  async (language, translations, listTitle, healthTitle, editButton, moveUp) => {
    // Two versions, so that the page also shows its comparison of versions.
    await givenUpcomingMajor();
    const roles = (await app.http.get('/admin/roles').set(auth())).body.data;
    const superAdmin = roles.find((role: any) => role.code === 'strapi-super-admin');
    const email = `${language}@example.test`;
    const token = await adminWithRole(app, superToken, superAdmin.id, email);
    const updated = await app.http.put('/admin/users/me').set('Authorization', `Bearer ${token}`).send({ preferedLanguage: language });
    expect([updated.status, updated.body.data.preferedLanguage]).toEqual([200, language]);

    const page = await pageAs(1280, 1000, email, 'Role-User-2026');
    await page.goto(`${baseUrl}${policyPage}`);
    await page.getByRole('heading', { name: listTitle }).waitFor();
    await page.locator('[data-policy="privacy-policy"]').waitFor();
    expect(await page.locator('[data-policies] thead').innerText()).toContain(translations['policies.column.current']);
    for (const key of ['policies.column.upcoming', 'policies.column.health']) {
      expect(await page.locator('[data-policies] thead').innerText()).toContain(translations[key]);
    }
    expect(await untranslated(page, LIST_KEYS, translations)).toEqual([]);
    expect(await layoutFaults(page)).toEqual([]);

    await page.goto(`${baseUrl}${policyPage}/${policyDocumentId}`);
    await page.getByRole('heading', { name: healthTitle }).waitFor();
    await page.locator('[data-section="copyright"]').waitFor();
    await page.getByRole('link', { name: editButton }).waitFor();
    for (const key of ['tree.title', 'versions.title', 'notifications.title', 'health.export']) {
      expect(await page.getByRole('heading', { name: translations[key], exact: true }).count()).toBeGreaterThan(0);
    }
    // Copyright is the last section at the top level of the demo's tree: it may move up.
    expect(await page.getByRole('button', { name: moveUp }).count()).toBe(1);
    expect(await page.getByRole('button', { name: translations['health.exportCsv'] }).count()).toBe(1);
    expect(await page.locator('[data-tree-count]').innerText()).not.toMatch(/sections on/);
    expect(await untranslated(page, PAGE_KEYS, translations)).toEqual([]);
    expect(await layoutFaults(page)).toEqual([]);
    expect(await textsSmallerThan(page, 'main')).toEqual([]);
    await page.screenshot({ path: path.join(os.tmpdir(), `policy-page-${language}.png`), fullPage: true });
    await page.close();
  },
);
