import config from '../../server/src/config';
import { isoDurationRule } from '../../server/src/domain/field-rules';
import { parseSimplePeriod, periodInMonths, periodInWords, readAmount, storedPeriod, toIsoPeriod } from '../../shared/editor-fields/period';
import { editorLanguageOf, translateEditLayout, translatedText } from '../../shared/editor-fields/translate';
import {
  decide,
  fingerprint,
  managedFields,
  mergeLayout,
  ModelConfiguration,
  pluginConfiguration,
} from '../../server/src/content-manager/edit-view-configuration';
import { EDIT_VIEWS } from '../../shared/editor-fields/edit-views';

describe('retention periods', () => {
  test.each([
    ['P6Y', { amount: 6, unit: 'years' }],
    ['P18M', { amount: 18, unit: 'months' }],
    ['P2W', { amount: 2, unit: 'weeks' }],
    ['P30D', { amount: 30, unit: 'days' }],
    ['p7y', { amount: 7, unit: 'years' }],
    ['P1Y6M', null],
    ['PT12H', null],
    ['', null],
    [null, null],
  ])('%p is read as %p', (iso, expected) => {
    expect(parseSimplePeriod(iso as string | null)).toEqual(expected);
    if (expected) expect(toIsoPeriod(expected as any)).toBe(String(iso).toUpperCase());
  });

  test('years and months convert to months exactly; other combinations do not', () => {
    expect(periodInMonths('P1Y6M')).toBe(18);
    expect(periodInMonths('P2Y')).toBe(24);
    expect(periodInMonths('P1M2D')).toBeNull();
    expect(periodInMonths('PT1H')).toBeNull();
  });

  test.each([
    ['P6Y', 'en', '6 years'],
    ['P1Y', 'en', '1 year'],
    ['P1Y6M', 'en', '1 year, 6 months'],
    ['P6Y', 'fr', '6 ans'],
    ['P18M', 'fr', '18 mois'],
    ['P6Y', 'de', '6 Jahre'],
    ['P2W', 'de', '2 Wochen'],
    ['nonsense', 'en', null],
  ])('%s in %s is "%s"', (iso, locale, words) => {
    // French puts a no-break space between the number and the unit.
    expect(periodInWords(iso, locale)?.replace(/[\u00a0\u202f]/g, ' ') ?? null).toBe(words);
  });

  test('what the editor types becomes the stored duration, and every refused entry is one the server refuses too', () => {
    expect(storedPeriod('7', 'years')).toBe('P7Y');
    expect(storedPeriod(' 30 ', 'days')).toBe('P30D');
    expect(storedPeriod('', 'years')).toBeNull();
    for (const typed of ['0', '1.5', '-3', 'six', '1e3']) {
      expect(readAmount(typed)).toHaveProperty('problem');
      expect(isoDurationRule(storedPeriod(typed, 'years'))).not.toBeNull();
    }
    expect(readAmount('0')).toEqual({ problem: 'zero' });
    expect(readAmount('1.5')).toEqual({ problem: 'not-whole' });
    for (const typed of ['1', '7', '120']) expect(isoDurationRule(storedPeriod(typed, 'months'))).toBeNull();
  });
});

describe('edit view wording in the admin language', () => {
  test('admin locales map to the plugin languages', () => {
    expect(editorLanguageOf('fr')).toBe('fr');
    expect(editorLanguageOf('de-CH')).toBe('de');
    expect(editorLanguageOf('en')).toBe('en');
    expect(editorLanguageOf('es')).toBeNull();
    expect(editorLanguageOf(null)).toBeNull();
  });

  test("the plugin's words are translated whatever language they were stored in; an admin's own words are kept", () => {
    expect(translatedText('processor', 'storageCountries', 'label', 'Countries where they store the data', 'fr')).toBe(
      'Pays où il stocke les données',
    );
    expect(translatedText('processor', 'storageCountries', 'label', 'Pays où il stocke les données', 'de')).toBe(
      'Länder, in denen er die Daten speichert',
    );
    expect(translatedText('processor', 'storageCountries', 'label', 'Where the servers are', 'fr')).toBe('Where the servers are');
    expect(translatedText('processor', 'storageCountries', 'label', 'Countries where they store the data', null)).toBe(
      'Countries where they store the data',
    );
  });

  const field = (name: string, label: string, hint = '', placeholder = '') => ({ name, label, hint, placeholder, size: 6 });

  test("a processor's layout and its components are translated; another model's layout is left alone", () => {
    const layout = {
      layout: [
        [
          [
            field(
              'storageCountries',
              'Countries where they store the data',
              'Every country where this provider stores the data, including backups.',
            ),
            field('name', 'Supplier'),
          ],
        ],
      ],
      components: {
        'privacy-policy.controller-details': { layout: [[field('dpoName', 'Data protection officer')]] },
        'shared.seo': { layout: [[field('dpoName', 'Data protection officer')]] },
      },
      settings: { displayName: 'Processor' },
    };
    const french = translateEditLayout(layout, 'fr');
    expect(french.layout[0][0][0]).toMatchObject({
      label: 'Pays où il stocke les données',
      hint: 'Chaque pays où ce prestataire stocke les données, sauvegardes comprises.',
    });
    expect(french.layout[0][0][1].label).toBe('Supplier');
    expect(french.components['privacy-policy.controller-details'].layout[0][0].label).toBe('Délégué à la protection des données');
    expect(french.components['shared.seo'].layout[0][0].label).toBe('Data protection officer');
    const other = translateEditLayout({ ...layout, settings: { displayName: 'Article' } }, 'fr');
    expect(other.layout[0][0][0].label).toBe('Countries where they store the data');
  });
});

