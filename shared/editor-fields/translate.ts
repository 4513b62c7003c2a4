import { EDIT_VIEWS } from './edit-views';
import { DE } from './wording/de';
import { EN } from './wording/en';
import { FR } from './wording/fr';
import {
  COMPONENT_KEYS,
  CONTENT_TYPE_KEYS,
  EDITOR_LANGUAGES,
  EditorLanguage,
  FieldWording,
  isEditorLanguage,
  ModelKey,
  modelUid,
} from './types';

export const WORDING = { en: EN, fr: FR, de: DE } as const;

/** The editor language of an admin locale ("fr", "de-CH" → "de"), or null for a language the plugin has no words in. */
export const editorLanguageOf = (locale: string | null | undefined): EditorLanguage | null => {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return isEditorLanguage(language) ? language : null;
};

type Part = keyof FieldWording;

/**
 * What to show for one of a field's texts in `language`: the plugin's words in that language when the
 * stored text is the plugin's own wording in any of its languages; the stored text otherwise, so an
 * admin's own words are never replaced.
 */
export const translatedText = (key: ModelKey, field: string, part: Part, stored: unknown, language: EditorLanguage | null) => {
  if (!language || typeof stored !== 'string') return stored;
  const ours = EDITOR_LANGUAGES.some((other) => (WORDING[other][key][field]?.[part] ?? '') === stored);
  if (!ours) return stored;
  return WORDING[language][key][field]?.[part] ?? stored;
};

/** The shape of one field in the content manager's edit layout (only what is translated). */
interface LayoutField {
  name: string;
  label?: unknown;
  hint?: unknown;
  placeholder?: unknown;
  [other: string]: unknown;
}

const translateField = <Field extends LayoutField>(key: ModelKey, field: Field, language: EditorLanguage | null): Field => ({
  ...field,
  label: translatedText(key, field.name, 'label', field.label, language),
  hint: translatedText(key, field.name, 'description', field.hint, language),
  placeholder: translatedText(key, field.name, 'placeholder', field.placeholder, language),
});

/**
 * The plugin's content type a layout belongs to, by display name. A model of the app that happens to
 * share the name is harmless: only texts that are the plugin's own words are ever replaced.
 */
export const contentTypeOf = (displayName: unknown): ModelKey | null =>
  CONTENT_TYPE_KEYS.find((key) => EDIT_VIEWS[key].displayName === displayName) ?? null;

const COMPONENT_BY_UID = Object.fromEntries(COMPONENT_KEYS.map((key) => [modelUid(key), key])) as Record<string, ModelKey>;

/** The content manager's edit layout, as the `Admin/CM/pages/EditView/mutate-edit-view-layout` hook receives it. */
export interface EditLayout {
  layout: LayoutField[][][];
  components: Record<string, { layout: LayoutField[][]; [other: string]: unknown }>;
  settings: { displayName?: unknown; [other: string]: unknown };
  [other: string]: unknown;
}

/**
 * The edit layout with the plugin's fields labelled in the admin's language: the plugin's content types
 * (found by display name) and its components (by UID). Other models are returned as they are.
 */
export const translateEditLayout = <Layout extends EditLayout>(layout: Layout, language: EditorLanguage | null): Layout => {
  if (!language) return layout;
  const key = contentTypeOf(layout.settings?.displayName);
  const components = Object.fromEntries(
    Object.entries(layout.components ?? {}).map(([uid, component]) => {
      const componentKey = COMPONENT_BY_UID[uid];
      if (!componentKey) return [uid, component];
      return [
        uid,
        { ...component, layout: component.layout.map((row) => row.map((field) => translateField(componentKey, field, language))) },
      ];
    }),
  );
  return {
    ...layout,
    components,
    layout: key
      ? layout.layout.map((panel) => panel.map((row) => row.map((field) => translateField(key, field, language))))
      : layout.layout,
  };
};
