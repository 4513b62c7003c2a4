import type { Core } from '@strapi/strapi';

/** Admin permission actions (Settings → Roles → Plugins → Privacy policy). */
export const PERMISSIONS = {
  readVersions: 'plugin::privacy-policy.versions.read',
  publishVersions: 'plugin::privacy-policy.versions.publish',
  readSubscribers: 'plugin::privacy-policy.subscribers.read',
  manageSubscribers: 'plugin::privacy-policy.subscribers.manage',
  manageNotifications: 'plugin::privacy-policy.notifications.manage',
  readAcceptances: 'plugin::privacy-policy.acceptances.read',
} as const;

/**
 * The content manager's Update action (Settings → Roles → Collection types): moving sections in the tree
 * writes their Parent and Position, and the policy's Sections, so it takes what the same change takes in
 * the content manager.
 */
export const CONTENT_MANAGER_UPDATE = 'plugin::content-manager.explorer.update';

const ACTIONS = [
  { uid: 'versions.read', displayName: 'Read versions, previews and notification progress' },
  { uid: 'versions.publish', displayName: 'Publish versions and import policies' },
  { uid: 'subscribers.read', displayName: 'Read and export subscribers' },
  { uid: 'subscribers.manage', displayName: 'Erase subscribers' },
  { uid: 'notifications.manage', displayName: 'Retry failed notifications' },
  { uid: 'acceptances.read', displayName: 'Read acceptance counts and export acceptance records' },
].map((action) => ({ ...action, section: 'plugins', pluginName: 'privacy-policy' }));

export const registerPermissions = async (strapi: Core.Strapi) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTIONS);
};

/**
 * Content-API actions of signed-in users (Settings → Users & Permissions → Roles → Privacy-policy →
 * acceptance): Strapi lists them from the content-API routes; an admin grants or removes them per role.
 */
export const END_USER_ACTIONS = ['plugin::privacy-policy.acceptance.status', 'plugin::privacy-policy.acceptance.accept'] as const;

const GRANTED_KEY = 'acceptanceActionsGranted';

/**
 * Grants the end-user actions to users-permissions' Authenticated role once, on the first start with this
 * feature; the plugin store remembers it, so an admin who removes them later is never overruled. Without
 * users-permissions there is nothing to grant (and no end user to accept anything).
 *
 * Plugins bootstrap in the order Strapi loads them, and this plugin usually comes before users-permissions:
 * on a fresh database its roles do not exist yet. Their creation is users-permissions' own `initialize`,
 * which its bootstrap runs again afterwards and which does nothing the second time; it is asked for first
 * here, so that the grant is in place on the very first start and users-permissions still creates its
 * default permissions (it does so only while its permission table is empty).
 */
export const grantEndUserActionsOnce = async (strapi: Core.Strapi) => {
  const usersPermissions = strapi.plugin('users-permissions');
  if (!usersPermissions) return;
  const store = strapi.store({ type: 'plugin', name: 'privacy-policy' });
  if (await store.get({ key: GRANTED_KEY })) return;
  const roles = strapi.db.query('plugin::users-permissions.role');
  if ((await roles.count()) === 0) await usersPermissions.service('users-permissions').initialize();
  const authenticated = await roles.findOne({ where: { type: 'authenticated' }, select: ['id'] });
  if (!authenticated) return;
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const action of END_USER_ACTIONS) {
    const held = await permissions.count({ where: { action, role: { id: authenticated.id } } });
    if (!held) await permissions.create({ data: { action, role: authenticated.id } });
  }
  await store.set({ key: GRANTED_KEY, value: { role: authenticated.id, actions: END_USER_ACTIONS } });
};
