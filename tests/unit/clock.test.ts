import clock from '../../server/src/services/clock';

const strapiIn = (timeZone: string) => ({ plugin: () => ({ config: () => timeZone }) }) as any;

test('today is the calendar day in the configured time zone, switching exactly at midnight there', () => {
  const london = clock({ strapi: strapiIn('Europe/London') });
  let now = new Date('2031-07-01T22:59:59.999Z'); // 23:59:59.999 in London (BST)
  london.now = () => now;
  expect(london.today()).toBe('2031-07-01');
  now = new Date('2031-07-01T23:00:00.000Z'); // midnight in London
  expect(london.today()).toBe('2031-07-02');
  now = new Date('2031-07-01T12:00:00.000Z'); // moved back: worked out again
  expect(london.today()).toBe('2031-07-01');
});

test('a given moment is read in the zone, not in UTC', () => {
  const tokyo = clock({ strapi: strapiIn('Asia/Tokyo') });
  expect(tokyo.today(new Date('2031-01-10T16:00:00Z'))).toBe('2031-01-11');
  const utc = clock({ strapi: strapiIn('UTC') });
  expect(utc.today(new Date('2031-01-10T16:00:00Z'))).toBe('2031-01-10');
});
