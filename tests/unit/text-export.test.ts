import { CONTENT_TYPES, render, RenderContext } from '../../server/src/rendering';
import type { PolicySnapshot } from '../../server/src/domain/snapshot';
import { processor, retentionRule, section, snapshot } from '../fixtures/snapshots';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

const version = {
  number: '2.1',
  changeType: 'minor' as const,
  effectiveDate: '2026-03-01',
  changeSummary: null,
  publishedAt: '2026-02-01T00:00:00.000Z',
};
const upcoming = {
  number: '3.0',
  changeType: 'major' as const,
  effectiveDate: '2026-06-01',
  changeSummary: 'We now use a new email provider.',
  publishedAt: '2026-05-01T00:00:00.000Z',
};

const text = (value: PolicySnapshot, context: RenderContext = { version, upcoming: null }) => render(value, context, 'text') as string;

/** The text with its line wrapping undone, to look for sentences. */
const unwrapped = (output: string) => output.replace(/\s+/g, ' ');

const policy = () => {
  const value = snapshot([
    section({
      slug: 'contact',
      title: 'Contacting us',
      body: 'We keep **what you send** us, as our [privacy team](https://example.com/team) explains.\n\n- Emails\n- Letters\n\n## Replies\n\nSee [retention](#retention) and <https://example.com/more>.',
      dataCollected: ['Email address'],
      legalBases: [
        {
          code: 'gdpr-art-6-1-f',
          regulation: 'GDPR',
          article: 'Article 6(1)(f)',
          name: 'Legitimate interests',
          justificationLabel: 'Our interest',
          justification: 'Answering you.',
        },
      ],
      processors: [
        processor({
          slug: 'mailer',
          name: 'Mailer Inc',
          privacyPolicyUrl: 'https://mailer.example/privacy',
          purpose: 'Stores our email.',
          storageCountries: [{ code: 'US', name: 'United States of America' }],
          transfersOutsideUkEea: true,
          transferMechanism: 'standard-contractual-clauses',
        }),
      ],
      retentionRules: [
        retentionRule({
          slug: 'enquiries',
          dataCategory: 'Enquiries',
          period: 'P1Y',
          periodText: '1 year',
          triggerDescription: 'From your last message',
        }),
      ],
      children: [
        section({ slug: 'phone', title: 'By phone' }),
        section({ slug: 'post', title: 'By post', children: [section({ slug: 'parcels', title: 'Parcels' })] }),
      ],
    }),
    section({ slug: 'rights', title: 'Your rights', rights: ['access', 'erasure'] }),
  ]);
  value.policy.introduction = 'This policy explains _how_ we use information.';
  value.policy.controller = { name: 'Example Ltd', email: 'privacy@example.com' };
  return value;
};

test('the text format is served as UTF-8 plain text', () => {
  expect(CONTENT_TYPES.text).toBe('text/plain; charset=utf-8');
});

test('it starts with the title, the version line and the introduction', () => {
  const lines = text(policy()).split('\n');
  expect(lines[0]).toBe('Privacy Policy');
  expect(lines).toContain('Version 2.1, effective from 1 March 2026.');
  expect(lines).toContain('This policy explains how we use information.');
  expect(lines).toContain('Data controller: Example Ltd');
  expect(lines).toContain('Email: privacy@example.com');
});

test('a scheduled version is announced', () => {
  expect(unwrapped(text(policy(), { version, upcoming }))).toContain(
    'A new version (3.0) takes effect on 1 June 2026. We now use a new email provider.',
  );
});

test('sections have numbered headings', () => {
  const lines = text(policy()).split('\n');
  expect(lines).toEqual(expect.arrayContaining(['1. Contacting us', '1.1 By phone', '1.2 By post', '1.2.1 Parcels', '2. Your rights']));
  expect(lines.indexOf('1.2.1 Parcels')).toBeLessThan(lines.indexOf('2. Your rights'));
});

test('Markdown bodies become plain text, with links as "text (url)"', () => {
  const output = text(policy());
  expect(unwrapped(output)).toContain('We keep what you send us, as our privacy team (https://example.com/team) explains.');
  expect(output).toMatch(/^ \* Emails$/m);
  expect(output).toMatch(/^Replies$/m);
  expect(output).toContain('See retention and https://example.com/more.');
  expect(output).not.toMatch(/\*\*|\]\(|^#|_how_/m);
});

test('the structured facts are plain lines', () => {
  const output = text(policy());
  expect(output).toContain('Information collected:\n\n * Email address');
  expect(output).toContain(' * Legitimate interests — GDPR Article 6(1)(f). Our interest: Answering you.');
  expect(unwrapped(output)).toContain(
    // An EU GDPR notice (no applicableLaw) names its own territory: the EEA, not "the UK/EEA".
    'Mailer Inc (https://mailer.example/privacy). Stores our email. Stored in: United States of America. Transferred outside the European Economic Area (EEA). Safeguard: Standard contractual clauses',
  );
  expect(output).toContain(' * Enquiries: kept for 1 year. From your last message');
  expect(output).toContain(' * Access your information');
});

test('lines are wrapped at 80 columns', () => {
  const value = policy();
  value.sections[0].body = 'word '.repeat(200);
  value.sections[0].processors[0].purpose = 'long purpose '.repeat(30);
  const lines = text(value).split('\n');
  expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(80);
});

test('it ends with a single newline', () => {
  expect(text(policy())).toMatch(/[^\n]\n$/);
});

describe.each(XSS_PAYLOADS.map((payload) => [payload]))('payload %s', (payload) => {
  test('leaves no tag in the text', () => {
    const value = snapshot(
      [
        section({
          slug: 's',
          title: payload,
          body: payload,
          dataCollected: [payload],
          processors: [processor({ slug: 'p', name: payload, purpose: payload })],
        }),
      ],
      payload,
    );
    value.policy.introduction = payload;
    value.policy.controller = { name: payload };
    const output = text(value);
    expect(output.toLowerCase()).not.toContain('<script');
    expect(output).not.toMatch(/<[a-z!/?]/i);
  });
});
