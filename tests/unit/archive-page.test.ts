import { renderArchivePage, renderSubscribeAnswerPage, subscriptionLocaleOf } from '../../server/src/rendering/archive-page';
import { archiveOf, linksOf, PUBLIC_URL, TODAY, VERSIONS } from '../fixtures/archive';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { elementsNamed, htmlElements } from '../helpers/html-elements';
import { scriptVectors } from '../helpers/script-vectors';

/** The archive page of a policy's versions, read back element by element. */
const pageOf = (archive = archiveOf()) => renderArchivePage(archive, linksOf(archive), PUBLIC_URL);
const archive = archiveOf();
const links = linksOf(archive);
const page = pageOf();
const elements = htmlElements(page);
const versionItems = elements.filter((element) => element.name === 'li' && element.attributes['data-version']);
const textOf = (number: string) => versionItems.find((item) => item.attributes['data-version'] === number)!.text.replace(/\s+/g, ' ');
const hrefsIn = (html: string) => elementsNamed(htmlElements(html), 'a').map((link) => link.attributes.href);

describe('the archive page', () => {
  test('is a standalone HTML document in the policy language, titled after the policy', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(elementsNamed(elements, 'title')[0].text).toBe('Privacy Policy: every version');
    expect(elementsNamed(elements, 'h1')[0].text).toBe('Privacy Policy: every version');
    expect(elementsNamed(elements, 'meta', ['name', 'viewport'])).toHaveLength(1);
    expect(page).toContain('<strong>Example Ltd</strong>');
  });

  test('lists every version, newest first, with number, status, change type, dates and summary', () => {
    expect(versionItems.map((item) => item.attributes['data-version'])).toEqual(['3.0', '2.1', '2.0', '1.0']);
    expect(versionItems.map((item) => item.attributes.class)).toEqual([
      'archive__version archive__version--upcoming',
      'archive__version archive__version--withdrawn',
      'archive__version archive__version--current',
      'archive__version archive__version--past',
    ]);
    expect(textOf('3.0')).toContain('Version 3.0 Not yet in effect');
    expect(textOf('3.0')).toContain('Major change · Takes effect on 1 June 2031 · Published on 5 March 2031');
    expect(textOf('3.0')).toContain('Order records are kept for seven years.');
    expect(textOf('2.0')).toContain('Version 2.0 In effect');
    expect(textOf('2.0')).toContain('Major change · In effect since 1 March 2031 · Published on 1 February 2031');
    expect(textOf('1.0')).toContain('Version 1.0 Replaced');
    expect(textOf('1.0')).toContain('Took effect on 1 January 2030');
    // Machine-readable dates beside the words.
    expect(page).toContain('<time datetime="2031-06-01">1 June 2031</time>');
    expect(page).toContain('<time datetime="2031-03-05">5 March 2031</time>');
  });

  test('a withdrawn version says so, with the day and the reason, and that it never took effect', () => {
    expect(textOf('2.1')).toContain('Version 2.1 Withdrawn');
    expect(textOf('2.1')).toContain('Minor change · Withdrawn, was to take effect on 1 April 2031');
    expect(textOf('2.1')).toContain(
      'This version was withdrawn on 4 March 2031 and never took effect. Reason given: The provider change was called off.',
    );
    expect(textOf('2.0')).not.toContain('withdrawn');
  });

  test('each version links to its printable page and to its redline against the version before (the first to none)', () => {
    const linksOfItem = (number: string) =>
      elementsNamed(
        htmlElements(page.slice(page.indexOf(`data-version="${number}"`), page.indexOf('</li>', page.indexOf(`data-version="${number}"`)))),
        'a',
      );
    expect(linksOfItem('3.0').map((link) => [link.text, link.attributes.href])).toEqual([
      ['Read version 3.0', links.version('3.0', 'printable')],
      ['See what changed from version 2.0 to 3.0', links.redline('2.0', '3.0')],
    ]);
    expect(linksOfItem('2.1').map((link) => link.attributes.href)).toEqual([
      links.version('2.1', 'printable'),
      links.redline('2.0', '2.1'),
    ]);
    expect(linksOfItem('1.0').map((link) => link.attributes.href)).toEqual([links.version('1.0', 'printable')]);
    expect(textOf('1.0')).toContain('The first version: there is nothing before it to compare with.');
    expect(links.version('3.0', 'printable')).toBe(
      'https://www.example.com/api/privacy-policy/policies/privacy-policy?version=3.0&format=printable&locale=en',
    );
  });

  test('advertises the three feeds with <link rel="alternate"> and links to them', () => {
    const alternates = elementsNamed(elements, 'link', ['rel', 'alternate']).map((link) => [link.attributes.type, link.attributes.href]);
    expect(alternates).toEqual([
      ['application/atom+xml', links.feed('atom')],
      ['application/rss+xml', links.feed('rss')],
      ['application/feed+json', links.feed('json')],
    ]);
    expect(hrefsIn(page)).toEqual(expect.arrayContaining([links.feed('atom'), links.feed('rss'), links.feed('json')]));
    expect(links.feed('rss')).toBe('https://www.example.com/api/privacy-policy/policies/privacy-policy/feed?format=rss&locale=en');
  });

  test('says which day the statuses hold on and links to the version in effect', () => {
    expect(elements.find((element) => element.attributes.class === 'archive__as-of')?.text).toBe(
      'The status of each version as of 10 March 2031.',
    );
    expect(page).toContain(`<time datetime="${TODAY}">10 March 2031</time>`);
    expect(
      elementsNamed(elements, 'a')
        .filter((link) => link.text === 'Read the version in effect')
        .map((link) => link.attributes.href),
    ).toEqual([links.current(), links.current()]);
  });

  test('has a subscribe form that posts email, policy and locale to the subscription route, with a label', () => {
    const [form] = elementsNamed(elements, 'form');
    expect(form.attributes).toEqual({ method: 'post', action: `${PUBLIC_URL}/api/privacy-policy/subscriptions` });
    const inputs = elementsNamed(elements, 'input').map(({ attributes }) => attributes);
    expect(inputs).toEqual([
      { id: 'archive-email', type: 'email', name: 'email', required: '', maxlength: '254', autocomplete: 'email' },
      { type: 'hidden', name: 'policy', value: 'privacy-policy' },
      { type: 'hidden', name: 'locale', value: 'en' },
    ]);
    expect(elementsNamed(elements, 'label', ['for', 'archive-email'])[0].text).toBe('Email address');
    expect(elementsNamed(elements, 'button')[0].text).toBe('Subscribe');
  });

  test('allows no script at all and posts only to the public host (Content-Security-Policy)', () => {
    const [csp] = elementsNamed(elements, 'meta', ['http-equiv', 'Content-Security-Policy']);
    expect(csp.attributes.content).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; form-action https://www.example.com; base-uri 'none'",
    );
    expect(elementsNamed(elements, 'script')).toEqual([]);
    // Positive control: the parser does find elements of that page.
    expect(elementsNamed(elements, 'style')).toHaveLength(1);
  });

  test('prints without the form and the feed links, with each remaining link address written out', () => {
    const print = page.slice(page.indexOf('@media print'));
    expect(print).toContain('.archive__follow, .archive__subscribe { display: none; }');
    expect(print).toContain('.archive__links a[href^="http"]::after { content: " (" attr(href) ")"');
  });
});

