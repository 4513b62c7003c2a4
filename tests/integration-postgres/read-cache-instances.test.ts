import { ChildStrapi, startChildStrapi } from '../helpers/child-strapi';
import { createTestDatabase, testDatabaseClient, TestDatabase } from '../helpers/database';
import { today, UID } from '../helpers/policy-fixture';

const ADMIN = { email: 'cache@example.test', password: 'Cache-Editor-2026', firstname: 'Cache', lastname: 'Editor' };

let database: TestDatabase;
let editor: ChildStrapi;
let reader: ChildStrapi;
let token: string;

const call = async (instance: ChildStrapi, method: string, path: string, body?: object) => {
  const response = await fetch(`${instance.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: await response.json().catch(() => null) };
};
const readOn = (instance: ChildStrapi) =>
  fetch(`${instance.url}/api/privacy-policy/policies/shared`).then(async (response) => ({
    status: response.status,
    body: await response.json(),
  }));

beforeAll(async () => {
  expect(testDatabaseClient()).toBe('postgres');
  database = await createTestDatabase('postgres');
  const env = {
    ...database.env,
    DEMO_CONTENT: 'false',
    DEMO_ADMIN: 'false',
    PRIVACY_POLICY_DELIVERY: 'false',
    PRIVACY_POLICY_TIME_ZONE: 'UTC',
  };
  editor = await startChildStrapi(env);
  reader = await startChildStrapi(env);
  await call(editor, 'POST', '/admin/register-admin', ADMIN);
  token = (await call(editor, 'POST', '/admin/login', { email: ADMIN.email, password: ADMIN.password })).body.data.token;
}, 120_000);
afterAll(async () => {
  await editor?.kill();
  await reader?.kill();
  await database?.drop();
});

/** Reads on `instance` until `accept` holds, at most `boundMs`; returns how long it took. */
const servedWithin = async (instance: ChildStrapi, accept: (read: { status: number; body: any }) => boolean, boundMs: number) => {
  const started = Date.now();
  for (;;) {
    if (accept(await readOn(instance))) return Date.now() - started;
    if (Date.now() - started > boundMs) throw new Error(`not served within ${boundMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

// PostgreSQL tells every instance of a publish at commit (LISTEN/NOTIFY): documented as "within a second".
const STALENESS_BOUND_MS = 1_000;

test("one instance's publish and unpublish are served by another instance within the staleness bound", async () => {
  const section = (
    await call(editor, 'POST', `/content-manager/collection-types/${UID.section}`, {
      title: 'Contact',
      category: 'collection',
      body: 'First text.',
    })
  ).body.data;
  const policy = (
    await call(editor, 'POST', `/content-manager/collection-types/${UID.policy}`, {
      title: 'Shared',
      slug: 'shared',
      sections: { connect: [{ id: section.id, documentId: section.documentId }] },
    })
  ).body.data;
  // A one-section fixture is no complete notice: the override gets it past the compliance gate.
  const publish = (body: object) =>
    call(editor, 'POST', `/privacy-policy/policies/${policy.documentId}/versions`, { ...body, overrideCompliance: true });
  expect((await publish({ changeType: 'major', effectiveDate: today(), changeSummary: 'First' })).status).toBe(201);

  expect((await readOn(reader)).body.data.version.number).toBe('1.0');
  expect((await readOn(reader)).body.data.version.number).toBe('1.0');

  await call(editor, 'PUT', `/content-manager/collection-types/${UID.section}/${section.documentId}`, { body: 'Second text.' });
  expect((await publish({ changeType: 'minor', effectiveDate: today() })).status).toBe(201);
  await servedWithin(reader, (read) => read.body?.data?.version?.number === '1.1', STALENESS_BOUND_MS);
  expect((await readOn(reader)).body.data.sections[0].body).toBe('Second text.');

  expect(
    (await call(editor, 'POST', `/content-manager/collection-types/${UID.policy}/${policy.documentId}/actions/unpublish`, {})).status,
  ).toBe(200);
  await servedWithin(reader, (read) => read.status === 404, STALENESS_BOUND_MS);
});

test('the subscription limits are counted in the database: two instances together allow what one would', async () => {
  const subscribe = (instance: ChildStrapi, email: string) =>
    fetch(`${instance.url}/api/privacy-policy/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    }).then((response) => response.status);
  // The per-address limit is 3 an hour: alternate between the instances.
  const statuses = [];
  for (const instance of [editor, reader, editor, reader, editor]) statuses.push(await subscribe(instance, 'shared-limit@example.test'));
  expect(statuses).toEqual([202, 202, 202, 429, 429]);
  // Positive control: another address is still allowed on either instance.
  expect(await subscribe(reader, 'someone-else@example.test')).toBe(202);
});
