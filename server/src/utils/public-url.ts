import type { Core } from '@strapi/strapi';

/**
 * The address readers reach Strapi at, without a trailing slash: the plugin's `publicUrl`, else Strapi's
 * `server.url`, else `http://localhost:<port>`. Every absolute link the plugin hands out (emails, feeds,
 * the archive page) starts with it.
 */
export const publicUrlOf = (strapi: Core.Strapi): string => {
  const configured = strapi.plugin('privacy-policy').config<string>('publicUrl') || strapi.config.get<string>('server.url');
  return (configured || `http://localhost:${strapi.config.get('server.port', 1337)}`).replace(/\/$/, '');
};
