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
  ],
};
