import { parse } from 'csv-parse/sync';
import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken } from '../helpers/admin-api';
import { clockOf, setClock } from '../helpers/policy-fixture';
import { acceptanceApi, acceptancePolicy, registerEndUser } from '../helpers/end-users';

/**
 * The acceptance settings other than the defaults (`requireOn: 'any'`, `allowUpcoming`, `onUserDelete:
 * 'anonymise'`, through the example app's environment), and what a later start does: it does not grant
 * the Authenticated role again what an admin removed, and it handles the records of users deleted while
 * the plugin could not act.
 */
const SETTINGS = {
  PRIVACY_POLICY_ACCEPTANCE_REQUIRE_ON: 'any',
  PRIVACY_POLICY_ACCEPTANCE_ALLOW_UPCOMING: 'true',
  PRIVACY_POLICY_ACCEPTANCE_ON_USER_DELETE: 'anonymise',
};
const { day, setToday } = clockOf(() => app, '2031-03-01');
const ACCEPTANCE = 'plugin::privacy-policy.acceptance';
const USER = 'plugin::users-permissions.user';

let app: TestApp;
let token: string;
let apiToken: string;
let api: ReturnType<typeof acceptanceApi>;
let fixtures = 0;

const admin = () => ({ Authorization: `Bearer ${token}` });
const publishedPolicy = async () => {
  fixtures += 1;
  return acceptancePolicy(app, token, day, `Settings ${fixtures}`);
};
const recordsOf = (userId: number | null) => app.strapi.db.query(ACCEPTANCE).findMany({ where: { userId }, orderBy: { id: 'asc' } });
const summaryOf = async (documentId: string) => {
  const res = await app.http.get(`/privacy-policy/policies/${documentId}/acceptances`).set(admin());
  expect(res.status).toBe(200);
  return res.body.data;
};

/** The Authenticated role with its permissions, as the Users & Permissions settings page reads it. */
const authenticatedRole = async () => {
  const roles = (await app.http.get('/users-permissions/roles').set(admin())).body.roles;
  const { id } = roles.find((role: any) => role.type === 'authenticated');
  return (await app.http.get(`/users-permissions/roles/${id}`).set(admin())).body.role;
};
/** Saves the Authenticated role with exactly `actions` of the plugin's acceptance controller enabled. */
const setAcceptanceActions = async (actions: string[]) => {
  const role = await authenticatedRole();
  for (const [action, value] of Object.entries(role.permissions['plugin::privacy-policy'].controllers.acceptance) as [
    string,
    { enabled: boolean },
  ][]) {
    value.enabled = actions.includes(action);
  }
  return app.http
    .put(`/users-permissions/roles/${role.id}`)
    .set(admin())
    .send({ name: role.name, description: role.description, permissions: role.permissions });
};

const start = async (database?: TestApp['database']) => {
  app = await startStrapi({ env: SETTINGS, database });
  token = await adminToken(app);
  api = acceptanceApi(app);
};

beforeAll(async () => {
  await start();
  const created = await app.http.post('/admin/api-tokens').set(admin()).send({ name: 'machine', type: 'full-access', lifespan: null });
  apiToken = created.body.data.accessKey;
});
afterAll(async () => {
  await app?.stop();
});

describe("requireOn: 'any'", () => {
  test('a minor version asks a user who accepted the one before to accept again once it takes effect', async () => {
    const policy = await publishedPolicy();
    const user = await registerEndUser(app, 'any-minor');
    expect((await api.accept(policy.slug, { version: '1.0' }, user.jwt)).status).toBe(201);
    expect(await policy.publishMinor(10)).toBe('1.1');

    setToday(9);
    expect((await api.status(policy.slug, user.jwt)).body.data).toMatchObject({
      current: { number: '1.0' },
      needsAcceptance: false,
      reason: 'up-to-date',
    });
    setToday(10);
    expect((await api.status(policy.slug, user.jwt)).body.data).toEqual({
      accepted: { number: '1.0', acceptedAt: `${day(0)}T12:00:00.000Z` },
      current: { number: '1.1', effectiveDate: day(10) },
      needsAcceptance: true,
      reason: 'new-version',
    });
    const accepted = await api.accept(policy.slug, { version: '1.1' }, user.jwt);
    expect(accepted.status).toBe(201);
    expect(accepted.body.data).toMatchObject({ accepted: { number: '1.1' }, needsAcceptance: false, reason: 'up-to-date' });
    expect(await summaryOf(policy.documentId)).toMatchObject({ requireOn: 'any', current: '1.1', baseline: '1.1', upToDate: 1 });
  });
});

