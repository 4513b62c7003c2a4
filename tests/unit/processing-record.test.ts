import { parse } from 'csv-parse/sync';
import { processingRecord, processingRecordCsv, ProcessingRecord } from '../../server/src/rendering/processing-record';
import type { LegalBasisClaimSnapshot } from '../../server/src/domain/snapshot';
import { processor, retentionRule, section, snapshot } from '../fixtures/snapshots';

const HEADER = 'activity,section,purpose,data_categories,legal_bases,recipients,transfers,retention';

const gdprClaim = (letter: string, name: string): LegalBasisClaimSnapshot => ({
  code: `gdpr-art-6-1-${letter}`,
  regulation: 'GDPR',
  article: `Article 6(1)(${letter})`,
  name,
  justificationLabel: null,
  justification: 'because',
});

const policy = () => {
  const value = snapshot([
    section({ slug: 'summary', category: 'summary', dataCollected: ['Everything'], legalBases: [gdprClaim('f', 'Legitimate interests')] }),
    section({
      slug: 'contact',
      title: 'Contacting us',
      body: 'We answer **questions** you [send us](https://example.com/form). We keep them for a year.\n\nMore detail.',
      children: [
        section({
          slug: 'email',
          title: 'Email',
          body: 'Emails reach our inbox:\n\n- provider one\n- provider two',
          dataCollected: ['Email address', 'Message'],
          legalBases: [gdprClaim('f', 'Legitimate interests'), gdprClaim('b', 'Contract')],
          processors: [
            processor({
              slug: 'mailer',
              name: 'Mailer Inc',
              storageCountries: [
                { code: 'IE', name: 'Ireland' },
                { code: 'US', name: 'United States of America' },
              ],
              transfersOutsideUkEea: true,
              transferMechanism: 'standard-contractual-clauses',
              additionalTransferMechanisms: ['explicit-consent'],
            }),
            processor({ slug: 'it', name: 'Our IT person', category: 'it-services', disclosedByName: false }),
            processor({ slug: 'it-2', name: 'Another IT firm', category: 'it-services', disclosedByName: false }),
            processor({ slug: 'directory', name: 'Business directory', role: 'source' }),
          ],
          retentionRules: [
            retentionRule({
              slug: 'enquiries',
              name: 'Enquiries',
              period: 'P1Y',
              periodText: '1 year',
              triggerDescription: 'Counted from your last message',
            }),
            retentionRule({
              slug: 'other',
              name: 'Everything else',
              triggerDescription: 'No fixed period',
              criteria: ['Whether we still need it', 'Whether the law requires it'],
            }),
          ],
          children: [section({ slug: 'newsletter', title: 'Newsletter', legalBases: [gdprClaim('a', 'Consent')] })],
        }),
      ],
    }),
  ]);
  value.policy.controller = { name: 'Example Ltd', postalAddress: '1 High Street', email: 'privacy@example.com' };
  return value;
};

/** RFC 4180 reading by a maintained parser (csv-parse), to check the CSV reads back as written. */
const readCsv = (csv: string): string[][] => parse(csv, { relaxQuotes: false });

test('there is one row per processing activity, in document order, and none for the summary', () => {
  const { rows } = processingRecord(policy());
  expect(rows.map((row) => row.section)).toEqual(['email', 'newsletter']);
  expect(rows.map((row) => row.activity)).toEqual(['Contacting us › Email', 'Contacting us › Email › Newsletter']);
});

test('the controller is recorded', () => {
  expect(processingRecord(policy()).controller).toEqual({
    name: 'Example Ltd',
    postalAddress: '1 High Street',
    email: 'privacy@example.com',
    phone: null,
    dpoName: null,
    dpoEmail: null,
    representativeName: null,
    representativeAddress: null,
  });
});

test('a row records purpose, data, legal bases, recipients, transfers and retention', () => {
  const [email] = processingRecord(policy()).rows;
  expect(email).toEqual({
    activity: 'Contacting us › Email',
    section: 'email',
    purpose: 'Email: Emails reach our inbox:',
    dataCategories: ['Email address', 'Message'],
    legalBases: ['GDPR Art. 6(1)(f) Legitimate interests', 'GDPR Art. 6(1)(b) Contract'],
    recipients: ['Mailer Inc', 'IT service providers'],
    transfers: ['Mailer Inc to United States of America — Standard contractual clauses, Explicit consent (Art. 49(1)(a))'],
    retention: [
      'Enquiries: 1 year — Counted from your last message',
      'Everything else: No fixed period — Criteria: Whether we still need it / Whether the law requires it',
    ],
  });
});

