import { yup } from '@strapi/utils';

const wholeNumber = (field: string, max: number) => {
  const message = `${field} must be a whole number from 1 to ${max}`;
  return yup.number().typeError(message).integer(message).min(1, message).max(max, message);
};

/** The page of a paginated list: 1 is the first. */
export const pageField = wholeNumber('page', 1_000_000);
/** How many rows a page holds. */
export const pageSizeField = wholeNumber('pageSize', 100);
