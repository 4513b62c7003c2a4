import { errors } from '@strapi/utils';

/** A body field the route does not know is an error, not something to ignore. */
export const rejectUnknownFields = (body: unknown, allowed: string[]) => {
  if (!body || typeof body !== 'object') return;
  const unknown = Object.keys(body).filter((field) => !allowed.includes(field));
  if (unknown.length) {
    throw new errors.ValidationError(`unknown field: ${unknown.join(', ')}`, {
      errors: unknown.map((field) => ({ path: [field], message: `unknown field: ${field}`, name: 'ValidationError' })),
    });
  }
};
