import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PERMISSIONS } from '../permissions';

const bearerToken = (ctx: any): string | null => {
  const [scheme, token, extra] = String(ctx.request.header.authorization ?? '').split(/\s+/);
  return scheme?.toLowerCase() === 'bearer' && token && !extra ? token : null;
};

/**
 * Lets an admin's panel session (the JWT the admin panel sends) through a content-API route, as Strapi's
 * own admin strategy does for admin routes; API tokens are handled by Strapi's content-api-token strategy.
 */
export const adminSessionStrategy = {
  name: 'privacy-policy-admin-session',

  async authenticate(ctx: any) {
    // Routes are declared before Strapi exists, so the strategy reaches it through the global Strapi sets.
    const strapi = (globalThis as any).strapi as Core.Strapi;
    const token = bearerToken(ctx);
    const sessions = (strapi as any).sessionManager;
    if (!token || !sessions) return { authenticated: false };
    const session = sessions('admin').validateAccessToken(token);
    if (!session.isValid || !(await sessions('admin').isSessionActive(session.payload.sessionId))) return { authenticated: false };
    const user = await strapi.db.query('admin::user').findOne({ where: { id: Number(session.payload.userId) }, populate: ['roles'] });
    if (!user?.isActive) return { authenticated: false };
    const ability = await strapi.service('admin::permission').engine.generateUserAbility(user);
    ctx.state.user = user;
    ctx.state.userAbility = ability;
    return { authenticated: true, credentials: user, ability };
  },

  verify(auth: { ability?: { can(action: string): boolean } }) {
    if (!auth.ability?.can(PERMISSIONS.readVersions)) {
      throw new errors.ForbiddenError(`Your role lacks the "${PERMISSIONS.readVersions}" permission`);
    }
  },
};

/** Route auth for admin-only content-API routes: an admin session or an API token, never an end-user login. */
export const adminOrApiToken = { strategies: [adminSessionStrategy, 'content-api-token'] };
