import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_TYPES, Format, render } from '../rendering';
import { renderPrintableRedline } from '../rendering/printable-redline';
import { namesOf } from '../rendering/vocabulary';
import { versionMeta } from '../domain/version';
import { diffAnswer, redlineOf, renderContextOf } from '../presentation/public';
import { nextSwitchOf } from '../presentation/archive';
import { policyLinks, type FeedFormat } from '../presentation/public-links';
import { renderArchivePage } from '../rendering/archive-page';
import { FEED_CONTENT_TYPES, renderFeed } from '../rendering/feed';
import { publicUrlOf } from '../utils/public-url';
import type { AnswerBody, CachedResponse } from './published-cache';
import { getService } from '../utils/get-service';

export type DiffFormat = 'json' | 'html' | 'printable';

/** A finished public answer: body, its type, the ETag and the day the answer stops being true. */
export type Answer = AnswerBody;

const notPublished = (slug: string, locale: string) =>
  new errors.NotFoundError(`No published policy has the slug "${slug}" in locale "${locale}"`);

const tagOf = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 27);

const jsonAnswer = (etag: string, switchesOn: string | null, body: unknown): Answer => ({
  etag,
  switchesOn,
  contentType: CONTENT_TYPES.json,
  body: JSON.stringify(body),
});

/**
 * The public read routes' answers, made once and kept in the published cache while the publication
 * generation and the day stay the same. Controllers send them; nothing here touches a request.
 */
