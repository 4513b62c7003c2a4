import path from 'node:path';
import fc from 'fast-check';
import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken } from '../helpers/admin-api';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { waitUntil } from '../helpers/subscribers';
import { UID } from '../helpers/policy-fixture';

/**
 * Property-based fuzzing of every route the plugin adds, with a fixed seed and a bounded number of runs
 * (FUZZ_SEED and FUZZ_RUNS change them; see the README for a longer run). Whatever comes in: no 5xx, no
 * stack trace or file path in the answer, no change to the database when the request is refused, and
 * no CR/LF smuggled into an email header.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const settings = { seed: SEED, numRuns: RUNS };

const ROOT = path.resolve(__dirname, '..', '..');
const LEAKS = [
  /\n\s+at \S[^\n]*:\d+:\d+/,
  /node_modules[\\/]/,
  new RegExp(ROOT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  /knex|SQLITE_|syntax error at or near|ER_PARSE_ERROR/i,
];
const TABLES = [
  'privacy_policy_policies',
  'privacy_policy_sections',
  'privacy_policy_processors',
  'privacy_policy_retention_rules',
  'privacy_policy_versions',
  'privacy_policy_subscribers',
  'privacy_policy_deliveries',
  'privacy_policy_notifications',
];

let app: TestApp;
let sink: SmtpSink;
let token: string;
let policyDocumentId: string;

const HOSTILE = [
  "'; DROP TABLE privacy_policy_policies; --",
  '" OR 1=1 --',
  '../../../../etc/passwd',
  '\u0000',
  '%00',
  '<script>alert(1)</script>',
  '{{constructor.constructor("return process")()}}',
  '${7*7}',
  'victim@example.test\r\nBcc: victim@example.test',
  'reader@example.test\nX-Injected: yes',
  '\uFEFF',
  '\u202Eevil',
  'x'.repeat(5000),
  '1e309',
  '-1',
  '0',
  'NaN',
  'null',
  '__proto__',
  'constructor',
  '1.0.0',
  '99999999999999999999.1',
];
const hostileText = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom(...HOSTILE));
const QUERY_KEYS = [
  'format',
  'version',
  'locale',
  'page',
  'pageSize',
  'from',
  'to',
  'state',
  'token',
  'q',
  'status',
  'scope',
  'publish',
  'format[]',
  'locale[$ne]',
  '__proto__[polluted]',
  'filters[slug][$eq]',
  'populate',
];
const queryKey = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...QUERY_KEYS) }, { weight: 1, arbitrary: hostileText });
/** Mostly encoded values; sometimes raw, broken escapes such as "%ZZ" or an overlong "%C0%AF". */
const queryValue = fc.oneof(
  { weight: 4, arbitrary: hostileText.map((text) => safeEncode(text)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '%',
      '%ZZ',
      '%C0%AF',
      '%E0%80',
      '%FF%FE',
      '%2525',
      'json',
      'html',
      'markdown',
      'jsonld',
      'text',
      'printable',
      'csv',
      '1.0',
      'fr',
      'published',
    ),
  },
);
const queryString = fc
  .array(fc.tuple(queryKey, queryValue), { maxLength: 6 })
  .map((pairs) => pairs.map(([key, value]) => `${safeEncode(key)}=${value}`).join('&'));
const slug = fc.oneof(
  fc.constant('privacy-policy'),
  hostileText.map((text) => safeEncode(text) || 'x'),
);

function safeEncode(text: string) {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '?'));
  }
}

/** Sends any JSON value as a body (supertest itself only takes objects and strings). */
const withJson = (request: any, body: unknown) => {
  const text = JSON.stringify(body);
  return text === undefined ? request : request.set('Content-Type', 'application/json').send(text);
};

