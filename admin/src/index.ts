import { File } from '@strapi/icons';
import { PLUGIN_ID } from '../../shared/plugin-id';
import { PublishPanel } from './components/PublishPanel';

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
  },

  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([PublishPanel]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: prefixKeys(data), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};

const prefixKeys = (translations: Record<string, string>) =>
  Object.fromEntries(Object.entries(translations).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));
