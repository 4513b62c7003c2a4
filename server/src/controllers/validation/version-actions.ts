import { validateYupSchema, yup } from '@strapi/utils';
import { localeField } from './locale';
import { rejectUnknownFields } from './unknown-fields';
import { assertJsonObjectBody } from './body-shape';

const versionParamsSchema = yup.object().shape({
  documentId: yup
    .string()
    .matches(/^[A-Za-z0-9_-]{1,64}$/, 'documentId must be a document id: letters, digits, "-" and "_", at most 64')
    .required(),
  number: yup
    .string()
    .matches(/^\d{1,6}\.\d{1,6}$/, 'number must be a version number such as 2.0')
    .required('number must be a version number such as 2.0'),
});

const withdrawBodySchema = yup.object().shape({
  reason: yup
    .string()
    .trim()
    .required('reason is required: say why the version is withdrawn (subscribers who were told of it read it)')
    .max(2000, 'reason must be at most 2000 characters'),
  locale: localeField,
});

const restoreBodySchema = yup.object().shape({ locale: localeField });

export const validateVersionParams = validateYupSchema(versionParamsSchema);
const validateWithdrawShape = validateYupSchema(withdrawBodySchema, { strict: false });
const validateRestoreShape = validateYupSchema(restoreBodySchema);

export const validateWithdrawBody = async (body: unknown): Promise<{ reason: string; locale?: string }> => {
  assertJsonObjectBody(body);
  rejectUnknownFields(body, ['reason', 'locale']);
  return validateWithdrawShape(body);
};

export const validateRestoreBody = async (body: unknown): Promise<{ locale?: string }> => {
  assertJsonObjectBody(body);
  rejectUnknownFields(body, ['locale']);
  return validateRestoreShape(body);
};
