import {
  acceptanceRefusal,
  acceptanceStatus,
  AcceptanceVersion,
  nextUpcomingVersion,
  versionInEffect,
} from '../../server/src/versioning/acceptance';

const version = (number: string, effectiveDate: string, withdrawn = false): AcceptanceVersion => {
  const [major, minor] = number.split('.').map(Number);
  return { number, major, minor, effectiveDate, withdrawn };
};
const accepted = (number: string, acceptedAt = '2031-01-10T09:00:00.000Z') => ({ number, acceptedAt });

/** 1.0 in force since January, a major 2.0 from March, a minor 2.1 from April, a major 3.0 from June. */
const HISTORY = [version('3.0', '2031-06-01'), version('2.1', '2031-04-01'), version('2.0', '2031-03-01'), version('1.0', '2031-01-01')];

const status = (
  acceptances: { number: string; acceptedAt: string }[],
  today: string,
  requireOn: 'major' | 'any' = 'major',
  versions = HISTORY,
) => acceptanceStatus({ versions, acceptances, today, requireOn });

describe('needsAcceptance', () => {
  test('a user who never accepted must accept the version in force', () => {
    expect(status([], '2031-01-15')).toMatchObject({
      needsAcceptance: true,
      reason: 'never-accepted',
      accepted: null,
      current: { number: '1.0' },
    });
  });

  test('a user who accepted 1.0 need not accept again before 2.0 takes effect', () => {
    expect(status([accepted('1.0')], '2031-02-28')).toMatchObject({
      needsAcceptance: false,
      reason: 'up-to-date',
      current: { number: '1.0' },
    });
  });

  test('a user who accepted 1.0 must accept once the major 2.0 takes effect', () => {
    expect(status([accepted('1.0')], '2031-03-01')).toMatchObject({
      needsAcceptance: true,
      reason: 'major-version',
      accepted: { number: '1.0' },
      current: { number: '2.0' },
      requiredBy: { number: '2.0' },
    });
  });

  test('a user who accepted 2.0 need not accept the minor 2.1 (requireOn major)', () => {
    expect(status([accepted('1.0'), accepted('2.0')], '2031-04-15')).toMatchObject({
      needsAcceptance: false,
      reason: 'up-to-date',
      accepted: { number: '2.0' },
      current: { number: '2.1' },
    });
  });

  test('with requireOn any, the minor 2.1 asks a user who accepted 2.0 to accept again', () => {
    expect(status([accepted('2.0')], '2031-04-15', 'any')).toMatchObject({
      needsAcceptance: true,
      reason: 'new-version',
      requiredBy: { number: '2.1' },
    });
  });

  test('with requireOn any, a user who accepted the minor in force is up to date', () => {
    expect(status([accepted('2.1')], '2031-04-15', 'any')).toMatchObject({ needsAcceptance: false, reason: 'up-to-date' });
  });

  test('a user who accepted 1.0 and skipped 2.0 is asked by the minor 2.1 in force: 2.0 took effect after their acceptance', () => {
    expect(status([accepted('1.0')], '2031-04-15')).toMatchObject({
      needsAcceptance: true,
      reason: 'major-version',
      requiredBy: { number: '2.0' },
    });
  });

  test('an accepted upcoming version counts: nothing newer has taken effect', () => {
    expect(status([accepted('3.0')], '2031-05-01')).toMatchObject({
      needsAcceptance: false,
      reason: 'up-to-date',
      accepted: { number: '3.0' },
      current: { number: '2.1' },
    });
  });

  test('accepting a withdrawn version counts for nothing', () => {
    const withWithdrawn = [version('3.0', '2031-06-01', true), ...HISTORY.slice(1)];
    expect(status([accepted('3.0')], '2031-07-01', 'major', withWithdrawn)).toMatchObject({
      needsAcceptance: true,
      reason: 'never-accepted',
      accepted: null,
      current: { number: '2.1' },
    });
    expect(status([accepted('2.0'), accepted('3.0')], '2031-07-01', 'major', withWithdrawn)).toMatchObject({
      needsAcceptance: false,
      accepted: { number: '2.0' },
    });
  });

  test('a policy whose first version is still upcoming asks nothing yet', () => {
    expect(status([], '2030-12-31')).toEqual({
      accepted: null,
      current: null,
      needsAcceptance: false,
      reason: 'no-version-in-effect',
      requiredBy: null,
    });
  });
});

describe('which version may be accepted', () => {
  const rule = (number: string, today: string, allowUpcoming = false, versions = HISTORY) =>
    acceptanceRefusal(versions, number, { today, allowUpcoming })?.rule ?? null;

  test('the version in effect may be accepted', () => {
    expect(rule('2.1', '2031-04-15')).toBeNull();
  });

  test('an older version may not', () => {
    expect(acceptanceRefusal(HISTORY, '2.0', { today: '2031-04-15', allowUpcoming: false })).toEqual({
      rule: 'superseded-version',
      message: 'version 2.0 is no longer in effect: the version to accept is 2.1',
    });
  });

  test('a version that does not exist may not', () => {
    expect(acceptanceRefusal(HISTORY, '9.9', { today: '2031-04-15', allowUpcoming: false })).toEqual({
      rule: 'unknown-version',
      message: 'version 9.9 does not exist for this policy: the version to accept is 2.1',
    });
  });

  test('a withdrawn version may not', () => {
    const withWithdrawn = [version('3.0', '2031-06-01', true), ...HISTORY.slice(1)];
    expect(acceptanceRefusal(withWithdrawn, '3.0', { today: '2031-05-01', allowUpcoming: true })).toEqual({
      rule: 'withdrawn-version',
      message: 'version 3.0 was withdrawn and never took effect, so it can not be accepted: the version to accept is 2.1',
    });
  });

  test('the upcoming version may not, unless allowUpcoming', () => {
    expect(acceptanceRefusal(HISTORY, '3.0', { today: '2031-05-01', allowUpcoming: false })).toEqual({
      rule: 'upcoming-version',
      message: 'version 3.0 takes effect on 2031-06-01 and can be accepted from that day: the version to accept is 2.1',
    });
    expect(rule('3.0', '2031-05-01', true)).toBeNull();
    expect(rule('2.1', '2031-05-01', true)).toBeNull();
  });

  test('only the next upcoming version, not a later one', () => {
    expect(rule('3.0', '2031-03-15', true)).toBe('not-next-version');
    expect(rule('2.1', '2031-03-15', true)).toBeNull();
  });

  test('the version in effect and the next one ignore withdrawn versions', () => {
    const withWithdrawn = [version('3.0', '2031-06-01'), version('2.1', '2031-04-01', true), ...HISTORY.slice(2)];
    expect(versionInEffect(withWithdrawn, '2031-04-15')?.number).toBe('2.0');
    expect(nextUpcomingVersion(withWithdrawn, '2031-03-15')?.number).toBe('3.0');
  });
});
