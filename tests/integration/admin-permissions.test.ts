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
const ACCEPTANCES_READ = 'plugin::privacy-policy.acceptances.read';
const ACTIONS = [READ, PUBLISH, SUBSCRIBERS_READ, SUBSCRIBERS_MANAGE, NOTIFICATIONS_MANAGE, ACCEPTANCES_READ];
/** The content manager's Update on sections (every field, in English): what moving sections in the tree takes. */
const UPDATE_SECTIONS = `plugin::content-manager.explorer.update on ${UID.section}`;
/** Each permission a role of the test holds alone: a plugin action, or a content-manager action on one content type. */
const GRANTS: Record<string, { action: string; subject: string | null; properties: object }> = {
  ...Object.fromEntries(ACTIONS.map((action) => [action, { action, subject: null, properties: {} }])),
  [UPDATE_SECTIONS]: { action: 'plugin::content-manager.explorer.update', subject: UID.section, properties: { locales: ['en'] } },
};

/** What a route needs and what an allowed call answers: kept here by hand, not read from the routes under test. */
interface RouteCase {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  /** A key of GRANTS. */
  action: string;
  /** The status an allowed call gets, with a fresh fixture for a write. */
  expected: number;
}

const ROUTES: RouteCase[] = [
  { method: 'get', path: '/policies', action: READ, expected: 200 },
  { method: 'get', path: '/policies/:documentId/tree', action: READ, expected: 200 },
  // Swaps the throwaway policy's two subsections: an allowed call answers 200 with the tree.
  { method: 'put', path: '/policies/:documentId/tree', action: UPDATE_SECTIONS, expected: 200 },
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
  { method: 'get', path: '/policies/:documentId/acceptances', action: ACCEPTANCES_READ, expected: 200 },
  { method: 'get', path: '/policies/:documentId/acceptances/export', action: ACCEPTANCES_READ, expected: 200 },
  { method: 'get', path: '/notifications', action: READ, expected: 200 },
  { method: 'get', path: '/notifications/:id', action: READ, expected: 200 },
  { method: 'post', path: '/notifications/:id/retry-failed', action: NOTIFICATIONS_MANAGE, expected: 200 },
];

let fixtureCount = 0;

/**
 * A policy of its own with a version 1.0 effective in a year (so it can be withdrawn), a subscriber, a
 * notification, and two subsections to swap in the tree.
 */
const throwawayTarget = async () => {
  fixtureCount += 1;
  const { policy, section } = await createSmallPolicy(app, `Throwaway ${fixtureCount} ${randomBytes(2).toString('hex')}`);
  const subsection = (title: string, position: number) =>
    app.strapi
      .documents(UID.section)
      .create({ data: { title, category: 'other', body: `${title}.`, parent: section.documentId, position } as any });
  await subsection('First detail', 0);
  const second = await subsection('Second detail', 1);
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
  return {
    documentId: policy.documentId,
    secondDetail: second.documentId,
    sectionDocumentId: section.documentId,
    number: '1.0',
    id: subscriber.id,
    notificationId: notification.id,
  };
};

type Target = Awaited<ReturnType<typeof throwawayTarget>>;

const BODIES: Record<string, (target: Target) => object> = {
  // Swaps the two subsections: two section writes, each checked against the role's Update on that section (no "is creator" here).
  'put /policies/:documentId/tree': (target) => ({
    moves: [{ documentId: target.secondDetail, parent: target.sectionDocumentId, position: 0 }],
  }),
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

const call = async (route: RouteCase, token: string | null, target: Target) => {
  const id = route.path.startsWith('/notifications') ? target.notificationId : target.id;
  const path = `/privacy-policy${route.path.replace(':documentId', target.documentId).replace(':number', target.number).replace(':id', String(id))}`;
  const request = (app.http as any)[route.method](path);
  if (token) request.set('Authorization', `Bearer ${token}`);
  return request.send(BODIES[`${route.method} ${route.path}`]?.(target) ?? {});
};

const roleWith = async (grant: string, email: string) => {
  const created = await app.http
    .post('/admin/roles')
    .set('Authorization', `Bearer ${superToken}`)
    .send({ name: `Only ${grant}`, description: 'one permission' });
  const granted = await app.http
    .put(`/admin/roles/${created.body.data.id}/permissions`)
    .set('Authorization', `Bearer ${superToken}`)
    .send({ permissions: [{ ...GRANTS[grant], conditions: [] }] });
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
  const actionOf = (action: string | { action: string; subject: string }) =>
    typeof action === 'string' ? action : `${action.action} on ${action.subject}`;
  const declared = adminRouter.routes.map(
    (route: any) => `${route.method.toLowerCase()} ${route.path} ${actionOf(route.config.policies[1].config.actions[0])}`,
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

describe('each route answers the role that holds its action, reads and writes alike, and refuses every other role with a 403', () => {
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    const roles = (await app.http.get('/admin/roles').set('Authorization', `Bearer ${superToken}`)).body.data;
    const author = roles.find((role: any) => role.code === 'strapi-author');
    tokens.none = await adminWithRole(app, superToken, author.id, 'author@example.test');
    for (const [index, grant] of Object.keys(GRANTS).entries()) tokens[grant] = await roleWith(grant, `role-${index}@example.test`);
  });

  test.each(ROUTES.map((route) => [`${route.method} ${route.path}`, route] as const))('%s', async (_name, route) => {
    expect(Object.keys(tokens)).toHaveLength(Object.keys(GRANTS).length + 1);
    for (const [held, token] of Object.entries(tokens)) {
      // A fresh target for every call, so an allowed write (a publish, a withdrawal, an erasure) acts on data no other check reads.
      const res = await call(route, token, await throwawayTarget());
      const expected = held === route.action ? route.expected : 403;
      expect([route.method, route.path, held, res.status]).toEqual([route.method, route.path, held, expected]);
    }
  });
});
