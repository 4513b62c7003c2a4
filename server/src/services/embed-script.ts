import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { Core } from '@strapi/strapi';
import type { SendableAnswer } from '../controllers/http-caching';

export const EMBED_CONTENT_TYPE = 'text/javascript; charset=utf-8';

/**
 * Where `npm run build` puts the web components (embed/build.mjs): dist/embed/embed.js, beside
 * dist/server/ where this code runs from (the package's `require` entry, also in an installed package).
 */
export const embedScriptPath = () => path.resolve(__dirname, '..', 'embed', 'embed.js');

/** A script's bytes as an answer: identity, gzip and brotli made once, and an ETag from its content. */
export const scriptAnswer = (source: Buffer): SendableAnswer => ({
  etag: `embed-${createHash('sha256').update(source).digest('hex').slice(0, 24)}`,
  switchesOn: null,
  contentType: EMBED_CONTENT_TYPE,
  encodings: {
    identity: source,
    gzip: gzipSync(source, { level: 9 }),
    br: brotliCompressSync(source, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: source.length } }),
  },
});

/**
 * The embed script (`GET /api/privacy-policy/embed.js`): read and compressed once, on the first request
 * or at start (bootstrap), then served from memory. Missing (a plugin run from source without
 * `npm run build`), the route answers 404 and the start logs why.
 */
const embedScript = ({ strapi }: { strapi: Core.Strapi }) => {
  let answer: SendableAnswer | null | undefined;

  return {
    load(): SendableAnswer | null {
      if (answer !== undefined) return answer;
      const file = embedScriptPath();
      if (!existsSync(file)) {
        strapi.log.warn(
          `[privacy-policy] ${file} is missing: /api/privacy-policy/embed.js answers 404 until the plugin is built (npm run build)`,
        );
        answer = null;
      } else {
        answer = scriptAnswer(readFileSync(file));
      }
      return answer;
    },
  };
};

export default embedScript;
