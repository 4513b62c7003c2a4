import { validateYupSchema, yup } from '@strapi/utils';
import { isEmailAddress, normaliseEmail } from '../../domain/tokens';
import { rejectUnknownFields } from './unknown-fields';
import { assertJsonObjectBody } from './body-shape';

const subscribeSchema = yup.object().shape({
  email: yup
    .string()
    .typeError('email must be a text')
    .required('email is required')
    .max(254, 'email must be at most 254 characters')
    .test('email', 'email is not a valid email address', (value) => !value || isEmailAddress(normaliseEmail(value))),
  policy: yup
    .string()
    .nullable()
    .max(255)
    .matches(/^[A-Za-z0-9-_.~]+$/, 'policy must be a policy slug'),
  locale: yup
    .string()
    .nullable()
    .matches(/^[a-z]{2}(-[A-Z]{2})?$/, 'locale must look like en or en-GB'),
});

const withoutNul = (field: string) =>
  yup.string().test('no-nul', `${field} must not contain the NUL character (U+0000)`, (value) => !value?.includes('\u0000'));

const subscriberListSchema = yup.object().shape({
  q: withoutNul('q').max(254),
  status: yup.string().oneOf(['pending', 'confirmed', 'unsubscribed'], 'status must be pending, confirmed or unsubscribed'),
  scope: withoutNul('scope').max(255),
  page: yup
    .number()
    .integer('page must be a whole number from 1 to 1000000')
    .min(1, 'page must be a whole number from 1 to 1000000')
    .max(1_000_000, 'page must be a whole number from 1 to 1000000'),
  pageSize: yup.number().integer().min(1, 'pageSize must be from 1 to 100').max(100, 'pageSize must be from 1 to 100'),
});

const validateSubscribeShape = validateYupSchema(subscribeSchema, { strict: false });

export const validateSubscribe = async (body: unknown) => {
  assertJsonObjectBody(body);
  rejectUnknownFields(body, ['email', 'policy', 'locale']);
  return validateSubscribeShape(body);
};
export const validateSubscriberList = validateYupSchema(subscriberListSchema, { strict: false });
