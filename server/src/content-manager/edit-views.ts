import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../../shared/plugin-id';
import { EditorLanguage, isComponentKey, MODEL_KEYS, ModelKey, modelUid } from '../../../shared/editor-fields/types';
import { decide, fingerprint, managedFields, ModelConfiguration, pluginConfiguration, WrittenRecord } from './edit-view-configuration';

/** The plugin store's key of what the plugin last wrote into each model's configuration. */
export const EDIT_VIEWS_STORE_KEY = 'edit-view-configuration';

type Records = Record<string, WrittenRecord>;

const contentManagerService = (strapi: Core.Strapi, key: ModelKey) =>
  strapi.plugin('content-manager').service(isComponentKey(key) ? 'components' : 'content-types');

const modelExists = (strapi: Core.Strapi, key: ModelKey) =>
  Boolean(
    isComponentKey(key)
      ? strapi.components[modelUid(key) as keyof typeof strapi.components]
      : strapi.contentTypes[modelUid(key) as keyof typeof strapi.contentTypes],
  );

/**
 * Gives the plugin's content types and components their labels, help, examples and layout in the
 * content manager, once the content manager has synchronised its configurations (its bootstrap runs
 * before the plugin's). A configuration an admin changed since the plugin last wrote it is left alone.
 */
export const applyEditViews = async (strapi: Core.Strapi) => {
  const language = strapi.plugin(PLUGIN_ID).config<EditorLanguage>('adminLanguage');
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  const records: Records = ((await store.get({ key: EDIT_VIEWS_STORE_KEY })) as Records | null) ?? {};
  let changed = false;
  for (const key of MODEL_KEYS) {
    if (!modelExists(strapi, key)) continue;
    const uid = modelUid(key);
    const service = contentManagerService(strapi, key);
    const model = isComponentKey(key) ? { uid, category: PLUGIN_ID } : { uid };
    const found = await service.findConfiguration(model);
    const current: ModelConfiguration = { settings: found.settings, metadatas: found.metadatas, layouts: found.layouts };
    const desired = pluginConfiguration(key, current, language);
    const decision = decide(key, current, records[uid], desired);
    if (decision === 'keep-admin-changes') {
      strapi.log.debug(`[privacy-policy] ${uid}: the edit view was changed by an admin; left as it is`);
      continue;
    }
    if (decision === 'write') {
      await service.updateConfiguration(model, desired);
      strapi.log.debug(`[privacy-policy] ${uid}: edit view labels and layout set (${language})`);
    }
    const fields = managedFields(key, desired);
    const record: WrittenRecord = { fields, fingerprint: fingerprint(desired, fields), language };
    if (JSON.stringify(record) !== JSON.stringify(records[uid])) {
      records[uid] = record;
      changed = true;
    }
  }
  if (changed) await store.set({ key: EDIT_VIEWS_STORE_KEY, value: records });
};
