import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils/get-service';
import { sendAnswer } from './http-caching';

/**
 * An hour: the URL carries no version, so a page picks up a new plugin version's script within an hour of
 * the upgrade; in between, browsers and CDNs revalidate with the ETag (a 304 of a few bytes).
 */
export const EMBED_MAX_AGE = 3600;

/** `GET /api/privacy-policy/embed.js`: the web components, for pages on any origin. */
const embedController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async script(ctx: any) {
    const answer = getService('embed-script', { strapi }).load();
    if (!answer) throw new errors.NotFoundError('The embed script was not built: run npm run build in the plugin');
    sendAnswer(ctx, answer, {
      maxAge: EMBED_MAX_AGE,
      timeZone: strapi.plugin('privacy-policy').config<string>('timeZone'),
      now: getService('clock', { strapi }).now().getTime(),
    });
    // A module script from another origin is fetched in CORS mode (strapi::cors answers it); this header
    // lets it load even where an app sets Cross-Origin-Resource-Policy: same-origin for everything.
    ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
  },
});

export default embedController;
