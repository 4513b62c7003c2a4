/** The languages the plugin writes its edit-view wording in; any other admin language reads the stored configuration. */
export const EDITOR_LANGUAGES = ['en', 'fr', 'de'] as const;
export type EditorLanguage = (typeof EDITOR_LANGUAGES)[number];

export const isEditorLanguage = (value: unknown): value is EditorLanguage =>
  typeof value === 'string' && (EDITOR_LANGUAGES as readonly string[]).includes(value);

/** The plugin's content types (`plugin::privacy-policy.<key>`) and components (`privacy-policy.<key>`) an editor fills in. */
export const CONTENT_TYPE_KEYS = ['policy', 'policy-section', 'processor', 'retention-rule', 'legal-basis'] as const;
export const COMPONENT_KEYS = ['controller-details', 'legal-basis-claim', 'automated-decision'] as const;
export type ContentTypeKey = (typeof CONTENT_TYPE_KEYS)[number];
export type ComponentKey = (typeof COMPONENT_KEYS)[number];
export type ModelKey = ContentTypeKey | ComponentKey;

export const MODEL_KEYS: readonly ModelKey[] = [...CONTENT_TYPE_KEYS, ...COMPONENT_KEYS];

export const isComponentKey = (key: ModelKey): key is ComponentKey => (COMPONENT_KEYS as readonly string[]).includes(key);

/** The content manager's key of a model: a content type's UID or a component's UID. */
export const modelUid = (key: ModelKey) => (isComponentKey(key) ? `privacy-policy.${key}` : `plugin::privacy-policy.${key}`);

/** What an editor reads about one field: its label, one line of help, and an example where typing one helps. */
export interface FieldWording {
  label: string;
  description: string;
  placeholder?: string;
}

export type ModelWording = Record<string, FieldWording>;
export type Wording = Record<ModelKey, ModelWording>;

/** One row of the edit view: field names and widths, out of 12 columns. */
export type LayoutRow = { name: string; size: number }[];

export interface EditView {
  /** The schema's display name, which the admin sees in the layout it translates. */
  displayName: string;
  /** The field that names an entry in lists, relations and repeatable components. */
  mainField: string;
  /** For relation fields: the target's field shown in the relation picker. */
  relationMainFields?: Record<string, string>;
  /** The edit view, row by row, in reading order. */
  layout: LayoutRow[];
  /** The list view's columns, for a content type (components have no list view). */
  list?: string[];
}
