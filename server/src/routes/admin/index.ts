import { PERMISSIONS } from '../../permissions';

const adminRoute = (method: string, path: string, handler: string, action: string) => ({
  method,
  path,
  handler,
  config: { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }] },
});

export default {
  type: 'admin',
  routes: [
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
    adminRoute('GET', '/notifications', 'admin-notification.find', PERMISSIONS.readVersions),
    adminRoute('GET', '/notifications/:id', 'admin-notification.findOne', PERMISSIONS.readVersions),
    adminRoute('POST', '/notifications/:id/retry-failed', 'admin-notification.retryFailed', PERMISSIONS.manageNotifications),
  ],
};
