#!/usr/bin/env node
'use strict';

// Builds the plugin from this tree, builds the example app's admin panel, then starts Strapi on SQLite.
// The example app imports and publishes the demo policy and creates a demo admin on first start.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const example = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const run = (label, command, args, cwd, env = {}) => {
  console.log(`\n[demo] ${label}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const env = {
  STRAPI_TELEMETRY_DISABLED: 'true',
  NODE_ENV: process.env.NODE_ENV || 'production',
  PORT: process.env.PORT || '1337',
};

run('building the plugin', bin('strapi-plugin'), ['build'], root);
run('building the admin panel (about a minute)', bin('strapi'), ['build'], example, env);
console.log(`
[demo] starting Strapi on http://localhost:${env.PORT}
[demo]   admin panel:     http://localhost:${env.PORT}/admin   (login printed below as "[demo] admin login")
[demo]   policy as HTML:  curl 'http://localhost:${env.PORT}/api/privacy-policy/policies/privacy-policy?format=html'
`);
run('starting', bin('strapi'), ['start'], example, env);
