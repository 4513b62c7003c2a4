const authenticated = { policies: ['admin::isAuthenticatedAdmin'] };

export default {
  type: 'admin',
  routes: [
    {
      method: 'GET',
      path: '/policies/:documentId/preview',
      handler: 'admin-policy.preview',
      config: authenticated,
    },
    {
      method: 'POST',
      path: '/imports',
      handler: 'admin-policy.import',
      config: authenticated,
    },
  ],
};
