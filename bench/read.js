#!/usr/bin/env node
'use strict';
/**
 * Read-path benchmark, side by side in one run, for a typical ~10 KB policy and the ~125 KB demo policy
 * (loopback, autocannon, Strapi in production mode in a child process):
 *  (a) the plugin's GET /api/privacy-policy/policies/:slug?format=json, identity encoding,
 *  (b) the same route asking for `Accept-Encoding: gzip, br` (the plugin answers brotli),
 *  (c) the bytes of (a) served as a static file from the same Strapi's public folder,
 *  (d) Strapi's own /_health: no body, the floor of its middleware stack,
 *  (e) the body of (b), with its Content-Encoding, sent from memory by a bare route the benchmark adds:
 *      the floor for an answer of that size, so that b/e shows the plugin's own cost per request,
 *  (f) the request of (b) on a second server of the same app that leaves the plugin's `published-reads`
 *      middleware out of config/middlewares: the reads then go through Strapi's body parser, session and
 *      router to the same controller.
 * Each round measures every target once, one after the other; the figures are the median of the rounds
 * with their minimum and maximum, and the ratios are taken within each round.
 * Usage: npm run bench:read [-- --rounds 3 --seconds 8 --connections 20]
 */
const fs = require('fs');
const http = require('http');
const path = require('path');
const { machine, writeSection } = require('./report');
const { startBenchServer } = require('./server');
const { argument, measure, spread } = require('./load');

const ROUNDS = argument('rounds', 3);
const SECONDS = argument('seconds', 8);
const CONNECTIONS = argument('connections', 20);
const PUBLIC_DIR = path.resolve(__dirname, '..', 'example', 'public');
const POLICIES = [
  { slug: 'typical', label: 'typical policy' },
  { slug: 'privacy-policy', label: 'demo policy' },
];
const TARGETS = ['a', 'b', 'c', 'd', 'e', 'f'];

/** A GET whose body stays as sent (fetch would decompress it). */
const rawGet = (url, headers) =>
  new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });

const measurePolicy = async (server, routedServer, policy, round) => {
  const pluginUrl = `${server.url}/api/privacy-policy/policies/${policy.slug}?format=json`;
  const identity = await fetch(pluginUrl, { headers: { 'accept-encoding': 'identity' } });
  const body = Buffer.from(await identity.arrayBuffer());
  const staticName = `bench-${policy.slug}.json`;
  fs.writeFileSync(path.join(PUBLIC_DIR, staticName), body);
  const compressed = await rawGet(pluginUrl, { 'accept-encoding': 'gzip, br' });
  const constantName = `${policy.slug}-compressed`;
  await fetch(`${server.url}/api/bench/constant/${constantName}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      body: compressed.body.toString('base64'),
      encoding: compressed.headers['content-encoding'],
      type: compressed.headers['content-type'],
    }),
  });
  const run = (label, url, headers) =>
    measure(`[round ${round}] ${policy.label} ${label}`, url, { connections: CONNECTIONS, seconds: SECONDS, headers });
  return {
    size: body.length,
    a: await run('(a) plugin, identity', pluginUrl, { 'accept-encoding': 'identity' }),
    b: await run('(b) plugin, gzip/br', pluginUrl, { 'accept-encoding': 'gzip, br' }),
    c: await run('(c) static file, same bytes', `${server.url}/${staticName}`, { 'accept-encoding': 'identity' }),
    d: await run('(d) /_health', `${server.url}/_health`, {}),
    e: await run('(e) bare route, bytes of (b)', `${server.url}/api/bench/constant/${constantName}`, { 'accept-encoding': 'gzip, br' }),
    f: await run('(f) plugin through Strapi’s router, gzip/br', pluginUrl.replace(server.url, routedServer.url), {
      'accept-encoding': 'gzip, br',
    }),
  };
};

const TARGET_NAMES = {
  a: '(a) plugin, identity',
  b: '(b) plugin, `Accept-Encoding: gzip, br`',
  c: '(c) static file, same bytes as (a)',
  d: '(d) Strapi `/_health`',
  e: '(e) bare Strapi route sending the bytes of (b) from memory',
  f: '(f) as (b), without the `published-reads` middleware (through Strapi’s router)',
};

const policyRows = (policy, rounds) => {
  const of = (target, key) => rounds.map((round) => round[target][key]);
  const ratio = (top, bottom) => rounds.map((round) => round[top].rps / round[bottom].rps);
  return {
    table: [
      `### ${policy.label} (${(rounds[0].size / 1024).toFixed(1)} KiB as JSON)`,
      '',
      '| target | requests/s | p99 ms | KiB on the wire | failed |',
      '|---|---|---|---|---|',
      ...TARGETS.map(
        (target) =>
          `| ${TARGET_NAMES[target]} | ${spread(of(target, 'rps'))} | ${spread(of(target, 'p99'))} | ${(rounds[0][target].bytes / 1024).toFixed(1)} | ${of(target, 'failed').reduce((sum, value) => sum + value, 0)} |`,
      ),
      '',
      `Ratios: **a/c = ${spread(ratio('a', 'c'), 2)}** (target ≥ 1.5), **b/d = ${spread(ratio('b', 'd'), 2)}** (target ≥ 0.8); b/e = ${spread(ratio('b', 'e'), 2)} (the plugin against a route that does nothing but send the same bytes); f/d = ${spread(ratio('f', 'd'), 2)} (the same reads without the \`published-reads\` middleware).`,
      '',
    ],
  };
};

