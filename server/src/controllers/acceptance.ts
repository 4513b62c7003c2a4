import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { validateSlugParam } from './validation/policy';
import { validateAcceptanceQuery, validateAcceptBody } from './validation/acceptance';
import { getService } from '../utils/get-service';

export const NOT_SIGNED_IN =
  'Sign in first: acceptance records belong to a signed-in user (send "Authorization: Bearer <users-permissions JWT>")';
export const NOT_A_USER =
  'An API token is not a user: acceptance records belong to signed-in users (send a users-permissions JWT, not an API token)';

const USERS_PERMISSIONS_STRATEGY = 'users-permissions';

/**
 * The signed-in user behind a request, from Strapi's users-permissions authentication. Any other strategy
 * that let the request in (an API token: `content-api-token` in Strapi 5.54) authenticates a machine,
 * which has no acceptances: a 403 that says so. Shared with the GraphQL resolvers.
 *
 * A PolicyError, because Strapi's content-API authorization turns any other ForbiddenError a controller
 * throws into a bare "Forbidden" (Strapi 5.54, compose-endpoint); PolicyError is its documented exception.
 */
export const endUserOf = (state: { user?: { id?: number } | null; auth?: { strategy?: { name?: string } } } | undefined): number => {
  const strategy = state?.auth?.strategy?.name;
  if (strategy && strategy !== USERS_PERMISSIONS_STRATEGY) throw new errors.PolicyError(NOT_A_USER);
  const id = state?.user?.id;
  if (typeof id === 'number') return id;
  throw new errors.UnauthorizedError(NOT_SIGNED_IN);
};

/** A signed-in user's acceptance of a policy: where they stand, and accepting a version. Only their own records. */
const acceptanceController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService('acceptances', { strapi });
  const localeOf = (locale?: string): Promise<string> => getService('locales', { strapi }).resolve(locale);

  return {
    async status(ctx: any) {
      const userId = endUserOf(ctx.state);
      const { slug } = validateSlugParam(ctx.params);
      const { locale } = (await validateAcceptanceQuery(ctx.query)) as { locale?: string };
      const answer = await service().status(userId, slug, await localeOf(locale));
      ctx.set('Cache-Control', 'private, no-store');
      ctx.body = { data: answer };
    },

    async accept(ctx: any) {
      const userId = endUserOf(ctx.state);
      const { slug } = validateSlugParam(ctx.params);
      const body = await validateAcceptBody(ctx.request.body, ctx.query ?? {});
      const { created, answer } = await service().accept(userId, slug, body.version, await localeOf(body.locale));
      ctx.set('Cache-Control', 'private, no-store');
      ctx.status = created ? 201 : 200;
      ctx.body = { data: answer };
    },
  };
};

export default acceptanceController;