const fingerprint = async () => {
  const knex = app.strapi.db.connection;
  const counts = await Promise.all(TABLES.map(async (table) => Number(((await knex(table).count({ count: '*' }).first()) as any).count)));
  const lastEdit = await knex('privacy_policy_policies').max({ at: 'updated_at' }).first();
  const subscriberStates = await knex('privacy_policy_subscribers').select('id', 'status', 'email').orderBy('id');
  return JSON.stringify({ counts, lastEdit, subscriberStates });
};

const expectSafe = (res: { status: number; text?: string }, label: string) => {
  if (res.status >= 500) throw new Error(`${label} answered ${res.status}: ${res.text?.slice(0, 300)}`);
  for (const leak of LEAKS) {
    if (leak.test(res.text ?? '')) throw new Error(`${label} leaked ${leak}: ${res.text?.slice(0, 300)}`);
  }
};

/** Sends the request; when it is refused (4xx), the database must be as it was. */
const refusedLeavesDatabase = async (label: string, send: () => Promise<any>) => {
  const before = await fingerprint();
  const res = await send();
  expectSafe(res, label);
  if (res.status >= 400 && (await fingerprint()) !== before)
    throw new Error(`${label} was refused (${res.status}) but changed the database`);
  return res;
};

beforeAll(async () => {
  sink = await startSmtpSink();
  app = await startStrapi({
    demoContent: true,
    complianceGate: true,
    env: {
      SMTP_PORT: String(sink.port),
      SMTP_POOL: 'false',
      PRIVACY_POLICY_DELIVERY: 'true',
      PRIVACY_POLICY_POLL_MS: '100',
      PRIVACY_POLICY_MESSAGES_PER_SECOND: '1000',
      PRIVACY_POLICY_RATE_PER_IP: '100000',
      PRIVACY_POLICY_RATE_PER_ADDRESS: '100000',
    },
  });
  token = await adminToken(app);
  policyDocumentId = (await app.strapi.db.query(UID.policy).findOne({ where: { slug: 'privacy-policy' } })).documentId;
});
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 500));
  await app?.stop();
  await sink?.close();
});

const PUBLIC_GETS = [
  () => '/api/privacy-policy/policies',
  (s: string) => `/api/privacy-policy/policies/${s}`,
  (s: string) => `/api/privacy-policy/policies/${s}/versions`,
  (s: string) => `/api/privacy-policy/policies/${s}/diff`,
  (s: string) => `/api/privacy-policy/policies/${s}/health`,
  (s: string) => `/api/privacy-policy/policies/${s}/processing-record`,
  () => '/api/privacy-policy/subscriptions/confirm',
  () => '/api/privacy-policy/subscriptions/unsubscribe',
];

test('public GET routes: hostile slugs and query strings never give a 5xx or a trace, and change nothing', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...PUBLIC_GETS), slug, queryString, fc.boolean(), async (route, slugValue, query, asBrowser) => {
      const url = `${route(slugValue)}?${query}`;
      await refusedLeavesDatabase(`GET ${url}`, () => app.http.get(url).set('Accept', asBrowser ? 'text/html' : 'application/json'));
    }),
    settings,
  );
});

