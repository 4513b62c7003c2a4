import { matchesIfNoneMatch, preferredEncoding } from '../../server/src/controllers/http-caching';

test.each([
  [undefined, 'identity'],
  ['', 'identity'],
  ['identity', 'identity'],
  ['gzip', 'gzip'],
  ['gzip, deflate, br', 'br'],
  ['br;q=0, gzip', 'gzip'],
  ['gzip;q=0.5, br;q=0.9', 'br'],
  ['gzip;q=1, br;q=0.2', 'gzip'],
  ['*', 'br'],
  ['*;q=0, identity', 'identity'],
  ['deflate', 'identity'],
  ['GZIP', 'gzip'],
])('Accept-Encoding %p → %s (RFC 9110 §12.5.3)', (header, expected) => {
  expect(preferredEncoding(header as string | undefined)).toBe(expected);
});

test.each([
  [undefined, false],
  ['"abc"', true],
  ['W/"abc"', true],
  ['"other", "abc"', true],
  ['*', true],
  ['"abc-br"', false],
  ['"ab"', false],
  ['abc', false],
])('If-None-Match %p against "abc" → %s (RFC 9110 §13.1.2, weak comparison)', (header, expected) => {
  expect(matchesIfNoneMatch(header as string | undefined, '"abc"')).toBe(expected);
});
