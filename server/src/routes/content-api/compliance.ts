import { adminOrApiToken } from '../../auth/admin-access';

const adminReadRoute = (path: string, handler: string) => ({ method: 'GET', path, handler, config: { auth: adminOrApiToken } });

export default [
  adminReadRoute('/policies/:slug/health', 'compliance.health'),
  adminReadRoute('/policies/:slug/processing-record', 'compliance.processingRecord'),
];
