import { validateYupSchema, yup } from '@strapi/utils';
import { localeField } from './locale';
import { pageField, pageSizeField } from './pagination';
import { rejectUnknownFields } from './unknown-fields';
import { assertJsonObjectBody } from './body-shape';
import type { MoveSectionsBody } from '../../../../shared/contracts/admin';

const MAX_MOVES = 500;
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const documentIdMessage = (field: string) => `${field} must be a document id: letters, digits, "-" and "_", at most 64`;

const policyListQuerySchema = yup.object().shape({
  locale: localeField,
  page: pageField,
  pageSize: pageSizeField,
});

const moveSchema = yup.object().shape({
  documentId: yup.string().required('documentId is required').matches(DOCUMENT_ID, documentIdMessage('documentId')),
  parent: yup
    .string()
    .nullable()
    .defined('parent is required: the new parent section, or null for the top level')
    .matches(DOCUMENT_ID, { message: documentIdMessage('parent'), excludeEmptyString: false }),
  position: yup
    .number()
    .typeError('position must be a whole number from 0')
    .required('position is required: 0 for the first place among the new siblings')
    .integer('position must be a whole number from 0')
    .min(0, 'position must be a whole number from 0')
    .max(100_000, 'position must be at most 100000'),
});

const moveBodySchema = yup.object().shape({
  locale: localeField,
  moves: yup
    .array()
    .of(moveSchema)
    .required('moves is required: a list of { documentId, parent, position }')
    .min(1, 'moves must list at least one move')
    .max(MAX_MOVES, `moves must list at most ${MAX_MOVES} moves`),
});

export const validatePolicyListQuery = validateYupSchema(policyListQuerySchema, { strict: false });
const validateMoveShape = validateYupSchema(moveBodySchema);

/** `{ locale, moves: [{ documentId, parent, position }] }`, nothing else. */
export const validateMoveBody = async (body: unknown): Promise<MoveSectionsBody> => {
  assertJsonObjectBody(body);
  rejectUnknownFields(body, ['locale', 'moves']);
  const { moves } = body as { moves?: unknown };
  if (Array.isArray(moves)) moves.forEach((move) => rejectUnknownFields(move, ['documentId', 'parent', 'position']));
  return validateMoveShape(body);
};