describe('in the policy language', () => {
  test.each([
    [
      'fr',
      'Privacy Policy : toutes les versions',
      'Version 3.0 Pas encore en vigueur',
      'Modification majeure · Entre en vigueur le 1er juin 2031',
      'S’abonner',
    ],
    [
      'de',
      'Privacy Policy: alle Versionen',
      'Version 3.0 Noch nicht in Kraft',
      'Wesentliche Änderung · Tritt am 1. Juni 2031 in Kraft',
      'Abonnieren',
    ],
  ])('%s', (locale, heading, status, facts, button) => {
    const localised = htmlElements(pageOf(archiveOf({ locale })));
    expect(localised[0]).toMatchObject({ name: 'html', attributes: { lang: locale } });
    expect(elementsNamed(localised, 'h1')[0].text).toBe(heading);
    const first = localised.find((element) => element.attributes['data-version'] === '3.0')!.text.replace(/\s+/g, ' ');
    expect(first).toContain(status);
    expect(first).toContain(facts);
    expect(elementsNamed(localised, 'button')[0].text).toBe(button);
    expect(elementsNamed(localised, 'input', ['name', 'locale'])[0].attributes.value).toBe(locale);
    for (const link of elementsNamed(localised, 'a').filter((a) => a.attributes.href.includes('/policies/')))
      expect(link.attributes.href).toContain(`locale=${locale}`);
  });

  test('a locale without words of its own reads English throughout, dates included, and marks the editors’ text with its language', () => {
    const spanish = pageOf(archiveOf({ locale: 'es' }));
    const parsed = htmlElements(spanish);
    expect(parsed[0].attributes.lang).toBe('en');
    expect(spanish).toContain('Takes effect on <time datetime="2031-06-01">1 June 2031</time>');
    expect(spanish).not.toContain('junio');
    expect(elementsNamed(parsed, 'p', ['class', 'archive__summary'])[0].attributes.lang).toBe('es');
    expect(elementsNamed(parsed, 'input', ['name', 'locale'])[0].attributes.value).toBe('es');
    // Positive control: in English the summary carries no lang of its own.
    expect(elementsNamed(elements, 'p', ['class', 'archive__summary'])[0].attributes.lang).toBeUndefined();
  });

  test('the subscribe form sends a locale the subscription route takes', () => {
    expect(subscriptionLocaleOf('en')).toBe('en');
    expect(subscriptionLocaleOf('fr-CA')).toBe('fr-CA');
    expect(subscriptionLocaleOf('zh-Hans')).toBe('zh');
    expect(subscriptionLocaleOf('ast')).toBeNull();
    const noLocale = htmlElements(pageOf(archiveOf({ locale: 'ast' })));
    expect(elementsNamed(noLocale, 'input').map((input) => input.attributes.name)).toEqual(['email', 'policy']);
  });
});

