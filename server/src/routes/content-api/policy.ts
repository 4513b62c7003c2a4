const publicRoute = (path: string, handler: string) => ({ method: 'GET', path, handler, config: { auth: false } });

/** The policy's public reads: no authentication, answered from the published cache (also by `published-reads`). */
export default [
  publicRoute('/policies', 'policy.find'),
  publicRoute('/policies/:slug', 'policy.findOne'),
  publicRoute('/policies/:slug/versions', 'policy.versions'),
  publicRoute('/policies/:slug/diff', 'policy.diff'),
  publicRoute('/policies/:slug/feed', 'policy.feed'),
  publicRoute('/policies/:slug/archive', 'policy.archive'),
];
