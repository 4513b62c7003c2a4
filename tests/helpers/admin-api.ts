import type { TestApp } from './strapi';

export const ADMIN = { email: 'editor@example.test', password: 'Test-Editor-2026', firstname: 'Test', lastname: 'Editor' };

/**
 * Registers the first admin through the real route and returns a Bearer token for the admin API. Strapi
 * allows five logins per address in five minutes, counted across the apps of one test process: files that
 * start an app per test give each its own address.
 */
export const adminToken = async (app: TestApp, admin: typeof ADMIN = ADMIN): Promise<string> => {
  await app.http.post('/admin/register-admin').send(admin);
  const login = await app.http.post('/admin/login').send({ email: admin.email, password: admin.password });
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return login.body.data.token;
};

/** The content-manager API as the admin panel calls it. */
export const contentManager = (app: TestApp, token: string) => {
  const base = (uid: string) => `/content-manager/collection-types/${uid}`;
  const auth = { Authorization: `Bearer ${token}` };
  return {
    create: (uid: string, data: object) => app.http.post(base(uid)).set(auth).send(data),
    update: (uid: string, documentId: string, data: object) =>
      app.http
        .put(`${base(uid)}/${documentId}`)
        .set(auth)
        .send(data),
    publish: (uid: string, documentId: string, data: object = {}) =>
      app.http
        .post(`${base(uid)}/${documentId}/actions/publish`)
        .set(auth)
        .send(data),
    unpublish: (uid: string, documentId: string) =>
      app.http
        .post(`${base(uid)}/${documentId}/actions/unpublish`)
        .set(auth)
        .send({}),
    find: (uid: string, documentId: string) => app.http.get(`${base(uid)}/${documentId}`).set(auth),
    remove: (uid: string, documentId: string) => app.http.delete(`${base(uid)}/${documentId}`).set(auth),
  };
};

/** Creates an admin with the given role through the real invite-and-register routes, and logs them in. */
export const adminWithRole = async (app: TestApp, superToken: string, roleId: number, email: string): Promise<string> => {
  const auth = { Authorization: `Bearer ${superToken}` };
  const invited = await app.http
    .post('/admin/users')
    .set(auth)
    .send({ firstname: 'Role', lastname: 'User', email, roles: [roleId] });
  if (invited.status !== 201) throw new Error(`invite failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const password = 'Role-User-2026';
  const registered = await app.http
    .post('/admin/register')
    .send({ registrationToken: invited.body.data.registrationToken, userInfo: { firstname: 'Role', lastname: 'User', password } });
  if (registered.status !== 200) throw new Error(`register failed: ${registered.status} ${JSON.stringify(registered.body)}`);
  const login = await app.http.post('/admin/login').send({ email, password });
  return login.body.data.token;
};
