// Bundles the web components (embed/src) into one minified ES module, dist/embed/embed.js, which the
// plugin serves at /api/privacy-policy/embed.js. Runs after `strapi-plugin build` (npm run build), which
// empties dist/. `node embed/build.mjs <file>` writes elsewhere (the size test builds into a temporary folder).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

await build({
  entryPoints: [path.join(here, 'src', 'index.ts')],
  outfile: process.argv[2] ? path.resolve(process.argv[2]) : path.join(here, '..', 'dist', 'embed', 'embed.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  // Constructable stylesheets and private fields: Chrome/Edge 99+, Firefox 101+, Safari 16.4+.
  target: ['es2022', 'chrome99', 'firefox101', 'safari16.4'],
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
});
