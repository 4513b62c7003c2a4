import { render } from '../../server/src/rendering';
import { section, snapshot } from '../fixtures/snapshots';

const policy = snapshot([section({ slug: 'summary', title: 'Summary', body: 'We collect little.' })]);
const version = {
  number: '2.0',
  changeType: 'major' as const,
  effectiveDate: '2031-04-05',
  changeSummary: 'Longer retention',
  publishedAt: '2031-03-01T10:00:00.000Z',
};
const withdrawn = { ...version, withdrawn: { at: '2031-03-10T09:00:00.000Z', reason: 'Our accountant confirmed six years is enough.' } };
const NOTICE =
  'This version was withdrawn on 10 March 2031 and never took effect. Reason given: Our accountant confirmed six years is enough.';

test.each(['html', 'markdown', 'text', 'printable'] as const)(
  'a withdrawn version says so in %s, and a version in force does not',
  (format) => {
    const shown = render(policy, { version: withdrawn, upcoming: null }, format) as string;
    expect(shown.replace(/\s+/g, ' ')).toContain(NOTICE);
    const inForce = render(policy, { version: { ...version, withdrawn: null }, upcoming: null }, format) as string;
    expect(inForce).toContain('Version');
    expect(inForce).not.toContain('withdrawn');
  },
);

test('the JSON carries the withdrawal as data', () => {
  expect((render(policy, { version: withdrawn, upcoming: null }, 'json') as any).version.withdrawn).toEqual(withdrawn.withdrawn);
});

test('a redline to a withdrawn version says it never took effect, in the version language', () => {
  const { renderRedline } = require('../../server/src/rendering/redline');
  const { diffSnapshots } = require('../../server/src/versioning/diff');
  const changed = snapshot([section({ slug: 'summary', title: 'Summary', body: 'We collect very little.' })]);
  const diff = diffSnapshots(policy, changed);
  const from = { ...version, number: '1.0', withdrawn: null };
  expect(renderRedline('Privacy Policy', diff, from, withdrawn, 'en')).toContain(
    'Version 2.0 was withdrawn on <time datetime="2031-03-10">10 March 2031</time>: it never took effect.',
  );
  expect(renderRedline('Privacy Policy', diff, from, withdrawn, 'fr')).toContain('La version 2.0 a été retirée le');
  const inForce = renderRedline('Privacy Policy', diff, from, { ...version, withdrawn: null }, 'en');
  expect(inForce).toContain('Version 2.0 takes effect on');
  expect(inForce).not.toContain('withdrawn');
});
