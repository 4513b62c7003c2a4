import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PLUGIN_ID } from '../../../../shared/plugin-id';
import embedRoutes from '../../routes/content-api/embed';
import policyRoutes from '../../routes/content-api/policy';

type Route = { method: string; path: string; handler: string; config: { auth?: boolean } };
type ReadRoute = { pattern: RegExp; parameterNames: string[]; controller: string; action: string };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `/policies/:slug/diff` → a pattern over the whole path, as Strapi's router reads it (optional trailing slash). */
const compileRoute = (prefix: string, route: Route): ReadRoute => {
  const parameterNames: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return escapeRegExp(segment);
      parameterNames.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  const [controller, action] = route.handler.split('.');
  return { pattern: new RegExp(`^${escapeRegExp(prefix)}${source}/?$`, 'i'), parameterNames, controller, action };
};

const decodeParameter = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** The routes this middleware answers: the public, unauthenticated GETs and nothing else. */
export const PUBLISHED_READ_ROUTES: Route[] = [...policyRoutes, ...embedRoutes].filter(
  (route) => route.method === 'GET' && route.config.auth === false,
);

/** The middlewares whose work the public reads need: headers (security, CORS) and the parsed query. */
const NEEDED_BEFORE = ['strapi::security', 'strapi::cors', 'strapi::query'];

type MiddlewareEntry = string | { name?: string; resolve?: string };

/** The needed middlewares that `config/middlewares` lists after this one (they would not run for the reads). */
export const listedTooLate = (entries: MiddlewareEntry[], self = `plugin::${PLUGIN_ID}.published-reads`): string[] => {
  const names = entries.map((entry) => (typeof entry === 'string' ? entry : (entry.name ?? entry.resolve ?? '')));
  const position = names.indexOf(self);
  return NEEDED_BEFORE.filter((name) => names.indexOf(name) > position);
};

/**
 * App-level middleware (`plugin::privacy-policy.published-reads`, docs/configuration.md): answers the
 * plugin's public reads where it is listed in `config/middlewares`, with the same controller actions the
 * routes use, so the middlewares listed after it (body parsing, session, Strapi's router) are not run for
 * them. Those reads need none of them: they take no body, no session and no authentication. Every other
 * request, and every method but GET and HEAD, passes through untouched.
 */
const publishedReads = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const late = listedTooLate(strapi.config.get<MiddlewareEntry[]>('middlewares', []));
  if (late.length) {
    throw new errors.ApplicationError(
      `config/middlewares: list plugin::${PLUGIN_ID}.published-reads after ${late.join(', ')}; the policy's public reads need them`,
    );
  }
  const prefix = `${strapi.config.get<string>('api.rest.prefix', '/api').replace(/\/$/, '')}/${PLUGIN_ID}`;
  const routes = PUBLISHED_READ_ROUTES.map((route) => compileRoute(prefix, route));
  const lowerPrefix = prefix.toLowerCase();
  return async (ctx: any, next: () => Promise<void>) => {
    const path: string = ctx.path;
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || path.slice(0, lowerPrefix.length).toLowerCase() !== lowerPrefix) return next();
    for (const route of routes) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      ctx.params = Object.fromEntries(route.parameterNames.map((name, index) => [name, decodeParameter(match[index + 1])]));
      return strapi.plugin(PLUGIN_ID).controller(route.controller)[route.action](ctx, next);
    }
    return next();
  };
};

export default publishedReads;
