import { publishingRuleViolations, PublishContext, PublishRequest } from '../../server/src/versioning/publishing-rules';
import { nextVersionNumber, parseVersionNumber } from '../../server/src/versioning/numbering';

const MINOR = { suggestion: 'minor' as const, reasons: [] };
const MAJOR = {
  suggestion: 'major' as const,
  reasons: [{ rule: 'longer-retention' as const, message: '"Orders" is kept longer', path: 'retentionRules.orders.period' }],
};
const context = (overrides: Partial<PublishContext> = {}): PublishContext => ({
  isFirstVersion: false,
  today: '2031-03-01',
  noticePeriodDays: 30,
  classification: MINOR,
  pendingVersion: null,
  ...overrides,
});
const rules = (request: PublishRequest, overrides: Partial<PublishContext> = {}) =>
  publishingRuleViolations(request, context(overrides)).map((violation) => violation.rule);

describe('each publishing rule, with an example that breaks it and one that does not', () => {
  test.each([
    ['change-type-required', { effectiveDate: '2031-03-01' }, { changeType: 'minor', effectiveDate: '2031-03-01' }, {}],
    [
      'effective-date-required',
      { changeType: 'minor', effectiveDate: '2031-02-30' },
      { changeType: 'minor', effectiveDate: '2031-03-01' },
      {},
    ],
    [
      'summary-required-for-major',
      { changeType: 'major', effectiveDate: '2031-04-01', changeSummary: '  ' },
      { changeType: 'major', effectiveDate: '2031-04-01', changeSummary: 'Longer retention' },
      {},
    ],
    [
      'major-notice-period',
      { changeType: 'major', effectiveDate: '2031-03-30', changeSummary: 'x' },
      { changeType: 'major', effectiveDate: '2031-03-31', changeSummary: 'x' },
      {},
    ],
    ['minor-not-backdated', { changeType: 'minor', effectiveDate: '2031-02-28' }, { changeType: 'minor', effectiveDate: '2031-03-01' }, {}],
    [
      'classified-major',
      { changeType: 'minor', effectiveDate: '2031-03-01' },
      { changeType: 'minor', effectiveDate: '2031-03-01', overrideClassifier: true },
      { classification: MAJOR },
    ],
    [
      'before-pending-version',
      { changeType: 'minor', effectiveDate: '2031-04-04' },
      { changeType: 'minor', effectiveDate: '2031-04-05' },
      { pendingVersion: { number: '2.0', effectiveDate: '2031-04-05' } },
    ],
  ])('%s', (rule, breaking, keeping, overrides) => {
    expect(rules(breaking as PublishRequest, overrides as Partial<PublishContext>)).toEqual([rule]);
    expect(rules(keeping as PublishRequest, overrides as Partial<PublishContext>)).toEqual([]);
  });

  test('the first version may carry any effective date and is never classified', () => {
    expect(rules({ changeType: 'minor', effectiveDate: '2018-05-31' }, { isFirstVersion: true, classification: MAJOR })).toEqual([]);
    expect(rules({ changeType: 'major', effectiveDate: '2018-05-31', changeSummary: 'First' }, { isFirstVersion: true })).toEqual([]);
  });

  test('the pending-version message names the version, its date and both ways out', () => {
    const [violation] = publishingRuleViolations(
      { changeType: 'minor', effectiveDate: '2031-03-01' },
      context({ pendingVersion: { number: '2.0', effectiveDate: '2031-04-05' } }),
    );
    expect(violation).toEqual({
      rule: 'before-pending-version',
      path: ['effectiveDate'],
      message:
        'version 2.0, published earlier, takes effect on 2031-04-05 and this version would contain its changes: choose 2031-04-05 or later, or withdraw version 2.0 first',
    });
  });

  test('every rule a publish breaks is listed, not only the first', () => {
    const all = rules(
      { changeType: 'minor', effectiveDate: '2031-02-01' },
      { classification: MAJOR, pendingVersion: { number: '2.0', effectiveDate: '2031-04-05' } },
    );
    expect(all).toEqual(['minor-not-backdated', 'before-pending-version', 'classified-major']);
    expect(
      rules({ changeType: 'major', effectiveDate: '2031-03-02' }, { pendingVersion: { number: '2.0', effectiveDate: '2031-04-05' } }),
    ).toEqual(['summary-required-for-major', 'major-notice-period', 'before-pending-version']);
    expect(rules({ changeType: null, effectiveDate: null })).toEqual(['change-type-required', 'effective-date-required']);
  });
});

describe('version numbers', () => {
  const n = (text: string) => parseVersionNumber(text)!;
  test.each([
    ['the first version', null, [], 'minor', '1.0'],
    ['a minor change', '1.2', ['1.0', '1.1', '1.2'], 'minor', '1.3'],
    ['a major change', '1.2', ['1.0', '1.1', '1.2'], 'major', '2.0'],
    ['a major change after a withdrawn 2.0', '1.2', ['1.0', '1.2', '2.0'], 'major', '3.0'],
    ['a minor change after a withdrawn 2.0 continues the line in force', '1.2', ['1.0', '1.2', '2.0'], 'minor', '1.3'],
    ['a minor change after a withdrawn 1.3', '1.2', ['1.2', '1.3'], 'minor', '1.4'],
    ['a publish after the only version was withdrawn', null, ['1.0'], 'minor', '2.0'],
  ])('%s', (_name, active, recorded, changeType, expected) => {
    const next = nextVersionNumber(active ? n(active) : null, (recorded as string[]).map(n), changeType as 'minor' | 'major');
    expect(`${next.major}.${next.minor}`).toBe(expected);
  });

  test('parses only numbers such as 2.10', () => {
    expect(parseVersionNumber('2.10')).toEqual({ major: 2, minor: 10 });
    expect(parseVersionNumber('2')).toBeNull();
    expect(parseVersionNumber('v2.0')).toBeNull();
  });
});
