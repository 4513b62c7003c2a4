import controllerDetails from '../../content-types/components/controller-details.json';
import retentionRuleSchema from '../../content-types/retention-rule/schema.json';
import processorSchema from '../../content-types/processor/schema.json';
import sectionSchema from '../../content-types/policy-section/schema.json';
import policySchema from '../../content-types/policy/schema.json';
import { DATA_SUBJECT_RIGHTS } from '../../server/src/domain/enums';
import { diffSnapshots, PolicyDiff } from '../../server/src/versioning/diff';
import type { PolicySnapshot, ProcessorSnapshot, RetentionRuleSnapshot, SectionSnapshot } from '../../server/src/domain/snapshot';
import {
  durationInWords,
  Entity,
  fieldLabel,
  labelInSentence,
  languageOf,
  Language,
  namesOf,
  valuePiece,
  valueText,
  vocabulary,
} from '../../server/src/rendering/vocabulary';
import { claim, processor, retentionRule, section, snapshot } from '../fixtures/snapshots';

const LANGUAGES: Language[] = ['en', 'fr', 'de'];

describe("durations in words, in the version's language", () => {
  test.each([
    ['en', 'P6Y', '6 years'],
    ['en', 'P1Y', '1 year'],
    ['en', 'P18M', '18 months'],
    ['en', 'P1Y6M', '1 year and 6 months'],
    ['fr', 'P6Y', '6 ans'],
    // ICU writes a no-break space after "1" in French.
    ['fr', 'P1Y', '1\u00a0an'],
    ['fr-CA', 'P1Y6M', '1\u00a0an et 6\u00a0mois'],
    ['de', 'P6Y', '6 Jahre'],
    ['de', 'P30D', '30 Tage'],
    ['de-AT', 'P1Y', '1 Jahr'],
  ])('%s: %s is "%s"', (locale, period, words) => {
    expect(durationInWords(period, locale)).toBe(words);
  });

  test('no period reads as "no fixed period"; a locale without words reads English; a broken period is left as typed', () => {
    expect(durationInWords(null, 'en')).toBe('no fixed period');
    expect(durationInWords(null, 'fr')).toBe('sans durée fixe');
    expect(durationInWords(null, 'de')).toBe('keine feste Frist');
    expect(languageOf('pt-BR')).toBe('en');
    expect(durationInWords('P2W', 'not a locale!')).toBe('2 weeks');
    expect(durationInWords('six years', 'en')).toBe('six years');
  });
});

/** Two snapshots that differ in every field a snapshot has (but the slugs that identify things). */
const everyFieldChanged = () => {
  const fullProcessor = processor({
    slug: 'mailer',
    name: 'Mailer',
    category: 'email',
    role: 'processor',
    purpose: 'Sends our email',
    dataShared: ['email address'],
    privacyPolicyUrl: 'https://mailer.example/privacy',
    optOutUrl: 'https://mailer.example/opt-out',
    storageDescription: 'In the UK',
    transferNotes: 'None',
  });
  const fullRule = retentionRule({
    slug: 'orders',
    name: 'Orders',
    dataCategory: 'Order information',
    period: 'P6Y',
    periodText: '6 years',
    trigger: 'end-of-financial-year',
    triggerDescription: 'From the year end',
    reason: 'Tax law',
    criteria: ['a'],
  });
  const fullSection = section({
    slug: 'contact',
    title: 'Contact',
    category: 'collection',
    body: 'Old text.',
    dataCollected: ['email address'],
    dataSources: ['you'],
    provisionRequirement: 'Optional',
    legalBases: [claim('gdpr-art-6-1-f')],
    processors: [fullProcessor],
    retentionRules: [fullRule],
    storageLocation: 'UK',
    storageCountries: [{ code: 'GB', name: 'United Kingdom' }],
    automatedDecision: null,
    rights: ['access'],
    ageThreshold: null,
    lawReferences: ['UK GDPR'],
  });
  const before = snapshot([fullSection]);
  before.policy.websiteUrl = 'https://old.example';
  before.policy.introduction = 'Old introduction.';
  before.policy.controller = Object.fromEntries(Object.keys(controllerDetails.attributes).map((field) => [field, `old ${field}`]));

  const changed = (value: unknown, key: string): unknown => {
    if (key === 'storageCountries') return [...(value as unknown[]), { code: 'US', name: 'United States' }];
    if (key === 'automatedDecision')
      return { kind: 'profiling', logic: 'Scores', significance: 'Offers', howToObject: 'Write to us', legalEffect: true };
    if (key === 'ageThreshold') return 13;
    if (typeof value === 'string') return `${value} changed`;
    if (typeof value === 'boolean') return !value;
    if (Array.isArray(value)) return [...value, 'another'];
    return 'now stated';
  };
  const mutate = <T extends object>(item: T, keep: string[]): T =>
    Object.fromEntries(Object.entries(item).map(([key, value]) => [key, keep.includes(key) ? value : changed(value, key)])) as T;
  const nextProcessor: ProcessorSnapshot = {
    ...mutate(fullProcessor, ['slug', 'storageCountries']),
    storageCountries: [{ code: 'US', name: 'United States' }],
    transferMechanism: 'standard-contractual-clauses',
    additionalTransferMechanisms: ['binding-corporate-rules'],
  };
  const nextRule: RetentionRuleSnapshot = { ...mutate(fullRule, ['slug', 'periodText']), period: 'P7Y', trigger: 'collection' };
  const nextSection: SectionSnapshot = {
    ...mutate(fullSection, ['slug', 'position', 'children', 'legalBases', 'processors', 'retentionRules']),
    category: 'use',
    legalBases: [{ ...claim('gdpr-art-6-1-f'), justification: 'a new reason', justificationLabel: 'Our interest' }],
    processors: [nextProcessor, processor({ slug: 'host', name: 'Host' })],
    retentionRules: [nextRule, retentionRule({ slug: 'logs', name: 'Logs' })],
    rights: ['access', 'erasure'],
  };
  const after: PolicySnapshot = snapshot([nextSection], 'Privacy Notice');
  after.policy = {
    ...before.policy,
    ...mutate(before.policy, ['documentId', 'controller', 'locale']),
    kind: 'cookies',
    websiteUrl: 'https://new.example',
  };
  after.policy.controller = Object.fromEntries(
    Object.entries(before.policy.controller!).map(([field, value]) => [field, `${value} changed`]),
  );
  return { before, after, diff: diffSnapshots(before, after) };
};

