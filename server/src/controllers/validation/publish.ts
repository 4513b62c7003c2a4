import { yup } from '@strapi/utils';
import { errors } from '@strapi/utils';

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
  })
  .noUnknown(true, 'unknown field: ${unknown}');

/** Validates and casts the publish body (so "override" arrives as a boolean). */
export const validatePublishBody = async (body: unknown) => {
  try {
    return await publishBodySchema.validate(body, { abortEarly: false, stripUnknown: false });
  } catch (error: any) {
    const problems: { path: string; message: string }[] = (error.inner?.length ? error.inner : [error]).map((inner: any) => ({
      path: inner.path ?? '',
      message: inner.message,
    }));
    throw new errors.ValidationError(problems.map((problem) => problem.message).join('; '), {
      errors: problems.map(({ path, message }) => ({ path: path ? [path] : [], message, name: 'ValidationError' })),
    });
  }
};
