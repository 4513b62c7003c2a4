import MarkdownIt from 'markdown-it';
import { render, RenderContext } from '../../server/src/rendering';
import { processingRecord, processingRecordCsv } from '../../server/src/rendering/processing-record';
import type { PolicySnapshot } from '../../server/src/domain/snapshot';
import { processor, retentionRule, section, snapshot } from '../fixtures/snapshots';
import { gdprClaim, version } from '../fixtures/notice';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { scriptVectors } from '../helpers/script-vectors';

/**
 * The first layer and the rights' explanations put editor text (purposes, how to get a copy of a safeguard,
 * the joint controllers' arrangement, the controller's contact details and authority) into new places: each
 * stays inert in every format, as the rest of the policy does.
 */

const permissiveMarkdown = new MarkdownIt({ html: true, linkify: true });
permissiveMarkdown.validateLink = () => true;

const context: RenderContext = { version: version(), upcoming: null };

const hostile = (payload: string, law: string, locale: string): PolicySnapshot => {
  const value = snapshot(
    [
      section({
        slug: 'contact',
        title: 'Contact',
        dataCollected: [payload],
        legalBases: [gdprClaim('f', payload, payload, payload, payload)],
        processors: [
          processor({
            slug: 'p',
            name: payload,
            storageCountries: [{ code: 'US', name: payload }],
            transferMechanism: 'uk-idta',
            safeguardCopy: payload,
            jointArrangement: payload,
          }),
        ],
        retentionRules: [retentionRule({ slug: 'r', dataCategory: payload, triggerDescription: payload })],
        rights: ['access', 'complaint'],
      }),
    ],
    payload,
  );
  value.policy.applicableLaw = law;
  value.policy.locale = locale;
  value.policy.controller = {
    name: payload,
    email: payload,
    phone: payload,
    postalAddress: payload,
    dpoEmail: payload,
    establishmentCountry: payload,
    supervisoryAuthority: payload,
    supervisoryAuthorityUrl: 'javascript:alert(1)',
  };
  return value;
};

describe.each(XSS_PAYLOADS.map((payload) => [payload]))('payload %s', (payload) => {
  test.each([
    ['uk-gdpr', 'en'],
    ['eu-gdpr', 'fr'],
    ['eu-and-uk-gdpr', 'de'],
  ])('%s in %s: no format carries script', (law, locale) => {
    const value = hostile(payload, law, locale);
    expect(scriptVectors(render(value, context, 'html') as string)).toEqual([]);
    expect(scriptVectors(permissiveMarkdown.render(render(value, context, 'markdown') as string))).toEqual([]);
    expect(render(value, context, 'text') as string).not.toMatch(/<[a-z!/?]/i);
    expect((render(value, context, 'printable') as string).toLowerCase()).not.toContain('<script');
    expect(render(value, context, 'jsonld') as string).not.toMatch(/[<>]/);
    const json = render(value, context, 'json') as any;
    expect(json.firstLayer.complaints.authorities[0]).toMatchObject({ name: payload, url: null });
    const [, row] = processingRecordCsv(processingRecord(value)).split('\r\n');
    expect(row).toBeDefined();
  });
});
