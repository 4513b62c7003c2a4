import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { registerGraphql } from './graphql';
import { registerPermissions } from './permissions';
import { registerModels } from './models';
import { documentsMiddleware } from './middlewares/documents';
import { VERSION_PUBLISHED_EVENT } from './services/versions';
import { VERSION_WITHDRAWN_EVENT } from './services/withdrawal';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  registerModels(strapi);
  strapi.documents.use(documentsMiddleware(strapi) as any);
  registerGraphql(strapi);
  await registerPermissions(strapi);
  strapi.get('webhookStore').addAllowedEvent('PRIVACY_POLICY_VERSION_PUBLISHED', VERSION_PUBLISHED_EVENT);
  strapi.get('webhookStore').addAllowedEvent('PRIVACY_POLICY_VERSION_WITHDRAWN', VERSION_WITHDRAWN_EVENT);
};

export default register;
