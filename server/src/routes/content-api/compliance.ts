/**
 * For machines (a CI pipeline checking policy health): Strapi's own content-API authentication, so a Strapi
 * API token with these actions (full access, or custom with "privacy-policy › compliance") may read them,
 * and no role of end users may unless an admin grants it. The admin panel uses the admin routes instead.
 */
const tokenRoute = (path: string, handler: string) => ({ method: 'GET', path, handler, config: {} });

export default [
  tokenRoute('/policies/:slug/health', 'compliance.health'),
  tokenRoute('/policies/:slug/processing-record', 'compliance.processingRecord'),
];
