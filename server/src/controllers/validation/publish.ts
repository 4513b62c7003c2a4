import { validateYupSchema, yup } from '@strapi/utils';
import { localeField } from './locale';
import { rejectUnknownFields } from './unknown-fields';
import { assertJsonObjectBody } from './body-shape';

const publishBodySchema = yup
  .object()
  .shape({
    changeType: yup.string().oneOf(['minor', 'major'], 'changeType must be minor or major').required('changeType is required to publish a policy'),
    effectiveDate: yup
      .string()
      .matches(/^\d{4}-\d{2}-\d{2}$/, 'effectiveDate must be a date such as 2026-12-31')
      .required('effectiveDate is required to publish a policy'),
    changeSummary: yup.string().nullable().max(5000, 'changeSummary must be at most 5000 characters'),
    override: yup.boolean().typeError('override must be true or false').default(false),
    overrideCompliance: yup.boolean().typeError('overrideCompliance must be true or false').default(false),
    locale: localeField,
  });

/** Validates and casts the publish body (so "override" arrives as a boolean). */
const validatePublishShape = validateYupSchema(publishBodySchema, { strict: false });

export const validatePublishBody = async (body: unknown) => {
  assertJsonObjectBody(body);
  rejectUnknownFields(body, ['changeType', 'effectiveDate', 'changeSummary', 'override', 'overrideCompliance', 'locale']);
  return validatePublishShape(body);
};
