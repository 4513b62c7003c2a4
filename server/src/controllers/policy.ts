import type { Core } from '@strapi/strapi';
import type { Format } from '../rendering';
import type { CachedResponse } from '../services/published-cache';
import type { DiffFormat } from '../services/public-answers';
import { getService } from '../utils/get-service';
import { sendAnswer } from './http-caching';
import {
  validateDiffQuery,
  validateFeedQuery,
  validateFindOneQuery,
  validateHistoryQuery,
  validateLocaleQuery,
  validateSlugParam,
} from './validation/policy';

/** The public read routes: validate, get the answer (cached), send it with its ETag, Cache-Control and 304. */
const policyController = ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('privacy-policy');
  const answers = () => getService('public-answers', { strapi });

  const requestedLocale = async (ctx: any, asked: string | undefined): Promise<string> => {
    const locale = await getService('locales', { strapi }).resolve(asked);
    ctx.set('Content-Language', locale);
    return locale;
  };

  const send = (ctx: any, answer: CachedResponse) =>
    sendAnswer(ctx, answer, {
      maxAge: plugin().config<number>('cacheMaxAge'),
      timeZone: plugin().config<string>('timeZone'),
      now: getService('clock', { strapi }).now().getTime(),
    });

  // Strapi parses the query string again on every read of ctx.query: each handler reads it once.
  return {
    async find(ctx: any) {
      const query = validateLocaleQuery(ctx.query);
      send(ctx, await answers().policyList(await requestedLocale(ctx, query.locale)));
    },

    async findOne(ctx: any) {
      const { slug } = validateSlugParam(ctx.params);
      const query = validateFindOneQuery(ctx.query);
      const format: Format = query.format ?? 'json';
      send(ctx, await answers().policy(slug, { number: query.version, locale: await requestedLocale(ctx, query.locale), format }));
    },

    async versions(ctx: any) {
      const { slug } = validateSlugParam(ctx.params);
      const query = validateHistoryQuery(ctx.query);
      const page = Number(query.page ?? 1);
      const pageSize = Number(query.pageSize ?? 25);
      send(ctx, await answers().history(slug, { page, pageSize, locale: await requestedLocale(ctx, query.locale) }));
    },

    /** The feed of a policy's versions: Atom 1.0 unless `format` asks for rss (RSS 2.0) or json (JSON Feed 1.1). */
    async feed(ctx: any) {
      const { slug } = validateSlugParam(ctx.params);
      const query = validateFeedQuery(ctx.query);
      send(ctx, await answers().feed(slug, { format: query.format ?? 'atom', locale: await requestedLocale(ctx, query.locale) }));
    },

    /** The archive page: every version of a policy with its links, the feeds and a subscribe form. */
    async archive(ctx: any) {
      const { slug } = validateSlugParam(ctx.params);
      const query = validateLocaleQuery(ctx.query);
      send(ctx, await answers().archive(slug, { locale: await requestedLocale(ctx, query.locale) }));
    },

    async diff(ctx: any) {
      const { slug } = validateSlugParam(ctx.params);
      const query = validateDiffQuery(ctx.query);
      const format = (query.format ?? 'json') as DiffFormat;
      send(ctx, await answers().diff(slug, { from: query.from, to: query.to, format, locale: await requestedLocale(ctx, query.locale) }));
    },
  };
};

export default policyController;
