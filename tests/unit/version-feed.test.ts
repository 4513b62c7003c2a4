import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { archiveEntries } from '../../server/src/presentation/archive';
import { renderFeed, tagUri, tightenCdata } from '../../server/src/rendering/feed';
import { ARCHIVE_WORDS } from '../../server/src/rendering/archive-words';
import { archiveOf, linksOf, PUBLIC_URL, TODAY, VERSIONS } from '../fixtures/archive';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { scriptVectors } from '../helpers/script-vectors';

/**
 * The feeds of a policy's versions, read back by @rowanmanning/feed-parser (a maintained RSS and Atom
 * parser) and, for what it does not expose (every link, categories, the JSON Feed), by a plain XML parse
 * or JSON.parse against the formats' required fields.
 */
const archive = archiveOf();
const links = linksOf(archive);
const feed = (format: 'atom' | 'rss' | 'json', from = archive) => renderFeed(from, linksOf(from), PUBLIC_URL, format);
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['entry', 'item', 'link', 'category'].includes(name),
});
const NUMBERS = ['3.0', '2.1', '2.0', '1.0'];

/**
 * The HTML of each entry (Atom content, RSS description) as a feed reader gets it: the XML text decoded
 * once. @rowanmanning/feed-parser decodes HTML entities a second time after the XML parse (its
 * textContentNormalized), which turns escaped text ("&lt;script&gt;") back into markup, so what the
 * escaping puts in the HTML is read here from the XML itself.
 */
const entryHtml = (text: string, format: 'atom' | 'rss'): string[] =>
  format === 'atom'
    ? xml.parse(text).feed.entry.map((entry: any) => entry.content['#text'])
    : xml.parse(text).rss.channel.item.map((item: any) => item.description);

describe('the versions marked for the archive', () => {
  test('each gets its status on the day and the version its redline starts from (withdrawn ones skipped)', () => {
    expect(archive.entries.map(({ number, status, previous }) => ({ number, status, previous }))).toEqual([
      { number: '3.0', status: 'upcoming', previous: '2.0' },
      { number: '2.1', status: 'withdrawn', previous: '2.0' },
      { number: '2.0', status: 'current', previous: '1.0' },
      { number: '1.0', status: 'past', previous: null },
    ]);
  });

  test('on the day 3.0 takes effect it is current and 2.0 is replaced', () => {
    const later = archiveEntries(VERSIONS, '2031-06-01', (moment) => moment.slice(0, 10));
    expect(later.map((entry) => entry.status)).toEqual(['current', 'withdrawn', 'past', 'past']);
  });
});

describe('Atom 1.0 (the default format)', () => {
  const text = feed('atom');
  const parsed = parseFeed(text);
  const raw = xml.parse(text).feed;

  test('is well-formed XML that a feed parser reads as Atom 1.0, in the policy language', () => {
    expect(XMLValidator.validate(text)).toBe(true);
    expect(parsed.meta).toEqual({ type: 'atom', version: '1.0' });
    expect(parsed.language).toBe('en');
    expect(parsed.title).toBe('Privacy Policy: every version');
    expect(parsed.self).toBe(links.feed('atom'));
    expect(parsed.url).toBe(links.archive());
    // RFC 4287 §4.1.1: a feed has an author unless every entry has one.
    expect(raw.author).toEqual({ name: 'Example Ltd' });
  });

  test('has one entry per version, newest first, with stable tag: ids and updated = published (or withdrawn)', () => {
    expect(parsed.items).toHaveLength(VERSIONS.length);
    expect(parsed.items.map((item) => item.id)).toEqual(
      NUMBERS.map((number) =>
        expect.stringMatching(new RegExp(`^tag:www\\.example\\.com,\\d{4}-\\d{2}-\\d{2}:privacy-policy/abc123policy/en/${number}$`)),
      ),
    );
    expect(parsed.items[0].id).toBe('tag:www.example.com,2031-03-05:privacy-policy/abc123policy/en/3.0');
    expect(parsed.items.map((item) => item.updated?.toISOString())).toEqual([
      '2031-03-05T10:00:00.000Z',
      '2031-03-04T08:30:00.000Z',
      '2031-02-01T10:00:00.000Z',
      '2029-12-01T10:00:00.000Z',
    ]);
    expect(parsed.items[1].published?.toISOString()).toBe('2031-03-02T10:00:00.000Z');
    expect(feed('atom')).toBe(text);
  });

  test('titles give number, change type and effective date in words; withdrawn and upcoming versions say so', () => {
    expect(parsed.items.map((item) => item.title)).toEqual([
      'Version 3.0 (major change): takes effect on 1 June 2031',
      'Version 2.1 (minor change): withdrawn, was to take effect on 1 April 2031',
      'Version 2.0 (major change): in effect since 1 March 2031',
      'Version 1.0 (major change): took effect on 1 January 2030',
    ]);
    expect(parsed.items[1].description).toBe(
      'This version was withdrawn on 4 March 2031 and never took effect. Reason given: The provider change was called off. A new email provider.',
    );
    expect(parsed.items[0].description).toBe('Order records are kept for seven years.');
    expect(parsed.items[1].content).toContain('This version was withdrawn on 4 March 2031');
    expect(raw.entry[1].category).toEqual([
      { term: 'minor', label: 'Minor change' },
      { term: 'withdrawn', label: 'Withdrawn' },
    ]);
  });

  test('each entry links to its version (HTML) and to its redline against the version before; the first has no redline', () => {
    expect(parsed.items.map((item) => item.url)).toEqual(NUMBERS.map((number) => links.version(number)));
    // A standalone page, like the redline: a feed reader opens it in a browser.
    expect(links.version('2.0')).toBe(
      'https://www.example.com/api/privacy-policy/policies/privacy-policy?version=2.0&format=printable&locale=en',
    );
    const related = raw.entry.map((entry: any) => entry.link.filter((link: any) => link.rel === 'related').map((link: any) => link.href));
    expect(related).toEqual([[links.redline('2.0', '3.0')], [links.redline('2.0', '2.1')], [links.redline('1.0', '2.0')], []]);
    expect(links.redline('1.0', '2.0')).toBe(
      'https://www.example.com/api/privacy-policy/policies/privacy-policy/diff?from=1.0&to=2.0&format=printable&locale=en',
    );
    expect(parsed.items[3].content).toContain('The first version');
  });
});

