import type { Core } from '@strapi/strapi';

/** What a document service middleware sees of a call (`strapi.documents(uid).<action>(params)`). */
export type DocumentContext = {
  uid: string;
  action: string;
  params: { documentId?: string; locale?: string; data?: Record<string, any> } & Record<string, any>;
};
export type Next = () => Promise<any>;
export type DocumentMiddleware = (strapi: Core.Strapi) => (ctx: DocumentContext, next: Next) => Promise<any>;
