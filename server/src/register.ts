import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { documentsMiddleware } from './middlewares/documents';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  strapi.documents.use(documentsMiddleware(strapi) as any);
};

export default register;
