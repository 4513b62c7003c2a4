import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, adminWithRole } from '../helpers/admin-api';
import adminRouter from '../../server/src/routes/admin';
import complianceRoutes from '../../server/src/routes/content-api/compliance';
import { PERMISSIONS } from '../../server/src/permissions';

let app: TestApp;
let superToken: string;

beforeAll(async () => {
  app = await startStrapi({ demoContent: true });
  superToken = await adminToken(app);
});
afterAll(async () => {
  await app?.stop();
});

const ACTIONS = [
  'plugin::privacy-policy.versions.read',
  'plugin::privacy-policy.versions.publish',
  'plugin::privacy-policy.subscribers.read',
  'plugin::privacy-policy.subscribers.manage',
  'plugin::privacy-policy.notifications.manage',
];

test('the plugin registers its permission actions', async () => {
  const res = await app.http.get('/admin/permissions').set('Authorization', `Bearer ${superToken}`);
  const registered = JSON.stringify(res.body);
  for (const action of ACTIONS) expect(registered).toContain(action);
});

/** Every route the plugin adds for admins, with the action it needs, read from the route tables themselves. */
const adminOnlyRoutes = (policyDocumentId: string) => {
  const fill = (path: string) => path.replace(':documentId', policyDocumentId).replace(':slug', 'privacy-policy').replace(':id', '1');
  const adminRoutes = adminRouter.routes.map((route: any) => ({
    method: route.method.toLowerCase(),
    path: `/privacy-policy${fill(route.path)}`,
    action: route.config.policies[1].config.actions[0] as string,
  }));
  const contentApiRoutes = complianceRoutes.map((route: any) => ({
    method: route.method.toLowerCase(),
    path: `/api/privacy-policy${fill(route.path)}`,
    action: PERMISSIONS.readVersions as string,
  }));
  return [...adminRoutes, ...contentApiRoutes];
};

const roleWith = async (action: string, email: string) => {
  const created = await app.http
    .post('/admin/roles')
    .set('Authorization', `Bearer ${superToken}`)
    .send({ name: `Only ${action}`, description: 'one plugin action' });
  const granted = await app.http
    .put(`/admin/roles/${created.body.data.id}/permissions`)
    .set('Authorization', `Bearer ${superToken}`)
    .send({ permissions: [{ action, subject: null, properties: {}, conditions: [] }] });
  expect(granted.status).toBe(200);
  return adminWithRole(app, superToken, created.body.data.id, email);
};

test('every admin route needs credentials: none, a wrong token or an end-user login is a 401', async () => {
  const policy = await app.strapi.db.query('plugin::privacy-policy.policy').findOne({ where: { slug: 'privacy-policy' } });
  const routes = adminOnlyRoutes(policy.documentId);
  expect(routes.length).toBeGreaterThanOrEqual(14);
  const registered = await app.http
    .post('/api/auth/local/register')
    .send({ username: 'reader', email: 'end-user@example.test', password: 'End-User-2026' });
  expect(registered.status).toBe(200);
  const endUser = registered.body.jwt;
  for (const { method, path } of routes) {
    const anonymous = await (app.http as any)[method](path).send({});
    const forged = await (app.http as any)[method](path).set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.forged').send({});
    const user = await (app.http as any)[method](path).set('Authorization', `Bearer ${endUser}`).send({});
    expect([method, path, anonymous.status, forged.status, user.status]).toEqual([method, path, 401, 401, 401]);
  }
});

test('each route answers only roles that have its action: 403 for the others', async () => {
  const policy = await app.strapi.db.query('plugin::privacy-policy.policy').findOne({ where: { slug: 'privacy-policy' } });
  const routes = adminOnlyRoutes(policy.documentId);
  const roles = (await app.http.get('/admin/roles').set('Authorization', `Bearer ${superToken}`)).body.data;
  const author = roles.find((role: any) => role.code === 'strapi-author');
  const tokens: Record<string, string> = { none: await adminWithRole(app, superToken, author.id, 'author@example.test') };
  for (const [index, action] of ACTIONS.entries()) tokens[action] = await roleWith(action, `role-${index}@example.test`);

  for (const { method, path, action: needed } of routes) {
    for (const [held, token] of Object.entries(tokens)) {
      // GET requests only, for allowed roles: a POST or DELETE would change the data the other checks read.
      if (held === needed && method !== 'get') continue;
      const res = await (app.http as any)[method](path).set('Authorization', `Bearer ${token}`).send({});
      const allowed = held === needed;
      expect([method, path, held, allowed ? res.status !== 403 && res.status !== 401 : res.status]).toEqual([
        method,
        path,
        held,
        allowed ? true : 403,
      ]);
    }
  }
});
