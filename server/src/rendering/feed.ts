import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';
import type { ArchiveEntry, PolicyArchive } from '../presentation/archive';
import type { FeedFormat, PolicyLinks } from '../presentation/public-links';
import { ARCHIVE_WORDS, ArchiveWords } from './archive-words';
import { dateIn, Reader, readerOf, withdrawnNotice } from './reader';
import { escapeHtml as e, sanitiseHtml } from './sanitise';

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export const capitalise = (text: string) => text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());

/**
 * A tag URI (RFC 4151) naming a policy, or one of its versions, for good: the public host, the day the
 * name was minted (the first publication, or the version's), and the policy's documentId, which survives
 * a change of slug. Used as the feeds' and the entries' ids.
 */
export const tagUri = (publicUrl: string, day: string, path: string) => `tag:${new URL(publicUrl).hostname},${day}:privacy-policy/${path}`;

/** A feed entry in words, the same for the three formats. */
interface EntryView {
  id: string;
  title: string;
  /** Plain text: the change summary, after the withdrawal notice for a withdrawn version. */
  summary: string;
  /** The facts, the summary and the links as sanitised HTML. */
  html: string;
  url: string;
  redlineUrl: string | null;
  published: Date;
  /** The publication, or the withdrawal when the version was withdrawn (so feed readers show the entry again). */
  updated: Date;
  categories: { term: string; label: string }[];
}

/**
 * The reader of a policy's archive and feeds: the archive's locale, with its dates written in that locale
 * when there are words for its language, else in the language the words fall back to (English), so a
 * sentence never mixes two languages ("takes effect on 1 de junio de 2031").
 */
export const archiveReader = (archive: Pick<PolicyArchive, 'policy' | 'locale'>): Reader => {
  const reader = readerOf({ policy: { ...archive.policy, locale: archive.locale } }, { version: null });
  const base = archive.locale.toLowerCase().split(/[-_]/)[0];
  return base === reader.language ? reader : { ...reader, locale: reader.language };
};

/** When a version applies, in words: "takes effect on 1 June 2026". */
export const whenInWords = (reader: Reader, words: ArchiveWords, entry: ArchiveEntry) =>
  words.when[entry.status](dateIn(reader, entry.effectiveDate));

const entryView = (archive: PolicyArchive, links: PolicyLinks, publicUrl: string, reader: Reader, words: ArchiveWords) => {
  return (entry: ArchiveEntry): EntryView => {
    const when = whenInWords(reader, words, entry);
    const withdrawal = entry.withdrawn ? withdrawnNotice(reader, entry.withdrawn) : null;
    const summary = entry.changeSummary || words.noSummary;
    const url = links.version(entry.number);
    const redlineUrl = entry.previous ? links.redline(entry.previous, entry.number) : null;
    const html = sanitiseHtml(
      [
        `<p><strong>${e(words.changeType[entry.changeType])}</strong>. ${e(capitalise(when))}. ${e(words.publishedOn(dateIn(reader, entry.publishedOn)))}.</p>`,
        withdrawal ? `<p>${e(withdrawal)}</p>` : '',
        `<p>${e(summary)}</p>`,
        `<p><a href="${e(url)}">${e(words.readVersion(entry.number))}</a></p>`,
        redlineUrl
          ? `<p><a href="${e(redlineUrl)}">${e(words.seeChanges(entry.previous!, entry.number))}</a></p>`
          : `<p>${e(words.firstVersion)}</p>`,
      ].join(''),
    );
    return {
      id: tagUri(publicUrl, entry.publishedOn, `${archive.documentId}/${archive.locale}/${entry.number}`),
      title: words.entryTitle(entry.number, words.changeTypeInline[entry.changeType], when),
      summary: withdrawal ? `${withdrawal} ${summary}` : summary,
      html,
      url,
      redlineUrl,
      published: new Date(entry.publishedAt),
      updated: new Date(entry.withdrawn?.at ?? entry.publishedAt),
      categories: [
        { term: entry.changeType, label: words.changeType[entry.changeType] },
        { term: entry.status, label: words.status[entry.status] },
      ],
    };
  };
};

/**
 * feedsmith pretty-prints, and puts a CDATA section (which it uses for text with <, > or &) on a line of
 * its own, so an element's text would gain a line break and indentation around it, which some consumers
 * keep (an RSS <link> read as an address with spaces in it). This puts each CDATA section against its
 * element's tags again. It walks the markup outside CDATA sections only, so no text is ever changed.
 */
