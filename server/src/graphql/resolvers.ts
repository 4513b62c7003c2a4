import type { Core } from '@strapi/strapi';
import { render } from '../rendering';
import { diffAnswer, redlineOf, renderContextOf } from '../presentation/public';
import { getService } from '../utils/get-service';
import {
  validateDiffQuery,
  validateFindOneQuery,
  validateHistoryQuery,
  validateLocaleQuery,
  validateSlugParam,
} from '../controllers/validation/policy';
import { validateSubscribe } from '../controllers/validation/subscription';
import { ACCEPTED_SUBSCRIPTION } from '../controllers/subscription';
import { endUserOf } from '../controllers/acceptance';
import { validateAcceptBody } from '../controllers/validation/acceptance';
import { END_USER_ACTIONS } from '../permissions';

const RENDERING = Symbol('rendering');

/** Resolvers over the same services as the REST routes. */
export const resolvers = (strapi: Core.Strapi) => {
  const localeOf = async (args: { locale?: string | null }): Promise<string> => {
    if (args.locale) await validateLocaleQuery({ locale: args.locale });
    return getService('locales', { strapi }).resolve(args.locale);
  };
  const catalogue = () => getService('catalogue', { strapi });

  return {
    Query: {
      async privacyPolicies(_: unknown, args: { locale?: string }) {
        return catalogue().listPublished(undefined, await localeOf(args));
      },

      async privacyPolicy(_: unknown, args: { slug: string; version?: string; locale?: string }) {
        await validateSlugParam({ slug: args.slug });
        if (args.version) await validateFindOneQuery({ version: args.version });
        const locale = await localeOf(args);
        const { shown, upcoming } = await catalogue().findPublished(args.slug, { number: args.version, locale });
        if (!shown) return null;
        const context = renderContextOf(shown, upcoming);
        return { ...(render(shown.snapshot, context, 'json') as object), [RENDERING]: { snapshot: shown.snapshot, context } };
      },

      async privacyPolicyVersions(_: unknown, args: { slug: string; page?: number; pageSize?: number; locale?: string }) {
        await validateSlugParam({ slug: args.slug });
        await validateHistoryQuery({ page: args.page ?? undefined, pageSize: args.pageSize ?? undefined });
        const locale = await localeOf(args);
        const page = await catalogue().historyPage(args.slug, { page: args.page ?? 1, pageSize: args.pageSize ?? 25, locale });
        return page ? { versions: page.versions, pagination: page.pagination } : null;
      },

      async privacyPolicyDiff(_: unknown, args: { slug: string; from: string; to: string; locale?: string }) {
        await validateSlugParam({ slug: args.slug });
        await validateDiffQuery({ from: args.from, to: args.to });
        const locale = await localeOf(args);
        const result = await getService('version-history', { strapi }).diff(args.slug, args.from, args.to, locale);
        const { diff, ...meta } = diffAnswer(result);
        return { ...diff, ...meta, html: redlineOf(result, locale) };
      },

      /** The caller's own acceptance only: the user comes from the request's users-permissions authentication. */
      async privacyPolicyAcceptance(_: unknown, args: { slug: string; locale?: string }, context: any) {
        const userId = endUserOf(context?.state);
        validateSlugParam({ slug: args.slug });
        const locale = await localeOf(args);
        return getService('acceptances', { strapi }).status(userId, args.slug, locale);
      },
    },

    Mutation: {
      async subscribeToPrivacyPolicy(_: unknown, args: { email: string; slug?: string; locale?: string }, context: any) {
        const body = await validateSubscribe({ email: args.email, policy: args.slug ?? undefined, locale: args.locale ?? undefined });
        const request = context?.koaContext?.request;
        await getService('subscriptions', { strapi }).subscribe(body, { ip: request?.ip, userAgent: request?.get?.('user-agent') });
        return { message: ACCEPTED_SUBSCRIPTION };
      },

      async acceptPrivacyPolicy(_: unknown, args: { slug: string; version: string; locale?: string }, context: any) {
        const userId = endUserOf(context?.state);
        validateSlugParam({ slug: args.slug });
        const body = await validateAcceptBody({ version: args.version, ...(args.locale ? { locale: args.locale } : {}) }, {});
        const locale = await localeOf({ locale: body.locale });
        return (await getService('acceptances', { strapi }).accept(userId, args.slug, body.version, locale)).answer;
      },
    },

    PublicPolicyDocument: {
      html: (parent: any) => render(parent[RENDERING].snapshot, parent[RENDERING].context, 'html'),
      markdown: (parent: any) => render(parent[RENDERING].snapshot, parent[RENDERING].context, 'markdown'),
      text: (parent: any) => render(parent[RENDERING].snapshot, parent[RENDERING].context, 'text'),
      jsonld: (parent: any) => render(parent[RENDERING].snapshot, parent[RENDERING].context, 'jsonld'),
    },
  };
};

/** Signed-in users only, through users-permissions: the same actions as the REST acceptance routes. */
export const END_USER_RESOLVERS: Record<string, { auth: { scope: string[] } }> = {
  'Query.privacyPolicyAcceptance': { auth: { scope: [END_USER_ACTIONS[0]] } },
  'Mutation.acceptPrivacyPolicy': { auth: { scope: [END_USER_ACTIONS[1]] } },
};

export const PUBLIC_RESOLVERS = [
  'Query.privacyPolicies',
  'Query.privacyPolicy',
  'Query.privacyPolicyVersions',
  'Query.privacyPolicyDiff',
  'Mutation.subscribeToPrivacyPolicy',
];
