import { useRBAC } from '@strapi/strapi/admin';

/** The plugin's permission actions (Settings → Roles → Plugins → Privacy policy), as `useRBAC` takes them. */
const READ = [{ action: 'plugin::privacy-policy.versions.read', subject: null }];
const PUBLISH = [{ action: 'plugin::privacy-policy.versions.publish', subject: null }];
const READ_SUBSCRIBERS = [{ action: 'plugin::privacy-policy.subscribers.read', subject: null }];
const MANAGE_SUBSCRIBERS = [{ action: 'plugin::privacy-policy.subscribers.manage', subject: null }];
const MANAGE_NOTIFICATIONS = [{ action: 'plugin::privacy-policy.notifications.manage', subject: null }];
const READ_ACCEPTANCES = [{ action: 'plugin::privacy-policy.acceptances.read', subject: null }];
/** Moving sections writes their Parent and Position: the content manager's Update on sections (the server checks each entry and field). */
const UPDATE_SECTIONS = [{ action: 'plugin::content-manager.explorer.update', subject: 'plugin::privacy-policy.policy-section' }];

/**
 * What the admin's role may do with the plugin, so that actions it lacks are hidden rather than refused.
 * One `useRBAC` call per action: `useRBAC` names an action by its last word, and two of the plugin's end
 * in `manage`.
 */
export const usePluginPermissions = () => {
  const read = useRBAC(READ);
  const publish = useRBAC(PUBLISH);
  const readSubscribers = useRBAC(READ_SUBSCRIBERS);
  const manageSubscribers = useRBAC(MANAGE_SUBSCRIBERS);
  const manageNotifications = useRBAC(MANAGE_NOTIFICATIONS);
  const updateSections = useRBAC(UPDATE_SECTIONS);
  const readAcceptances = useRBAC(READ_ACCEPTANCES);
  const checks = [read, publish, readSubscribers, manageSubscribers, manageNotifications, updateSections, readAcceptances];
  return {
    isLoading: checks.some((check) => check.isLoading),
    canRead: Boolean(read.allowedActions.canRead),
    canPublish: Boolean(publish.allowedActions.canPublish),
    canReadSubscribers: Boolean(readSubscribers.allowedActions.canRead),
    canManageSubscribers: Boolean(manageSubscribers.allowedActions.canManage),
    canManageNotifications: Boolean(manageNotifications.allowedActions.canManage),
    canReadAcceptances: Boolean(readAcceptances.allowedActions.canRead),
    canMoveSections: Boolean(updateSections.allowedActions.canUpdate),
  };
};
