/**
 * For signed-in end users: Strapi's own content-API authentication with a users-permissions JWT. The
 * actions (`acceptance.status`, `acceptance.accept`) are listed under Users & Permissions → Roles and
 * granted to the Authenticated role on the first start; the controller acts only on the caller's own records.
 */
const userRoute = (method: string, path: string, handler: string) => ({ method, path, handler, config: {} });

export default [
  userRoute('GET', '/policies/:slug/acceptance', 'acceptance.status'),
  userRoute('POST', '/policies/:slug/acceptance', 'acceptance.accept'),
];
