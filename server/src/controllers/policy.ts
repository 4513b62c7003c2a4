import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_TYPES, Format, render } from '../rendering';
import { renderRedline } from '../rendering/redline';
import { renderPrintableRedline } from '../rendering/printable-redline';
import { namesOf } from '../rendering/vocabulary';
import { versionMeta, VersionRow } from '../services/versions';
import { cacheable } from './http-caching';
import type { CachedResponse } from '../services/published-cache';
import { validateDiffQuery, validateFindOneQuery, validateHistoryQuery, validateLocaleQuery, validateSlugParam } from './validation/policy';

type DiffFormat = 'json' | 'html' | 'printable';

const notPublished = (slug: string, locale: string) =>
  new errors.NotFoundError(`No published policy has the slug "${slug}" in locale "${locale}"`);

const publicHistoryEntry = (row: VersionRow, current: VersionRow | null, upcoming: VersionRow | null) => ({
  ...versionMeta(row),
  isCurrent: current?.number === row.number,
  isUpcoming: upcoming?.number === row.number,
  suggestedChangeType: row.suggestedChangeType ?? null,
  classifierOverride: Boolean(row.classifierOverride),
});

const policyController = ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('privacy-policy');
  const versions = () => plugin().service('versions');
  const caching = (ctx: any, etag: string, switchesOn?: string | null) =>
    cacheable(ctx, {
      etag,
      switchesOn,
      maxAge: plugin().config<number>('cacheMaxAge'),
      timeZone: plugin().config<string>('timeZone'),
      now: plugin().service('clock').now(),
    });

  /** The response body for a policy version in a format; the 404s name what is missing. */
  const renderedPolicy = async (slug: string, { number, locale, format }: { number?: string; locale: string; format: Format }) => {
    const { shown, upcoming } = await plugin().service('catalogue').findPublished(slug, { number, locale });
    if (!shown) {
      if (!(await versions().history(slug, { pageSize: 1, locale }))) throw notPublished(slug, locale);
      if (number) throw new errors.NotFoundError(`Policy "${slug}" has no version ${number}`);
      throw new errors.NotFoundError(
        upcoming
          ? `Policy "${slug}" has no version in effect yet: version ${upcoming.number} takes effect on ${versionMeta(upcoming).effectiveDate}`
          : `Policy "${slug}" has no version in effect`,
      );
    }
    const context = { version: versionMeta(shown), upcoming: upcoming && upcoming.number !== shown.number ? versionMeta(upcoming) : null };
    const output = render(shown.snapshot, context, format);
    return {
      etag: `${shown.contentHash.slice(0, 20)}-${locale}-${shown.number}-${context.upcoming?.number ?? 'none'}-${format}`,
      switchesOn: context.upcoming?.effectiveDate ?? null,
      contentType: CONTENT_TYPES[format],
      body: format === 'json' ? JSON.stringify({ data: output, meta: { format, locale } }) : (output as string),
    };
  };

  const requestedLocale = async (ctx: any) => {
    const locale: string = await plugin().service('locales').resolve(ctx.query.locale);
    ctx.set('Content-Language', locale);
    return locale;
  };

  type Response = Omit<CachedResponse, 'generation' | 'today'>;
  const jsonResponse = (etag: string, switchesOn: string | null, body: unknown): Response => ({
    etag,
    switchesOn,
    contentType: CONTENT_TYPES.json,
    body: JSON.stringify(body),
  });
  const tagOf = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 27);

  /**
   * Answers from the published cache when the entry is still valid (same publication generation, same
   * day), else produces the response and keeps it; then the ETag/304 handling.
   */
  const respond = async (ctx: any, key: string, produce: () => Promise<Response>) => {
    const cache = plugin().service('published-cache');
    const generation: number = await cache.generation();
    const today: string = plugin().service('clock').today();
    let response: CachedResponse | null = cache.get(key, generation, today);
    if (!response) {
      response = { ...(await produce()), generation, today };
      cache.set(key, response);
    }
    if (caching(ctx, response.etag, response.switchesOn)) return;
    ctx.type = response.contentType;
    ctx.body = response.body;
  };

  const policyList = async (locale: string): Promise<Response> => {
    const data = await plugin().service('catalogue').listPublished(undefined, locale);
    const tag = `${locale}:` + data.map((entry: any) => `${entry.slug}@${entry.version?.number}>${entry.upcoming?.number}`).join(',');
    const nextSwitch =
      data
        .map((entry: any) => entry.upcoming?.effectiveDate)
        .filter(Boolean)
        .sort()[0] ?? null;
    return jsonResponse(`list-${tagOf(tag)}`, nextSwitch, { data, meta: { total: data.length, locale } });
  };

  const historyPage = async (
    slug: string,
    { page, pageSize, locale }: { page: number; pageSize: number; locale: string },
  ): Promise<Response> => {
    const history = await versions().history(slug, { page, pageSize, locale });
    if (!history) throw notPublished(slug, locale);
    const lookup = { metadataOnly: true, locale };
    const [current, upcoming] = await Promise.all([
      versions().current(slug, undefined, lookup),
      versions().upcoming(slug, undefined, lookup),
    ]);
    const data = history.rows.map((row: VersionRow) => publicHistoryEntry(row, current, upcoming));
    const key = `history-${slug}-${locale}-${page}-${pageSize}-${history.pagination.total}-${current?.number}-${upcoming?.number}`;
    return jsonResponse(tagOf(key), upcoming ? versionMeta(upcoming).effectiveDate : null, {
      data,
      meta: { pagination: history.pagination, locale },
    });
  };

  /** The diff as JSON, as the redline fragment (html) or as a standalone page to read (printable), in the version's language. */
  const versionDiff = async (
    slug: string,
    { from, to, format, locale }: { from: string; to: string; format: DiffFormat; locale: string },
  ): Promise<Response> => {
    if (!(await versions().history(slug, { pageSize: 1, locale }))) throw notPublished(slug, locale);
    const result = await versions().diff(slug, from, to, locale);
    const etag = `diff-${result.from.contentHash.slice(0, 16)}-${result.to.contentHash.slice(0, 16)}-${locale}-${from}-${to}-${format}`;
    if (format === 'html' || format === 'printable') {
      const title = result.to.snapshot.policy.title;
      const names = namesOf(result.diff, result.from.snapshot, result.to.snapshot);
      const [fromMeta, toMeta] = [versionMeta(result.from), versionMeta(result.to)];
      const body =
        format === 'html'
          ? renderRedline(title, result.diff, fromMeta, toMeta, locale, names)
          : renderPrintableRedline(title, result.diff, fromMeta, toMeta, {
              locale,
              names,
              organisation: result.to.snapshot.policy.controller?.name ?? null,
            });
      return { etag, switchesOn: null, contentType: CONTENT_TYPES[format], body };
    }
    return jsonResponse(etag, null, {
      data: { from: versionMeta(result.from), to: versionMeta(result.to), diff: result.diff },
      meta: { locale },
    });
  };

  return {
    async find(ctx: any) {
      await validateLocaleQuery(ctx.query);
      const locale = await requestedLocale(ctx);
      await respond(ctx, `list|${locale}`, () => policyList(locale));
    },

    async findOne(ctx: any) {
      const { slug } = await validateSlugParam(ctx.params);
      await validateFindOneQuery(ctx.query);
      const format: Format = ctx.query.format ?? 'json';
      const number: string | undefined = ctx.query.version;
      const locale = await requestedLocale(ctx);
      await respond(ctx, `policy|${slug}|${locale}|${number ?? ''}|${format}`, () => renderedPolicy(slug, { number, locale, format }));
    },

    async versions(ctx: any) {
      const { slug } = await validateSlugParam(ctx.params);
      await validateHistoryQuery(ctx.query);
      const page = Number(ctx.query.page ?? 1);
      const pageSize = Number(ctx.query.pageSize ?? 25);
      const locale = await requestedLocale(ctx);
      await respond(ctx, `history|${slug}|${locale}|${page}|${pageSize}`, () => historyPage(slug, { page, pageSize, locale }));
    },

    async diff(ctx: any) {
      const { slug } = await validateSlugParam(ctx.params);
      await validateDiffQuery(ctx.query);
      const { from, to } = ctx.query as { from: string; to: string };
      const format = (ctx.query.format ?? 'json') as DiffFormat;
      const locale = await requestedLocale(ctx);
      await respond(ctx, `diff|${slug}|${locale}|${from}|${to}|${format}`, () => versionDiff(slug, { from, to, format, locale }));
    },
  };
};

export default policyController;
