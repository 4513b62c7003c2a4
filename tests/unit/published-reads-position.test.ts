import publishedReads, { listedTooLate, PUBLISHED_READ_ROUTES } from '../../server/src/middlewares/http/published-reads';

const DEFAULTS = ['strapi::logger', 'strapi::errors', 'strapi::security', 'strapi::cors', 'strapi::poweredBy', 'strapi::query'];
const REST = ['strapi::body', 'strapi::session', 'strapi::favicon', 'strapi::public'];
const SELF = 'plugin::privacy-policy.published-reads';

test('listed after strapi::query, as docs/configuration.md shows, nothing it needs comes too late', () => {
  expect(listedTooLate([...DEFAULTS, SELF, ...REST])).toEqual([]);
  expect(listedTooLate([...DEFAULTS, { name: SELF }, ...REST])).toEqual([]);
});

test('listed before the security, CORS or query middleware, each of them is named', () => {
  expect(listedTooLate(['strapi::logger', 'strapi::errors', SELF, 'strapi::security', 'strapi::cors', 'strapi::query'])).toEqual([
    'strapi::security',
    'strapi::cors',
    'strapi::query',
  ]);
  expect(listedTooLate(['strapi::security', SELF, { name: 'strapi::cors', config: {} } as any, 'strapi::query'])).toEqual([
    'strapi::cors',
    'strapi::query',
  ]);
});

test('Strapi refuses to start with the middleware listed too early, and the message says where it goes', () => {
  const appListing = (middlewares: unknown[]) =>
    ({ config: { get: (key: string) => (key === 'middlewares' ? middlewares : '/api') } }) as any;
  expect(() => publishedReads({}, { strapi: appListing([SELF, ...DEFAULTS, ...REST]) })).toThrow(
    'config/middlewares: list plugin::privacy-policy.published-reads after strapi::security, strapi::cors, strapi::query',
  );
  expect(publishedReads({}, { strapi: appListing([...DEFAULTS, SELF, ...REST]) })).toEqual(expect.any(Function));
});

test('an app that leaves one of them out is not refused for it', () => {
  expect(listedTooLate(['strapi::errors', SELF, 'strapi::body'])).toEqual([]);
});

test('only the public GET routes are answered: the token and signed-in routes are left to Strapi', () => {
  const paths = PUBLISHED_READ_ROUTES.map((route) => route.path);
  expect(paths).toEqual([
    '/policies',
    '/policies/:slug',
    '/policies/:slug/versions',
    '/policies/:slug/diff',
    '/policies/:slug/feed',
    '/policies/:slug/archive',
    '/embed.js',
  ]);
  expect(paths).not.toContain('/policies/:slug/health');
});
