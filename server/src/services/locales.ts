import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** The locales Strapi's i18n plugin knows; every policy, section, processor and rule exists per locale. */
const locales = ({ strapi }: { strapi: Core.Strapi }) => {
  const i18n = () => strapi.plugin('i18n').service('locales');

  return {
    async defaultLocale(): Promise<string> {
      return (await i18n().getDefaultLocale()) ?? 'en';
    },

    async codes(): Promise<string[]> {
      return (await i18n().find()).map((locale: { code: string }) => locale.code);
    },

    /** The locale asked for, or the default one; an unknown code is a 400 naming the known ones. */
    async resolve(locale?: string | null, field = 'locale'): Promise<string> {
      if (!locale) return this.defaultLocale();
      const known = await this.codes();
      if (!known.includes(locale)) {
        throw new errors.ValidationError(`${field} "${locale}" is not one of the configured locales: ${known.join(', ')}`, {
          errors: [{ path: [field], message: `${field} must be one of: ${known.join(', ')}`, name: 'ValidationError' }],
        });
      }
      return locale;
    },

    /**
     * The locale a reader of `preferred` gets among `available`: the same code, else the same language
     * (a reader of fr-CA gets fr), else the default locale.
     */
    bestMatch(preferred: string | null | undefined, available: string[], fallback: string): string {
      if (!preferred) return fallback;
      if (available.includes(preferred)) return preferred;
      const language = preferred.split('-')[0].toLowerCase();
      return available.find((code) => code.split('-')[0].toLowerCase() === language) ?? fallback;
    },
  };
};

export default locales;
