'use strict';
// Starts bench/processes/bench-server.js (the example app) on a throwaway SQLite database.
const { fork } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

/** A port the OS has just handed out as free (a random pick could be one of the ephemeral ports in use). */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const startBenchServer = async (env = {}) => {
  const port = await freePort();
  return new Promise((resolve, reject) => {
    const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-bench-read-'));
    const child = fork(path.join(__dirname, 'processes', 'bench-server.js'), {
      env: {
        ...process.env,
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: path.join(dbDir, 'bench.db'),
        DEMO_CONTENT: 'true',
        DEMO_ADMIN: 'false',
        PRIVACY_POLICY_DELIVERY: 'false',
        PRIVACY_POLICY_INSTALL_LEGAL_BASES: 'true',
        STRAPI_TELEMETRY_DISABLED: 'true',
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        ...env,
      },
      // Strapi's start banner would only clutter the figures; errors still show.
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const stop = () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => {
          fs.rmSync(dbDir, { recursive: true, force: true });
          done();
        });
        child.kill();
      });
    // Never leave the server running when the benchmark stops, whether it finished or failed.
    process.on('exit', () => child.kill());
    child.once('message', () => resolve({ url: `http://127.0.0.1:${port}`, stop }));
    child.once('exit', (code) => reject(new Error(`bench server exited (${code}) before it was ready`)));
  });
};

module.exports = { startBenchServer };
