import { File } from '@strapi/icons';
import { PLUGIN_ID } from '../../shared/plugin-id';
import { PublishPanel } from './components/PublishPanel';
import { contentTypeNameMessages } from '../../shared/editor-fields/display-names';
import {
  INJECT_COLUMN_IN_TABLE,
  MUTATE_EDIT_VIEW_LAYOUT,
  registerCustomFields,
  translateEditView,
  translateListColumns,
} from './custom-fields';

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: File,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Privacy policy' },
      permissions: [{ action: 'plugin::privacy-policy.versions.read', subject: null }],
      Component: () => import('./pages/App'),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Privacy policy' });
    registerCustomFields(app);
  },

  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([PublishPanel]);
    app.registerHook(MUTATE_EDIT_VIEW_LAYOUT, translateEditView);
    app.registerHook(INJECT_COLUMN_IN_TABLE, translateListColumns);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: { ...prefixKeys(data), ...contentTypeNameMessages(locale) }, locale };
        } catch {
          return { data: contentTypeNameMessages(locale), locale };
        }
      }),
    );
  },
};

const prefixKeys = (translations: Record<string, string>) =>
  Object.fromEntries(Object.entries(translations).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));
