import { errors, validateYupSchema, yup } from '@strapi/utils';
import { localeField as locale } from './locale';
import { rejectUnknownFields } from './unknown-fields';
import { assertJsonObjectBody } from './body-shape';

const version = yup
  .string()
  .typeError('version must be a text such as "2.0"')
  .required('version is required: the number of the version accepted, such as "2.0"')
  .matches(/^\d{1,6}\.\d{1,6}$/, 'version must be a version number such as 2.0');

const acceptBodySchema = yup.object().shape({ version, locale: locale.typeError('locale must be a text such as "en"') });
const acceptanceQuerySchema = yup.object().shape({ locale });
const exportQuerySchema = yup.object().shape({ locale, version: version.notRequired() });

const validateAcceptShape = validateYupSchema(acceptBodySchema, { strict: true });

/**
 * The body of an acceptance: `{ version, locale? }`. The locale may also come in the query string, as on
 * every other route of the plugin; given in both places, they must agree.
 */
export const validateAcceptBody = async (body: unknown, query: { locale?: unknown }) => {
  assertJsonObjectBody(body);
  rejectUnknownFields(body, ['version', 'locale']);
  const valid = (await validateAcceptShape(body)) as { version: string; locale?: string };
  const { locale: queryLocale } = (await validateAcceptanceQuery(query)) as { locale?: string };
  if (valid.locale && queryLocale && valid.locale !== queryLocale) {
    const message = `locale "${valid.locale}" in the body and "${queryLocale}" in the query string disagree: send one`;
    throw new errors.ValidationError(message, { errors: [{ path: ['locale'], message, name: 'ValidationError' }] });
  }
  return { version: valid.version, locale: valid.locale || queryLocale || undefined };
};

export const validateAcceptanceQuery = validateYupSchema(acceptanceQuerySchema, { strict: false });
export const validateAcceptanceExportQuery = validateYupSchema(exportQuerySchema, { strict: false });
