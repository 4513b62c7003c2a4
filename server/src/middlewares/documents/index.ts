import type { Core } from '@strapi/strapi';
import { publicationCache } from './publication-cache';
import { versionRecording } from './version-recording';
import { writeValidation } from './write-validation';

/** One document service middleware per concern; the first registered wraps the others. */
export const registerDocumentMiddlewares = (strapi: Core.Strapi) => {
  for (const middleware of [publicationCache, versionRecording, writeValidation]) strapi.documents.use(middleware(strapi) as any);
};
