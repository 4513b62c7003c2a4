import { validateYupSchema, yup } from '@strapi/utils';
import { localeField } from './locale';
import { assertJsonObjectBody } from './body-shape';

const listOfObjects = yup.array().of(yup.object()).default([]);

const sectionSchema: any = yup.object().shape({
  title: yup.string().required('title is required'),
  children: yup.lazy(() => yup.array().of(sectionSchema).default([])),
});

const importSchema = yup
  .object()
  .typeError('the import must be a JSON object with a "policy"')
  .required('the import must be a JSON object with a "policy" (send it as application/json)')
  .shape({
    legalBases: listOfObjects,
    processors: listOfObjects,
    retentionRules: listOfObjects,
    policy: yup
      .object()
      .shape({
        title: yup.string().required('policy.title is required'),
        sections: yup.array().of(sectionSchema).default([]),
      })
      .required('policy is required'),
  });

const importQuerySchema = yup.object().shape({
  publish: yup.string().oneOf(['true', 'false'], 'publish must be true or false'),
  locale: localeField,
});

const validateImportShape = validateYupSchema(importSchema);

export const validateImport = async (body: unknown) => {
  assertJsonObjectBody(body);
  return validateImportShape(body);
};
export const validateImportQuery = validateYupSchema(importQuerySchema);
