import { randomBytes } from 'node:crypto';
import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, adminWithRole } from '../helpers/admin-api';
import adminRouter from '../../server/src/routes/admin';
import { createSmallPolicy, UID } from '../helpers/policy-fixture';

let app: TestApp;
let superToken: string;

const READ = 'plugin::privacy-policy.versions.read';
const PUBLISH = 'plugin::privacy-policy.versions.publish';
const SUBSCRIBERS_READ = 'plugin::privacy-policy.subscribers.read';
const SUBSCRIBERS_MANAGE = 'plugin::privacy-policy.subscribers.manage';
const NOTIFICATIONS_MANAGE = 'plugin::privacy-policy.notifications.manage';
const ACTIONS = [READ, PUBLISH, SUBSCRIBERS_READ, SUBSCRIBERS_MANAGE, NOTIFICATIONS_MANAGE];

/** What a route needs and what an allowed call answers: kept here by hand, not read from the routes under test. */
interface RouteCase {
  method: 'get' | 'post' | 'delete';
  path: string;
  action: string;
  /** The status an allowed call gets, with a fresh fixture for a write. */
  expected: number;
}

const ROUTES: RouteCase[] = [
  { method: 'get', path: '/policies/:documentId/preview', action: READ, expected: 200 },
  { method: 'get', path: '/policies/:documentId/publish-preview', action: READ, expected: 200 },
  { method: 'get', path: '/policies/:documentId/versions', action: READ, expected: 200 },
  { method: 'get', path: '/policies/:documentId/health', action: READ, expected: 200 },
  { method: 'get', path: '/policies/:documentId/processing-record', action: READ, expected: 200 },
  // The throwaway policy's content has not changed since 1.0: an allowed publish answers 200 "unchanged".
  { method: 'post', path: '/policies/:documentId/versions', action: PUBLISH, expected: 200 },
  { method: 'post', path: '/policies/:documentId/versions/:number/withdraw', action: PUBLISH, expected: 200 },
  { method: 'get', path: '/policies/:documentId/versions/:number/restore', action: READ, expected: 200 },
  { method: 'post', path: '/policies/:documentId/versions/:number/restore', action: PUBLISH, expected: 200 },
  { method: 'post', path: '/imports', action: PUBLISH, expected: 201 },
  { method: 'get', path: '/subscribers', action: SUBSCRIBERS_READ, expected: 200 },
  { method: 'get', path: '/subscribers/export', action: SUBSCRIBERS_READ, expected: 200 },
  { method: 'get', path: '/subscribers/:id', action: SUBSCRIBERS_READ, expected: 200 },
  { method: 'delete', path: '/subscribers/:id', action: SUBSCRIBERS_MANAGE, expected: 200 },
  { method: 'get', path: '/notifications', action: READ, expected: 200 },
  { method: 'get', path: '/notifications/:id', action: READ, expected: 200 },
  { method: 'post', path: '/notifications/:id/retry-failed', action: NOTIFICATIONS_MANAGE, expected: 200 },
];

let fixtureCount = 0;

/** A policy of its own with a version 1.0 effective in a year (so it can be withdrawn), a subscriber and a notification. */
const throwawayTarget = async () => {
  fixtureCount += 1;
  const { policy } = await createSmallPolicy(app, `Throwaway ${fixtureCount} ${randomBytes(2).toString('hex')}`);
  const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  await app.strapi
    .plugin('privacy-policy')
    .service('publishing')
    .publish(policy.documentId, { changeType: 'major', effectiveDate: nextYear, changeSummary: 'First' });
  const version = await app.strapi.db.query(UID.version).findOne({ where: { policyDocumentId: policy.documentId } });
  const subscriber = await app.strapi.db.query(UID.subscriber).create({
    data: {
      email: `throwaway-${fixtureCount}@example.test`,
      scope: '*',
      status: 'confirmed',
      unsubscribeSalt: 'salt',
      createdAt: new Date(),
    },
  });
  const notification = await app.strapi.db.query(UID.notification).create({
    data: {
      kind: 'announcement',
      versionId: version.id,
      policyDocumentId: policy.documentId,
      policySlug: 'x',
      locale: 'en',
      versionNumber: '1.0',
      status: 'done',
      createdAt: new Date(),
    },
  });
  return { documentId: policy.documentId, number: '1.0', id: subscriber.id, notificationId: notification.id };
};

