import path from 'node:path';
import policySchema from '../../content-types/policy/schema.json';
import sectionSchema from '../../content-types/policy-section/schema.json';
import processorSchema from '../../content-types/processor/schema.json';
import retentionRuleSchema from '../../content-types/retention-rule/schema.json';
import legalBasisSchema from '../../content-types/legal-basis/schema.json';
import controllerDetails from '../../content-types/components/controller-details.json';
import legalBasisClaim from '../../content-types/components/legal-basis-claim.json';
import automatedDecision from '../../content-types/components/automated-decision.json';
import en from '../../admin/src/translations/en.json';
import fr from '../../admin/src/translations/fr.json';
import de from '../../admin/src/translations/de.json';
import { EDIT_VIEWS } from '../../shared/editor-fields/edit-views';
import { WORDING } from '../../shared/editor-fields/translate';
import { CUSTOM_FIELDS, customFieldUid } from '../../shared/editor-fields/custom-fields';
import { RIGHTS, TRANSFER_MECHANISMS, VOCABULARIES } from '../../shared/editor-fields/vocabularies';
import { COMPONENT_KEYS, ComponentKey, CONTENT_TYPE_KEYS, EDITOR_LANGUAGES, MODEL_KEYS, ModelKey } from '../../shared/editor-fields/types';
import { contentTypeNameMessages } from '../../shared/editor-fields/display-names';
import { DATA_SUBJECT_RIGHTS, TRANSFER_MECHANISMS as SERVER_TRANSFER_MECHANISMS } from '../../server/src/domain/enums';

type Attribute = { type: string; customField?: string; enum?: string[]; options?: { choices?: string }; [key: string]: unknown };

const SCHEMAS: Record<ModelKey, { attributes: Record<string, Attribute> }> = {
  policy: policySchema as any,
  'policy-section': sectionSchema as any,
  processor: processorSchema as any,
  'retention-rule': retentionRuleSchema as any,
  'legal-basis': legalBasisSchema as any,
  'controller-details': controllerDetails as any,
  'legal-basis-claim': legalBasisClaim as any,
  'automated-decision': automatedDecision as any,
};

const TRANSLATIONS: Record<string, Record<string, string>> = { en, fr, de };

/** The content manager's own field sizes (which widths each type may take), as its layout sync applies them. */
const contentManagerSizes = require(
  path.resolve(__dirname, '../../node_modules/@strapi/content-manager/dist/server/services/field-sizes.js'),
)({ strapi: null }).getAllFieldSizes();

const sizeRule = (attribute: Attribute) => {
  if (attribute.type === 'customField') {
    const field = Object.values(CUSTOM_FIELDS).find((candidate) => customFieldUid(keyOf(candidate.name)) === attribute.customField);
    return field!.inputSize;
  }
  return contentManagerSizes[attribute.type];
};
/** What the content manager can list (its isListable: no JSON, password, rich text, blocks or dynamic zone) as one value per row. */
const isListable = (attribute: Attribute) => {
  const stored = attribute.type === 'customField' ? sizeType(attribute) : attribute.type;
  if (['json', 'richtext', 'blocks', 'component', 'dynamiczone', 'password', 'media'].includes(stored)) return false;
  return stored !== 'relation' || ['oneToOne', 'manyToOne', 'oneWay'].includes(String(attribute.relation));
};
const sizeType = (attribute: Attribute) =>
  Object.values(CUSTOM_FIELDS).find((field) => customFieldUid(keyOf(field.name)) === attribute.customField)!.type as string;
const keyOf = (name: string) => Object.entries(CUSTOM_FIELDS).find(([, field]) => field.name === name)![0] as keyof typeof CUSTOM_FIELDS;

