import { execFileSync, spawn, spawnSync, ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../helpers/child-strapi';

const ROOT = path.resolve(__dirname, '..', '..');
const rootPackage = require('../../package.json');
const devVersion = (name: string) => rootPackage.devDependencies[name];

let appDir: string;
let server: ChildProcess | undefined;

afterAll(() => {
  server?.kill('SIGKILL');
  if (appDir) rmSync(appDir, { recursive: true, force: true });
});

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
  });

test('strapi-plugin verify passes on the built package: package.json and both exports resolve', () => {
  // The command reports each check that passed on stderr.
  const verify = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'strapi-plugin'), ['verify'], { cwd: ROOT, encoding: 'utf8' });
  expect(verify.status).toBe(0);
  const output = `${verify.stdout}${verify.stderr}`;
  for (const check of ['Verified package.json', 'Checking files for exports', 'Resolving esm exports', 'Resolving cjs exports'])
    expect(output).toContain(`✔ ${check}`);
});

test('the npm pack tarball installs into a fresh Strapi 5.54 app and serves a published policy', async () => {
  appDir = mkdtempSync(path.join(tmpdir(), 'pp-fresh-app-'));
  const packed = run('npm', ['pack', '--pack-destination', appDir, '--silent'], ROOT).trim().split('\n').pop()!;
  expect(packed).toMatch(/^strapi-plugin-privacy-policy-.*\.tgz$/);
  const files = run('tar', ['-tzf', path.join(appDir, packed)], appDir);
  expect(files).toContain('package/dist/server/index.js');
  expect(files).toContain('package/dist/admin/index.mjs');
  // The web components served at /api/privacy-policy/embed.js (npm run build → embed/build.mjs).
  expect(files).toContain('package/dist/embed/embed.js');
  expect(files).not.toContain('package/tests/');

  cpSync(path.join(__dirname, 'fresh-app'), appDir, { recursive: true });
  mkdirSync(path.join(appDir, 'public', 'uploads'), { recursive: true });
  writeFileSync(
    path.join(appDir, 'package.json'),
    JSON.stringify(
      {
        name: 'fresh-strapi-app',
        private: true,
        dependencies: {
          '@strapi/strapi': devVersion('@strapi/strapi'),
          '@strapi/plugin-users-permissions': devVersion('@strapi/plugin-users-permissions'),
          'better-sqlite3': devVersion('better-sqlite3'),
          react: devVersion('react'),
          'react-dom': devVersion('react-dom'),
          'react-router-dom': devVersion('react-router-dom'),
          'styled-components': devVersion('styled-components'),
        },
      },
      null,
      2,
    ),
  );
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], appDir);
  run('npm', ['install', `./${packed}`, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], appDir);
  expect(readdirSync(path.join(appDir, 'node_modules', 'strapi-plugin-privacy-policy'))).toContain('dist');

  // The admin panel of the fresh app bundles the plugin's admin entry.
  run(path.join(appDir, 'node_modules', '.bin', 'strapi'), ['build'], appDir);

  const port = await freePort();
  server = spawn(process.execPath, ['boot-and-publish.js'], {
    cwd: appDir,
    env: { ...process.env, PORT: String(port), NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' },
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    server!.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('READY')) resolve();
    });
    server!.stderr!.on('data', (chunk) => (output += chunk));
    server!.on('exit', (code) => reject(new Error(`fresh app exited with ${code}:\n${output}`)));
  });

  const list = await (await fetch(`http://127.0.0.1:${port}/api/privacy-policy/policies`)).json();
  expect(list.data).toEqual([expect.objectContaining({ slug: 'tarball-policy', title: 'Tarball Policy' })]);
  const html = await (await fetch(`http://127.0.0.1:${port}/api/privacy-policy/policies/tarball-policy?format=html`)).text();
  expect(html).toContain('<h2>Web server logs</h2>');
  expect(html).toContain('<p>We log <em>requests</em>.</p>');
  expect(html).toContain('Legitimate interests — GDPR Article 6(1)(f)');
  // npm install of a fresh Strapi app, its admin build and a boot: minutes by design.
}, 600_000);
