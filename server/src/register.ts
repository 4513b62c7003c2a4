import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { registerCustomFields } from './content-manager/custom-fields';
import { registerGraphql } from './graphql';
import { registerPermissions } from './permissions';
import { registerModels } from './models';
import { registerDocumentMiddlewares } from './middlewares/documents';
import { versionHeader } from './middlewares/http/version-header';
import { acceptanceSignIn } from './middlewares/http/acceptance-sign-in';
import { VERSION_PUBLISHED_EVENT, VERSION_WITHDRAWN_EVENT } from './services/version-recorder';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  registerCustomFields(strapi);
  registerModels(strapi);
  registerDocumentMiddlewares(strapi);
  strapi.server.use(versionHeader(strapi));
  strapi.server.use(acceptanceSignIn(strapi));
  registerGraphql(strapi);
  await registerPermissions(strapi);
  strapi.get('webhookStore').addAllowedEvent('PRIVACY_POLICY_VERSION_PUBLISHED', VERSION_PUBLISHED_EVENT);
  strapi.get('webhookStore').addAllowedEvent('PRIVACY_POLICY_VERSION_WITHDRAWN', VERSION_WITHDRAWN_EVENT);
};

export default register;
