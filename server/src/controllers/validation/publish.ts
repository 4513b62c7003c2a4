import { errors, validateYupSchema, yup } from '@strapi/utils';
import { localeField } from './locale';
import type { PublishOptions } from '../../services/publishing';
import { rejectUnknownFields } from './unknown-fields';
import { assertJsonObjectBody } from './body-shape';

const publishBodySchema = yup.object().shape({
  // Missing values are left to the publishing rules, so that one answer lists every rule broken.
  changeType: yup.string().nullable().oneOf(['minor', 'major', null], 'changeType must be minor or major'),
  effectiveDate: yup
    .string()
    .nullable()
    .matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveDate must be a date such as 2026-12-31', excludeEmptyString: true }),
  changeSummary: yup.string().nullable().max(5000, 'changeSummary must be at most 5000 characters'),
  overrideClassifier: yup.boolean().typeError('overrideClassifier must be true or false').default(false),
  overrideCompliance: yup.boolean().typeError('overrideCompliance must be true or false').default(false),
  locale: localeField,
});

/** Validates and casts the publish body (so "overrideClassifier" arrives as a boolean). */
const validatePublishShape = validateYupSchema(publishBodySchema, { strict: false });

export const validatePublishBody = async (body: unknown): Promise<PublishOptions> => {
  assertJsonObjectBody(body);
  if (body && typeof body === 'object' && 'override' in body) {
    throw new errors.ValidationError('override is now called overrideClassifier, as in the content manager and GraphQL', {
      errors: [{ path: ['override'], message: 'override is now called overrideClassifier', name: 'ValidationError' }],
    });
  }
  rejectUnknownFields(body, ['changeType', 'effectiveDate', 'changeSummary', 'overrideClassifier', 'overrideCompliance', 'locale']);
  return (await validatePublishShape(body)) as PublishOptions;
};
