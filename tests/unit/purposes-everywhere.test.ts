import { parse } from 'csv-parse/sync';
import { render } from '../../server/src/rendering';
import { processingRecord, processingRecordCsv } from '../../server/src/rendering/processing-record';
import { section, snapshot } from '../fixtures/snapshots';
import { fullNotice, gdprClaim, version } from '../fixtures/notice';

/**
 * Purposes are facts (GDPR / UK GDPR Arts. 13(1)(c), 14(1)(c) and 30(1)(b)): each legal basis claim states
 * what the data is used for, and every renderer, the Art. 30 record and the JSON-LD show it.
 */

const context = { version: version(), upcoming: null };

test.each(['html', 'markdown', 'text', 'printable'] as const)('%s states each claim’s purpose with its legal basis', (format) => {
  const output = (render(fullNotice('eu-gdpr'), context, format) as string).replace(/\s+/g, ' ');
  expect(output).toMatch(
    /Legitimate interests — GDPR Article 6\(1\)\(f\)(<\/strong>|\*\*)?\. (<span class="privacy-policy__purpose">)?Purpose: Answering your enquiries/,
  );
  // A claim with only a DPV concept reads as the concept's name.
  expect(output).toMatch(
    /Consent — GDPR Article 6\(1\)\(a\)(<\/strong>|\*\*)?\. (<span class="privacy-policy__purpose">)?Purpose: Direct marketing/,
  );
});

test('the JSON carries each claim’s purpose and DPV concept, and the first layer lists them', () => {
  const json = render(fullNotice('eu-gdpr'), context, 'json') as any;
  expect(json.sections[1].legalBases[0]).toMatchObject({ purpose: 'Answering your enquiries', dpvPurpose: 'CommunicationManagement' });
  expect(json.firstLayer.purposes.map((entry: any) => entry.purpose)).toEqual(['Answering your enquiries', 'Direct marketing']);
});

test('the JSON-LD states them as DPV purposes', () => {
  const text = render(fullNotice('eu-gdpr'), context, 'jsonld') as string;
  expect(text).toContain('"dpv:CommunicationManagement"');
  expect(text).toContain('"dct:description": "Answering your enquiries"');
});

describe('the Art. 30 record', () => {
  test('its purpose is the claims’ purposes, with the DPV concept where set', () => {
    const rows = processingRecord(fullNotice('eu-gdpr')).rows;
    expect(rows.map((row) => [row.section, row.purpose])).toEqual([
      ['contact', 'Answering your enquiries (dpv:CommunicationManagement)'],
      ['newsletter', 'Direct marketing (dpv:DirectMarketing)'],
    ]);
    const [, contact, newsletter] = parse(processingRecordCsv(processingRecord(fullNotice('eu-gdpr'))));
    expect(contact[2]).toBe('Answering your enquiries (dpv:CommunicationManagement)');
    expect(newsletter[2]).toBe('Direct marketing (dpv:DirectMarketing)');
  });

  test('several claims give several purposes, once each; a claim without a DPV concept is just its words', () => {
    const value = snapshot([
      section({
        slug: 'orders',
        title: 'Orders',
        dataCollected: ['Address'],
        legalBases: [
          gdprClaim('b', 'Contract', 'Delivering your order'),
          gdprClaim('c', 'Legal obligation', 'Keeping tax records', 'LegalCompliance'),
          gdprClaim('f', 'Legitimate interests', 'Delivering your order'),
        ],
      }),
    ]);
    expect(processingRecord(value).rows[0].purpose).toBe('Delivering your order; Keeping tax records (dpv:LegalCompliance)');
  });

  test('an activity whose claims state no purpose keeps the section’s title and first sentence', () => {
    const value = snapshot([
      section({
        slug: 'logs',
        title: 'Server logs',
        body: 'We log requests. Then more.',
        legalBases: [gdprClaim('f', 'Legitimate interests')],
      }),
    ]);
    expect(processingRecord(value).rows[0].purpose).toBe('Server logs: We log requests.');
  });

  test('a UK notice’s record cites the UK GDPR', () => {
    expect(processingRecord(fullNotice('uk-gdpr')).rows[0].legalBases).toEqual(['UK GDPR Art. 6(1)(f) Legitimate interests']);
    expect(processingRecord(fullNotice('eu-gdpr')).rows[0].legalBases).toEqual(['GDPR Art. 6(1)(f) Legitimate interests']);
  });
});
