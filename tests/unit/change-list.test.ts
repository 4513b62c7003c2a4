import { diffSnapshots } from '../../server/src/versioning/diff';
import { classify } from '../../server/src/versioning/classifier';
import { changeList } from '../../server/src/notifications/change-list';
import { processor, retentionRule, section, snapshot } from '../fixtures/snapshots';

/** Orders kept 7 years instead of 6, the phone number collected too, a mailer added, the right to erasure no longer stated. */
const versions = () => {
  const before = snapshot([
    section({
      slug: 'orders',
      title: 'Your orders',
      dataCollected: ['name'],
      rights: ['access', 'erasure'],
      retentionRules: [retentionRule({ slug: 'orders', name: 'Order information', period: 'P6Y' })],
    }),
  ]);
  const after = snapshot([
    section({
      slug: 'orders',
      title: 'Your orders',
      dataCollected: ['name', 'phone number'],
      rights: ['access'],
      processors: [processor({ slug: 'mailer', name: 'Mailer', category: 'email' })],
      retentionRules: [retentionRule({ slug: 'orders', name: 'Order information', period: 'P7Y' })],
    }),
  ]);
  return diffSnapshots(before, after);
};

test('English: the reasons for a major version first, durations and rights in words', () => {
  const diff = versions();
  expect(changeList(diff, classify(diff), 'en')).toEqual([
    '"Your orders" collects more data: phone number',
    'New recipient of your information: "Mailer" (email provider)',
    '"Order information" is kept longer: 6 years → 7 years',
    'No longer stated among your rights: Have your information deleted',
    'Changes to "Your orders": your rights, who receives it',
  ]);
});

test('French and German, from the same diff', () => {
  const diff = versions();
  expect(changeList(diff, classify(diff), 'fr')).toEqual([
    'Données supplémentaires collectées dans «\u00a0Your orders\u00a0» : phone number',
    'Nouveau destinataire de vos informations : «\u00a0Mailer\u00a0» (service de messagerie)',
    'Durée de conservation allongée pour «\u00a0Order information\u00a0» : 6 ans → 7 ans',
    'Ne figure plus parmi vos droits : Faire effacer vos informations',
    'Modifications de «\u00a0Your orders\u00a0» : vos droits, destinataires',
  ]);
  expect(changeList(diff, classify(diff), 'de-DE')).toEqual([
    'Zusätzlich erhobene Daten in „Your orders“: phone number',
    'Neuer Empfänger Ihrer Daten: „Mailer“ (E-Mail-Anbieter)',
    'Längere Aufbewahrung für „Order information“: 6 Jahre → 7 Jahre',
    'Nicht mehr unter Ihren Rechten genannt: Ihre Daten löschen lassen',
    'Änderungen an „Your orders“: Ihre Rechte, Empfänger',
  ]);
});

test('the lines never show an ISO period, a slug, a field name or an address in angle brackets', () => {
  const diff = versions();
  for (const locale of ['en', 'fr', 'de']) {
    const text = changeList(diff, classify(diff), locale).join('\n');
    expect(text).not.toMatch(/P\d+Y|erasure|dataCollected|retentionRules|processors|period\b|<https?:/);
  }
});

test('a shorter period and a new trigger are listed with their values in words', () => {
  const before = snapshot([
    section({
      slug: 's',
      title: 'S',
      retentionRules: [retentionRule({ slug: 'logs', name: 'Server logs', period: 'P1Y', trigger: 'collection' })],
    }),
  ]);
  const after = snapshot([
    section({
      slug: 's',
      title: 'S',
      retentionRules: [retentionRule({ slug: 'logs', name: 'Server logs', period: 'P6M', trigger: 'account-closed' })],
    }),
  ]);
  const diff = diffSnapshots(before, after);
  expect(changeList(diff, classify(diff), 'en')).toEqual([
    'Changes to "Server logs": retention period (1 year → 6 months), counted from (When the information is collected → When the account is closed)',
  ]);
});

test('without a stored classification the reasons are worked out again; a null diff has no lines', () => {
  const diff = versions();
  expect(changeList(diff, null, 'en')).toEqual(changeList(diff, classify(diff), 'en'));
  expect(changeList(null, null, 'en')).toEqual([]);
});

test('a long list ends with how many more changes there are, singular or plural, in the language', () => {
  const titles = Array.from({ length: 14 }, (_, index) => `Section ${index + 1}`);
  const before = snapshot([section({ slug: 'start', title: 'Start' })]);
  const after = snapshot([
    section({ slug: 'start', title: 'Start' }),
    ...titles.map((title, index) => section({ slug: `s${index}`, title })),
  ]);
  const diff = diffSnapshots(before, after);
  expect(changeList(diff, classify(diff), 'en').slice(-1)).toEqual(['…and 2 more changes']);
  expect(changeList(diff, classify(diff), 'en', 13).slice(-1)).toEqual(['…and 1 more change']);
  expect(changeList(diff, classify(diff), 'fr', 13).slice(-1)).toEqual(['…et 1 autre modification']);
  expect(changeList(diff, classify(diff), 'de').slice(-1)).toEqual(['…und 2 weitere Änderungen']);
  expect(changeList(diff, classify(diff), 'en')[0]).toBe('New section "Section 1"');
});
