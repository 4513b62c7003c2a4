import MarkdownIt from 'markdown-it';
import { render } from '../../server/src/rendering';
import { isSafeLinkTarget } from '../../server/src/rendering/sanitise';
import type { PolicySnapshot, SectionSnapshot } from '../../server/src/domain/snapshot';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { scriptVectors } from '../helpers/script-vectors';

const section = (slug: string, title: string, body: string): SectionSnapshot => ({
  slug,
  title,
  category: 'other',
  position: 0,
  body,
  dataCollected: [body],
  dataSources: [],
  provisionRequirement: body,
  legalBases: [{ code: 'x', regulation: 'GDPR', article: 'Article 6(1)(f)', name: body, justificationLabel: body, justification: body }],
  processors: [
    {
      slug: 'p',
      name: body,
      category: 'other',
      role: 'processor',
      disclosedByName: true,
      purpose: body,
      dataShared: [],
      privacyPolicyUrl: 'https://example.com/privacy',
      optOutUrl: null,
      storageCountries: [],
      storageDescription: body,
      transfersOutsideUkEea: false,
      transferMechanism: 'none-needed',
      additionalTransferMechanisms: [],
      transferNotes: body,
    },
  ],
  retentionRules: [],
  storageLocation: body,
  storageCountries: [],
  automatedDecision: null,
  rights: [],
  ageThreshold: null,
  lawReferences: [body],
  children: [],
});

const snapshotWith = (payload: string): PolicySnapshot => ({
  schemaVersion: 1,
  policy: {
    documentId: 'd',
    slug: 'p',
    title: payload,
    kind: 'privacy',
    websiteUrl: null,
    introduction: payload,
    controller: { name: payload, email: payload, website: 'https://example.com' },
  },
  sections: [section('s', payload, payload)],
  processors: [],
  retentionRules: [],
});

// What a frontend would do with the Markdown format: render it with raw HTML allowed.
const permissiveMarkdown = new MarkdownIt({ html: true, linkify: true });
permissiveMarkdown.validateLink = () => true;

describe.each(XSS_PAYLOADS.map((payload) => [payload]))('payload %s', (payload) => {
  const snapshot = snapshotWith(payload);
  const version = {
    number: '1.0',
    changeType: 'major' as const,
    effectiveDate: '2026-01-01',
    changeSummary: null,
    publishedAt: '2026-01-01T00:00:00.000Z',
  };

  test('the HTML format carries no script', () => {
    expect(scriptVectors(render(snapshot, { version, upcoming: null }, 'html') as string)).toEqual([]);
  });

  test('the JSON format HTML fields carry no script, and its Markdown fields render to none', () => {
    const json = render(snapshot, { version, upcoming: null }, 'json') as any;
    expect(scriptVectors(json.introductionHtml)).toEqual([]);
    expect(scriptVectors(json.sections[0].bodyHtml)).toEqual([]);
    expect(scriptVectors(permissiveMarkdown.render(json.sections[0].body))).toEqual([]);
  });

  test('the Markdown format renders to no script even with a permissive Markdown renderer', () => {
    const markdown = render(snapshot, { version, upcoming: null }, 'markdown') as string;
    expect(scriptVectors(permissiveMarkdown.render(markdown))).toEqual([]);
  });
});

test('there are at least 20 payloads', () => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(20);
});

test('safe links survive sanitisation', () => {
  const html = render(
    snapshotWith('[ICO](https://ico.org.uk/global/contact-us/) and <https://www.ukfast.co.uk/> and [mail](mailto:a@b.co)'),
    { version: null, upcoming: null },
    'html',
  ) as string;
  expect(html).toContain('<a href="https://ico.org.uk/global/contact-us/">ICO</a>');
  expect(html).toContain('<a href="https://www.ukfast.co.uk/">https://www.ukfast.co.uk/</a>');
  expect(html).toContain('<a href="mailto:a@b.co">mail</a>');
});

test.each([
  ['https://example.com', true],
  ['#section', true],
  ['/relative/path', true],
  ['mailto:a@b.co', true],
  ['javascript:alert(1)', false],
  ['JAVASCRIPT:alert(1)', false],
  ['java%0ascript:alert(1)', false],
  ['&#106;avascript:alert(1)', false],
  ['data:text/html,x', false],
])('isSafeLinkTarget(%s) is %s', (target, expected) => {
  expect(isSafeLinkTarget(target)).toBe(expected);
});