describe.each(MODEL_KEYS)('the %s edit view', (key) => {
  const attributes = SCHEMAS[key].attributes;
  const names = Object.keys(attributes);

  test('every field has a label and a one-line description in English, French and German, and no field is described that does not exist', () => {
    for (const language of EDITOR_LANGUAGES) {
      const wording = WORDING[language][key];
      expect(Object.keys(wording).sort()).toEqual([...names].sort());
      for (const [field, words] of Object.entries(wording)) {
        expect(words.label.trim()).not.toBe('');
        expect(words.label).not.toBe(field);
        expect(words.description.trim()).not.toBe('');
        expect(words.description).not.toMatch(/\n/);
        expect(words.description.length).toBeLessThanOrEqual(220);
      }
    }
  });

  test('every language gives the same fields an example', () => {
    const withExamples = (language: (typeof EDITOR_LANGUAGES)[number]) =>
      Object.entries(WORDING[language][key])
        .filter(([, words]) => words.placeholder)
        .map(([field]) => field)
        .sort();
    expect(withExamples('fr')).toEqual(withExamples('en'));
    expect(withExamples('de')).toEqual(withExamples('en'));
  });

  test('the layout places every field once, in rows of at most 12 columns, at widths the content manager accepts', () => {
    const placed = EDIT_VIEWS[key].layout.flat().map((field) => field.name);
    expect([...placed].sort()).toEqual([...names].sort());
    for (const row of EDIT_VIEWS[key].layout) {
      expect(row.reduce((sum, field) => sum + field.size, 0)).toBeLessThanOrEqual(12);
      for (const field of row) {
        const rule = sizeRule(attributes[field.name]);
        expect(rule).toBeDefined();
        if (!rule.isResizable) expect([field.name, field.size]).toEqual([field.name, rule.default]);
      }
    }
    expect(names).toContain(EDIT_VIEWS[key].mainField);
  });

  test('the list view columns are attributes the content manager can list, shown in words', () => {
    const list = EDIT_VIEWS[key].list;
    if (COMPONENT_KEYS.includes(key as ComponentKey)) {
      expect(list).toBeUndefined();
      return;
    }
    expect(list!.length).toBeGreaterThanOrEqual(2);
    for (const name of list!) {
      const attribute = attributes[name];
      expect([name, isListable(attribute)]).toEqual([name, true]);
      // A slug is for machines; a choice is listed by name (admin/src/custom-fields/list-view.tsx).
      expect([name, attribute.type]).not.toEqual([name, 'uid']);
    }
  });

  test('no field is a raw JSON editor and every choice is shown by name', () => {
    for (const [name, attribute] of Object.entries(attributes)) {
      expect([name, attribute.type]).not.toEqual([name, 'json']);
      expect([name, attribute.type]).not.toEqual([name, 'enumeration']);
    }
  });
});

describe('choice names', () => {
  const choiceFields = MODEL_KEYS.flatMap((key) =>
    Object.entries(SCHEMAS[key].attributes)
      .filter(([, attribute]) => attribute.customField === customFieldUid('choice'))
      .map(([name, attribute]) => [`${key}.${name}`, attribute] as const),
  );

  test.each(choiceFields)('%s names every value in English, French and German', (_, attribute) => {
    const vocabulary = attribute.options?.choices;
    expect(VOCABULARIES).toContain(vocabulary);
    for (const language of EDITOR_LANGUAGES) {
      for (const value of attribute.enum ?? [])
        expect([language, value, TRANSLATIONS[language][`choices.${vocabulary}.${value}`]]).toEqual([language, value, expect.any(String)]);
    }
  });

  test('the checklists offer exactly the values the server accepts, each named in every language', () => {
    expect([...RIGHTS].sort()).toEqual([...DATA_SUBJECT_RIGHTS].sort());
    expect([...TRANSFER_MECHANISMS].sort()).toEqual([...SERVER_TRANSFER_MECHANISMS].sort());
    for (const language of EDITOR_LANGUAGES) {
      for (const right of RIGHTS) expect(TRANSLATIONS[language][`choices.rights.${right}`]).toEqual(expect.any(String));
      for (const mechanism of TRANSFER_MECHANISMS)
        expect(TRANSLATIONS[language][`choices.transfer-mechanism.${mechanism}`]).toEqual(expect.any(String));
    }
  });

  test('the admin translations have the same keys in every language', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });
});

describe('content type names', () => {
  test('French and German admins read the five types by name in their language; English ones by the display names', () => {
    expect(contentTypeNameMessages('fr')).toEqual({
      Policy: 'Politique',
      'Policy section': 'Section de politique',
      Processor: 'Sous-traitant',
      'Retention rule': 'Règle de conservation',
      'Legal basis': 'Base légale',
    });
    expect(contentTypeNameMessages('de-CH')['Policy section']).toBe('Richtlinienabschnitt');
    expect(Object.keys(contentTypeNameMessages('de')).sort()).toEqual(CONTENT_TYPE_KEYS.map((key) => EDIT_VIEWS[key].displayName).sort());
    expect(contentTypeNameMessages('en')).toEqual({});
    expect(contentTypeNameMessages('es')).toEqual({});
  });

  test('the display names the admin translates are the schemas’ own', () => {
    for (const key of CONTENT_TYPE_KEYS) expect((SCHEMAS[key] as any).info.displayName).toBe(EDIT_VIEWS[key].displayName);
  });
});