describe('RSS 2.0', () => {
  const text = feed('rss');
  const parsed = parseFeed(text);

  test('is well-formed XML that a feed parser reads as RSS 2.0, with one item per version, newest first', () => {
    expect(XMLValidator.validate(text)).toBe(true);
    expect(parsed.meta).toEqual({ type: 'rss', version: '2.0' });
    expect(parsed.language).toBe('en');
    expect(parsed.self).toBe(links.feed('rss'));
    expect(parsed.items.map((item) => item.url)).toEqual(NUMBERS.map((number) => links.version(number)));
    expect(parsed.items.map((item) => item.id)).toEqual(archive.entries.map((entry) => expect.stringContaining(`/en/${entry.number}`)));
    expect(parsed.items[1].title).toBe('Version 2.1 (minor change): withdrawn, was to take effect on 1 April 2031');
    expect(parsed.items[1].categories.map((category) => category.label)).toEqual(['Minor change', 'Withdrawn']);
    expect(parsed.items[1].description).toContain('Reason given: The provider change was called off.');
    expect(entryHtml(text, 'rss')[0]).toContain(`<a href="${links.redline('2.0', '3.0').replace(/&/g, '&amp;')}">`);
  });

  test('an item link is the bare address, with no line break or indentation around it', () => {
    const first = /<link>([^]*?)<\/link>/g;
    const found = [...text.matchAll(first)].map((match) => match[1]);
    expect(found).toContain(`<![CDATA[${links.version('3.0')}]]>`);
    expect(found.filter((value) => /^\s|\s$/.test(value))).toEqual([]);
  });
});

describe('JSON Feed 1.1', () => {
  const data = JSON.parse(feed('json'));

  test('has the required fields of the version 1.1 format, and an item per version, newest first', () => {
    expect(data.version).toBe('https://jsonfeed.org/version/1.1');
    expect(data.title).toBe('Privacy Policy: every version');
    expect(data.home_page_url).toBe(links.archive());
    expect(data.feed_url).toBe(links.feed('json'));
    expect(data.language).toBe('en');
    expect(data.authors).toEqual([{ name: 'Example Ltd' }]);
    expect(data.items).toHaveLength(VERSIONS.length);
    for (const item of data.items) {
      expect(typeof item.id).toBe('string');
      expect(typeof item.content_html).toBe('string');
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
    }
    expect(data.items.map((item: any) => item.url)).toEqual(NUMBERS.map((number) => links.version(number)));
  });

  test('carries the facts as data in a "_privacy_policy" extension; a withdrawn version with its reason', () => {
    expect(data.items[1]._privacy_policy).toEqual({
      version: '2.1',
      changeType: 'minor',
      status: 'withdrawn',
      effectiveDate: '2031-04-01',
      withdrawn: { at: '2031-03-04T08:30:00.000Z', reason: 'The provider change was called off.' },
      previousVersion: '2.0',
      redlineUrl: links.redline('2.0', '2.1'),
    });
    expect(data.items[3]._privacy_policy).toMatchObject({ status: 'past', withdrawn: null, previousVersion: null, redlineUrl: null });
    expect(data.items[1].date_modified).toBe('2031-03-04T08:30:00.000Z');
    expect(data.items[1].tags).toEqual(['Minor change', 'Withdrawn']);
  });
});

