#!/usr/bin/env node
'use strict';

// Builds the plugin from this tree, builds the example app's admin panel, then starts Strapi on SQLite.
// The example app imports and publishes the demo policy and creates a demo admin on first start.
// Unless SMTP_HOST names a real mail server, a local SMTP sink receives every email Strapi sends: each
// one is printed (subject and recipients) and saved whole under example/.emails/.
const { spawn, spawnSync } = require('child_process');
const path = require('path');
const { startSmtpSink } = require('../lib/smtp-sink');

const root = path.resolve(__dirname, '..', '..');
const example = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const run = (label, command, args, cwd, env = {}) => {
  console.log(`\n[demo] ${label}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const main = async () => {
  const env = {
    STRAPI_TELEMETRY_DISABLED: 'true',
    NODE_ENV: process.env.NODE_ENV || 'production',
    PORT: process.env.PORT || '1337',
  };
  run('building the plugin', bin('strapi-plugin'), ['build'], root);
  run('building the web components (dist/embed/embed.js)', process.execPath, [path.join(root, 'embed', 'build.mjs')], root);
  run('building the admin panel (about a minute)', bin('strapi'), ['build'], example, env);

  const sink = process.env.SMTP_HOST ? null : await startSmtpSink({ outbox: path.join(example, '.emails'), root });
  if (sink) Object.assign(env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), SMTP_POOL: 'false' });
  console.log(`
[demo] starting Strapi on http://localhost:${env.PORT}
[demo]   admin panel:     http://localhost:${env.PORT}/admin   (login printed below as "[demo] admin login")
[demo]   policy as HTML:  curl 'http://localhost:${env.PORT}/api/privacy-policy/policies/privacy-policy?format=html'
[demo]   web components:  http://localhost:${env.PORT}/policy-demo.html   (sign in there with the "[demo] reader login" printed below; docs/frontend.md)
[demo]   emails:          ${sink ? `a local SMTP sink on port ${sink.port} prints each email here and saves it in example/.emails/` : `sent to ${process.env.SMTP_HOST}`}
`);
  const strapi = spawn(bin('strapi'), ['start'], { cwd: example, stdio: 'inherit', env: { ...process.env, ...env } });
  const stop = (signal) => strapi.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  strapi.on('exit', async (code) => {
    if (sink) await sink.close();
    process.exit(code ?? 0);
  });
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
