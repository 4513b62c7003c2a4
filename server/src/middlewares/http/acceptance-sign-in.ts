import type { Core } from '@strapi/strapi';
import { NOT_SIGNED_IN } from '../../controllers/acceptance';

/**
 * The acceptance routes answer a caller who sent no credentials with 401 ("sign in"), not 403.
 *
 * Strapi's users-permissions authentication lets an anonymous request through as the Public role whenever
 * that role holds any permission (it does by default: registering, logging in), and its authorization then
 * refuses the route with a 403, which a frontend would read as "not allowed" rather than "sign in".
 * Strapi still decides; this only rewords its refusal, after the rest of the stack (CORS headers included)
 * has run. A request that carried credentials keeps Strapi's answer.
 *
 * The same for a 401 without credentials (the controller's refusal when an admin granted the actions to the
 * Public role): Strapi's authorization replaces the controller's message with a bare "Unauthorized".
 */
export const acceptanceSignIn = (strapi: Core.Strapi) => {
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api').replace(/\/$/, '');
  const acceptancePath = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/privacy-policy/policies/[^/]+/acceptance/?$`);
  return async (ctx: any, next: () => Promise<void>) => {
    await next();
    if (![401, 403].includes(ctx.status) || ctx.get('authorization') || !acceptancePath.test(ctx.path)) return;
    ctx.status = 401;
    ctx.set('WWW-Authenticate', 'Bearer');
    ctx.body = { data: null, error: { status: 401, name: 'UnauthorizedError', message: NOT_SIGNED_IN, details: {} } };
  };
};
