/**
 * What every renderer shares: dates in words, the markup interface and sentence joining. The words
 * themselves are in notice-words.ts and vocabulary.ts, chosen by reader.ts.
 */

/** A date as words in `locale` (English ones in the British order: 31 May 2018). */
export const formatDate = (isoDate: string | null | undefined, locale = 'en-GB') => {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const dateLocale = locale.toLowerCase().startsWith('en') ? 'en-GB' : locale;
  try {
    return new Intl.DateTimeFormat(dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
};

/** How a renderer writes text, links and emphasis (HTML or Markdown). */
export interface Markup {
  text: (value: string) => string;
  link: (href: string | null, text: string) => string;
  strong: (value: string) => string;
}

/**
 * Parts joined as sentences: a full stop between them unless the part before already ends one, and a
 * capital at the start of every sentence, so an editor's "counted from…" never reads ". counted from".
 */
export const joinSentences = (parts: string[]) =>
  parts
    .filter(Boolean)
    .reduce(
      (text, part) =>
        text ? `${text}${/[.!?]$/.test(text) ? '' : '.'} ${part.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())}` : part,
      '',
    );
