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
  [
    'rate limit',
    (c: any) => (c.subscriptions.rateLimit.perIp.max = 0),
    'subscriptions.rateLimit.perIp.max must be a whole number from 1 to 1000000',
  ],
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

test('every wrong value is named at once', () => {
  const message = refusal((c) => {
    c.cacheMaxAge = -1;
    c.delivery.concurrency = 0;
  });
  expect(message).toContain('cacheMaxAge must be');
  expect(message).toContain('delivery.concurrency must be');
});
