// Readers for tests/integration/load.test.ts, in a worker thread so that they get a core of their own:
// `readers` loops fetch the url back to back (no think time) until the parent posts 'stop', then post
// back how often each body (by SHA-256) was seen and every failure.
const { createHash } = require('node:crypto');
const { parentPort, workerData } = require('node:worker_threads');

const { url, readers } = workerData;
const seen = new Map();
const failures = [];
let reading = true;
parentPort.on('message', (message) => {
  if (message === 'stop') reading = false;
});

const reader = async () => {
  while (reading) {
    try {
      const response = await fetch(url);
      const body = await response.text();
      if (response.status !== 200) failures.push(`${response.status} ${body.slice(0, 120)}`);
      else {
        const hash = createHash('sha256').update(body).digest('hex');
        seen.set(hash, (seen.get(hash) ?? 0) + 1);
      }
    } catch (error) {
      failures.push(`${error} ${error.cause ?? ''}`);
    }
  }
};

parentPort.postMessage({ started: true });
Promise.all(Array.from({ length: readers }, reader)).then(() => parentPort.postMessage({ seen: [...seen], failures }));
