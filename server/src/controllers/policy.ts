import type { Core } from '@strapi/strapi';
import type { Format } from '../rendering';
import type { CachedResponse } from '../services/published-cache';
import type { DiffFormat } from '../services/public-answers';
import { getService } from '../utils/get-service';
import { cacheable } from './http-caching';
import { validateDiffQuery, validateFindOneQuery, validateHistoryQuery, validateLocaleQuery, validateSlugParam } from './validation/policy';

/** The public read routes: validate, get the answer (cached), send it with its ETag, Cache-Control and 304. */
const policyController = ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('privacy-policy');
  const answers = () => getService('public-answers', { strapi });

  const requestedLocale = async (ctx: any): Promise<string> => {
    const locale = await getService('locales', { strapi }).resolve(ctx.query.locale);
    ctx.set('Content-Language', locale);
    return locale;
  };

  const send = (ctx: any, answer: CachedResponse) => {
    const fresh = cacheable(ctx, {
      etag: answer.etag,
      switchesOn: answer.switchesOn,
      maxAge: plugin().config<number>('cacheMaxAge'),
      timeZone: plugin().config<string>('timeZone'),
      now: getService('clock', { strapi }).now(),
    });
    if (fresh) return;
    ctx.type = answer.contentType;
    ctx.body = answer.body;
  };

  return {
    async find(ctx: any) {
      await validateLocaleQuery(ctx.query);
      send(ctx, await answers().policyList(await requestedLocale(ctx)));
    },

    async findOne(ctx: any) {
      const { slug } = await validateSlugParam(ctx.params);
      await validateFindOneQuery(ctx.query);
      const format: Format = ctx.query.format ?? 'json';
      send(ctx, await answers().policy(slug, { number: ctx.query.version, locale: await requestedLocale(ctx), format }));
    },

    async versions(ctx: any) {
      const { slug } = await validateSlugParam(ctx.params);
      await validateHistoryQuery(ctx.query);
      const page = Number(ctx.query.page ?? 1);
      const pageSize = Number(ctx.query.pageSize ?? 25);
      send(ctx, await answers().history(slug, { page, pageSize, locale: await requestedLocale(ctx) }));
    },

    async diff(ctx: any) {
      const { slug } = await validateSlugParam(ctx.params);
      await validateDiffQuery(ctx.query);
      const { from, to } = ctx.query as { from: string; to: string };
      const format = (ctx.query.format ?? 'json') as DiffFormat;
      send(ctx, await answers().diff(slug, { from, to, format, locale: await requestedLocale(ctx) }));
    },
  };
};

export default policyController;
