import { CONTENT_MANAGER_UPDATE, PERMISSIONS } from '../../permissions';
import { UID } from '../../domain/uids';

/** A plugin action, or a content-manager action on one content type. */
type Action = string | { action: string; subject: string };

const adminRoute = (method: string, path: string, handler: string, action: Action) => ({
  method,
  path,
  handler,
  config: { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }] },
});

export default {
  type: 'admin',
  routes: [
    adminRoute('GET', '/policies', 'admin-overview.policies', PERMISSIONS.readVersions),
    adminRoute('GET', '/policies/:documentId/tree', 'admin-overview.tree', PERMISSIONS.readVersions),
    // Moving sections edits the draft: what editing Parent and Position takes in the content manager (each write is checked in full).
    adminRoute('PUT', '/policies/:documentId/tree', 'admin-overview.moveSections', {
      action: CONTENT_MANAGER_UPDATE,
      subject: UID.section,
    }),
    adminRoute('GET', '/policies/:documentId/preview', 'admin-policy.preview', PERMISSIONS.readVersions),
    adminRoute('GET', '/policies/:documentId/publish-preview', 'admin-policy.publishPreview', PERMISSIONS.readVersions),
    adminRoute('GET', '/policies/:documentId/versions', 'admin-policy.versions', PERMISSIONS.readVersions),
    adminRoute('GET', '/policies/:documentId/health', 'compliance.adminHealth', PERMISSIONS.readVersions),
    adminRoute('GET', '/policies/:documentId/processing-record', 'compliance.adminProcessingRecord', PERMISSIONS.readVersions),
    adminRoute('POST', '/policies/:documentId/versions', 'admin-policy.publish', PERMISSIONS.publishVersions),
    adminRoute('POST', '/policies/:documentId/versions/:number/withdraw', 'admin-policy.withdraw', PERMISSIONS.publishVersions),
    adminRoute('GET', '/policies/:documentId/versions/:number/restore', 'admin-policy.restorePlan', PERMISSIONS.readVersions),
    adminRoute('POST', '/policies/:documentId/versions/:number/restore', 'admin-policy.restore', PERMISSIONS.publishVersions),
    adminRoute('POST', '/imports', 'admin-policy.import', PERMISSIONS.publishVersions),
    adminRoute('GET', '/subscribers', 'admin-subscriber.find', PERMISSIONS.readSubscribers),
    adminRoute('GET', '/subscribers/export', 'admin-subscriber.export', PERMISSIONS.readSubscribers),
    adminRoute('GET', '/subscribers/:id', 'admin-subscriber.findOne', PERMISSIONS.readSubscribers),
    adminRoute('DELETE', '/subscribers/:id', 'admin-subscriber.delete', PERMISSIONS.manageSubscribers),
    adminRoute('GET', '/policies/:documentId/acceptances', 'admin-acceptance.summary', PERMISSIONS.readAcceptances),
    adminRoute('GET', '/policies/:documentId/acceptances/export', 'admin-acceptance.export', PERMISSIONS.readAcceptances),
    adminRoute('GET', '/notifications', 'admin-notification.find', PERMISSIONS.readVersions),
    adminRoute('GET', '/notifications/:id', 'admin-notification.findOne', PERMISSIONS.readVersions),
    adminRoute('POST', '/notifications/:id/retry-failed', 'admin-notification.retryFailed', PERMISSIONS.manageNotifications),
  ],
};
