import { parse } from 'csv-parse/sync';
import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken } from '../helpers/admin-api';
import { clockOf, setClock, UID } from '../helpers/policy-fixture';
import { acceptanceApi, acceptancePolicy, EndUser, graphql, registerEndUser } from '../helpers/end-users';

const { day, setToday } = clockOf(() => app, '2031-03-01');
const ACCEPTANCE = 'plugin::privacy-policy.acceptance';
const USER = 'plugin::users-permissions.user';

let app: TestApp;
let token: string;
let apiToken: string;
let api: ReturnType<typeof acceptanceApi>;
let gql: ReturnType<typeof graphql>;
let fixtures = 0;

const admin = () => ({ Authorization: `Bearer ${token}` });

/** A policy of its own with 1.0 in force from day 0, and helpers to publish its next versions. */
const publishedPolicy = async () => {
  fixtures += 1;
  return acceptancePolicy(app, token, day, `Accepted ${fixtures}`);
};

const recordsOf = (userId: number | null) => app.strapi.db.query(ACCEPTANCE).findMany({ where: { userId }, orderBy: { id: 'asc' } });

beforeAll(async () => {
  app = await startStrapi();
  token = await adminToken(app);
  api = acceptanceApi(app);
  gql = graphql(app);
  const created = await app.http.post('/admin/api-tokens').set(admin()).send({ name: 'machine', type: 'full-access', lifespan: null });
  apiToken = created.body.data.accessKey;
});
afterAll(async () => {
  await app?.stop();
});

