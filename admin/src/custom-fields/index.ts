import { CUSTOM_FIELDS, CustomFieldKey, customFieldUid } from '../../../shared/editor-fields/custom-fields';
import { editorLanguageOf, translateEditLayout, EditLayout } from '../../../shared/editor-fields/translate';
import { PLUGIN_ID } from '../../../shared/plugin-id';
import { translateListView } from './list-view';

const INPUTS: Record<CustomFieldKey, () => Promise<{ default: unknown }>> = {
  countries: () => import('./CountriesInput'),
  country: () => import('./CountryInput'),
  itemList: () => import('./ItemListInput'),
  retentionPeriod: () => import('./RetentionPeriodInput'),
  rights: () => import('./RightsInput'),
  transferMechanisms: () => import('./TransferMechanismsInput'),
  checkbox: () => import('./CheckboxInput'),
  choice: () => import('./ChoiceInput'),
};

/** The admin side of the plugin's custom fields (the server registers the same names and types). */
export const registerCustomFields = (app: any) => {
  for (const [key, field] of Object.entries(CUSTOM_FIELDS) as [CustomFieldKey, (typeof CUSTOM_FIELDS)[CustomFieldKey]][]) {
    app.customFields.register({
      name: field.name,
      pluginId: PLUGIN_ID,
      type: field.type,
      intlLabel: { id: `${PLUGIN_ID}.customField.${field.name}.label`, defaultMessage: field.name },
      intlDescription: { id: `${PLUGIN_ID}.customField.${field.name}.description`, defaultMessage: field.name },
      components: { Input: INPUTS[key] },
    });
  }
};

/** The admin's interface language: the admin sets it on <html lang> (and in local storage) when it loads or changes. */
const adminLanguage = () => {
  if (typeof document !== 'undefined' && document.documentElement.lang) return document.documentElement.lang;
  try {
    return window.localStorage.getItem('strapi-admin-language');
  } catch {
    return null;
  }
};

/** Custom fields where nobody types characters: the content manager's "max. N characters" hint would only confuse. */
const NO_LENGTH_HINT = new Set([customFieldUid('retentionPeriod'), customFieldUid('country')]);

type LayoutField = EditLayout['layout'][number][number][number];

const withoutLengthHint = (field: LayoutField): LayoutField => {
  const attribute = field.attribute as { customField?: string; maxLength?: number } | undefined;
  if (!attribute?.customField || !NO_LENGTH_HINT.has(attribute.customField)) return field;
  // A copy for the layout only: the form's validation reads the schema, which keeps its maxLength.
  const { maxLength: _maxLength, ...rest } = attribute;
  return { ...field, attribute: rest };
};

const mapFields = (layout: EditLayout, change: (field: LayoutField) => LayoutField): EditLayout => ({
  ...layout,
  layout: layout.layout.map((panel) => panel.map((row) => row.map(change))),
  components: Object.fromEntries(
    Object.entries(layout.components ?? {}).map(([uid, component]) => [
      uid,
      { ...component, layout: component.layout.map((row) => row.map(change)) },
    ]),
  ),
});

/**
 * Strapi's `Admin/CM/pages/EditView/mutate-edit-view-layout` hook (the one the i18n plugin uses to mark
 * localized fields): shows the labels, help and examples the plugin wrote into the content manager's
 * configuration in the admin's language (English, French or German). A text an admin changed is shown
 * as they wrote it.
 */
export const translateEditView = <Args extends { layout: EditLayout }>(args: Args): Args => ({
  ...args,
  layout: mapFields(translateEditLayout(args.layout, editorLanguageOf(adminLanguage())), withoutLengthHint),
});

export const MUTATE_EDIT_VIEW_LAYOUT = 'Admin/CM/pages/EditView/mutate-edit-view-layout';

/** Strapi's `Admin/CM/pages/ListView/inject-column-in-table` hook: the list view's columns in the admin's language, choices in words. */
export const translateListColumns = <Args extends Parameters<typeof translateListView>[0]>(args: Args): Args =>
  translateListView(args, editorLanguageOf(adminLanguage())) as Args;

export const INJECT_COLUMN_IN_TABLE = 'Admin/CM/pages/ListView/inject-column-in-table';