const email = fc.oneof(
  fc.emailAddress(),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((local) => `${local}@example.test`),
  fc.constantFrom(...HOSTILE),
  fc.integer({ min: 250, max: 400 }).map((length) => `${'a'.repeat(length)}@example.test`),
  fc.constantFrom(
    'ok@example.test\r\nX-Injected: yes',
    'ok@example.test\nBcc: victim@example.test',
    '"victim@example.test\r\n"@example.test',
    'ünïcödé@exämple.test',
    'ok@example.test%0d%0aBcc:victim@example.test',
  ),
);
const subscribeBody = fc.oneof(
  fc.record(
    {
      email,
      policy: fc.option(fc.oneof(fc.constant('privacy-policy'), hostileText), { nil: undefined }),
      locale: fc.option(fc.oneof(fc.constantFrom('en', 'fr', 'fr-CA'), hostileText), { nil: undefined }),
    },
    { requiredKeys: ['email'] },
  ),
  fc.anything({ maxDepth: 4 }),
  fc.dictionary(hostileText, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
);

test('POST /subscriptions: any JSON body, emails unicode, long or with CR/LF, never a 5xx; refusals change nothing', async () => {
  await fc.assert(
    fc.asyncProperty(subscribeBody, async (body) => {
      await refusedLeavesDatabase(`POST /subscriptions ${JSON.stringify(body)?.slice(0, 200)}`, () =>
        withJson(app.http.post('/api/privacy-policy/subscriptions'), body),
      );
    }),
    settings,
  );
});

const rawBody = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    '{',
    '{"email":',
    '[',
    'null',
    'true',
    '"just a string"',
    '{"email": "a@b.c",}',
    '\u0000\u0001\u0002',
    '<?xml version="1.0"?><a>&xxe;</a>',
  ),
  fc.integer({ min: 1, max: 20_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: 1, max: 5000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc
    .integer({ min: 1, max: 20_000 })
    .map(
      (depth) =>
        `{"email":${'['.repeat(depth)}${']'.repeat(depth)},"policy":{"title":"x","sections":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
    ),
);
const contentType = fc.constantFrom(
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/xml',
);

test('raw bodies: malformed JSON, deep nesting and odd content types are refused cleanly', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(
        '/api/privacy-policy/subscriptions',
        '/api/privacy-policy/subscriptions/unsubscribe?token=x',
        '/privacy-policy/imports',
        `/privacy-policy/policies/${'x'}/versions`,
      ),
      rawBody,
      contentType,
      async (url, body, type) => {
        const request = app.http.post(url).set('Content-Type', type);
        if (url.startsWith('/privacy-policy/')) request.set('Authorization', `Bearer ${token}`);
        await refusedLeavesDatabase(`POST ${url} (${type}) ${body.slice(0, 80)}`, () => request.send(body));
      },
    ),
    settings,
  );
});

test('bodies near and over 1 MB are refused with a 4xx (413 past the parser limit), on public and admin routes', async () => {
  const megabyte = JSON.stringify({ email: `${'a'.repeat(1024 * 1024)}@example.test` });
  const justUnder = JSON.stringify({ email: `${'a'.repeat(900 * 1024)}@example.test`, policy: 'privacy-policy' });
  const import2mb = JSON.stringify({
    policy: { title: 'Huge', sections: Array.from({ length: 20_000 }, (_, index) => ({ title: `Section ${index} ${'x'.repeat(80)}` })) },
  });
  for (const [url, body] of [
    ['/api/privacy-policy/subscriptions', megabyte],
    ['/api/privacy-policy/subscriptions', justUnder],
    ['/privacy-policy/imports', import2mb],
  ] as const) {
    const res = await refusedLeavesDatabase(`POST ${url} (${body.length} bytes)`, () =>
      app.http.post(url).set('Content-Type', 'application/json').set('Authorization', `Bearer ${token}`).send(body),
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  }
});

const tokenValue = fc.oneof(
  fc.stringMatching(/^[0-9a-f]{64}$/),
  fc.base64String({ maxLength: 120 }),
  fc.stringMatching(/^\d{1,6}\.[A-Za-z0-9_-]{10,60}$/),
  hostileText,
);

test('confirm and unsubscribe tokens: random, forged or hostile ones are refused and change nothing', async () => {
  await fc.assert(
    fc.asyncProperty(
      tokenValue,
      fc.constantFrom('get-confirm', 'get-unsubscribe', 'post-unsubscribe'),
      fc.boolean(),
      async (value, action, asBrowser) => {
        const query = `token=${safeEncode(value)}`;
        const accept = asBrowser ? 'text/html' : 'application/json';
        const send =
          action === 'get-confirm'
            ? () => app.http.get(`/api/privacy-policy/subscriptions/confirm?${query}`).set('Accept', accept)
            : action === 'get-unsubscribe'
              ? () => app.http.get(`/api/privacy-policy/subscriptions/unsubscribe?${query}`).set('Accept', accept)
              : () => app.http.post(`/api/privacy-policy/subscriptions/unsubscribe?${query}`).set('Accept', accept);
        const res = await refusedLeavesDatabase(`${action} ${value.slice(0, 60)}`, send);
        expect(res.status).toBeGreaterThanOrEqual(400);
      },
    ),
    settings,
  );
});

const documentId = fc.oneof(
  fc.constant('__policy__'),
  fc.stringMatching(/^[a-z0-9]{24}$/),
  hostileText.map((text) => safeEncode(text) || 'x'),
);
const adminRequest = fc.oneof(
  fc.record({
    method: fc.constant('post'),
    path: fc.constant('/privacy-policy/imports'),
    body: fc.oneof(
      fc.anything({ maxDepth: 4 }),
      fc.record({
        policy: fc.record({
          title: hostileText,
          sections: fc.array(fc.record({ title: hostileText, storageCountries: fc.array(hostileText, { maxLength: 2 }) }), {
            maxLength: 3,
          }),
        }),
      }),
    ),
  }),
  fc.record({
    method: fc.constant('post'),
    path: documentId.map((id) => `/privacy-policy/policies/${id}/versions`),
    body: fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc.record({
        changeType: fc.oneof(fc.constantFrom('minor', 'major'), hostileText),
        effectiveDate: fc.oneof(fc.constantFrom('2020-01-01', '2999-12-31', '2026-02-30'), hostileText),
        changeSummary: hostileText,
        overrideClassifier: fc.anything({ maxDepth: 1 }),
        locale: hostileText,
      }),
    ),
  }),
  fc.record({
    method: fc.constant('post'),
    path: fc
      .tuple(
        documentId,
        fc.oneof(
          fc.constantFrom('1.0', '2.0', '9.9'),
          hostileText.map((text) => safeEncode(text) || 'x'),
        ),
        fc.constantFrom('withdraw', 'restore'),
      )
      .map(([id, number, action]) => `/privacy-policy/policies/${id}/versions/${number}/${action}`),
    body: fc.oneof(fc.anything({ maxDepth: 3 }), fc.record({ reason: hostileText, locale: hostileText })),
  }),
  fc.record({
    method: fc.constant('get'),
    path: fc
      .tuple(documentId, hostileText, queryString)
      .map(([id, number, query]) => `/privacy-policy/policies/${id}/versions/${safeEncode(number) || '1.0'}/restore?${query}`),
    body: fc.constant(undefined),
  }),
  fc.record({
    method: fc.constant('get'),
    path: fc
      .tuple(documentId, fc.constantFrom('preview', 'publish-preview', 'versions'), queryString)
      .map(([id, view, query]) => `/privacy-policy/policies/${id}/${view}?${query}`),
    body: fc.constant(undefined),
  }),
  fc.record({
    method: fc.constant('get'),
    path: queryString.map((query) => `/privacy-policy/subscribers?${query}`),
    body: fc.constant(undefined),
  }),
  fc.record({
    method: fc.constant('get'),
    path: queryString.map((query) => `/privacy-policy/subscribers/export?${query}`),
    body: fc.constant(undefined),
  }),
  fc.record({
    method: fc.constantFrom('get', 'delete'),
    path: hostileText.map((id) => `/privacy-policy/subscribers/${safeEncode(id) || 'x'}`),
    body: fc.constant(undefined),
  }),
  fc.record({
    method: fc.constantFrom('get', 'post'),
    path: hostileText.map((id) => `/privacy-policy/notifications/${safeEncode(id) || 'x'}`),
    body: fc.constant(undefined),
  }),
  fc.record({
    method: fc.constant('post'),
    path: hostileText.map((id) => `/privacy-policy/notifications/${safeEncode(id) || 'x'}/retry-failed`),
    body: fc.constant(undefined),
  }),
);

test('admin routes: hostile ids, queries and bodies from an admin never give a 5xx; refusals change nothing', async () => {
  await fc.assert(
    fc.asyncProperty(adminRequest, async ({ method, path: target, body }) => {
      const url = target.replace('__policy__', policyDocumentId);
      const request = (app.http as any)[method](url).set('Authorization', `Bearer ${token}`);
      await refusedLeavesDatabase(`${method.toUpperCase()} ${url}`, () => withJson(request, body));
    }),
    settings,
  );
});

test('no CR or LF ever reaches an email header, and no injected recipient gets mail', async () => {
  const injected = [
    'ok@example.test\r\nX-Injected: yes',
    'ok@example.test\nBcc: victim@example.test',
    'victim@example.test\r\nBcc: victim@example.test',
  ];
  for (const address of injected) {
    const res = await app.http
      .post('/api/privacy-policy/subscriptions')
      .send({ email: address, policy: 'privacy-policy', locale: 'en\r\nX-Injected: yes' });
    expect(res.status).toBe(400);
  }
  expect(
    (await app.http.post('/api/privacy-policy/subscriptions').send({ email: 'plain@example.test', policy: 'privacy-policy' })).status,
  ).toBe(202);
  await waitUntil(async () => sink.to('plain@example.test').length > 0, 20_000);
  // Everything the earlier properties got accepted has been sent by now too.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(sink.messages.length).toBeGreaterThan(0);
  for (const message of sink.messages) {
    const keys = message.parsed.headerLines.map((header: any) => header.key);
    expect(keys).not.toContain('x-injected');
    expect(keys).not.toContain('bcc');
    for (const header of message.parsed.headerLines) expect(header.line).not.toMatch(/\r?\n(?![ \t])/);
    expect(message.to).not.toBe('victim@example.test');
  }
});

test('ids, page numbers, NUL characters and nesting the server cannot take are 400s naming the rule, on every database', async () => {
  const auth = { Authorization: `Bearer ${token}` };
  for (const [method, url] of [
    ['get', '/privacy-policy/subscribers/99999999999999999999'],
    ['delete', '/privacy-policy/subscribers/2147483648'],
    ['get', '/privacy-policy/notifications/1.5'],
    ['post', '/privacy-policy/notifications/abc/retry-failed'],
  ] as const) {
    const res = await refusedLeavesDatabase(`${method} ${url}`, () => (app.http as any)[method](url).set(auth));
    expect([url, res.status, res.body.error.message]).toEqual([url, 400, 'id must be a whole number from 1 to 2147483647']);
  }
  const nul = await refusedLeavesDatabase('import with U+0000', () =>
    app.http
      .post('/privacy-policy/imports')
      .set(auth)
      .send({ policy: { title: 'Nul \u0000 title', sections: [] } }),
  );
  expect([nul.status, nul.body.error.message]).toEqual([400, 'policy: title must not contain the NUL character (U+0000)']);
  const nulSearch = await app.http.get('/privacy-policy/subscribers?q=%00').set(auth);
  expect([nulSearch.status, nulSearch.body.error.message]).toEqual([400, 'q must not contain the NUL character (U+0000)']);
  const badDocument = await app.http.get('/privacy-policy/policies/%00/preview').set(auth);
  expect([badDocument.status, badDocument.body.error.message]).toEqual([
    400,
    'documentId must be a document id: letters, digits, "-" and "_", at most 64',
  ]);
  const deep = `{"policy":{"title":"Deep","sections":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
  const deepImport = await refusedLeavesDatabase('deeply nested import', () =>
    app.http.post('/privacy-policy/imports').set(auth).set('Content-Type', 'application/json').send(deep),
  );
  expect([deepImport.status, deepImport.body.error.message]).toEqual([400, 'the request body nests deeper than 32 levels']);
  for (const url of [
    '/privacy-policy/subscribers?page=100000000000000000000',
    '/api/privacy-policy/policies/privacy-policy/versions?page=100000000000000000000',
  ]) {
    const res = await app.http.get(url).set(auth);
    expect([url, res.status, res.body.error.message]).toEqual([url, 400, 'page must be a whole number from 1 to 1000000']);
  }
});
