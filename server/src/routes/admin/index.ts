const authenticated = { policies: ['admin::isAuthenticatedAdmin'] };

const adminRoute = (method: string, path: string, handler: string) => ({ method, path, handler, config: authenticated });

export default {
  type: 'admin',
  routes: [
    adminRoute('GET', '/policies/:documentId/preview', 'admin-policy.preview'),
    adminRoute('GET', '/policies/:documentId/publish-preview', 'admin-policy.publishPreview'),
    adminRoute('GET', '/policies/:documentId/versions', 'admin-policy.versions'),
    adminRoute('POST', '/policies/:documentId/versions', 'admin-policy.publish'),
    adminRoute('POST', '/imports', 'admin-policy.import'),
    adminRoute('GET', '/subscribers', 'admin-subscriber.find'),
    adminRoute('GET', '/subscribers/export', 'admin-subscriber.export'),
    adminRoute('GET', '/subscribers/:id', 'admin-subscriber.findOne'),
    adminRoute('DELETE', '/subscribers/:id', 'admin-subscriber.delete'),
    adminRoute('GET', '/notifications', 'admin-notification.find'),
    adminRoute('GET', '/notifications/:id', 'admin-notification.findOne'),
    adminRoute('POST', '/notifications/:id/retry-failed', 'admin-notification.retryFailed'),
  ],
};
