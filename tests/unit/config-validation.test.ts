import config from '../../server/src/config';

const valid = () => JSON.parse(JSON.stringify(config.default));
const refusal = (change: (value: any) => void) => {
  const value = valid();
  change(value);
  try {
    config.validator(value);
  } catch (error: any) {
    return error.message as string;
  }
  return null;
};

test('the defaults are valid', () => {
  expect(() => config.validator(valid())).not.toThrow();
});

test.each([
  ['timeZone', (c: any) => (c.timeZone = 'Mars/Olympus'), 'timeZone "Mars/Olympus" is not an IANA time zone'],
  ['cacheMaxAge', (c: any) => (c.cacheMaxAge = -1), 'cacheMaxAge must be a whole number from 0 to 31536000'],
  ['maxSectionDepth', (c: any) => (c.maxSectionDepth = 11), 'maxSectionDepth must be a whole number from 1 to 10'],
  ['noticePeriodDays', (c: any) => (c.noticePeriodDays = 30.5), 'noticePeriodDays must be a whole number from 0 to 365'],
  ['publicUrl', (c: any) => (c.publicUrl = 'ftp://example.com'), 'publicUrl must be an http(s) origin such as https://www.example.com'],
  ['installLegalBases', (c: any) => (c.installLegalBases = 'yes'), 'installLegalBases must be a boolean'],
  ['compliance', (c: any) => (c.compliance.blockPublishOnErrors = 1), 'compliance.blockPublishOnErrors must be a boolean'],
  ['acceptance rule', (c: any) => (c.acceptance.requireOn = 'minor'), 'acceptance.requireOn must be "major" or "any", not "minor"'],
  ['acceptance of upcoming versions', (c: any) => (c.acceptance.allowUpcoming = 'true'), 'acceptance.allowUpcoming must be a boolean'],
  [
    'user deletion choice',
    (c: any) => (c.acceptance.onUserDelete = 'pseudonymise'),
    'acceptance.onUserDelete must be "erase" or "anonymise", not "pseudonymise"',
  ],
  [
    'rate limit',
    (c: any) => (c.subscriptions.rateLimit.perIp.max = 0),
    'subscriptions.rateLimit.perIp.max must be a whole number from 1 to 1000000',
  ],
  [
    'rate limit store',
    (c: any) => (c.subscriptions.rateLimit.store = 'redis'),
    'subscriptions.rateLimit.store must be "database" or "memory"',
  ],
  ['cache size', (c: any) => (c.cache.maxBytes = 1000), 'cache.maxBytes must be a whole number from 1048576 to 8589934592'],
  ['cache poll', (c: any) => (c.cache.pollIntervalMs = 10), 'cache.pollIntervalMs must be a whole number from 100 to 60000'],
  [
    'token lifetime',
    (c: any) => (c.subscriptions.confirmTokenTtlHours = 0),
    'subscriptions.confirmTokenTtlHours must be a whole number from 1 to 720',
  ],
  [
    'delivery rate',
    (c: any) => (c.delivery.messagesPerSecond = '20'),
    'delivery.messagesPerSecond must be a whole number from 1 to 100000',
  ],
  [
    'retry backoff',
    (c: any) => (c.delivery.retryMaxSeconds = 10 ** 9),
    'delivery.retryMaxSeconds must be a number of seconds from 0 to 604800',
  ],
])('a wrong %s stops the start with a message naming the key', (_name, change, message) => {
  expect(refusal(change)).toBe(`privacy-policy config: ${message}`);
});

test('acceptance: major versions only, no upcoming version, records erased with the user, unless configured', () => {
  expect(valid().acceptance).toEqual({ requireOn: 'major', allowUpcoming: false, onUserDelete: 'erase' });
  expect(refusal((c) => (c.acceptance = { requireOn: 'any', allowUpcoming: true, onUserDelete: 'anonymise' }))).toBeNull();
});

test('every wrong value is named at once', () => {
  const message = refusal((c) => {
    c.cacheMaxAge = -1;
    c.delivery.concurrency = 0;
  });
  expect(message).toContain('cacheMaxAge must be');
  expect(message).toContain('delivery.concurrency must be');
});