describe('who may call', () => {
  test('without credentials both routes are a 401 saying to sign in; a forged JWT is a 401 too', async () => {
    const { slug } = await publishedPolicy();
    for (const res of [await api.status(slug), await api.accept(slug, { version: '1.0' })]) {
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer');
      expect(res.body.error).toMatchObject({ status: 401, name: 'UnauthorizedError', message: expect.stringContaining('Sign in first') });
    }
    expect((await api.status(slug, 'eyJhbGciOiJIUzI1NiJ9.e30.forged')).status).toBe(401);
    expect(
      await app.strapi.db
        .query(ACCEPTANCE)
        .count({ where: { policyDocumentId: (await app.strapi.db.query(UID.policy).findOne({ where: { slug } })).documentId } }),
    ).toBe(0);
  });

  test('an API token is a machine, not a user: a 403 that says so, and nothing recorded', async () => {
    const { slug, documentId } = await publishedPolicy();
    const read = await api.status(slug, apiToken);
    expect(read.status).toBe(403);
    expect(read.body.error.message).toContain('An API token is not a user');
    const write = await api.accept(slug, { version: '1.0' }, apiToken);
    expect(write.status).toBe(403);
    expect(await app.strapi.db.query(ACCEPTANCE).count({ where: { policyDocumentId: documentId } })).toBe(0);
  });

  test('the Authenticated role holds both actions from the first start, the Public role neither', async () => {
    const roles = (await app.http.get('/users-permissions/roles').set(admin())).body.roles;
    const actionsOf = async (type: string) => {
      const role = roles.find((candidate: any) => candidate.type === type);
      const detail = (await app.http.get(`/users-permissions/roles/${role.id}`).set(admin())).body.role;
      const controller = detail.permissions['plugin::privacy-policy'].controllers.acceptance;
      return Object.entries(controller)
        .filter(([, value]: [string, any]) => value.enabled)
        .map(([action]) => action)
        .sort();
    };
    expect(await actionsOf('authenticated')).toEqual(['accept', 'status']);
    expect(await actionsOf('public')).toEqual([]);
  });

  test('a role without the actions is refused with a 403, not a 401', async () => {
    const { slug } = await publishedPolicy();
    const user = await registerEndUser(app, 'roleless');
    const created = await app.http
      .post('/users-permissions/roles')
      .set(admin())
      .send({ name: `No acceptance ${fixtures}`, description: 'cannot accept', permissions: {} });
    expect(created.status).toBe(200);
    const roles = (await app.http.get('/users-permissions/roles').set(admin())).body.roles;
    const bare = roles.find((role: any) => role.name === `No acceptance ${fixtures}`);
    // The same user with the Authenticated role is allowed: the refusal below is the role's doing.
    expect((await api.status(slug, user.jwt)).status).toBe(200);
    await app.strapi.db.query(USER).update({ where: { id: user.id }, data: { role: bare.id } });
    expect((await api.status(slug, user.jwt)).status).toBe(403);
    expect((await api.accept(slug, { version: '1.0' }, user.jwt)).status).toBe(403);
  });

  test('an admin who grants the actions to the Public role lets no anonymous caller in: still a 401, nothing recorded', async () => {
    const { slug, documentId } = await publishedPolicy();
    const roles = (await app.http.get('/users-permissions/roles').set(admin())).body.roles;
    const { id } = roles.find((role: any) => role.type === 'public');
    const setPublic = async (enabled: boolean) => {
      const role = (await app.http.get(`/users-permissions/roles/${id}`).set(admin())).body.role;
      for (const action of Object.values(role.permissions['plugin::privacy-policy'].controllers.acceptance) as { enabled: boolean }[]) {
        action.enabled = enabled;
      }
      const res = await app.http
        .put(`/users-permissions/roles/${id}`)
        .set(admin())
        .send({ name: role.name, description: role.description, permissions: role.permissions });
      expect(res.status).toBe(200);
    };
    await setPublic(true);
    try {
      for (const res of [await api.status(slug), await api.accept(slug, { version: '1.0' })]) {
        expect(res.status).toBe(401);
        expect(res.body.error.message).toContain('Sign in first');
      }
      const answer = await gql(`mutation { acceptPrivacyPolicy(slug: "${slug}", version: "1.0") { needsAcceptance } }`);
      expect(answer.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(answer.errors[0].message).toContain('Sign in first');
      expect(await app.strapi.db.query(ACCEPTANCE).count({ where: { policyDocumentId: documentId } })).toBe(0);
    } finally {
      await setPublic(false);
    }
  });
});

describe('accepting', () => {
  test('a first acceptance is a 201 recording user, version, content hash, time and locale; the same again is a 200 with the same record', async () => {
    const { slug, documentId } = await publishedPolicy();
    const user = await registerEndUser(app, 'alice');
    const before = await api.status(slug, user.jwt);
    expect(before.status).toBe(200);
    expect(before.headers['cache-control']).toBe('private, no-store');
    expect(before.body).toEqual({
      data: { accepted: null, current: { number: '1.0', effectiveDate: day(0) }, needsAcceptance: true, reason: 'never-accepted' },
    });

    setClock(app, day(0), '14:30:00Z');
    const first = await api.accept(slug, { version: '1.0' }, user.jwt);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      data: {
        accepted: { number: '1.0', acceptedAt: `${day(0)}T14:30:00.000Z` },
        current: { number: '1.0', effectiveDate: day(0) },
        needsAcceptance: false,
        reason: 'up-to-date',
      },
    });
    setClock(app, day(0), '16:00:00Z');
    const again = await api.accept(slug, { version: '1.0' }, user.jwt);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);

    const version = await app.strapi.db.query(UID.version).findOne({ where: { policyDocumentId: documentId, number: '1.0' } });
    const records = await recordsOf(user.id);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      userId: user.id,
      policyDocumentId: documentId,
      policySlug: slug,
      locale: 'en',
      versionId: version.id,
      versionNumber: '1.0',
      contentHash: version.contentHash,
    });
    expect(new Date(records[0].acceptedAt).toISOString()).toBe(`${day(0)}T14:30:00.000Z`);
  });

  test('two acceptances sent at once record one row: one 201, one 200', async () => {
    const { slug } = await publishedPolicy();
    const user = await registerEndUser(app, 'racer');
    const statuses = (await Promise.all([api.accept(slug, { version: '1.0' }, user.jwt), api.accept(slug, { version: '1.0' }, user.jwt)]))
      .map((res) => res.status)
      .sort();
    expect(statuses).toEqual([200, 201]);
    expect(await recordsOf(user.id)).toHaveLength(1);
  });

  test('a user who accepted 1.0 must accept 2.0 once it takes effect, and not again after the minor 2.1', async () => {
    const policy = await publishedPolicy();
    const user = await registerEndUser(app, 'bob');
    expect((await api.accept(policy.slug, { version: '1.0' }, user.jwt)).status).toBe(201);
    expect(await policy.publishMajor(35)).toBe('2.0');

    setToday(34);
    expect((await api.status(policy.slug, user.jwt)).body.data).toMatchObject({
      accepted: { number: '1.0' },
      current: { number: '1.0' },
      needsAcceptance: false,
      reason: 'up-to-date',
    });
    const early = await api.accept(policy.slug, { version: '2.0' }, user.jwt);
    expect(early.status).toBe(400);
    expect(early.body.error.message).toBe(
      `version 2.0 takes effect on ${day(35)} and can be accepted from that day: the version to accept is 1.0`,
    );
    expect(early.body.error.details.errors).toEqual([expect.objectContaining({ path: ['version'], rule: 'upcoming-version' })]);

    setToday(35);
    expect((await api.status(policy.slug, user.jwt)).body.data).toEqual({
      accepted: { number: '1.0', acceptedAt: expect.any(String) },
      current: { number: '2.0', effectiveDate: day(35) },
      needsAcceptance: true,
      reason: 'major-version',
    });
    const old = await api.accept(policy.slug, { version: '1.0' }, user.jwt);
    expect(old.status).toBe(400);
    expect(old.body.error.message).toBe('version 1.0 is no longer in effect: the version to accept is 2.0');
    const accepted = await api.accept(policy.slug, { version: '2.0' }, user.jwt);
    expect(accepted.status).toBe(201);
    expect(accepted.body.data).toMatchObject({ accepted: { number: '2.0' }, needsAcceptance: false, reason: 'up-to-date' });

    expect(await policy.publishMinor(35)).toBe('2.1');
    expect((await api.status(policy.slug, user.jwt)).body.data).toMatchObject({
      accepted: { number: '2.0' },
      current: { number: '2.1', effectiveDate: day(35) },
      needsAcceptance: false,
      reason: 'up-to-date',
    });
    expect((await recordsOf(user.id)).map((row: any) => row.versionNumber)).toEqual(['1.0', '2.0']);
  });

  test('a withdrawn version can not be accepted, before or after the day it was to take effect', async () => {
    const policy = await publishedPolicy();
    const user = await registerEndUser(app, 'carol');
    await policy.publishMajor(35);
    const withdrawn = await app.http
      .post(`/privacy-policy/policies/${policy.documentId}/versions/2.0/withdraw`)
      .set(admin())
      .send({ reason: 'Published by mistake' });
    expect(withdrawn.status).toBe(200);
    for (const offset of [1, 40]) {
      setToday(offset);
      const res = await api.accept(policy.slug, { version: '2.0' }, user.jwt);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'version 2.0 was withdrawn and never took effect, so it can not be accepted: the version to accept is 1.0',
      );
      expect(res.body.error.details.errors[0].rule).toBe('withdrawn-version');
    }
    expect(await recordsOf(user.id)).toEqual([]);
    expect((await api.accept(policy.slug, { version: '1.0' }, user.jwt)).status).toBe(201);
  });

  test('bad requests are 400s naming the field, an unknown policy a 404; nothing is recorded', async () => {
    const { slug } = await publishedPolicy();
    const user = await registerEndUser(app, 'dave');
    const cases: [unknown, string, string][] = [
      [{}, '', 'version is required: the number of the version accepted, such as "2.0"'],
      [{ version: 2 }, '', 'version must be a text such as "2.0"'],
      [{ version: 'latest' }, '', 'version must be a version number such as 2.0'],
      [{ version: '9.9' }, '', 'version 9.9 does not exist for this policy: the version to accept is 1.0'],
      [{ version: '1.0', user: 1 }, '', 'unknown field: user'],
      [{ version: '1.0', locale: 'xx' }, '', 'locale "xx" is not one of the configured locales: en'],
      [{ version: '1.0', locale: 'en' }, '?locale=fr', 'locale "en" in the body and "fr" in the query string disagree: send one'],
    ];
    for (const [body, query, message] of cases) {
      const res = await api.accept(slug, body, user.jwt, query);
      expect([JSON.stringify(body), res.status, res.body.error?.message]).toEqual([JSON.stringify(body), 400, message]);
    }
    const text = await app.http
      .post(`/api/privacy-policy/policies/${slug}/acceptance`)
      .set({ Authorization: `Bearer ${user.jwt}`, 'Content-Type': 'application/json' })
      .send('["1.0"]');
    expect(text.status).toBe(400);
    const unknown = await api.accept('no-such-policy', { version: '1.0' }, user.jwt);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('No policy is published under the slug "no-such-policy" in locale "en"');
    expect((await api.status('no-such-policy', user.jwt)).status).toBe(404);
    expect(await recordsOf(user.id)).toEqual([]);
  });
});