export const tightenCdata = (xml: string) => {
  let out = '';
  let position = 0;
  for (;;) {
    const start = xml.indexOf('<![CDATA[', position);
    if (start === -1) return out + xml.slice(position);
    const end = xml.indexOf(']]>', start + 9);
    if (end === -1) return out + xml.slice(position);
    const before = xml.slice(position, start);
    // Whitespace between a tag's ">" (or the previous section's "]]>") and the section is layout.
    out += /^\s*$/.test(before) || /> *\n[ \t]*$/.test(before) ? before.replace(/\s+$/, '') : before;
    out += xml.slice(start, end + 3);
    position = end + 3;
    const following = /^\s+(?=<\/|<!\[CDATA\[)/.exec(xml.slice(position));
    if (following) position += following[0].length;
  }
};

/**
 * A policy's versions as a feed: one entry per version, newest first, each with its number, change type,
 * effective date, change summary (in the policy's language), and links to the version and to its redline
 * against the version before. Withdrawn and upcoming versions are in it and say so. Built by feedsmith,
 * which escapes every value; all links are absolute.
 */
export const renderFeed = (archive: PolicyArchive, links: PolicyLinks, publicUrl: string, format: FeedFormat): string => {
  const reader = archiveReader(archive);
  const words = ARCHIVE_WORDS[reader.language];
  const entries = archive.entries.map(entryView(archive, links, publicUrl, reader, words));
  const title = words.everyVersion(archive.policy.title);
  const description = words.feedDescription(archive.policy.title);
  const author = archive.policy.controller?.name || archive.policy.title;
  const firstDay = archive.entries[archive.entries.length - 1]?.publishedOn ?? '2000-01-01';
  const id = tagUri(publicUrl, firstDay, `${archive.documentId}/${archive.locale}`);
  const updated = new Date(Math.max(0, ...entries.map((entry) => entry.updated.getTime())));

  if (format === 'json') {
    const feed = generateJsonFeed({
      title,
      home_page_url: links.archive(),
      feed_url: links.feed('json'),
      description,
      language: reader.locale,
      authors: [{ name: author }],
      items: entries.map((entry) => ({
        id: entry.id,
        url: entry.url,
        title: entry.title,
        content_html: entry.html,
        summary: entry.summary,
        date_published: entry.published,
        date_modified: entry.updated,
        tags: entry.categories.map((category) => category.label),
        language: reader.locale,
      })),
    }) as { items: Record<string, unknown>[] };
    // A JSON Feed extension (a key starting with "_", JSON Feed 1.1 "Extensions") with the facts as data.
    feed.items.forEach((item, index) => {
      const entry = archive.entries[index];
      item._privacy_policy = {
        version: entry.number,
        changeType: entry.changeType,
        status: entry.status,
        effectiveDate: entry.effectiveDate,
        withdrawn: entry.withdrawn ?? null,
        previousVersion: entry.previous,
        redlineUrl: entries[index].redlineUrl,
      };
    });
    return JSON.stringify(feed);
  }

  if (format === 'rss') {
    return tightenCdata(
      generateRssFeed({
        title,
        link: links.archive(),
        description,
        language: reader.locale,
        lastBuildDate: updated,
        atom: { links: [{ href: links.feed('rss'), rel: 'self', type: 'application/rss+xml' }] },
        items: entries.map((entry) => ({
          title: entry.title,
          link: entry.url,
          description: entry.html,
          guid: { value: entry.id, isPermaLink: false },
          pubDate: entry.published,
          categories: entry.categories.map((category) => ({ name: category.label })),
        })),
      }),
    );
  }

  return tightenCdata(
    generateAtomFeed({
      id,
      title: { value: title, type: 'text' },
      subtitle: { value: description, type: 'text' },
      updated,
      authors: [{ name: author }],
      links: [
        { href: links.feed('atom'), rel: 'self', type: 'application/atom+xml' },
        { href: links.archive(), rel: 'alternate', type: 'text/html' },
        { href: links.feed('rss'), rel: 'alternate', type: 'application/rss+xml' },
        { href: links.feed('json'), rel: 'alternate', type: 'application/feed+json' },
      ],
      xml: { lang: reader.locale },
      entries: entries.map((entry) => ({
        id: entry.id,
        title: { value: entry.title, type: 'text' },
        updated: entry.updated,
        published: entry.published,
        summary: { value: entry.summary, type: 'text' },
        content: { value: entry.html, type: 'html' },
        links: [
          { href: entry.url, rel: 'alternate', type: 'text/html' },
          ...(entry.redlineUrl ? [{ href: entry.redlineUrl, rel: 'related', type: 'text/html' }] : []),
        ],
        categories: entry.categories,
      })),
    }),
  );
};
