import { startStrapi, TestApp } from '../helpers/strapi';
import { rawGet, rawRequest, RawResponse } from '../helpers/raw-http';
import type { TestDatabase } from '../helpers/database';

/**
 * `plugin::privacy-policy.published-reads` answers the public reads ahead of Strapi's body parser, session
 * and router. The same requests, on the same database and at the same moment, must get the same answers
 * (status, headers, bytes) with the middleware listed as without it: the example app leaves it out when
 * PRIVACY_POLICY_PUBLISHED_READS=false.
 */
const BASE = '/api/privacy-policy';
const SLUG = 'privacy-policy';
const NOW = new Date();

type Probe = { method: string; path: string; headers?: Record<string, string> };

const probesFor = (versions: string[]): Probe[] => {
  const [older, newer] = [versions[versions.length - 1], versions[0]];
  const get = (path: string, headers: Record<string, string> = {}): Probe => ({ method: 'GET', path, headers });
  return [
    get(`${BASE}/policies`),
    get(`${BASE}/policies`, { 'accept-encoding': 'gzip, br' }),
    ...['json', 'html', 'markdown', 'text', 'jsonld'].flatMap((format) => [
      get(`${BASE}/policies/${SLUG}?format=${format}`, { 'accept-encoding': 'identity' }),
      get(`${BASE}/policies/${SLUG}?format=${format}`, { 'accept-encoding': 'br' }),
    ]),
    get(`${BASE}/policies/${SLUG}`, { 'accept-encoding': 'gzip' }),
    get(`${BASE}/policies/${SLUG}?locale=fr`),
    get(`${BASE}/policies/${SLUG}?version=${older}`),
    { method: 'HEAD', path: `${BASE}/policies/${SLUG}` },
    get(`${BASE}/policies/${SLUG}/`),
    get(`${BASE}/policies/%70rivacy-policy`),
    get(`${BASE.toUpperCase()}/POLICIES/${SLUG}`),
    get(`${BASE}/policies/${SLUG}`, { origin: 'https://www.example.test' }),
    get(`${BASE}/policies/${SLUG}/versions?page=1&pageSize=1`),
    get(`${BASE}/policies/${SLUG}/diff?from=${older}&to=${newer}`),
    get(`${BASE}/policies/${SLUG}/diff?from=${older}&to=${newer}&format=html`, { 'accept-encoding': 'gzip, br' }),
    get(`${BASE}/policies/${SLUG}/feed?format=rss`),
    get(`${BASE}/policies/${SLUG}/archive`),
    get(`${BASE}/embed.js`, { 'accept-encoding': 'br' }),
    // Refusals: each a 400 or 404 naming the problem, the same either way.
    get(`${BASE}/policies/${SLUG}?format=docx`),
    get(`${BASE}/policies/${SLUG}?version=one`),
    get(`${BASE}/policies/${SLUG}?format=json&format=html`),
    get(`${BASE}/policies/no-such-policy`),
    get(`${BASE}/policies/${SLUG}/diff?from=${older}`),
    // Routes the middleware must leave to Strapi: token-only, signed-in only, and writes.
    get(`${BASE}/policies/${SLUG}/health`),
    get(`${BASE}/policies/${SLUG}/acceptance`),
    { method: 'DELETE', path: `${BASE}/policies/${SLUG}` },
    get(`${BASE}/policies/${SLUG}/unknown`),
  ];
};

/** What a client can see of an answer; the Date header is the only one allowed to differ. */
const visible = ({ status, headers, body }: RawResponse) => {
  const { date: _date, ...rest } = headers;
  return { status, headers: rest, body: body.toString('base64') };
};

/** Counts the answers given by the plugin's controller as the middleware finds it (see the positive control). */
const countMiddlewareAnswers = (app: TestApp) => {
  const controller = app.strapi.plugin('privacy-policy').controller('policy');
  const original = controller.findOne;
  const counter = { answers: 0 };
  controller.findOne = (...args: unknown[]) => {
    counter.answers += 1;
    return original(...args);
  };
  return counter;
};

const boot = async (publishedReads: boolean, database?: TestDatabase) => {
  const app = await startStrapi({
    demoContent: true,
    database,
    env: { PRIVACY_POLICY_PUBLISHED_READS: String(publishedReads) },
  });
  app.strapi.plugin('privacy-policy').service('clock').now = () => NOW;
  return app;
};

const answersOf = async (app: TestApp, probes: Probe[]) => {
  const answers = [];
  for (const probe of probes) answers.push(visible(await rawRequest(app, probe.method, probe.path, probe.headers)));
  return answers;
};

let routed: ReturnType<typeof visible>[];
let served: ReturnType<typeof visible>[];
let probes: Probe[];
let routedCount: number;
let servedCount: number;

beforeAll(async () => {
  const withoutMiddleware = await boot(false);
  const history = await rawGet(withoutMiddleware, `${BASE}/policies/${SLUG}/versions`);
  const versions: string[] = JSON.parse(history.body.toString()).data.map((version: { number: string }) => version.number);
  probes = probesFor(versions);
  const routedCounter = countMiddlewareAnswers(withoutMiddleware);
  routed = await answersOf(withoutMiddleware, probes);
  routedCount = routedCounter.answers;
  await withoutMiddleware.stop({ keepDatabase: true });

  const withMiddleware = await boot(true, withoutMiddleware.database);
  const servedCounter = countMiddlewareAnswers(withMiddleware);
  served = await answersOf(withMiddleware, probes);
  servedCount = servedCounter.answers;
  await withMiddleware.stop();
});

test('the demo policy has at least two versions, so the history, diff and version probes read real answers', () => {
  expect(probes.find((probe) => probe.path.includes('/diff?from='))?.path).toMatch(/from=\d+\.\d+&to=\d+\.\d+$/);
  expect(routed.filter((answer) => answer.status === 200).length).toBeGreaterThanOrEqual(20);
});

test('positive control: with the middleware the reads are answered by it, without it by Strapi’s router', () => {
  // Strapi's router binds the controller's actions when it registers the routes, so the counter wrapped in
  // afterwards sees only the calls the middleware makes at request time.
  expect(routedCount).toBe(0);
  expect(servedCount).toBeGreaterThanOrEqual(14);
});

test('every probe gets the same status, headers and bytes with the middleware as without it', () => {
  expect(served).toHaveLength(probes.length);
  probes.forEach((probe, index) => {
    expect({ probe, ...served[index] }).toEqual({ probe, ...routed[index] });
  });
});

test('the refusals are 4xx naming the problem, and the routes left to Strapi keep their own answers', () => {
  const statusOf = (fragment: string, method = 'GET') =>
    served[probes.findIndex((probe) => probe.method === method && probe.path.endsWith(fragment))].status;
  expect(statusOf('?format=docx')).toBe(400);
  expect(statusOf('?version=one')).toBe(400);
  expect(statusOf('/no-such-policy')).toBe(404);
  expect(statusOf(`/${SLUG}/health`)).toBe(403);
  expect(statusOf(`/${SLUG}/acceptance`)).toBe(401);
  expect(statusOf(`/policies/${SLUG}`, 'DELETE')).toBe(405);
  const docx = served[probes.findIndex((probe) => probe.path.endsWith('?format=docx'))];
  expect(JSON.parse(Buffer.from(docx.body, 'base64').toString()).error.details.errors[0].path).toEqual(['format']);
});