describe('in the policy language', () => {
  test.each([
    ['fr', 'Version 3.0 (modification majeure) : entre en vigueur le 1er juin 2031', 'Privacy Policy : toutes les versions'],
    ['de', 'Version 3.0 (wesentliche Änderung): tritt am 1. Juni 2031 in Kraft', 'Privacy Policy: alle Versionen'],
  ])('%s: entry titles and the feed title', (locale, entryTitle, feedTitle) => {
    const parsed = parseFeed(feed('atom', archiveOf({ locale })));
    expect(parsed.language).toBe(locale);
    expect(parsed.title).toBe(feedTitle);
    expect(parsed.items[0].title).toBe(entryTitle);
    expect(parsed.items[0].url).toContain(`locale=${locale}`);
  });

  test('a locale without words of its own reads English, links keep the locale', () => {
    const parsed = parseFeed(feed('atom', archiveOf({ locale: 'es' })));
    expect(parsed.items[0].title).toBe('Version 3.0 (major change): takes effect on 1 June 2031');
    expect(parsed.items[0].url).toContain('locale=es');
  });

  test.each(['en', 'fr', 'de'] as const)('%s: no word carries markup, so no renderer needs to escape its own words', (language) => {
    const strings: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') strings.push(value);
      else if (typeof value === 'function') strings.push(String(value('X', 'Y', 'Z')));
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(ARCHIVE_WORDS[language]);
    expect(strings.length).toBeGreaterThan(40);
    expect(strings.filter((text) => /[<>&*_[\]#`|\\]/.test(text))).toEqual([]);
  });
});

describe('hostile text', () => {
  const hostile = archiveOf({
    policy: { title: `Policy ]]> ${XSS_PAYLOADS[0]}`, controller: { name: XSS_PAYLOADS[2] } },
    versions: VERSIONS.map((version, index) => ({
      ...version,
      changeSummary: `${XSS_PAYLOADS[index % XSS_PAYLOADS.length]} ]]> & ${XSS_PAYLOADS[(index + 3) % XSS_PAYLOADS.length]}`,
      withdrawn: version.withdrawn ? { ...version.withdrawn, reason: `${XSS_PAYLOADS[4]} ]]>` } : null,
    })),
  });

  test.each(['atom', 'rss'] as const)('%s stays well-formed and gives the text back exactly as written', (format) => {
    const text = feed(format, hostile);
    expect(XMLValidator.validate(text)).toBe(true);
    const parsed = parseFeed(text);
    expect(parsed.title).toBe(`Policy ]]> ${XSS_PAYLOADS[0]}: every version`);
    if (format === 'atom') expect(parsed.items[0].description).toBe(hostile.entries[0].changeSummary);
    // The HTML a reader renders (Atom content, RSS description) carries the text escaped: no element, handler or script URL.
    const html = entryHtml(text, format).join('');
    expect(html).toContain(`&lt;body onload=alert(1)&gt; ]]&gt;`);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(scriptVectors(html)).toEqual([]);
  });

  test('JSON Feed: the HTML content is escaped, the summary is the text as written', () => {
    const data = JSON.parse(feed('json', hostile));
    expect(data.items[0].summary).toBe(hostile.entries[0].changeSummary);
    expect(scriptVectors(data.items.map((item: any) => item.content_html).join(''))).toEqual([]);
  });

  test('control: the scanner finds the payloads when they are not escaped', () => {
    expect(scriptVectors(XSS_PAYLOADS.join('')).length).toBeGreaterThan(5);
  });
});

describe('tightenCdata', () => {
  test('puts a CDATA section against its tags, and leaves text that only looks like one alone', () => {
    const pretty = '<a>\n  <b>\n    <![CDATA[x & y]]>\n  </b>\n  <c>\n    <![CDATA[<i>\n  <![CDATA[z]]]]><![CDATA[>]]>\n  </c>\n</a>';
    const tight = tightenCdata(pretty);
    expect(tight).toBe('<a>\n  <b><![CDATA[x & y]]></b>\n  <c><![CDATA[<i>\n  <![CDATA[z]]]]><![CDATA[>]]></c>\n</a>');
    expect(XMLValidator.validate(tight)).toBe(true);
    expect(new XMLParser().parse(tight).a.c).toBe('<i>\n  <![CDATA[z]]>');
    expect(tightenCdata('<a>no sections</a>')).toBe('<a>no sections</a>');
  });

  test('tag: URIs name the public host and the day', () => {
    expect(tagUri('https://cms.example.org:8443/base', '2031-03-05', 'abc/en/2.0')).toBe(
      'tag:cms.example.org,2031-03-05:privacy-policy/abc/en/2.0',
    );
  });

  test(`the fixture's day is ${TODAY}`, () => {
    expect(archive.entries.find((entry) => entry.status === 'current')?.effectiveDate).toBe('2031-03-01');
  });
});
