'use strict';
// What the read benchmarks share: command-line numbers, autocannon runs with a warm-up, medians.
const autocannon = require('autocannon');

const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};

const load = (url, { connections, duration, headers }) =>
  new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, headers }, (error, result) => (error ? reject(error) : resolve(result)));
  });

/** A 2 s warm-up, then the measured run. Failed requests abort unless `failuresAllowed` (then they are counted). */
const measure = async (label, url, { connections, seconds, headers = {}, failuresAllowed = false }) => {
  await load(url, { connections, duration: 2, headers });
  const result = await load(url, { connections, duration: seconds, headers });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed && !failuresAllowed) throw new Error(`${label}: ${failed} failed requests`);
  const figures = {
    label,
    url,
    failed,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: result.throughput.average / Math.max(result.requests.average, 1),
  };
  process.stdout.write(`${label}: ${figures.rps.toFixed(0)} req/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms, ${failed} failed\n`);
  return figures;
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** "median (min–max)" of a list of numbers, with `digits` decimals. */
const spread = (values, digits = 0) => {
  const format = (value) => value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
};

module.exports = { argument, measure, median, spread };