const namedFields = (diff: PolicyDiff): [Entity, string][] => [
  ...diff.policy.map((change): [Entity, string] => ['policy', change.field]),
  ...[...diff.sections.reworded, ...diff.sections.changed].flatMap(({ changes }) =>
    changes.map((change): [Entity, string] => ['section', change.field]),
  ),
  ...diff.processors.changed.flatMap(({ changes }) => changes.map((change): [Entity, string] => ['processor', change.field])),
  ...diff.retentionRules.changed.flatMap(({ changes }) => changes.map((change): [Entity, string] => ['retentionRule', change.field])),
  ...diff.legalBases.changed.flatMap(({ changes }) => changes.map((change): [Entity, string] => ['legalBasis', change.field])),
];

describe('every field a diff can name has a label in every language', () => {
  const { diff } = everyFieldChanged();
  const fields = namedFields(diff);

  test('the fixture changes every kind of field the diff compares', () => {
    const of = (entity: Entity) =>
      fields
        .filter(([kind]) => kind === entity)
        .map(([, field]) => field)
        .sort();
    expect(of('section')).toEqual(
      [
        'ageThreshold',
        'automatedDecision',
        'body',
        'category',
        'dataCollected',
        'dataSources',
        'lawReferences',
        'processors',
        'provisionRequirement',
        'retentionRules',
        'rights',
        'storageCountries',
        'storageLocation',
        'title',
      ].sort(),
    );
    expect(of('processor')).toEqual(
      [
        'additionalTransferMechanisms',
        'category',
        'dataShared',
        'disclosedByName',
        'name',
        'optOutUrl',
        'privacyPolicyUrl',
        'purpose',
        'role',
        'safeguards',
        'storageCountries',
        'storageDescription',
        'transferMechanism',
        'transferNotes',
        'transfersOutsideUkEea',
      ].sort(),
    );
    expect(of('retentionRule')).toEqual(['criteria', 'dataCategory', 'name', 'period', 'reason', 'trigger', 'triggerDescription'].sort());
    expect(of('legalBasis')).toEqual(['justification', 'justificationLabel']);
    expect(of('policy')).toEqual(
      [
        ...['introduction', 'kind', 'slug', 'title', 'websiteUrl'],
        ...Object.keys(controllerDetails.attributes).map((field) => `controller.${field}`),
      ].sort(),
    );
  });

  test.each(LANGUAGES)('%s: no field is shown by its name', (language) => {
    const words = vocabulary(language);
    for (const [entity, field] of fields) {
      const label = field.startsWith('controller.') ? words.controller[field.slice('controller.'.length)] : words.fields[entity][field];
      expect({ entity, field, label }).toEqual({ entity, field, label: expect.any(String) });
      expect(fieldLabel(entity, field, language)).toBe(label);
      expect(label).not.toBe(field);
    }
  });

  test('the same field name reads differently where it means something else', () => {
    expect(fieldLabel('retentionRule', 'period', 'en')).toBe('Retention period');
    expect(fieldLabel('retentionRule', 'period', 'fr')).toBe('Durée de conservation');
    expect(fieldLabel('retentionRule', 'period', 'de')).toBe('Aufbewahrungsfrist');
    expect(fieldLabel('section', 'category', 'en')).toBe('Kind of section');
    expect(fieldLabel('processor', 'category', 'en')).toBe('Kind of recipient');
    expect(fieldLabel('policy', 'controller.dpoEmail', 'en')).toBe('Data protection officer email');
    expect(labelInSentence('Retention period', 'en')).toBe('retention period');
    expect(labelInSentence('Aufbewahrungsfrist', 'de')).toBe('Aufbewahrungsfrist');
    expect(labelInSentence('IT service provider', 'en')).toBe('IT service provider');
  });
});

