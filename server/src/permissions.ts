import type { Core } from '@strapi/strapi';

/** Admin permission actions (Settings → Roles → Plugins → Privacy policy). */
export const PERMISSIONS = {
  readVersions: 'plugin::privacy-policy.versions.read',
  publishVersions: 'plugin::privacy-policy.versions.publish',
  readSubscribers: 'plugin::privacy-policy.subscribers.read',
  manageSubscribers: 'plugin::privacy-policy.subscribers.manage',
  manageNotifications: 'plugin::privacy-policy.notifications.manage',
} as const;

const ACTIONS = [
  { uid: 'versions.read', displayName: 'Read versions, previews and notification progress' },
  { uid: 'versions.publish', displayName: 'Publish versions and import policies' },
  { uid: 'subscribers.read', displayName: 'Read and export subscribers' },
  { uid: 'subscribers.manage', displayName: 'Erase subscribers' },
  { uid: 'notifications.manage', displayName: 'Retry failed notifications' },
].map((action) => ({ ...action, section: 'plugins', pluginName: 'privacy-policy' }));

export const registerPermissions = async (strapi: Core.Strapi) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTIONS);
};
