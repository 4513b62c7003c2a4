import countries from 'i18n-iso-countries';
import { Duration } from 'luxon';
import { DATA_SUBJECT_RIGHTS, TRANSFER_MECHANISMS } from './enums';

/** A rule returns null when the value is acceptable, or the problem in words. */
export type FieldRule = (value: unknown) => string | null;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_LIST_ITEM_LENGTH = 1000;
const MAX_LIST_ITEMS = 200;

export const isBlank = (value: unknown) => value === null || value === undefined || value === '';

export const slugRule: FieldRule = (value) =>
  typeof value === 'string' && SLUG_PATTERN.test(value)
    ? null
    : 'must be lower-case letters, digits and single hyphens (e.g. "web-server-logs")';

export const httpUrlRule: FieldRule = (value) => {
  if (typeof value !== 'string') return 'must be a URL';
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http(s) URL';
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return 'must be a URL with a full host name';
    return null;
  } catch {
    return `is not a valid URL: "${String(value).slice(0, 80)}"`;
  }
};

export const emailRule: FieldRule = (value) =>
  typeof value === 'string' && /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/.test(value) && value.length <= 254
    ? null
    : `"${String(value).slice(0, 80)}" is not an email address`;

const ISO_DURATION_SHAPE = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

/** ISO 8601 duration such as P6Y or P1Y6M; must be longer than zero. */
export const isoDurationRule: FieldRule = (value) => {
  if (typeof value !== 'string') return 'must be an ISO 8601 duration such as P6Y';
  const duration = Duration.fromISO(value);
  if (!ISO_DURATION_SHAPE.test(value) || !duration.isValid)
    return `"${value}" is not an ISO 8601 duration (expected e.g. P6Y, P1Y6M, P30D)`;
  if (duration.toMillis() <= 0) return 'must be longer than zero';
  return null;
};

export const normaliseCountryCode = (code: string) => code.trim().toUpperCase();

export const countryName = (code: string) => countries.getName(code, 'en') ?? code;

export const isCountryCode = (code: string) => /^[A-Z]{2}$/.test(code) && countries.isValid(code);

const listOf =
  (itemRule: (item: unknown, index: number) => string | null): FieldRule =>
  (value) => {
    if (!Array.isArray(value)) return 'must be a list';
    if (value.length > MAX_LIST_ITEMS) return `must have at most ${MAX_LIST_ITEMS} items`;
    for (let index = 0; index < value.length; index += 1) {
      const problem = itemRule(value[index], index);
      if (problem) return `item ${index + 1} ${problem}`;
    }
    return null;
  };

export const textListRule = listOf((item) => {
  if (typeof item !== 'string' || item.trim() === '') return 'must be a non-empty text';
  if (item.length > MAX_LIST_ITEM_LENGTH) return `must be at most ${MAX_LIST_ITEM_LENGTH} characters`;
  return null;
});

export const countryListRule = listOf((item) =>
  typeof item === 'string' && isCountryCode(normaliseCountryCode(item))
    ? null
    : `"${String(item)}" is not an ISO 3166-1 alpha-2 country code (e.g. GB, US, DE)`,
);

const oneOf = (allowed: readonly string[]) => (item: unknown) =>
  typeof item === 'string' && allowed.includes(item) ? null : `"${String(item)}" is not one of ${allowed.join(', ')}`;

export const transferMechanismListRule = listOf(oneOf(TRANSFER_MECHANISMS));

export const rightsListRule = listOf(oneOf(DATA_SUBJECT_RIGHTS));
