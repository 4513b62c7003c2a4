import { CONTENT_TYPES, render } from '../../server/src/rendering';
import { renderHtml } from '../../server/src/rendering/html';
import type { RenderContext } from '../../server/src/rendering';
import type { PolicySnapshot } from '../../server/src/domain/snapshot';
import { processor, section, snapshot } from '../fixtures/snapshots';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { scriptVectors } from '../helpers/script-vectors';

const version = {
  number: '1.3',
  changeType: 'minor' as const,
  effectiveDate: '2026-04-15',
  changeSummary: null,
  publishedAt: '2026-04-01T00:00:00.000Z',
};
const context: RenderContext = { version, upcoming: null };

const printable = (value: PolicySnapshot, using = context) => render(value, using, 'printable') as string;

const policy = () => {
  const value = snapshot([
    section({
      slug: 'contact',
      title: 'Contacting us',
      body: 'See the [ICO](https://ico.org.uk/).',
      processors: [processor({ slug: 'mailer', name: 'Mailer Inc', privacyPolicyUrl: 'https://mailer.example/privacy' })],
    }),
  ]);
  value.policy.controller = { name: 'Example Ltd' };
  return value;
};

// What the page itself is made of: the checker counts these tags, so a payload must add nothing to them.
const skeletonVectors = scriptVectors(printable(policy()));

test('the printable format is a complete HTML document served as HTML', () => {
  const page = printable(policy());
  expect(CONTENT_TYPES.printable).toBe('text/html; charset=utf-8');
  expect(page.startsWith('<!doctype html>')).toBe(true);
  expect(page).toContain('<meta charset="utf-8">');
  expect(page).toContain('<title>Privacy Policy (version 1.3)</title>');
  expect(page.trim().endsWith('</html>')).toBe(true);
});

test('its body is the sanitised HTML rendering', () => {
  expect(printable(policy())).toContain(renderHtml(policy(), context));
});

test('a header names the controller, version and effective date, and a footer says what was printed', () => {
  const page = printable(policy());
  expect(page).toMatch(
    /<header class="printable__header"><p><strong>Example Ltd<\/strong><\/p><p>Version 1\.3, effective from 15 April 2026<\/p><\/header>/,
  );
  expect(page).toContain('<footer class="printable__footer"><p>Printed from version 1.3 effective 15 April 2026</p></footer>');
});

test('an unpublished draft says so', () => {
  const page = printable(policy(), { version: null, upcoming: null });
  expect(page).toContain('<p>Unpublished draft</p>');
  expect(page).toContain('Printed from an unpublished draft');
});

test('the stylesheet is made for print', () => {
  const page = printable(policy());
  expect(page).toMatch(/@page \{ margin: [^}]+\}/);
  expect(page).toMatch(/body \{[^}]*font-family:[^;}]*serif/);
  expect(page).toContain('a[href^="http"]::after { content: " (" attr(href) ")";');
  expect(page).toMatch(/h1, h2, h3, h4, h5, h6 \{[^}]*break-after: avoid;[^}]*break-inside: avoid;/);
  expect(page).toMatch(/\.privacy-policy__toc \{ display: none; \}/);
});

test('the page runs no script and forbids any', () => {
  const page = printable(policy());
  expect(page.toLowerCase()).not.toContain('<script');
  expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  // charset, viewport (readable on a phone, where the change emails' links open it) and the CSP.
  expect(skeletonVectors).toEqual(['<meta>', '<meta>', '<meta>', '<style>', '<body>']);
});

test('the page is in the language of the policy, sized for any screen, its text at 11pt (about 14.7 px)', () => {
  expect(printable(policy())).toMatch(/^<!doctype html>\n<html lang="en">/);
  const french = policy();
  french.policy.locale = 'fr';
  expect(printable(french)).toMatch(/^<!doctype html>\n<html lang="fr">/);
  expect(printable(policy())).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  expect(printable(policy())).toMatch(/body \{[^}]*font-size: 11pt;/);
});

describe.each(XSS_PAYLOADS.map((payload) => [payload]))('payload %s', (payload) => {
  test('adds no script to the page', () => {
    const value = snapshot(
      [
        section({
          slug: 's',
          title: payload,
          body: payload,
          dataCollected: [payload],
          processors: [processor({ slug: 'p', name: payload, purpose: payload, privacyPolicyUrl: payload })],
        }),
      ],
      payload,
    );
    value.policy.introduction = payload;
    value.policy.controller = { name: payload, email: payload };
    const page = printable(value);
    expect(scriptVectors(page)).toEqual(skeletonVectors);
    expect(page.toLowerCase()).not.toContain('<script');
  });
});
