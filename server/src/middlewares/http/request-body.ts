import { errors } from '@strapi/utils';

const PLUGIN_PATHS = ['/api/privacy-policy/', '/privacy-policy/'];

/**
 * App-level middleware, listed just before 'strapi::body' (see the README): a body that Strapi's parser
 * cannot read (broken multipart, for one) is a 400 on the plugin's routes instead of a 500. Errors from
 * after routing pass through untouched.
 */
const requestBody = () => async (ctx: any, next: () => Promise<void>) => {
  try {
    await next();
  } catch (error: any) {
    const onPluginPath = PLUGIN_PATHS.some((prefix) => ctx.path.startsWith(prefix));
    if (!onPluginPath || ctx.state.route || error?.status || error instanceof errors.ApplicationError) throw error;
    throw new errors.ValidationError(`The request body could not be read as ${ctx.request.type || 'the declared content type'}`);
  }
};

export default requestBody;
