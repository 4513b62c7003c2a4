import type { Core } from '@strapi/strapi';
import { CUSTOM_FIELDS } from '../../../shared/editor-fields/custom-fields';
import { PLUGIN_ID } from '../../../shared/plugin-id';

/**
 * The plugin's custom fields on the server: each is stored with its underlying type, so an attribute
 * that uses one keeps its column, its values and Strapi's own validation (an enumeration still refuses
 * a value outside its `enum`). Registered in `register`, before Strapi swaps each custom field for its type.
 */
export const registerCustomFields = (strapi: Core.Strapi) => {
  for (const field of Object.values(CUSTOM_FIELDS)) {
    strapi.customFields.register({ name: field.name, plugin: PLUGIN_ID, type: field.type, inputSize: { ...field.inputSize } });
  }
};
