import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** The locales Strapi's i18n plugin knows; every policy, section, processor and rule exists per locale. */
// Locales change rarely and every public read needs them: a change shows after at most this long.
const LOCALES_TTL_MS = 5000;

const locales = ({ strapi }: { strapi: Core.Strapi }) => {
  const i18n = () => strapi.plugin('i18n').service('locales');
  let known: { at: number; defaultLocale: Promise<string>; codes: Promise<string[]> } | null = null;

  const current = () => {
    if (!known || Date.now() - known.at > LOCALES_TTL_MS) {
      known = {
        at: Date.now(),
        defaultLocale: Promise.resolve(i18n().getDefaultLocale()).then((code: string | null) => code ?? 'en'),
        codes: Promise.resolve(i18n().find()).then((rows: { code: string }[]) => rows.map((row) => row.code)),
      };
      const failed = known;
      Promise.all([known.defaultLocale, known.codes]).catch(() => {
        if (known === failed) known = null;
      });
    }
    return known;
  };

  return {
    defaultLocale(): Promise<string> {
      return current().defaultLocale;
    },

    codes(): Promise<string[]> {
      return current().codes;
    },

    /** Forgets the cached locales (after this instance changes them). */
    refresh() {
      known = null;
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