(async () => {
  const server = await startBenchServer({ BENCH_TYPICAL_POLICY: 'true' });
  const routedServer = await startBenchServer({ BENCH_TYPICAL_POLICY: 'true', PRIVACY_POLICY_PUBLISHED_READS: 'false' });
  try {
    const results = Object.fromEntries(POLICIES.map((policy) => [policy.slug, []]));
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const policy of POLICIES) results[policy.slug].push(await measurePolicy(server, routedServer, policy, round));
    }
    const cache = await (await fetch(`${server.url}/api/bench/cache-stats`)).json();
    writeSection('read', [
      '## Read path: plugin vs static file vs Strapi’s floor',
      '',
      `Produced by \`npm run bench:read\` (\`node bench/read.js --rounds ${ROUNDS} --seconds ${SECONDS} --connections ${CONNECTIONS}\`) on ${new Date().toISOString().slice(0, 10)}.`,
      `Machine: ${machine()}, SQLite. Strapi (NODE_ENV=production) runs in a child process, autocannon in the parent, on loopback; ${CONNECTIONS} connections, ${SECONDS} s per target after a 2 s warm-up. Each of the ${ROUNDS} rounds measures every target of both policies one after the other; figures are the median of the rounds (minimum–maximum), and each ratio is taken within a round.`,
      '',
      ...POLICIES.flatMap((policy) => policyRows(policy, results[policy.slug]).table),
      `Cache memory after the run: ${(cache.bytes / 1024).toFixed(0)} KiB in ${cache.entries} entries (every encoding counted), of \`cache.maxBytes\` = ${(cache.maxBytes / 2 ** 20).toFixed(0)} MiB.`,
      '',
      'Reads make no database query in the steady state: the instance knows the publication generation (LISTEN/NOTIFY on PostgreSQL, a poll once a second elsewhere), and each cached answer keeps its identity, gzip and brotli bodies. (c) is the body of (a) saved to the example app’s `public/` folder and served by `strapi::public`; (d) answers 204 with no body; (e) is a route the benchmark adds, sending the compressed body of (b) held in memory with its headers, so b/e is the plugin’s own cost per request and e/d the cost of the bytes. (a), (b), (c) and (e) are served by the example app as configured, with `plugin::privacy-policy.published-reads` listed after `strapi::query` (docs/configuration.md); (f) is a second server of the same app without it.',
    ]);
  } finally {
    for (const policy of POLICIES) fs.rmSync(path.join(PUBLIC_DIR, `bench-${policy.slug}.json`), { force: true });
    await Promise.all([server.stop(), routedServer.stop()]);
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
