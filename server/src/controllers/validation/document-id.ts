import { validateYupSchema, yup } from '@strapi/utils';

const documentId = (field: string) =>
  yup.string().matches(/^[A-Za-z0-9_-]{1,64}$/, `${field} must be a document id: letters, digits, "-" and "_", at most 64`);

const documentIdParamSchema = yup.object().shape({ documentId: documentId('documentId').required() });
const notificationListQuerySchema = yup.object().shape({ policyDocumentId: documentId('policyDocumentId') });

/** The route's :documentId, checked before it reaches a query. */
export const validateDocumentIdParam = validateYupSchema(documentIdParamSchema);
export const validateNotificationListQuery = validateYupSchema(notificationListQuerySchema);