describe('when no version is in effect yet', () => {
  const upcomingOnly = archiveOf({ versions: VERSIONS.slice(0, 2) });
  const html = pageOf(upcomingOnly);

  test('says so, and links to the version that takes effect next instead of a version in effect', () => {
    expect(html).toContain('No version is in effect yet.');
    const toRead = linksOf(upcomingOnly).version('3.0', 'printable');
    expect(
      elementsNamed(htmlElements(html), 'a')
        .filter((link) => link.text === 'Read version 3.0')
        .map((link) => link.attributes.href),
    ).toEqual([toRead, toRead, toRead]);
    expect(html).not.toContain('Read the version in effect');
    // Positive control: with a version in effect the sentence is not there.
    expect(page).not.toContain('No version is in effect yet.');
  });
});

describe('hostile text', () => {
  const skeleton = scriptVectors(page);
  const hostile = archiveOf({
    policy: { title: `Policy ${XSS_PAYLOADS[0]}`, controller: { name: XSS_PAYLOADS[2] } },
    versions: VERSIONS.map((version, index) => ({
      ...version,
      changeSummary: XSS_PAYLOADS.slice(index * 7, index * 7 + 7).join(' '),
      withdrawn: version.withdrawn ? { ...version.withdrawn, reason: XSS_PAYLOADS[4] } : null,
    })),
  });
  const html = renderArchivePage({ ...hostile, slug: 'a"b<c' }, linksOf({ ...hostile, slug: 'a"b<c' }), PUBLIC_URL);

  test('adds no element, handler or script URL to the page, and reads back as written', () => {
    expect(skeleton.length).toBeGreaterThan(0);
    expect(scriptVectors(html)).toEqual(skeleton);
    const parsed = htmlElements(html);
    expect(elementsNamed(parsed, 'h1')[0].text).toBe(`Policy ${XSS_PAYLOADS[0]}: every version`);
    expect(elementsNamed(parsed, 'p', ['class', 'archive__summary']).map((p) => p.text)).toEqual(
      hostile.entries.map((entry) => entry.changeSummary),
    );
    expect(elementsNamed(parsed, 'input', ['name', 'policy'])[0].attributes.value).toBe('a"b<c');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test('control: the scanner finds the payloads when they are not escaped', () => {
    expect(scriptVectors(page.replace('</main>', `${XSS_PAYLOADS.join('')}</main>`)).length).toBeGreaterThan(skeleton.length + 5);
  });
});

describe('the page that answers the form', () => {
  test.each([
    ['accepted', 'en', 'Check your inbox', 'a confirmation email is on its way'],
    ['invalidEmail', 'fr', 'Nous n’avons pas pu vous abonner', 'Cette adresse e-mail n’est pas valide.'],
    ['rateLimited', 'de', 'Wir konnten Sie nicht anmelden', 'Zu viele Anmeldeanfragen.'],
    ['failed', 'en', 'We could not subscribe you', 'Your request could not be completed.'],
  ] as const)('%s, in %s, with a way back to the archive', (outcome, locale, title, sentence) => {
    const backUrl = linksOf(archiveOf({ locale })).archive();
    const answer = htmlElements(renderSubscribeAnswerPage({ locale, outcome, backUrl }));
    expect(answer[0].attributes.lang).toBe(locale);
    expect(elementsNamed(answer, 'h1')[0].text).toBe(title);
    expect(elementsNamed(answer, 'main')[0].text).toContain(sentence);
    expect(elementsNamed(answer, 'a')[0].attributes.href).toBe(backUrl);
    expect(elementsNamed(answer, 'script')).toEqual([]);
  });

  test('without a policy to go back to there is no link', () => {
    const answer = htmlElements(renderSubscribeAnswerPage({ locale: 'en', outcome: 'failed', backUrl: null }));
    expect(elementsNamed(answer, 'h1')[0].text).toBe('We could not subscribe you');
    expect(elementsNamed(answer, 'a')).toEqual([]);
  });
});
