#!/usr/bin/env node
'use strict';
/**
 * Read-path benchmark, side by side in one run on the demo policy (loopback, autocannon):
 *  (a) the plugin's GET /api/privacy-policy/policies/:slug?format=json,
 *  (b) the same content through the document service with every relation populated (what a generic
 *      REST endpoint over the plugin's types does),
 *  (c) the same bytes as (a) served as a static file from the same Strapi's public folder.
 * Usage: npm run bench:read [-- --seconds 10 --connections 50]
 */
const fs = require('fs');
const path = require('path');
const { machine, writeSection } = require('./report');
const { startBenchServer } = require('./server');
const { argument, measure } = require('./load');

const SECONDS = argument('seconds', 10);
const CONNECTIONS = argument('connections', 50);
const STATIC_NAME = 'bench-privacy-policy.json';
const STATIC_FILE = path.resolve(__dirname, '..', 'example', 'public', STATIC_NAME);

(async () => {
  const server = await startBenchServer();
  try {
    const pluginUrl = `${server.url}/api/privacy-policy/policies/privacy-policy?format=json`;
    const body = await (await fetch(pluginUrl)).text();
    fs.writeFileSync(STATIC_FILE, body);
    const generic = await (await fetch(`${server.url}/api/bench/generic/privacy-policy`)).json();
    if (!generic.data?.sections?.length) throw new Error('the generic route returned no sections');

    const plugin = await measure('(a) plugin read path', pluginUrl, { connections: CONNECTIONS, seconds: SECONDS });
    const genericRest = await measure('(b) generic REST, relations populated', `${server.url}/api/bench/generic/privacy-policy`, {
      connections: CONNECTIONS,
      seconds: SECONDS,
      failuresAllowed: true,
    });
    const staticFile = await measure('(c) static file, same bytes', `${server.url}/${STATIC_NAME}`, {
      connections: CONNECTIONS,
      seconds: SECONDS,
    });

    const row = (figures) =>
      `| ${figures.label} | ${Math.round(figures.rps).toLocaleString('en-GB')} | ${figures.p50} | ${figures.p99} | ${(figures.bytes / 1024).toFixed(0)} | ${figures.failed} |`;
    writeSection('read', [
      '## Read path: plugin vs generic REST vs static file',
      '',
      `Produced by \`npm run bench:read\` (\`node bench/read.js --seconds ${SECONDS} --connections ${CONNECTIONS}\`) on ${new Date().toISOString().slice(0, 10)}.`,
      `Machine: ${machine()}, SQLite. Strapi (NODE_ENV=production) runs in a child process, autocannon in the parent, on loopback; ${CONNECTIONS} connections, ${SECONDS} s per target after a 2 s warm-up, one after the other in one run.`,
      '',
      '| target | requests/s | p50 ms | p99 ms | KiB per response | failed (timeouts after 10 s) |',
      '|---|---|---|---|---|---|',
      row(plugin),
      row(genericRest),
      row(staticFile),
      '',
      `Ratios: **a/b = ${(plugin.rps / genericRest.rps).toFixed(1)}** (target ≥ 10), **a/c = ${(plugin.rps / staticFile.rps).toFixed(2)}** (target ≥ 0.7).`,
      '',
      "(b) is the demo policy read through `strapi.documents(...).findMany` with the section tree, legal bases, processors and retention rules populated, in a route the benchmark adds; it skips the output sanitising Strapi's generic REST also does, so the real gap is a little larger. (c) is the body of (a) saved to the example app's `public/` folder and served by `strapi::public`.",
    ]);
  } finally {
    fs.rmSync(STATIC_FILE, { force: true });
    await server.stop();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
