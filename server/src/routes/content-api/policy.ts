export default [
  {
    method: 'GET',
    path: '/policies',
    handler: 'policy.find',
    config: { auth: false },
  },
  {
    method: 'GET',
    path: '/policies/:slug',
    handler: 'policy.findOne',
    config: { auth: false },
  },
];
