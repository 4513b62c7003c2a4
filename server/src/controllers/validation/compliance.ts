import { validateYupSchema, yup } from '@strapi/utils';
import { localeField as locale } from './locale';

const state = yup.string().oneOf(['draft', 'published'], 'state must be one of: draft, published');

const healthQuerySchema = yup.object().shape({ locale, state });

const processingRecordQuerySchema = yup.object().shape({
  locale,
  state,
  format: yup.string().oneOf(['json', 'csv'], 'format must be one of: json, csv'),
});

export const validateHealthQuery = validateYupSchema(healthQuerySchema);
export const validateProcessingRecordQuery = validateYupSchema(processingRecordQuerySchema);
