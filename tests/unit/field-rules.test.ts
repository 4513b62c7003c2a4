import {
  countryListRule,
  emailRule,
  httpUrlRule,
  isoDurationRule,
  rightsListRule,
  slugRule,
  textListRule,
  transferMechanismListRule,
} from '../../server/src/domain/field-rules';
import { firstFreeSlug, slugFromText } from '../../server/src/domain/slug';
import { readToOneChange } from '../../server/src/domain/relation-input';
import { isUkOrEea } from '../../server/src/domain/regions';

test.each([
  ['P6Y', null],
  ['P1Y6M', null],
  ['P30D', null],
  ['PT12H', null],
  ['6Y', /not an ISO 8601 duration/],
  ['P', /not an ISO 8601 duration/],
  ['P0Y', /longer than zero/],
  [6, /must be an ISO 8601 duration/],
])('isoDurationRule(%p)', (value, expected) => {
  const problem = isoDurationRule(value);
  if (expected === null) expect(problem).toBeNull();
  else expect(problem).toMatch(expected as RegExp);
});

test.each([
  [['GB', 'US', 'DE'], null],
  [['UK'], /"UK" is not an ISO 3166-1 alpha-2/],
  [['GBR'], /"GBR"/],
  [['gb'], null],
  ['GB', /must be a list/],
])('countryListRule(%p)', (value, expected) => {
  const problem = countryListRule(value);
  if (expected === null) expect(problem).toBeNull();
  else expect(problem).toMatch(expected as RegExp);
});

test.each([
  ['https://www.ukfast.co.uk/terms/privacy-policy.html', null],
  ['http://ec.europa.eu/justice', null],
  ['www.allaboutcookies.org', /not a valid URL/],
  ['javascript:alert(1)', /http\(s\)/],
  ['https://localhost:1337/x', null],
  ['https://intranet/x', /full host name/],
])('httpUrlRule(%p)', (value, expected) => {
  const problem = httpUrlRule(value);
  if (expected === null) expect(problem).toBeNull();
  else expect(problem).toMatch(expected as RegExp);
});

test('slugRule accepts lower-case hyphenated slugs only', () => {
  expect(slugRule('web-server-logs')).toBeNull();
  expect(slugRule('gdpr-art-6-1-f')).toBeNull();
  expect(slugRule('Web')).toMatch(/lower-case/);
  expect(slugRule('a--b')).toMatch(/lower-case/);
  expect(slugRule('-a')).toMatch(/lower-case/);
});

test('list rules check every item', () => {
  expect(textListRule(['name', 'email address'])).toBeNull();
  expect(textListRule(['name', 3])).toBe('item 2 must be a non-empty text');
  expect(transferMechanismListRule(['explicit-consent'])).toBeNull();
  expect(transferMechanismListRule(['trust-me'])).toMatch(/item 1 "trust-me" is not one of none-needed/);
  expect(rightsListRule(['access', 'complaint'])).toBeNull();
  expect(rightsListRule(['flight'])).toMatch(/"flight"/);
});

test('emailRule', () => {
  expect(emailRule('lamps2012@yahoo.com')).toBeNull();
  expect(emailRule('lamps2012')).toMatch(/not an email address/);
});

test('slugFromText is lower case and strict', () => {
  expect(slugFromText('Information we collect when you contact us')).toBe('information-we-collect-when-you-contact-us');
  expect(slugFromText("Children's Privacy")).toBe('childrens-privacy');
  expect(slugFromText('Jet Professional Plumbing & Heating')).toBe('jet-professional-plumbing-and-heating');
  expect(slugFromText('***')).toBe('untitled');
});

test('firstFreeSlug appends the first free number', async () => {
  const taken = new Set(['email', 'email-2']);
  expect(await firstFreeSlug('email', async (slug) => taken.has(slug))).toBe('email-3');
  expect(await firstFreeSlug('phone', async (slug) => taken.has(slug))).toBe('phone');
});

test.each([
  [undefined, { kind: 'untouched' }],
  [null, { kind: 'cleared' }],
  [7, { kind: 'set', ref: { id: 7 } }],
  ['abc123', { kind: 'set', ref: { documentId: 'abc123' } }],
  [{ connect: [{ id: 3, documentId: 'x' }] }, { kind: 'set', ref: { id: 3, documentId: 'x' } }],
  [{ set: [] }, { kind: 'cleared' }],
  [{ disconnect: [{ id: 3 }], connect: [] }, { kind: 'cleared' }],
  [{ connect: [], disconnect: [] }, { kind: 'untouched' }],
])('readToOneChange(%p)', (input, expected) => {
  expect(readToOneChange(input)).toEqual(expected);
});

test('UK and EEA membership', () => {
  expect(isUkOrEea('GB')).toBe(true);
  expect(isUkOrEea('NO')).toBe(true);
  expect(isUkOrEea('US')).toBe(false);
});
