#!/usr/bin/env node
'use strict';
/**
 * Long-history benchmark: a 20-section policy published 1,000 times (one section edited each time), then
 * autocannon on loopback against the first history page and a diff across the whole span (1.0 → 1.999).
 * Usage: npm run bench:history [-- --versions 1000 --seconds 10 --connections 20]
 */
const { machine, writeSection } = require('./report');
const { startBenchServer } = require('./server');
const { argument, measure } = require('./load');

const VERSIONS = argument('versions', 1000);
const SECONDS = argument('seconds', 10);
const CONNECTIONS = argument('connections', 20);

/** Time of one request right after the cache was invalidated (the bench server exposes no publish route, so it bumps the generation). */
const uncachedTimings = async (serverUrl, base, last) => {
  const timed = async (url) => {
    await fetch(`${serverUrl}/api/bench/invalidate`, { method: 'POST' });
    const started = process.hrtime.bigint();
    const response = await fetch(url);
    await response.text();
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  return {
    history: await timed(`${base}/versions?page=1&pageSize=25`),
    lastPage: await timed(`${base}/versions?page=${Math.ceil(VERSIONS / 25)}&pageSize=25`),
    diff: await timed(`${base}/diff?from=1.0&to=${last}`),
    redline: await timed(`${base}/diff?from=1.0&to=${last}&format=html`),
  };
};

(async () => {
  const started = Date.now();
  const server = await startBenchServer({ DEMO_CONTENT: 'false', BENCH_HISTORY_VERSIONS: String(VERSIONS) });
  const setupSeconds = (Date.now() - started) / 1000;
  try {
    const base = `${server.url}/api/privacy-policy/policies/long-history`;
    const last = `1.${VERSIONS - 1}`;
    const history = await (await fetch(`${base}/versions?pageSize=1`)).json();
    if (history.meta.pagination.total !== VERSIONS)
      throw new Error(`expected ${VERSIONS} versions, found ${history.meta.pagination.total}`);
    const uncached = await uncachedTimings(server.url, base, last);
    const run = { connections: CONNECTIONS, seconds: SECONDS };
    const rows = [
      await measure('history, first page (25 versions)', `${base}/versions?page=1&pageSize=25`, run),
      await measure('history, last page', `${base}/versions?page=${Math.ceil(VERSIONS / 25)}&pageSize=25`, run),
      await measure(`diff 1.0 → ${last} (JSON)`, `${base}/diff?from=1.0&to=${last}`, run),
      await measure(`diff 1.0 → ${last} (HTML redline)`, `${base}/diff?from=1.0&to=${last}&format=html`, run),
      await measure('current version (JSON)', `${base}?format=json`, run),
    ];
    writeSection('history', [
      '## Long histories',
      '',
      `Produced by \`npm run bench:history\` (\`node bench/history.js --versions ${VERSIONS} --seconds ${SECONDS} --connections ${CONNECTIONS}\`) on ${new Date().toISOString().slice(0, 10)}.`,
      `Machine: ${machine()}, SQLite. A 20-section policy published ${VERSIONS.toLocaleString('en-GB')} times through the versions service (setup ${setupSeconds.toFixed(0)} s), then each route under ${CONNECTIONS} connections for ${SECONDS} s after a 2 s warm-up.`,
      '',
      '| route | requests/s | p50 ms | p99 ms |',
      '|---|---|---|---|',
      ...rows.map((row) => `| ${row.label} | ${Math.round(row.rps).toLocaleString('en-GB')} | ${row.p50} | ${row.p99} |`),
      '',
      `Every route answers from the published cache once a response was made (one single-row query per request). Made uncached, in this run: history page ${uncached.history.toFixed(1)} ms, last page ${uncached.lastPage.toFixed(1)} ms, whole-span diff ${uncached.diff.toFixed(1)} ms (JSON) and ${uncached.redline.toFixed(1)} ms (HTML), one request each right after the cache was invalidated (as a publish does).`,
    ]);
  } finally {
    await server.stop();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