const publicAnswers = ({ strapi }: { strapi: Core.Strapi }) => {
  const catalogue = () => getService('catalogue', { strapi });

  /** From the cache when the entry is still valid (same publication generation, same day), else made and kept. */
  const cache = () => getService('published-cache', { strapi });
  const clock = () => getService('clock', { strapi });
  const cached = async (key: string, produce: () => Promise<Answer>): Promise<CachedResponse> => {
    const generation = cache().knownGeneration() ?? (await cache().generation());
    const today = clock().today();
    return cache().get(key, generation, today) ?? cache().set(key, await produce(), { generation, today });
  };

  const policyList = async (locale: string): Promise<Answer> => {
    const data = await catalogue().listPublished(undefined, locale);
    const tag = `${locale}:` + data.map((entry) => `${entry.slug}@${entry.version?.number}>${entry.upcoming?.number}`).join(',');
    const nextSwitch =
      data
        .map((entry) => entry.upcoming?.effectiveDate)
        .filter((date): date is string => Boolean(date))
        .sort()[0] ?? null;
    return jsonAnswer(`list-${tagOf(tag)}`, nextSwitch, { data, meta: { total: data.length, locale } });
  };

  /** A policy version in a format; the 404s name what is missing. */
  const renderedPolicy = async (
    slug: string,
    { number, locale, format }: { number?: string; locale: string; format: Format },
  ): Promise<Answer> => {
    const { shown, upcoming } = await catalogue().findPublished(slug, { number, locale });
    if (!shown) {
      if (!(await catalogue().isPublished(slug, locale))) throw notPublished(slug, locale);
      if (number) throw new errors.NotFoundError(`Policy "${slug}" has no version ${number}`);
      throw new errors.NotFoundError(
        upcoming
          ? `Policy "${slug}" has no version in effect yet: version ${upcoming.number} takes effect on ${versionMeta(upcoming).effectiveDate}`
          : `Policy "${slug}" has no version in effect`,
      );
    }
    const context = renderContextOf(shown, upcoming);
    const output = render(shown.snapshot, context, format);
    return {
      etag: `${shown.contentHash.slice(0, 20)}-${locale}-${shown.number}-${context.upcoming?.number ?? 'none'}-${format}`,
      switchesOn: context.upcoming?.effectiveDate ?? null,
      contentType: CONTENT_TYPES[format],
      body: format === 'json' ? JSON.stringify({ data: output, meta: { format, locale } }) : (output as string),
    };
  };

  const historyPage = async (slug: string, query: { page: number; pageSize: number; locale: string }): Promise<Answer> => {
    const page = await catalogue().historyPage(slug, query);
    if (!page) throw notPublished(slug, query.locale);
    const key = `history-${slug}-${query.locale}-${query.page}-${query.pageSize}-${page.pagination.total}-${page.current?.number}-${page.upcoming?.number}`;
    return jsonAnswer(tagOf(key), page.upcoming ? versionMeta(page.upcoming).effectiveDate : null, {
      data: page.versions,
      meta: { pagination: page.pagination, locale: query.locale },
    });
  };

  /** The diff as JSON, as the redline fragment (html) or as a standalone page to read (printable), in the version's language. */
  const versionDiff = async (
    slug: string,
    { from, to, format, locale }: { from: string; to: string; format: DiffFormat; locale: string },
  ): Promise<Answer> => {
    if (!(await catalogue().isPublished(slug, locale))) throw notPublished(slug, locale);
    const result = await getService('version-history', { strapi }).diff(slug, from, to, locale);
    const etag = `diff-${result.from.contentHash.slice(0, 16)}-${result.to.contentHash.slice(0, 16)}-${locale}-${from}-${to}-${format}`;
    if (format === 'html') return { etag, switchesOn: null, contentType: CONTENT_TYPES.html, body: redlineOf(result, locale) };
    if (format === 'printable') {
      const body = renderPrintableRedline(result.to.snapshot.policy.title, result.diff, versionMeta(result.from), versionMeta(result.to), {
        locale,
        names: namesOf(result.diff, result.from.snapshot, result.to.snapshot),
        organisation: result.to.snapshot.policy.controller?.name ?? null,
      });
      return { etag, switchesOn: null, contentType: CONTENT_TYPES.printable, body };
    }
    return jsonAnswer(etag, null, { data: diffAnswer(result), meta: { locale } });
  };

  /** A policy's versions: null becomes the 404 every public route gives for a slug not published in the locale. */
  const archiveOf = async (slug: string, locale: string) => {
    const archive = await catalogue().archive(slug, locale);
    if (!archive) throw notPublished(slug, locale);
    const publicUrl = publicUrlOf(strapi);
    return { archive, publicUrl, links: policyLinks(publicUrl, archive.slug, archive.locale) };
  };

  /** The feed of a policy's versions (Atom, RSS or JSON Feed); it changes when a version is published or withdrawn, or takes effect. */
  const versionFeed = async (slug: string, { locale, format }: { locale: string; format: FeedFormat }): Promise<Answer> => {
    const { archive, publicUrl, links } = await archiveOf(slug, locale);
    const body = renderFeed(archive, links, publicUrl, format);
    return { etag: `feed-${tagOf(body)}`, switchesOn: nextSwitchOf(archive), contentType: FEED_CONTENT_TYPES[format], body };
  };

  /** The archive page: every version with its links, the feeds and the subscribe form. */
  const archivePage = async (slug: string, { locale }: { locale: string }): Promise<Answer> => {
    const { archive, publicUrl, links } = await archiveOf(slug, locale);
    const body = renderArchivePage(archive, links, publicUrl);
    return { etag: `archive-${tagOf(body)}`, switchesOn: nextSwitchOf(archive), contentType: CONTENT_TYPES.printable, body };
  };

  return {
    feed: (slug: string, query: { locale: string; format: FeedFormat }) =>
      cached(`feed|${slug}|${query.locale}|${query.format}`, () => versionFeed(slug, query)),
    archive: (slug: string, query: { locale: string }) => cached(`archive|${slug}|${query.locale}`, () => archivePage(slug, query)),
    policyList: (locale: string) => cached(`list|${locale}`, () => policyList(locale)),
    policy: (slug: string, query: { number?: string; locale: string; format: Format }) =>
      cached(`policy|${slug}|${query.locale}|${query.number ?? ''}|${query.format}`, () => renderedPolicy(slug, query)),
    history: (slug: string, query: { page: number; pageSize: number; locale: string }) =>
      cached(`history|${slug}|${query.locale}|${query.page}|${query.pageSize}`, () => historyPage(slug, query)),
    diff: (slug: string, query: { from: string; to: string; format: DiffFormat; locale: string }) =>
      cached(`diff|${slug}|${query.locale}|${query.from}|${query.to}|${query.format}`, () => versionDiff(slug, query)),
  };
};

export default publicAnswers;
