import { validateYupSchemaSync, yup } from '@strapi/utils';
import { localeField as locale } from './locale';
import { pageField, pageSizeField } from './pagination';
import { FORMATS } from '../../rendering';
import { FEED_FORMATS, type FeedFormat } from '../../presentation/public-links';

const VERSION_NUMBER = /^\d{1,6}\.\d{1,6}$/;
const versionNumber = (field: string) => yup.string().matches(VERSION_NUMBER, `${field} must be a version number such as 1.2`);

const findOneQuerySchema = yup.object().shape({
  format: yup.string().oneOf([...FORMATS], `format must be one of: ${FORMATS.join(', ')}`),
  version: versionNumber('version'),
  locale,
});

const localeQuerySchema = yup.object().shape({ locale });

const feedQuerySchema = yup.object().shape({
  format: yup.string().oneOf([...FEED_FORMATS], `format must be one of: ${FEED_FORMATS.join(', ')}`),
  locale,
});

const slugParamSchema = yup.object().shape({
  slug: yup
    .string()
    .required()
    .max(255)
    .matches(/^[A-Za-z0-9-_.~]+$/, 'slug must contain only letters, digits, "-", "_", "." and "~"'),
});

const historyQuerySchema = yup.object().shape({
  page: pageField,
  pageSize: pageSizeField,
  locale,
});

const diffQuerySchema = yup.object().shape({
  from: versionNumber('from').required('from is required (a version number such as 1.0)'),
  to: versionNumber('to').required('to is required (a version number such as 2.0)'),
  format: yup.string().oneOf(['json', 'html', 'printable'], 'format must be one of: json, html, printable'),
  locale,
});

const SLUG = /^[A-Za-z0-9-_.~]{1,255}$/;
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const FORMAT_SET = new Set<string>(FORMATS);
const WHOLE_NUMBER = /^[1-9]\d{0,6}$/;

/**
 * The public read routes validate on every request. A request that is plainly valid passes a few string
 * tests without allocating; anything else goes through the yup schema, which names the problem.
 */
const withFastPath =
  <T>(isPlainlyValid: (value: any) => boolean, validate: (value: unknown) => T) =>
  (value: unknown): T =>
    isPlainlyValid(value) ? (value as T) : validate(value);

const only = (query: Record<string, unknown>, allowed: Record<string, (value: unknown) => boolean>) => {
  for (const key in query) {
    const test = allowed[key];
    if (!test || !test(query[key])) return false;
  }
  return true;
};
const isString = (pattern: RegExp) => (value: unknown) => typeof value === 'string' && pattern.test(value);
const isLocale = (value: unknown) => typeof value === 'string' && value.length <= 20 && LOCALE.test(value);
const isFormat = (value: unknown) => typeof value === 'string' && FORMAT_SET.has(value);
const isPageSize = (value: unknown) => typeof value === 'string' && WHOLE_NUMBER.test(value) && Number(value) <= 100;

export type LocaleQuery = { locale?: string };
export type FindOneQuery = LocaleQuery & { format?: (typeof FORMATS)[number]; version?: string };
export type HistoryQuery = LocaleQuery & { page?: string | number; pageSize?: string | number };
export type FeedQuery = LocaleQuery & { format?: FeedFormat };
export type DiffQuery = LocaleQuery & { from: string; to: string; format?: 'json' | 'html' | 'printable' };

export const validateFindOneQuery = withFastPath<FindOneQuery>(
  (query) => only(query ?? {}, { format: isFormat, version: isString(VERSION_NUMBER), locale: isLocale }),
  validateYupSchemaSync(findOneQuerySchema),
);
export const validateSlugParam = withFastPath<{ slug: string }>(
  (params) => typeof params?.slug === 'string' && SLUG.test(params.slug),
  validateYupSchemaSync(slugParamSchema) as (params: unknown) => { slug: string },
);
export const validateHistoryQuery = withFastPath<HistoryQuery>(
  (query) => only(query ?? {}, { page: isString(WHOLE_NUMBER), pageSize: isPageSize, locale: isLocale }),
  validateYupSchemaSync(historyQuerySchema, { strict: false }),
);
export const validateDiffQuery = withFastPath<DiffQuery>(
  (query) =>
    typeof query?.from === 'string' &&
    typeof query?.to === 'string' &&
    only(query, {
      from: isString(VERSION_NUMBER),
      to: isString(VERSION_NUMBER),
      format: (value) => value === 'json' || value === 'html' || value === 'printable',
      locale: isLocale,
    }),
  validateYupSchemaSync(diffQuerySchema),
);
export const validateLocaleQuery = withFastPath<LocaleQuery>(
  (query) => only(query ?? {}, { locale: isLocale }),
  validateYupSchemaSync(localeQuerySchema),
);
const FEED_FORMAT_SET = new Set<string>(FEED_FORMATS);
export const validateFeedQuery = withFastPath<FeedQuery>(
  (query) => only(query ?? {}, { format: (value) => typeof value === 'string' && FEED_FORMAT_SET.has(value), locale: isLocale }),
  validateYupSchemaSync(feedQuerySchema),
);
