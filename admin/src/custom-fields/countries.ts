import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';

// The server validates codes with the same library, so every code offered here is one it accepts.
countries.registerLocale(en);
countries.registerLocale(fr);
countries.registerLocale(de);

const REGISTERED = ['en', 'fr', 'de'];

export interface Country {
  code: string;
  /** The official short name in the admin's language. */
  name: string;
  /** The name, other names ("UK", "USA") and the code, folded for searching. */
  terms: string[];
}

/** Lower case and accents removed, for matching what an editor types ("equateur" finds "Équateur"). */
export const foldForSearch = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

const cache = new Map<string, { list: Country[]; byCode: Map<string, string> }>();

/**
 * Every ISO 3166-1 alpha-2 country with its name in the admin's language (English for a language the
 * plugin has no names in), sorted by name.
 */
export const countryList = (locale: string) => {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  const key = REGISTERED.includes(language) ? language : 'en';
  let entry = cache.get(key);
  if (!entry) {
    const names = countries.getNames(key, { select: 'all' });
    const list = Object.entries(names)
      .filter(([code]) => countries.isValid(code))
      .map(([code, all]) => {
        const allNames = Array.isArray(all) ? all : [all];
        return { code, name: allNames[0], terms: [...allNames, code].map(foldForSearch) };
      })
      .sort((left, right) => left.name.localeCompare(right.name, key));
    entry = { list, byCode: new Map(list.map((country) => [country.code, country.name])) };
    cache.set(key, entry);
  }
  return entry;
};

/** The countries whose name, other name or code contains what was typed. */
export const matchingCountries = (list: Country[], typed: string) => {
  const folded = foldForSearch(typed);
  if (!folded) return list;
  return list.filter((country) => country.terms.some((term) => term.includes(folded)));
};
