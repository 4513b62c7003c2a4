import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, adminWithRole } from '../helpers/admin-api';

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

test('a role without the plugin permissions gets 403 from every admin route; one with a permission gets that route only', async () => {
  const roles = (await app.http.get('/admin/roles').set('Authorization', `Bearer ${superToken}`)).body.data;
  const author = roles.find((role: any) => role.code === 'strapi-author');
  const authorToken = await adminWithRole(app, superToken, author.id, 'author@example.test');
  const policy = await app.strapi.db.query('plugin::privacy-policy.policy').findOne({ where: { slug: 'privacy-policy' } });
  const routes: [string, string][] = [
    ['get', `/privacy-policy/policies/${policy.documentId}/preview`],
    ['get', `/privacy-policy/policies/${policy.documentId}/publish-preview`],
    ['get', `/privacy-policy/policies/${policy.documentId}/versions`],
    ['post', `/privacy-policy/policies/${policy.documentId}/versions`],
    ['post', '/privacy-policy/imports'],
    ['get', '/privacy-policy/subscribers'],
    ['get', '/privacy-policy/subscribers/export'],
    ['get', '/privacy-policy/subscribers/1'],
    ['delete', '/privacy-policy/subscribers/1'],
    ['get', '/privacy-policy/notifications'],
    ['get', '/privacy-policy/notifications/1'],
    ['post', '/privacy-policy/notifications/1/retry-failed'],
  ];
  for (const [method, path] of routes) {
    const res = await (app.http as any)[method](path).set('Authorization', `Bearer ${authorToken}`).send({});
    expect([method, path, res.status]).toEqual([method, path, 403]);
  }

  const created = await app.http.post('/admin/roles').set('Authorization', `Bearer ${superToken}`).send({ name: 'Privacy reader', description: 'reads subscribers' });
  const roleId = created.body.data.id;
  const granted = await app.http
    .put(`/admin/roles/${roleId}/permissions`)
    .set('Authorization', `Bearer ${superToken}`)
    .send({ permissions: [{ action: 'plugin::privacy-policy.subscribers.read', subject: null, properties: {}, conditions: [] }] });
  expect(granted.status).toBe(200);
  const readerToken = await adminWithRole(app, superToken, roleId, 'reader@example.test');
  expect((await app.http.get('/privacy-policy/subscribers').set('Authorization', `Bearer ${readerToken}`)).status).toBe(200);
  expect((await app.http.delete('/privacy-policy/subscribers/1').set('Authorization', `Bearer ${readerToken}`)).status).toBe(403);
  expect((await app.http.get(`/privacy-policy/policies/${policy.documentId}/versions`).set('Authorization', `Bearer ${readerToken}`)).status).toBe(403);
});
