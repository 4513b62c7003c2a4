/**
 * Retention periods as an editor sees them (a whole number and a unit, "6 years") and as they are
 * stored (an ISO 8601 duration, "P6Y"). Pure functions, shared by the admin's input and the tests.
 */

export const PERIOD_UNITS = ['days', 'weeks', 'months', 'years'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

const LETTER: Record<PeriodUnit, string> = { days: 'D', weeks: 'W', months: 'M', years: 'Y' };
const UNIT_OF_LETTER: Record<string, PeriodUnit> = { D: 'days', W: 'weeks', M: 'months', Y: 'years' };

export interface SimplePeriod {
  amount: number;
  unit: PeriodUnit;
}

/** "P6Y" → 6 years; null for anything that is not exactly one whole number of one unit (P1Y6M, PT12H, P0D is 0 days). */
export const parseSimplePeriod = (iso: string | null | undefined): SimplePeriod | null => {
  const match = /^P(\d+)([YMWD])$/.exec((iso ?? '').trim().toUpperCase());
  if (!match) return null;
  return { amount: Number(match[1]), unit: UNIT_OF_LETTER[match[2]] };
};

export const toIsoPeriod = ({ amount, unit }: SimplePeriod) => `P${amount}${LETTER[unit]}`;

/** A period of years and months only, as a number of months (P1Y6M → 18); null otherwise. */
export const periodInMonths = (iso: string | null | undefined): number | null => {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?$/.exec((iso ?? '').trim().toUpperCase());
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  return Number(match[1] ?? 0) * 12 + Number(match[2] ?? 0);
};

export type AmountProblem = 'not-whole' | 'zero';

/** What the editor typed as the number: a whole number above zero, or the problem with it; empty means "no fixed period". */
export const readAmount = (text: string): { amount: number } | { problem: AmountProblem } | { empty: true } => {
  const trimmed = text.trim();
  if (trimmed === '') return { empty: true };
  if (!/^\d+$/.test(trimmed)) return { problem: 'not-whole' };
  const amount = Number(trimmed);
  if (amount === 0) return { problem: 'zero' };
  return { amount };
};

/**
 * The stored value for what the editor typed. A problem is written too, as a duration the server
 * refuses ("P0Y", "P1.5Y"), so a save never keeps an old period the editor meant to change; the field
 * explains the problem in words before the save does.
 */
export const storedPeriod = (text: string, unit: PeriodUnit): string | null => {
  const read = readAmount(text);
  if ('empty' in read) return null;
  if ('amount' in read) return toIsoPeriod({ amount: read.amount, unit });
  return `P${text.trim()}${LETTER[unit]}`;
};

const ISO_PARTS = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const PART_UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;

/** The parts of an ISO 8601 duration, largest first ([[1, 'year'], [6, 'month']]); null when it is not one. */
export const periodParts = (iso: string | null | undefined): [number, (typeof PART_UNITS)[number]][] | null => {
  const match = ISO_PARTS.exec((iso ?? '').trim().toUpperCase());
  if (!match) return null;
  const parts = PART_UNITS.flatMap((unit, index) =>
    match[index + 1] === undefined ? [] : [[Number(match[index + 1]), unit] as [number, typeof unit]],
  );
  return parts.length > 0 ? parts : null;
};

/** A duration in words in `locale`: "6 years", "1 year, 6 months", "6 ans", "1 Jahr und 6 Monate"; null when it is not a duration. */
export const periodInWords = (iso: string | null | undefined, locale: string): string | null => {
  const parts = periodParts(iso);
  if (!parts) return null;
  const words = parts.map(([amount, unit]) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount));
  return new Intl.ListFormat(locale, { style: 'long', type: 'unit' }).format(words);
};
