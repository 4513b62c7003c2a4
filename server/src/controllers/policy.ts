import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_TYPES, Format, render } from '../rendering';
import { validateFindOneQuery, validateSlugParam } from './validation/policy';

const RENDER_CACHE_LIMIT = 64;
// Snapshots are immutable, so a rendering keyed by content hash and format never goes stale.
const renderCache = new Map<string, unknown>();

const cachedRender = (key: string, produce: () => unknown) => {
  if (renderCache.has(key)) return renderCache.get(key);
  const output = produce();
  if (renderCache.size >= RENDER_CACHE_LIMIT) renderCache.delete(renderCache.keys().next().value as string);
  renderCache.set(key, output);
  return output;
};

const policyController = ({ strapi }: { strapi: Core.Strapi }) => {
  const catalogue = () => strapi.plugin('privacy-policy').service('catalogue');
  const cacheControl = () => `public, max-age=${strapi.plugin('privacy-policy').config<number>('cacheMaxAge')}`;

  return {
    async find(ctx: any) {
      const data = await catalogue().listPublished();
      ctx.set('Cache-Control', cacheControl());
      ctx.body = { data, meta: { total: data.length } };
    },

    async findOne(ctx: any) {
      const { slug } = await validateSlugParam(ctx.params);
      await validateFindOneQuery(ctx.query);
      const format: Format = ctx.query.format ?? 'json';
      const found = await catalogue().findPublished(slug);
      if (!found) throw new errors.NotFoundError(`No published policy has the slug "${slug}"`);
      const output = cachedRender(`${found.contentHash}:${found.version.number}:${format}`, () =>
        render(found.snapshot, found.version, format)
      );
      ctx.set('Cache-Control', cacheControl());
      ctx.type = CONTENT_TYPES[format];
      ctx.body = format === 'json' ? { data: output, meta: { format } } : output;
    },
  };
};

export default policyController;