describe('the content manager configuration the plugin writes', () => {
  /** A configuration as the content manager creates it: labels are the attribute names, fields in schema order. */
  const defaults = (names: string[], extra: string[] = []): ModelConfiguration => ({
    settings: { mainField: 'id', pageSize: 10 },
    metadatas: Object.fromEntries(
      [...names, ...extra].map((name) => [
        name,
        {
          edit: { label: name, description: '', placeholder: '', visible: true, editable: true },
          list: { label: name, searchable: true, sortable: true },
        },
      ]),
    ),
    layouts: {
      list: ['id', names[0]],
      edit: [...names, ...extra].map((name) => [{ name, size: 6 }]),
    },
  });
  const retentionFields = EDIT_VIEWS['retention-rule'].layout.flat().map((field) => field.name);

  test('labels, help, main field and layout are set; a field the plugin does not know is kept at the end', () => {
    const current = defaults(retentionFields, ['internalNote']);
    const written = pluginConfiguration('retention-rule', current, 'en');
    expect(written.metadatas.period.edit).toMatchObject({ label: 'How long', visible: true, editable: true });
    expect(written.metadatas.period.list.label).toBe('How long');
    expect(written.metadatas.internalNote.edit.label).toBe('internalNote');
    expect(written.settings).toEqual({ mainField: 'name', pageSize: 10 });
    expect(written.layouts.edit.slice(0, EDIT_VIEWS['retention-rule'].layout.length)).toEqual(EDIT_VIEWS['retention-rule'].layout);
    expect(written.layouts.edit.at(-1)).toEqual([{ name: 'internalNote', size: 6 }]);
    // The list view shows the period and its trigger instead of the content manager's first columns (id, name).
    expect(current.layouts.list).toEqual(['id', 'name']);
    expect(written.layouts.list).toEqual(['name', 'period', 'trigger']);
    expect(mergeLayout('retention-rule', [[{ name: 'name', size: 6 }]])).toEqual([[{ name: 'name', size: 6 }]]);
    expect(pluginConfiguration('retention-rule', current, 'de').metadatas.period.edit.label).toBe('Dauer');
  });

  test('written on first install, rewritten while untouched, never over an admin change', () => {
    const fresh = defaults(retentionFields);
    const desired = pluginConfiguration('retention-rule', fresh, 'en');
    expect(decide('retention-rule', fresh, undefined, desired)).toBe('write');

    const fields = managedFields('retention-rule', desired);
    const record = { fields, fingerprint: fingerprint(desired, fields), language: 'en' as const };
    expect(decide('retention-rule', desired, record, pluginConfiguration('retention-rule', desired, 'en'))).toBe('unchanged');
    expect(decide('retention-rule', desired, record, pluginConfiguration('retention-rule', desired, 'fr'))).toBe('write');

    const renamed = structuredClone(desired);
    renamed.metadatas.period.edit.label = 'Retention';
    expect(decide('retention-rule', renamed, record, pluginConfiguration('retention-rule', renamed, 'en'))).toBe('keep-admin-changes');

    const moved = structuredClone(desired);
    moved.layouts.edit = [...moved.layouts.edit].reverse();
    expect(decide('retention-rule', moved, record, pluginConfiguration('retention-rule', moved, 'en'))).toBe('keep-admin-changes');

    const columns = structuredClone(desired);
    columns.layouts.list = ['name', 'period'];
    expect(decide('retention-rule', columns, record, pluginConfiguration('retention-rule', columns, 'en'))).toBe('keep-admin-changes');

    // A new attribute appended by the content manager is not an admin's change.
    const grown = structuredClone(desired);
    grown.metadatas.internalNote = { edit: { label: 'internalNote' }, list: { label: 'internalNote' } };
    grown.layouts.edit.push([{ name: 'internalNote', size: 6 }]);
    expect(decide('retention-rule', grown, record, pluginConfiguration('retention-rule', grown, 'en'))).toBe('unchanged');
  });

  test('an install upgraded from a version without edit views keeps labels an admin already wrote', () => {
    const customised = defaults(retentionFields);
    customised.metadatas.period.edit.label = 'Retention period (ISO)';
    expect(decide('retention-rule', customised, undefined, pluginConfiguration('retention-rule', customised, 'en'))).toBe(
      'keep-admin-changes',
    );
  });
});

describe('the adminLanguage option', () => {
  // A value read from the environment is any string: the type cannot rule out "es", the check at start does.
  const validate = (adminLanguage: string) => () =>
    config.validator({ ...structuredClone(config.default), adminLanguage: adminLanguage as 'en' });

  test('accepts the languages the plugin has words in and refuses another, naming the option', () => {
    for (const language of ['en', 'fr', 'de']) expect(validate(language)).not.toThrow();
    expect(validate('es')).toThrow('adminLanguage must be one of en, fr, de, not "es"');
  });
});