describe('allowUpcoming', () => {
  test('the next version may be accepted before it takes effect and counts once it does; a later one may not', async () => {
    const policy = await publishedPolicy();
    expect(await policy.publishMajor(30)).toBe('2.0');
    expect(await policy.publishMajor(60)).toBe('3.0');
    const user = await registerEndUser(app, 'early');

    setToday(1);
    const tooFar = await api.accept(policy.slug, { version: '3.0' }, user.jwt);
    expect(tooFar.status).toBe(400);
    expect(tooFar.body.error.message).toBe(
      `version 3.0 takes effect on ${day(60)}, after version 2.0; it can be accepted once it is in effect: the version to accept is 1.0 or 2.0`,
    );
    expect(tooFar.body.error.details.errors).toEqual([expect.objectContaining({ path: ['version'], rule: 'not-next-version' })]);

    const early = await api.accept(policy.slug, { version: '2.0' }, user.jwt);
    expect(early.status).toBe(201);
    expect(early.body.data).toEqual({
      accepted: { number: '2.0', acceptedAt: `${day(1)}T12:00:00.000Z` },
      current: { number: '1.0', effectiveDate: day(0) },
      needsAcceptance: false,
      reason: 'up-to-date',
    });
    setToday(30);
    expect((await api.status(policy.slug, user.jwt)).body.data).toMatchObject({
      current: { number: '2.0' },
      needsAcceptance: false,
      reason: 'up-to-date',
    });
    setToday(60);
    expect((await api.status(policy.slug, user.jwt)).body.data).toMatchObject({
      accepted: { number: '2.0' },
      current: { number: '3.0' },
      needsAcceptance: true,
      reason: 'major-version',
    });
  });
});

describe("onUserDelete: 'anonymise'", () => {
  test("a deleted user's records stay without the user: no id, the day without the time, marked anonymised, counted apart", async () => {
    const policy = await publishedPolicy();
    const [leaving, staying] = [await registerEndUser(app, 'anon-leaving'), await registerEndUser(app, 'anon-staying')];
    setClock(app, day(0), '14:30:00Z');
    for (const user of [leaving, staying]) expect((await api.accept(policy.slug, { version: '1.0' }, user.jwt)).status).toBe(201);
    expect((await summaryOf(policy.documentId)).versions[0]).toMatchObject({ number: '1.0', accepted: 2, fromDeletedAccounts: 0 });

    setClock(app, day(3), '09:00:00Z');
    const deleted = await app.http.delete(`/api/users/${leaving.id}`).set('Authorization', `Bearer ${apiToken}`);
    expect(deleted.status).toBe(200);
    expect(await recordsOf(leaving.id)).toEqual([]);
    const anonymised = (await app.strapi.db
      .query(ACCEPTANCE)
      .findMany({ where: { policyDocumentId: policy.documentId, userId: null } })) as any[];
    expect(anonymised).toHaveLength(1);
    expect(anonymised[0]).toMatchObject({ userId: null, versionNumber: '1.0', locale: 'en', policySlug: policy.slug });
    expect(new Date(anonymised[0].acceptedAt).toISOString()).toBe(`${day(0)}T00:00:00.000Z`);
    expect(new Date(anonymised[0].anonymisedAt).toISOString()).toBe(`${day(3)}T09:00:00.000Z`);
    expect(new Date((await recordsOf(staying.id))[0].acceptedAt).toISOString()).toBe(`${day(0)}T14:30:00.000Z`);

    const summary = await summaryOf(policy.documentId);
    expect(summary.versions[0]).toMatchObject({ number: '1.0', accepted: 1, fromDeletedAccounts: 1 });
    expect(summary.upToDate).toBe(1);
    const csv = await app.http.get(`/privacy-policy/policies/${policy.documentId}/acceptances/export`).set(admin());
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.userId, row.userEmail, row.acceptedAt, row.anonymisedAt])).toEqual([
      ['', '', `${day(0)}T00:00:00.000Z`, `${day(3)}T09:00:00.000Z`],
      [String(staying.id), staying.email, `${day(0)}T14:30:00.000Z`, ''],
    ]);
  });
});

describe('a later start', () => {
  // The test takes the acceptance actions away from the Authenticated role: give them back for the tests after it.
  afterAll(async () => {
    expect((await setAcceptanceActions(['accept', 'status'])).status).toBe(200);
  });

  test('keeps an admin’s removal of the actions from the Authenticated role, and handles users deleted while the plugin was not acting', async () => {
    const policy = await publishedPolicy();
    const user = await registerEndUser(app, 'before-restart');
    const orphan = await registerEndUser(app, 'orphan');
    expect((await api.accept(policy.slug, { version: '1.0' }, orphan.jwt)).status).toBe(201);

    const enabledActions = (role: any) =>
      Object.entries(role.permissions['plugin::privacy-policy'].controllers.acceptance)
        .filter(([, value]: [string, any]) => value.enabled)
        .map(([action]) => action)
        .sort();
    expect(enabledActions(await authenticatedRole())).toEqual(['accept', 'status']);
    expect((await api.status(policy.slug, user.jwt)).status).toBe(200);
    expect((await setAcceptanceActions([])).status).toBe(200);
    expect((await api.status(policy.slug, user.jwt)).status).toBe(403);

    // Deleted behind Strapi's back (as a crash between the two writes would leave it): no lifecycle runs.
    const usersTable = app.strapi.getModel(USER).collectionName;
    await app.strapi.db.connection(usersTable).where({ id: orphan.id }).del();
    expect(await recordsOf(orphan.id)).toHaveLength(1);

    await app.stop({ keepDatabase: true });
    await start(app.database);

    expect(enabledActions(await authenticatedRole())).toEqual([]);
    expect((await api.status(policy.slug, user.jwt)).status).toBe(403);
    expect(await recordsOf(orphan.id)).toEqual([]);
    expect(await app.strapi.db.query(ACCEPTANCE).count({ where: { policyDocumentId: policy.documentId, userId: null } })).toBe(1);
  });
});
