import type { Core } from '@strapi/strapi';
import { render } from '../rendering';
import { renderRedline } from '../rendering/redline';
import { namesOf } from '../rendering/vocabulary';
import { versionMeta, VersionRow } from '../services/versions';
import {
  validateDiffQuery,
  validateFindOneQuery,
  validateHistoryQuery,
  validateLocaleQuery,
  validateSlugParam,
} from '../controllers/validation/policy';
import { validateSubscribe } from '../controllers/validation/subscription';
import { ACCEPTED_SUBSCRIPTION } from '../controllers/subscription';

const RENDERING = Symbol('rendering');

/** Resolvers over the same services as the REST routes. */
export const resolvers = (strapi: Core.Strapi) => {
  const service = (name: string) => strapi.plugin('privacy-policy').service(name);
  const localeOf = async (args: { locale?: string | null }): Promise<string> => {
    if (args.locale) await validateLocaleQuery({ locale: args.locale });
    return service('locales').resolve(args.locale);
  };

  return {
    Query: {
      async privacyPolicies(_: unknown, args: { locale?: string }) {
        return service('catalogue').listPublished(undefined, await localeOf(args));
      },

      async privacyPolicy(_: unknown, args: { slug: string; version?: string; locale?: string }) {
        await validateSlugParam({ slug: args.slug });
        if (args.version) await validateFindOneQuery({ version: args.version });
        const locale = await localeOf(args);
        const { shown, upcoming } = await service('catalogue').findPublished(args.slug, { number: args.version, locale });
        if (!shown) return null;
        const context = {
          version: versionMeta(shown),
          upcoming: upcoming && upcoming.number !== shown.number ? versionMeta(upcoming) : null,
        };
        return { ...(render(shown.snapshot, context, 'json') as object), [RENDERING]: { snapshot: shown.snapshot, context } };
      },

      async privacyPolicyVersions(_: unknown, args: { slug: string; page?: number; pageSize?: number; locale?: string }) {
        await validateSlugParam({ slug: args.slug });
        await validateHistoryQuery({ page: args.page ?? undefined, pageSize: args.pageSize ?? undefined });
        const locale = await localeOf(args);
        const history = await service('versions').history(args.slug, { page: args.page ?? 1, pageSize: args.pageSize ?? 25, locale });
        if (!history) return null;
        const lookup = { metadataOnly: true, locale };
        const [current, upcoming] = await Promise.all([
          service('versions').current(args.slug, undefined, lookup),
          service('versions').upcoming(args.slug, undefined, lookup),
        ]);
        return {
          versions: history.rows.map((row: VersionRow) => ({
            ...versionMeta(row),
            isCurrent: current?.number === row.number,
            isUpcoming: upcoming?.number === row.number,
            suggestedChangeType: row.suggestedChangeType ?? null,
            classifierOverride: Boolean(row.classifierOverride),
          })),
          pagination: history.pagination,
        };
      },

      async privacyPolicyDiff(_: unknown, args: { slug: string; from: string; to: string; locale?: string }) {
        await validateSlugParam({ slug: args.slug });
        await validateDiffQuery({ from: args.from, to: args.to });
        const locale = await localeOf(args);
        const { from, to, diff } = await service('versions').diff(args.slug, args.from, args.to, locale);
        const meta = { from: versionMeta(from), to: versionMeta(to) };
        return {
          ...diff,
          ...meta,
          html: renderRedline(to.snapshot.policy.title, diff, meta.from, meta.to, locale, namesOf(diff, from.snapshot, to.snapshot)),
        };
      },
    },

    Mutation: {
      async subscribeToPrivacyPolicy(_: unknown, args: { email: string; slug?: string; locale?: string }, context: any) {
        const body = await validateSubscribe({ email: args.email, policy: args.slug ?? undefined, locale: args.locale ?? undefined });
        const request = context?.koaContext?.request;
        await service('subscriptions').subscribe(body, { ip: request?.ip, userAgent: request?.get?.('user-agent') });
        return { message: ACCEPTED_SUBSCRIPTION };
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

export const PUBLIC_RESOLVERS = [
  'Query.privacyPolicies',
  'Query.privacyPolicy',
  'Query.privacyPolicyVersions',
  'Query.privacyPolicyDiff',
  'Mutation.subscribeToPrivacyPolicy',
];
