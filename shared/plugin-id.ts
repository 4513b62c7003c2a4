/** The plugin's id, shared by the server and the admin panel: `strapi.plugin(PLUGIN_ID)`, `plugin::${PLUGIN_ID}.…`. */
export const PLUGIN_ID = 'privacy-policy';
