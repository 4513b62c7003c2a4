import { yup } from '@strapi/utils';

/** A locale code's shape; whether it is a configured locale is checked by the locales service (it needs the database). */
export const localeField = yup
  .string()
  .max(20)
  .matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    message: 'locale must be a locale code such as en or fr-CA',
    excludeEmptyString: true,
  });
