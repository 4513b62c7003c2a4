import { currentEntryOf, versionToReadOf, type ArchiveEntry, type PolicyArchive } from '../presentation/archive';
import type { PolicyLinks } from '../presentation/public-links';
import { ARCHIVE_WORDS, ArchiveWords } from './archive-words';
import { archiveReader, capitalise, whenInWords } from './feed';
import { dateIn, Reader, withdrawnNotice } from './reader';
import { escapeHtml as e } from './sanitise';
import { languageOf } from './vocabulary';

// Readable on a phone or a desktop (16 px text, a line of about 70 characters) and on paper: in print the
// form and the feed links go, and each link's address is printed after it.
const ARCHIVE_STYLES = `
@page { margin: 2cm 2.2cm; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { font-family: Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.5; color: #111; background: #fff; max-width: 42rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6em; line-height: 1.2; }
h2 { font-size: 1.25em; line-height: 1.25; margin: 0 0 0.3em; }
a { color: #0b4f8a; overflow-wrap: anywhere; }
.archive__as-of { color: #333; font-size: 0.95em; }
.archive__header { font-size: 0.9em; border-bottom: 1px solid #999; margin-bottom: 1.5rem; }
.archive__versions { list-style: none; padding: 0; margin: 1.5rem 0; }
.archive__version { border-top: 1px solid #bbb; padding: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
.archive__version p { margin: 0.35em 0; }
.archive__status { display: inline-block; font-family: system-ui, sans-serif; font-size: 0.8em; font-weight: normal; vertical-align: middle; border: 1px solid #666; border-radius: 0.3em; padding: 0 0.4em; margin-left: 0.5em; }
.archive__version--current .archive__status { background: #e3f4e6; border-color: #0b4f1c; color: #0b4f1c; }
.archive__version--upcoming .archive__status { background: #e6eef8; border-color: #0b4f8a; color: #0b4f8a; }
.archive__version--withdrawn .archive__status { background: #fbe4e4; border-color: #7a1212; color: #7a1212; }
.archive__version--withdrawn .archive__number { text-decoration: line-through; text-decoration-thickness: 1px; }
.archive__facts { color: #333; }
.archive__withdrawn { font-style: italic; }
.archive__links a { margin-right: 1.2em; }
.archive__follow, .archive__subscribe { border-top: 2px solid #111; padding-top: 1rem; margin-top: 2rem; }
.archive__subscribe label { display: block; font-weight: bold; margin: 0.8em 0 0.3em; }
.archive__subscribe input[type="email"] { font: inherit; width: 100%; max-width: 24rem; box-sizing: border-box; padding: 0.45em 0.6em; border: 1px solid #555; border-radius: 0.3em; }
.archive__subscribe button { font: inherit; margin-top: 0.8em; padding: 0.45em 1.2em; border: 1px solid #0b4f8a; border-radius: 0.3em; background: #0b4f8a; color: #fff; cursor: pointer; }
.archive__subscribe input:focus, .archive__subscribe button:focus, a:focus { outline: 3px solid #e0a800; outline-offset: 2px; }
@media print {
  body { font-size: 11pt; max-width: none; padding: 0; }
  a { color: inherit; }
  .archive__follow, .archive__subscribe { display: none; }
  .archive__status { border-color: #000; background: none; color: #000; }
  .archive__links a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 90%; word-break: break-all; }
}
`;

/** A sentence escaped, with the date in it (in words) set as a <time> element. */
const withTime = (reader: Reader, sentence: string, isoDate: string) => {
  const words = e(dateIn(reader, isoDate));
  return e(sentence).replace(words, `<time datetime="${e(isoDate)}">${words}</time>`);
};

// The editors' own text (a summary) is in the policy's locale, which differs from the page's when the page falls back to English.
const versionItem = (reader: Reader, words: ArchiveWords, links: PolicyLinks, textLocale: string) => (entry: ArchiveEntry) => {
  const when = whenInWords(reader, words, entry);
  const whenHtml = withTime(reader, capitalise(when), entry.effectiveDate);
  const publishedHtml = withTime(reader, words.publishedOn(dateIn(reader, entry.publishedOn)), entry.publishedOn);
  const redline = entry.previous
    ? `<a href="${e(links.redline(entry.previous, entry.number))}">${e(words.seeChanges(entry.previous, entry.number))}</a>`
    : `<span>${e(words.firstVersion)}</span>`;
  return `<li class="archive__version archive__version--${entry.status}" id="version-${e(entry.number)}" data-version="${e(entry.number)}">
<h2><span class="archive__number">${e(words.versionHeading(entry.number))}</span> <span class="archive__status">${e(words.status[entry.status])}</span></h2>
<p class="archive__facts"><strong>${e(words.changeType[entry.changeType])}</strong> · ${whenHtml} · ${publishedHtml}</p>
${entry.withdrawn ? `<p class="archive__withdrawn">${e(withdrawnNotice(reader, entry.withdrawn))}</p>\n` : ''}<p class="archive__summary"${entry.changeSummary && textLocale !== reader.locale ? ` lang="${e(textLocale)}"` : ''}>${e(entry.changeSummary || words.noSummary)}</p>
<p class="archive__links"><a href="${e(links.version(entry.number, 'printable'))}">${e(words.readVersion(entry.number))}</a> ${redline}</p>
</li>`;
};

