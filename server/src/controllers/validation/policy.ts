import { validateYupSchema, yup } from '@strapi/utils';
import { localeField as locale } from './locale';
import { FORMATS } from '../../rendering';

const VERSION_NUMBER = /^\d{1,6}\.\d{1,6}$/;
const versionNumber = (field: string) => yup.string().matches(VERSION_NUMBER, `${field} must be a version number such as 1.2`);

const findOneQuerySchema = yup.object().shape({
  format: yup.string().oneOf([...FORMATS], `format must be one of: ${FORMATS.join(', ')}`),
  version: versionNumber('version'),
  locale,
});

const localeQuerySchema = yup.object().shape({ locale });

const slugParamSchema = yup.object().shape({
  slug: yup
    .string()
    .required()
    .max(255)
    .matches(/^[A-Za-z0-9-_.~]+$/, 'slug must contain only letters, digits, "-", "_", "." and "~"'),
});

const historyQuerySchema = yup.object().shape({
  page: yup
    .number()
    .typeError('page must be a whole number from 1 to 1000000')
    .integer('page must be a whole number from 1 to 1000000')
    .min(1, 'page must be a whole number from 1 to 1000000')
    .max(1_000_000, 'page must be a whole number from 1 to 1000000'),
  pageSize: yup
    .number()
    .typeError('pageSize must be a whole number from 1 to 100')
    .integer('pageSize must be a whole number from 1 to 100')
    .min(1, 'pageSize must be a whole number from 1 to 100')
    .max(100, 'pageSize must be a whole number from 1 to 100'),
  locale,
});

const diffQuerySchema = yup.object().shape({
  from: versionNumber('from').required('from is required (a version number such as 1.0)'),
  to: versionNumber('to').required('to is required (a version number such as 2.0)'),
  format: yup.string().oneOf(['json', 'html', 'printable'], 'format must be one of: json, html, printable'),
  locale,
});

export const validateFindOneQuery = validateYupSchema(findOneQuerySchema);
export const validateSlugParam = validateYupSchema(slugParamSchema);
export const validateHistoryQuery = validateYupSchema(historyQuerySchema, { strict: false });
export const validateDiffQuery = validateYupSchema(diffQuerySchema);
export const validateLocaleQuery = validateYupSchema(localeQuerySchema);