describe('stored slugs are shown by their names', () => {
  const enumOf = (attribute: { enum?: string[] }) => attribute.enum ?? [];
  const cases: [string, string[], (language: Language) => Record<string, string>][] = [
    ['retention triggers', enumOf(retentionRuleSchema.attributes.trigger), (language) => vocabulary(language).triggers],
    ['transfer mechanisms', enumOf(processorSchema.attributes.transferMechanism), (language) => vocabulary(language).mechanisms],
    ['rights', [...DATA_SUBJECT_RIGHTS], (language) => vocabulary(language).rights],
    ['section categories', enumOf(sectionSchema.attributes.category), (language) => vocabulary(language).sectionCategories],
    ['processor categories', enumOf(processorSchema.attributes.category), (language) => vocabulary(language).processorCategories],
    ['processor roles', enumOf(processorSchema.attributes.role), (language) => vocabulary(language).roles],
    ['policy kinds', enumOf(policySchema.attributes.kind), (language) => vocabulary(language).policyKinds],
  ];
  test.each(cases.flatMap(([name, values, names]) => LANGUAGES.map((language) => [name, language, values, names] as const)))(
    '%s in %s',
    (_name, language, values, names) => {
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) {
        expect({ value, name: names(language)[value] }).toEqual({ value, name: expect.any(String) });
        expect(names(language)[value]).not.toBe(value);
      }
    },
  );

  test('values of changed fields are in words: triggers, safeguards, rights, countries, durations, yes and no', () => {
    expect(valueText('retentionRule', 'trigger', 'end-of-financial-year', 'en')).toBe('The end of the financial year');
    expect(valueText('retentionRule', 'trigger', 'end-of-financial-year', 'fr')).toBe('La clôture de l’exercice comptable');
    expect(valueText('retentionRule', 'period', 'P6Y', 'de')).toBe('6 Jahre');
    expect(valueText('retentionRule', 'period', null, 'en')).toBe('no fixed period');
    expect(valueText('processor', 'transferMechanism', 'standard-contractual-clauses', 'fr')).toBe('Clauses contractuelles types');
    expect(valueText('section', 'rights', 'erasure', 'en')).toBe('Have your information deleted');
    expect(valueText('section', 'storageCountries', 'US', 'fr')).toBe('États-Unis');
    expect(valueText('processor', 'disclosedByName', false, 'de')).toBe('Nein');
    expect(valueText('section', 'ageThreshold', null, 'en')).toBe('(none)');
  });

  test('the law that applies and the kind of purpose show in words, not as their stored values', () => {
    expect(valueText('policy', 'applicableLaw', 'uk-gdpr', 'en')).toMatch(/UK GDPR/);
    expect(valueText('policy', 'applicableLaw', 'uk-gdpr', 'en')).not.toBe('uk-gdpr');
    expect(valueText('policy', 'applicableLaw', 'eu-and-uk-gdpr', 'de')).toMatch(/ und /);
    expect(valueText('section', 'dpvPurpose', 'DirectMarketing', 'en')).toBe('Direct marketing');
    expect(valueText('section', 'dpvPurpose', 'DirectMarketing', 'fr')).toBe('Prospection commerciale');
    expect(valueText('section', 'dpvPurpose', 'SomethingNew', 'en')).toBe('SomethingNew');
  });

  test('linked processors and retention rules are named from the snapshots, else from their slug', () => {
    const { before, after, diff } = everyFieldChanged();
    const names = namesOf(diff, before, after);
    expect(valueText('section', 'processors', 'host', 'en', names)).toBe('Host');
    expect(valueText('section', 'retentionRules', 'logs', 'en', names)).toBe('Logs');
    expect(valueText('section', 'processors', 'web-agency', 'en')).toBe('Web agency');
  });

  test('web and email addresses are links; anything else is not', () => {
    expect(valuePiece('processor', 'privacyPolicyUrl', 'https://mailer.example/privacy', 'en')).toEqual({
      text: 'https://mailer.example/privacy',
      href: 'https://mailer.example/privacy',
    });
    expect(valuePiece('policy', 'controller.email', 'privacy@example.test', 'en')).toEqual({
      text: 'privacy@example.test',
      href: 'mailto:privacy@example.test',
    });
    expect(valuePiece('processor', 'optOutUrl', 'javascript:alert(1)', 'en')).toEqual({ text: 'javascript:alert(1)' });
    expect(valuePiece('section', 'storageLocation', 'London', 'en')).toEqual({ text: 'London' });
  });
});