test('a subsection inherits data, recipients and retention but keeps its own legal basis', () => {
  const [email, newsletter] = processingRecord(policy()).rows;
  expect(newsletter.legalBases).toEqual(['GDPR Art. 6(1)(a) Consent']);
  expect(newsletter.dataCategories).toEqual(email.dataCategories);
  expect(newsletter.recipients).toEqual(email.recipients);
  expect(newsletter.transfers).toEqual(email.transfers);
  expect(newsletter.retention).toEqual(email.retention);
  expect(newsletter.purpose).toBe('Newsletter');
});

test('the purpose is the title and the first sentence of the body, as plain text', () => {
  const value = policy();
  value.sections[1].children[0].body = 'We answer **questions** you [send us](https://example.com/form). We keep them for a year.\n\nMore.';
  expect(processingRecord(value).rows[0].purpose).toBe('Email: We answer questions you send us.');
});

test('the CSV has the header row, one line per activity, lists joined with "; " and CRLF line ends', () => {
  const record = processingRecord(policy());
  const csv = processingRecordCsv(record);
  expect(csv.startsWith(`${HEADER}\r\n`)).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const rows = readCsv(csv);
  expect(rows).toHaveLength(3);
  expect(rows[1]).toEqual([
    'Contacting us › Email',
    'email',
    'Email: Emails reach our inbox:',
    'Email address; Message',
    'GDPR Art. 6(1)(f) Legitimate interests; GDPR Art. 6(1)(b) Contract',
    'Mailer Inc; IT service providers',
    'Mailer Inc to United States of America — Standard contractual clauses, Explicit consent (Art. 49(1)(a))',
    'Enquiries: 1 year — Counted from your last message; Everything else: No fixed period — Criteria: Whether we still need it / Whether the law requires it',
  ]);
});

const recordWith = (activity: string, dataCategories: string[] = []): ProcessingRecord => ({
  controller: processingRecord(policy()).controller,
  rows: [{ activity, section: 's', purpose: 'p', dataCategories, legalBases: [], recipients: [], transfers: [], retention: [] }],
});

test.each([
  ['a comma', 'Name, address', '"Name, address"'],
  ['a double quote', 'The "main" list', '"The ""main"" list"'],
  ['a line break', 'Line one\nLine two', '"Line one\nLine two"'],
  ['a carriage return inside', 'Line one\r\nLine two', '"Line one\r\nLine two"'],
  ['nothing special', 'Plain words', 'Plain words'],
])('a field with %s is quoted as RFC 4180 says', (_, value, field) => {
  const csv = processingRecordCsv(recordWith(value));
  expect(csv).toBe(`${HEADER}\r\n${field},s,p,,,,,\r\n`);
  expect(readCsv(csv)[1][0]).toBe(value);
});

test.each(['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tcmd', '\rcmd'])(
  'a field starting like a formula (%j) gets a leading apostrophe',
  (value) => {
    const [, row] = readCsv(processingRecordCsv(recordWith(value, [value, 'second'])));
    expect(row[0]).toBe(`'${value}`);
    expect(row[3]).toBe(`'${value}; second`);
  },
);

test('a formula character later in a field is left alone', () => {
  const [, row] = readCsv(processingRecordCsv(recordWith('Cost = price + tax')));
  expect(row[0]).toBe('Cost = price + tax');
});

test('an activity with no retention rule of its own gets the policy-wide criteria of the retention section', () => {
  const criteria = retentionRule({
    slug: 'general',
    name: 'Everything else',
    triggerDescription: 'No fixed period',
    criteria: ['Whether we still need it'],
  });
  const withStatement = processingRecord(
    snapshot([
      section({ slug: 'logs', title: 'Server logs', dataCollected: ['IP address'], legalBases: [gdprClaim('f', 'Legitimate interests')] }),
      section({ slug: 'retention', category: 'retention', retentionRules: [criteria] }),
    ]),
  );
  expect(withStatement.rows.find((entry) => entry.section === 'logs')!.retention).toEqual([
    'Everything else: No fixed period — Criteria: Whether we still need it',
  ]);
  const without = processingRecord(snapshot([section({ slug: 'logs', title: 'Server logs', dataCollected: ['IP address'] })]));
  expect(without.rows[0].retention).toEqual([]);
});