describe('a user sees only their own records', () => {
  test('REST: another user has not accepted; no parameter names another user', async () => {
    const { slug } = await publishedPolicy();
    const [alice, bob] = [await registerEndUser(app, 'owner'), await registerEndUser(app, 'other')];
    expect((await api.accept(slug, { version: '1.0' }, alice.jwt)).status).toBe(201);
    expect((await api.status(slug, alice.jwt)).body.data.accepted).toMatchObject({ number: '1.0' });
    for (const query of ['', `?userId=${alice.id}`, `?user=${alice.id}`]) {
      expect((await api.status(slug, bob.jwt, query)).body.data).toMatchObject({
        accepted: null,
        needsAcceptance: true,
        reason: 'never-accepted',
      });
    }
  });

  test('GraphQL: the same answers as REST for each user; an anonymous call and an API token are refused', async () => {
    const { slug } = await publishedPolicy();
    const [alice, bob] = [await registerEndUser(app, 'gql-owner'), await registerEndUser(app, 'gql-other')];
    const mutation = `mutation($slug: String!, $version: String!) {
      acceptPrivacyPolicy(slug: $slug, version: $version) { accepted { number acceptedAt } current { number effectiveDate } needsAcceptance reason }
    }`;
    const query = `query($slug: String!) {
      privacyPolicyAcceptance(slug: $slug) { accepted { number acceptedAt } current { number effectiveDate } needsAcceptance reason }
    }`;
    const accepted = await gql(mutation, { slug, version: '1.0' }, alice.jwt);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptPrivacyPolicy).toEqual((await api.status(slug, alice.jwt)).body.data);
    expect(accepted.data.acceptPrivacyPolicy.accepted.number).toBe('1.0');
    const again = await gql(mutation, { slug, version: '1.0' }, alice.jwt);
    expect(again.data.acceptPrivacyPolicy).toEqual(accepted.data.acceptPrivacyPolicy);
    expect(await recordsOf(alice.id)).toHaveLength(1);

    const own = await gql(query, { slug }, alice.jwt);
    expect(own.data.privacyPolicyAcceptance).toEqual(accepted.data.acceptPrivacyPolicy);
    const other = await gql(query, { slug }, bob.jwt);
    expect(other.data.privacyPolicyAcceptance).toEqual({
      accepted: null,
      current: { number: '1.0', effectiveDate: day(0) },
      needsAcceptance: true,
      reason: 'never-accepted',
    });

    const anonymous = [await gql(query, { slug }), await gql(mutation, { slug, version: '1.0' })];
    for (const answer of anonymous) {
      expect(answer.data).toBeNull();
      expect(answer.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    const machine = await gql(mutation, { slug, version: '1.0' }, apiToken);
    expect(machine.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(machine.errors[0].message).toContain('An API token is not a user');

    const refused = await gql(mutation, { slug, version: '0.9' }, bob.jwt);
    expect(refused.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors[0].message).toBe('version 0.9 does not exist for this policy: the version to accept is 1.0');
    expect(await recordsOf(bob.id)).toEqual([]);
  });

  test('GraphQL has no type or field for the records themselves: no shadow CRUD', async () => {
    const schema = await gql('{ __schema { types { name } queryType { fields { name } } mutationType { fields { name } } } }');
    expect(schema.errors).toBeUndefined();
    const named = (names: { name: string }[]) =>
      names
        .map((entry) => entry.name)
        .filter((name) => /accept/i.test(name))
        .sort();
    expect(named(schema.data.__schema.queryType.fields)).toEqual(['privacyPolicyAcceptance']);
    expect(named(schema.data.__schema.mutationType.fields)).toEqual(['acceptPrivacyPolicy']);
    expect(named(schema.data.__schema.types)).toEqual(['PrivacyPolicyAcceptanceStatus', 'PrivacyPolicyAcceptedVersion']);
    // The plugin's content types do get shadow CRUD: the check above would see a records type if there were one.
    expect(schema.data.__schema.types.map((type: any) => type.name)).toContain('PrivacyPolicyPolicy');
  });

  test('the content manager and the content API list no acceptance type; users-permissions lists only the two actions', async () => {
    const types = await app.http.get('/content-manager/content-types').set(admin());
    expect(types.status).toBe(200);
    const uids: string[] = types.body.data.map((type: any) => type.uid);
    expect(uids).toContain(UID.policy);
    expect(uids.filter((uid) => /accept/i.test(uid))).toEqual([]);
    const direct = await app.http.get(`/content-manager/collection-types/${ACCEPTANCE}`).set(admin());
    expect(direct.status).toBeGreaterThanOrEqual(400);
    expect(direct.body.data ?? null).toBeNull();

    const permissions = (await app.http.get('/users-permissions/permissions').set(admin())).body.permissions['plugin::privacy-policy'];
    expect(Object.keys(permissions.controllers.acceptance).sort()).toEqual(['accept', 'status']);
    expect(Object.keys(permissions.controllers).filter((name) => /accept/i.test(name))).toEqual(['acceptance']);
  });
  test("the content API has no route to the records and a user's own profile carries none", async () => {
    const { slug, documentId } = await publishedPolicy();
    const user = await registerEndUser(app, 'profile');
    expect((await api.accept(slug, { version: '1.0' }, user.jwt)).status).toBe(201);
    const { contentHash } = await app.strapi.db.query(UID.version).findOne({ where: { policyDocumentId: documentId, number: '1.0' } });
    const me = await app.http.get('/api/users/me?populate=*').set('Authorization', `Bearer ${user.jwt}`);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(user.email);
    expect(JSON.stringify(me.body)).not.toContain(contentHash);
    for (const path of [
      '/api/privacy-policy/acceptances',
      '/api/privacy-policy-acceptances',
      `/api/privacy-policy/policies/${slug}/acceptances`,
    ]) {
      for (const credentials of [user.jwt, apiToken, undefined]) {
        const res = await app.http.get(path).set(credentials ? { Authorization: `Bearer ${credentials}` } : {});
        expect([path, res.status]).toEqual([path, 404]);
        expect(res.text).not.toContain(contentHash);
      }
    }
  });
});

describe('deleting a user erases their records (onUserDelete: erase)', () => {
  const acceptedBy = async (slug: string, name: string): Promise<EndUser> => {
    const user = await registerEndUser(app, name);
    expect((await api.accept(slug, { version: '1.0' }, user.jwt)).status).toBe(201);
    expect(await recordsOf(user.id)).toHaveLength(1);
    return user;
  };

  test('through the users-permissions API', async () => {
    const { slug } = await publishedPolicy();
    const [leaving, staying] = [await acceptedBy(slug, 'leaving-api'), await acceptedBy(slug, 'staying-api')];
    const res = await app.http.delete(`/api/users/${leaving.id}`).set('Authorization', `Bearer ${apiToken}`);
    expect(res.status).toBe(200);
    expect(await app.strapi.db.query(USER).findOne({ where: { id: leaving.id } })).toBeNull();
    expect(await recordsOf(leaving.id)).toEqual([]);
    expect(await recordsOf(null)).toEqual([]);
    expect(await recordsOf(staying.id)).toHaveLength(1);
  });

  test('through the content manager, one user and several at once', async () => {
    const { slug } = await publishedPolicy();
    const [one, two, three, staying] = [
      await acceptedBy(slug, 'leaving-cm'),
      await acceptedBy(slug, 'leaving-bulk-a'),
      await acceptedBy(slug, 'leaving-bulk-b'),
      await acceptedBy(slug, 'staying-cm'),
    ];
    const single = await app.http.delete(`/content-manager/collection-types/${USER}/${one.documentId}`).set(admin());
    expect(single.status).toBe(200);
    expect(await recordsOf(one.id)).toEqual([]);
    const bulk = await app.http
      .post(`/content-manager/collection-types/${USER}/actions/bulkDelete`)
      .set(admin())
      .send({ documentIds: [two.documentId, three.documentId] });
    expect(bulk.status).toBe(200);
    expect(await app.strapi.db.query(USER).count({ where: { id: { $in: [two.id, three.id] } } })).toBe(0);
    expect(await recordsOf(two.id)).toEqual([]);
    expect(await recordsOf(three.id)).toEqual([]);
    expect(await recordsOf(null)).toEqual([]);
    expect(await recordsOf(staying.id)).toHaveLength(1);
  });
});

describe('the admin counts and export', () => {
  test('acceptances per version, the version in force and who is up to date; the CSV lists each record', async () => {
    const policy = await publishedPolicy();
    const users = [await registerEndUser(app, 'count-a'), await registerEndUser(app, 'count-b'), await registerEndUser(app, 'count-c')];
    for (const user of users) expect((await api.accept(policy.slug, { version: '1.0' }, user.jwt)).status).toBe(201);
    await policy.publishMajor(35);
    setToday(35);
    expect((await api.accept(policy.slug, { version: '2.0' }, users[0].jwt)).status).toBe(201);
    await policy.publishMinor(36);
    setToday(36);
    expect((await api.accept(policy.slug, { version: '2.1' }, users[1].jwt)).status).toBe(201);

    const summary = await app.http.get(`/privacy-policy/policies/${policy.documentId}/acceptances?locale=en`).set(admin());
    expect(summary.status).toBe(200);
    expect(summary.body.data).toEqual({
      locale: 'en',
      today: day(36),
      requireOn: 'major',
      current: '2.1',
      upcoming: null,
      baseline: '2.0',
      upToDate: 2,
      versions: [
        { number: '2.1', changeType: 'minor', effectiveDate: day(36), withdrawn: false, accepted: 1, fromDeletedAccounts: 0 },
        { number: '2.0', changeType: 'major', effectiveDate: day(35), withdrawn: false, accepted: 1, fromDeletedAccounts: 0 },
        { number: '1.0', changeType: 'major', effectiveDate: day(0), withdrawn: false, accepted: 3, fromDeletedAccounts: 0 },
      ],
    });

    const csv = await app.http.get(`/privacy-policy/policies/${policy.documentId}/acceptances/export?locale=en`).set(admin());
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="privacy-policy-acceptances-${policy.documentId}-en.csv"`);
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.userEmail, row.version, row.locale, row.policySlug])).toEqual([
      [users[0].email, '1.0', 'en', policy.slug],
      [users[1].email, '1.0', 'en', policy.slug],
      [users[2].email, '1.0', 'en', policy.slug],
      [users[0].email, '2.0', 'en', policy.slug],
      [users[1].email, '2.1', 'en', policy.slug],
    ]);
    const hash = (await app.strapi.db.query(UID.version).findOne({ where: { policyDocumentId: policy.documentId, number: '2.1' } }))
      .contentHash;
    expect(rows[4]).toMatchObject({
      userId: String(users[1].id),
      contentHash: hash,
      acceptedAt: `${day(36)}T12:00:00.000Z`,
      anonymisedAt: '',
    });
    const onlyMajor = parse(
      (await app.http.get(`/privacy-policy/policies/${policy.documentId}/acceptances/export?version=2.0`).set(admin())).text,
      {
        columns: true,
      },
    );
    expect(onlyMajor.map((row: any) => row.userEmail)).toEqual([users[0].email]);
    const badVersion = await app.http.get(`/privacy-policy/policies/${policy.documentId}/acceptances/export?version=x`).set(admin());
    expect(badVersion.status).toBe(400);
  });

  test('a cell a spreadsheet would run as a formula is written as text (OWASP CSV injection)', async () => {
    const { slug, documentId } = await publishedPolicy();
    const plain = await registerEndUser(app, 'plain');
    const formula = await app.http
      .post('/api/auth/local/register')
      .send({ username: `formula-${fixtures}`, email: `=1+1-${fixtures}@example.test`, password: 'End-User-Password-2026' });
    expect(formula.status).toBe(200);
    for (const jwt of [plain.jwt, formula.body.jwt]) expect((await api.accept(slug, { version: '1.0' }, jwt)).status).toBe(201);
    const csv = await app.http.get(`/privacy-policy/policies/${documentId}/acceptances/export`).set(admin());
    expect(csv.status).toBe(200);
    const emails = (parse(csv.text, { columns: true }) as Record<string, string>[]).map((row) => row.userEmail);
    expect(emails).toEqual([plain.email, `'=1+1-${fixtures}@example.test`]);
  });
});