const BODIES: Record<string, () => object> = {
  'post /policies/:documentId/versions': () => ({ changeType: 'minor', effectiveDate: '2099-01-01' }),
  'post /policies/:documentId/versions/:number/withdraw': () => ({ reason: 'A throwaway version for the permission test' }),
  'post /policies/:documentId/versions/:number/restore': () => ({}),
  'post /imports': () => ({
    policy: {
      title: `Imported for the permission test ${randomBytes(3).toString('hex')}`,
      changeType: 'major',
      effectiveDate: '2020-01-01',
      changeSummary: 'First',
      sections: [{ title: 'Only section' }],
    },
  }),
};

const call = async (route: RouteCase, token: string | null, target: Awaited<ReturnType<typeof throwawayTarget>>) => {
  const id = route.path.startsWith('/notifications') ? target.notificationId : target.id;
  const path = `/privacy-policy${route.path.replace(':documentId', target.documentId).replace(':number', target.number).replace(':id', String(id))}`;
  const request = (app.http as any)[route.method](path);
  if (token) request.set('Authorization', `Bearer ${token}`);
  return request.send(BODIES[`${route.method} ${route.path}`]?.() ?? {});
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

beforeAll(async () => {
  app = await startStrapi();
  superToken = await adminToken(app);
});
afterAll(async () => {
  await app?.stop();
});

test('the plugin registers its permission actions', async () => {
  const res = await app.http.get('/admin/permissions').set('Authorization', `Bearer ${superToken}`);
  const registered = JSON.stringify(res.body);
  for (const action of ACTIONS) expect(registered).toContain(action);
});

test('the table above covers every admin route the plugin adds, and each route requires the action the table names', () => {
  const declared = adminRouter.routes.map(
    (route: any) => `${route.method.toLowerCase()} ${route.path} ${route.config.policies[1].config.actions[0]}`,
  );
  expect(declared.sort()).toEqual(ROUTES.map((route) => `${route.method} ${route.path} ${route.action}`).sort());
});

test('every admin route needs credentials: none, a forged token or an end-user login is a 401', async () => {
  const target = await throwawayTarget();
  const registered = await app.http
    .post('/api/auth/local/register')
    .send({ username: 'reader', email: 'end-user@example.test', password: 'End-User-2026' });
  expect(registered.status).toBe(200);
  for (const route of ROUTES) {
    const statuses = [
      await call(route, null, target),
      await call(route, 'eyJhbGciOiJIUzI1NiJ9.e30.forged', target),
      await call(route, registered.body.jwt, target),
    ].map((res) => res.status);
    expect([route.method, route.path, statuses]).toEqual([route.method, route.path, [401, 401, 401]]);
  }
});

test('each route answers the role that holds its action, reads and writes alike, and refuses every other role with a 403', async () => {
  const roles = (await app.http.get('/admin/roles').set('Authorization', `Bearer ${superToken}`)).body.data;
  const author = roles.find((role: any) => role.code === 'strapi-author');
  const tokens: Record<string, string> = { none: await adminWithRole(app, superToken, author.id, 'author@example.test') };
  for (const [index, action] of ACTIONS.entries()) tokens[action] = await roleWith(action, `role-${index}@example.test`);

  for (const route of ROUTES) {
    for (const [held, token] of Object.entries(tokens)) {
      // A fresh target for every call, so an allowed write (a publish, a withdrawal, an erasure) acts on data no other check reads.
      const res = await call(route, token, await throwawayTarget());
      const expected = held === route.action ? route.expected : 403;
      expect([route.method, route.path, held, res.status]).toEqual([route.method, route.path, held, expected]);
    }
  }
});
