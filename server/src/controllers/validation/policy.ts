import { validateYupSchema, yup } from '@strapi/utils';
import { FORMATS } from '../../rendering';

const findOneQuerySchema = yup
  .object()
  .shape({
    format: yup
      .string()
      .oneOf([...FORMATS], `format must be one of: ${FORMATS.join(', ')}`)
      .default('json'),
  })
  .noUnknown(false);

const slugParamSchema = yup.object().shape({
  slug: yup
    .string()
    .required()
    .max(255)
    .matches(/^[A-Za-z0-9-_.~]+$/, 'slug must contain only letters, digits, "-", "_", "." and "~"'),
});

export const validateFindOneQuery = validateYupSchema(findOneQuerySchema);
export const validateSlugParam = validateYupSchema(slugParamSchema);