/**
 * The locale the subscribe form sends, in the shape the subscription route takes ("en", "en-GB"): the
 * archive's own, else its language ("zh" for "zh-Hans"); none when neither fits, and the subscriber
 * then hears in the default locale.
 */
export const subscriptionLocaleOf = (locale: string): string | null => {
  if (/^[a-z]{2}(-[A-Z]{2})?$/.test(locale)) return locale;
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return /^[a-z]{2}$/.test(language) ? language : null;
};

/**
 * The archive page: every published version of a policy, newest first (number, change type, effective and
 * publication dates in words, summary, withdrawal), each linked to its printable page and its redline; the
 * feeds, advertised with <link rel="alternate">; and a form to subscribe to emails about major changes,
 * which works without JavaScript. A standalone document in the policy's language with fixed markup and
 * escaped text; its Content-Security-Policy allows no script at all and posts only to the plugin.
 *
 * The form collects an email address, so the page links to the policy in effect, where readers find how
 * it is handled (information at the time of collection, GDPR / UK GDPR Art. 13(1)).
 */
export const renderArchivePage = (archive: PolicyArchive, links: PolicyLinks, publicUrl: string) => {
  const reader = archiveReader(archive);
  const words = ARCHIVE_WORDS[reader.language];
  const { title, controller } = archive.policy;
  const heading = words.everyVersion(title);
  const current = currentEntryOf(archive);
  const toRead = versionToReadOf(archive);
  const readNow = current
    ? `<a href="${e(links.current())}">${e(words.readCurrent)}</a>`
    : toRead
      ? `<a href="${e(links.version(toRead.number, 'printable'))}">${e(words.readVersion(toRead.number))}</a>`
      : '';
  const formLocale = subscriptionLocaleOf(archive.locale);
  const feedLink = (type: string, format: 'atom' | 'rss' | 'json', label: string) =>
    `<link rel="alternate" type="${type}" title="${e(`${heading} (${label})`)}" href="${e(links.feed(format))}">`;
  const origin = new URL(publicUrl).origin;
  return `<!doctype html>
<html lang="${e(reader.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; form-action ${e(origin)}; base-uri 'none'">
<title>${e(heading)}</title>
${feedLink('application/atom+xml', 'atom', words.feeds.atom)}
${feedLink('application/rss+xml', 'rss', words.feeds.rss)}
${feedLink('application/feed+json', 'json', words.feeds.json)}
<style>${ARCHIVE_STYLES}</style>
</head>
<body>
${controller?.name ? `<header class="archive__header"><p><strong>${e(controller.name)}</strong></p></header>\n` : ''}<main class="privacy-policy-archive">
<h1>${e(heading)}</h1>
<p>${e(words.intro(title))}</p>
<p class="archive__as-of">${withTime(reader, words.asOf(dateIn(reader, archive.today)), archive.today)}</p>
${current ? `<p>${readNow}</p>` : `<p>${e(words.noneInEffect)}${readNow ? ` ${readNow}` : ''}</p>`}
<ol class="archive__versions">
${archive.entries.map(versionItem(reader, words, links, archive.locale)).join('\n')}
</ol>
<section class="archive__follow">
<h2>${e(words.feeds.heading)}</h2>
<p>${e(words.feeds.text)} <a href="${e(links.feed('atom'))}" type="application/atom+xml">${e(words.feeds.atom)}</a> · <a href="${e(
    links.feed('rss'),
  )}" type="application/rss+xml">${e(words.feeds.rss)}</a> · <a href="${e(links.feed('json'))}" type="application/feed+json">${e(
    words.feeds.json,
  )}</a></p>
</section>
<section class="archive__subscribe">
<h2>${e(words.subscribe.heading)}</h2>
<p>${e(words.subscribe.explanation)}</p>
<form method="post" action="${e(links.subscribe())}">
<label for="archive-email">${e(words.subscribe.email)}</label>
<input id="archive-email" type="email" name="email" required maxlength="254" autocomplete="email">
<input type="hidden" name="policy" value="${e(archive.slug)}">
${formLocale ? `<input type="hidden" name="locale" value="${e(formLocale)}">\n` : ''}<button type="submit">${e(words.subscribe.button)}</button>
</form>
<p>${e(words.subscribe.privacy)}${readNow ? ` ${readNow}` : ''}</p>
</section>
</main>
</body>
</html>
`;
};

/** How a post of the archive's subscribe form ended. */
export type SubscribeOutcome = 'accepted' | 'invalidEmail' | 'rateLimited' | 'failed';

/** The page that answers a post of the archive's subscribe form, in the form's language, with a way back. */
export const renderSubscribeAnswerPage = ({
  locale,
  outcome,
  backUrl,
}: {
  locale: string;
  outcome: SubscribeOutcome;
  backUrl: string | null;
}) => {
  const words = ARCHIVE_WORDS[languageOf(locale)];
  const accepted = outcome === 'accepted';
  const title = accepted ? words.answer.acceptedTitle : words.answer.refusedTitle;
  return `<!doctype html>
<html lang="${e(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'">
<title>${e(title)}</title>
<style>body { font-family: Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.5; color: #111; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; } a { color: #0b4f8a; }</style>
</head>
<body>
<main class="privacy-policy-subscribe-answer" data-outcome="${outcome}">
<h1>${e(title)}</h1>
<p>${e(words.answer[outcome])}</p>
${backUrl ? `<p><a href="${e(backUrl)}">${e(words.answer.back)}</a></p>\n` : ''}</main>
</body>
</html>
`;
};
