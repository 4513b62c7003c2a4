import {
  flattenSections,
  legalBasesOf,
  processorFields,
  retentionRuleFields,
  sectionFields,
} from '../../server/src/versioning/snapshot-fields';
import { claim, processor, retentionRule, section } from '../fixtures/snapshots';

test('a processor goes back to the fields an editor writes: country codes, no derived values', () => {
  const fields = processorFields(
    processor({
      slug: 'aws',
      name: 'AWS',
      category: 'hosting',
      storageCountries: [
        { code: 'IE', name: 'Ireland' },
        { code: 'US', name: 'United States of America' },
      ],
    } as any),
  );
  expect(fields.storageCountries).toEqual(['IE', 'US']);
  expect(fields).not.toHaveProperty('transfersOutsideUkEea');
  expect(fields).toMatchObject({ slug: 'aws', name: 'AWS', category: 'hosting' });
});

test('a retention rule keeps its ISO period and leaves its wording in words to the renderers', () => {
  const fields = retentionRuleFields(retentionRule({ slug: 'orders', name: 'Orders', period: 'P6Y' }));
  expect(fields.period).toBe('P6Y');
  expect(fields).not.toHaveProperty('periodText');
});

test('a section has no children or relations of its own in its fields', () => {
  const fields = sectionFields(section({ slug: 'contact', title: 'Contact', children: [section({ slug: 'email', title: 'Email' })] }));
  expect(fields).not.toHaveProperty('children');
  expect(fields).not.toHaveProperty('processors');
  expect(fields).toMatchObject({ slug: 'contact', title: 'Contact' });
});

test('sections flatten parents first, each with its parent slug; legal bases are collected once by code', () => {
  const tree = [
    section({
      slug: 'contact',
      title: 'Contact',
      legalBases: [claim('gdpr-art-6-1-f')],
      children: [section({ slug: 'email', title: 'Email', legalBases: [claim('gdpr-art-6-1-f'), claim('gdpr-art-6-1-a')] })],
    }),
    section({ slug: 'rights', title: 'Rights' }),
  ];
  expect(flattenSections(tree).map(({ section: entry, parent }) => [entry.slug, parent])).toEqual([
    ['contact', null],
    ['email', 'contact'],
    ['rights', null],
  ]);
  expect(legalBasesOf(tree).map((basis) => basis.code)).toEqual(['gdpr-art-6-1-f', 'gdpr-art-6-1-a']);
});
