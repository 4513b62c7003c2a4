import { validateYupSchema, yup } from '@strapi/utils';

// The largest value a 32-bit integer column (PostgreSQL, MySQL) holds.
const MAX_ID = 2_147_483_647;
const message = `id must be a whole number from 1 to ${MAX_ID}`;

const idParamSchema = yup.object().shape({
  id: yup.number().typeError(message).integer(message).min(1, message).max(MAX_ID, message).required(message),
});

const validateIdShape = validateYupSchema(idParamSchema, { strict: false });

/** The route's numeric :id, or a 400 naming the rule. */
export const validateIdParam = async (params: unknown): Promise<number> => (await validateIdShape(params)).id;
