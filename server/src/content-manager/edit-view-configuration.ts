import { createHash } from 'node:crypto';
import { EDIT_VIEWS } from '../../../shared/editor-fields/edit-views';
import { WORDING } from '../../../shared/editor-fields/translate';
import type { EditorLanguage, LayoutRow, ModelKey } from '../../../shared/editor-fields/types';

/**
 * The content manager's configuration of one model (content type or component), as its
 * `findConfiguration` returns it and `updateConfiguration` takes it. Only the parts the plugin reads or
 * writes are typed.
 */
export interface ModelConfiguration {
  settings: Record<string, unknown> & { mainField?: string };
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { list: string[]; edit: LayoutRow[]; [other: string]: unknown };
  [other: string]: unknown;
}

const MAX_ROW = 12;

/** Fields of `rows` in order. */
const namesOf = (rows: LayoutRow[]) => rows.flatMap((row) => row.map((field) => field.name));

/** Packs fields into rows of at most 12 columns, in order, as the content manager appends new fields. */
const packRows = (fields: LayoutRow) => {
  const rows: LayoutRow[] = [];
  for (const field of fields) {
    const last = rows[rows.length - 1];
    if (last && last.reduce((sum, other) => sum + other.size, 0) + field.size <= MAX_ROW) last.push(field);
    else rows.push([field]);
  }
  return rows;
};

/**
 * The plugin's edit layout for a model, restricted to the fields the current layout shows (so a field
 * the schema no longer has, or the content manager does not show, is left out), followed by every field
 * of the current layout the plugin's layout does not place (an attribute added since), at its size.
 */
export const mergeLayout = (key: ModelKey, current: LayoutRow[]): LayoutRow[] => {
  const present = new Set(namesOf(current));
  const placed = EDIT_VIEWS[key].layout
    .map((row) => row.filter((field) => present.has(field.name)).map((field) => ({ ...field })))
    .filter((row) => row.length > 0);
  const placedNames = new Set(namesOf(placed));
  const leftover = current.flat().filter((field) => !placedNames.has(field.name));
  return [...placed, ...packRows(leftover.map((field) => ({ ...field })))];
};

/** The configuration with the plugin's labels, help, examples, main fields, edit layout and list columns, in `language`. */
export const pluginConfiguration = (key: ModelKey, current: ModelConfiguration, language: EditorLanguage): ModelConfiguration => {
  const view = EDIT_VIEWS[key];
  const wording = WORDING[language][key];
  const metadatas = structuredClone(current.metadatas);
  for (const [field, words] of Object.entries(wording)) {
    const metadata = metadatas[field];
    if (!metadata) continue;
    metadata.edit = { ...metadata.edit, label: words.label, description: words.description, placeholder: words.placeholder ?? '' };
    const relationMainField = view.relationMainFields?.[field];
    if (relationMainField) metadata.edit.mainField = relationMainField;
    if (metadata.list) metadata.list = { ...metadata.list, label: words.label };
  }
  const settings = { ...current.settings };
  if (metadatas[view.mainField]) settings.mainField = view.mainField;
  const list = view.list?.filter((field) => metadatas[field]);
  const layouts = { ...current.layouts, edit: mergeLayout(key, current.layouts.edit), ...(list?.length ? { list } : {}) };
  return { ...current, settings, metadatas, layouts };
};

/**
 * What the plugin sets in a configuration, for the given fields: the main field, each field's label,
 * help, example, relation main field and list label, the edit layout of those fields and the list columns. Two
 * configurations with the same projection look the same to an editor, as far as the plugin is concerned.
 */
export const managedProjection = (current: ModelConfiguration, fields: string[]) => {
  const managed = new Set(fields);
  const pick = (metadata: ModelConfiguration['metadatas'][string] | undefined) =>
    metadata && {
      label: metadata.edit?.label ?? null,
      description: metadata.edit?.description ?? null,
      placeholder: metadata.edit?.placeholder ?? null,
      mainField: metadata.edit?.mainField ?? null,
      listLabel: metadata.list?.label ?? null,
    };
  return {
    mainField: current.settings.mainField ?? null,
    metadatas: [...managed].sort().map((field) => [field, pick(current.metadatas[field]) ?? null]),
    layout: current.layouts.edit
      .map((row) => row.filter((field) => managed.has(field.name)).map(({ name, size }) => [name, size]))
      .filter((row) => row.length > 0),
    list: current.layouts.list ?? [],
  };
};

/** The fingerprint of a configuration's managed projection. */
export const fingerprint = (current: ModelConfiguration, fields: string[]) =>
  createHash('sha256')
    .update(JSON.stringify(managedProjection(current, fields)))
    .digest('hex');

/** The fields the plugin manages in a model: those it has words for and the configuration knows. */
export const managedFields = (key: ModelKey, current: ModelConfiguration) =>
  Object.keys(WORDING.en[key]).filter((field) => field in current.metadatas);

/** What the plugin remembers of its last write to one model's configuration. */
export interface WrittenRecord {
  fields: string[];
  fingerprint: string;
  language: EditorLanguage;
}

export type Decision = 'write' | 'unchanged' | 'keep-admin-changes';

/**
 * Whether to write the plugin's configuration:
 * - no record (first install, or an upgrade from a version that did not set configurations): write,
 *   unless an admin already gave the managed fields labels of their own (then their layout is theirs);
 * - the configuration still looks as the plugin left it: write (the plugin's words may have improved,
 *   or the language changed), unless that changes nothing;
 * - otherwise an admin changed it since: keep it.
 */
export const decide = (
  key: ModelKey,
  current: ModelConfiguration,
  record: WrittenRecord | undefined,
  desired: ModelConfiguration,
): Decision => {
  const fields = managedFields(key, current);
  if (record) {
    if (fingerprint(current, record.fields) !== record.fingerprint) return 'keep-admin-changes';
  } else if (!labelsAreDefaults(current, fields)) {
    return 'keep-admin-changes';
  }
  return record && record.fingerprint === fingerprint(desired, fields) && sameFields(record.fields, fields) ? 'unchanged' : 'write';
};

const sameFields = (left: string[], right: string[]) => left.length === right.length && left.every((field) => right.includes(field));

/**
 * True when every managed field's label is Strapi's default (the attribute name) or one of the
 * plugin's own labels: the content manager's configuration was never edited by hand.
 */
const labelsAreDefaults = (current: ModelConfiguration, fields: string[]) =>
  fields.every((field) => {
    const label = current.metadatas[field]?.edit?.label;
    return label === undefined || label === field || label === '' || isPluginLabel(field, label);
  });

const isPluginLabel = (field: string, label: unknown) =>
  Object.values(WORDING).some((wording) => Object.values(wording).some((model) => model[field]?.label === label));
