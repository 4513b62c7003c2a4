import { readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startStrapi, TestApp } from '../helpers/strapi';
import { rawGet } from '../helpers/raw-http';

/**
 * `GET /api/privacy-policy/embed.js`: the web components as one ES module, served from memory in the
 * encoding the browser prefers, cacheable and revalidated with an ETag, loadable from any origin.
 */
const EMBED = '/api/privacy-policy/embed.js';
const BUILT = path.resolve(__dirname, '..', '..', 'dist', 'embed', 'embed.js');
const BUDGET = 15 * 1024;

let app: TestApp;

describe('a built plugin', () => {
  beforeAll(async () => {
    app = await startStrapi();
  });
  afterAll(async () => {
    await app?.stop();
  });

  test('without Accept-Encoding: the built module, byte for byte, as JavaScript, public and cacheable for an hour', async () => {
    const res = await rawGet(app, EMBED);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.equals(readFileSync(BUILT))).toBe(true);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    expect(res.headers.etag).toMatch(/^"embed-[0-9a-f]{24}"$/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    // One self-contained ES module: it exports the element classes and imports nothing.
    const source = res.body.toString('utf8');
    expect(source).toMatch(/export\s*\{/);
    expect(source).not.toMatch(/\bimport\s*[{*"'(]|\bfrom\s*["']/);
  });

  test.each([
    ['gzip', 'gzip', gunzipSync],
    ['br', 'gzip, deflate, br', brotliDecompressSync],
  ])(
    '%s when the browser accepts it: the same module, its own ETag, and the gzipped size under 15 KB',
    async (encoding, header, decode) => {
      const plain = await rawGet(app, EMBED);
      const res = await rawGet(app, EMBED, { 'Accept-Encoding': header });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(decode(res.body).equals(plain.body)).toBe(true);
      expect(res.headers.etag).toBe(plain.headers.etag!.replace(/"$/, `-${encoding}"`));
      expect(res.body.length).toBeLessThan(plain.body.length / 2);
      expect(res.body.length).toBeLessThan(BUDGET);
    },
  );

  test('a browser holding the current copy gets a 304 with no body; a stale copy gets the script', async () => {
    const first = await rawGet(app, EMBED, { 'Accept-Encoding': 'gzip' });
    const again = await rawGet(app, EMBED, { 'Accept-Encoding': 'gzip', 'If-None-Match': first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
    const stale = await rawGet(app, EMBED, { 'Accept-Encoding': 'gzip', 'If-None-Match': '"embed-000000000000000000000000-gzip"' });
    expect(stale.status).toBe(200);
    expect(stale.body.length).toBe(first.body.length);
  });

  test('a page on another origin may load it: CORS allows the module fetch, no credentials needed', async () => {
    const res = await rawGet(app, EMBED, { Origin: 'https://shop.example.test' });
    expect(res.status).toBe(200);
    // strapi::cors echoes the allowed origin, so a shared cache must key on Origin as well as on the encoding.
    expect(res.headers['access-control-allow-origin']).toBe('https://shop.example.test');
    expect(res.headers.vary).toMatch(/\bOrigin\b/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
  });

  test('it is public: a stale or foreign Authorization header does not turn the script into a 401', async () => {
    const res = await app.http.get(EMBED).set('Authorization', 'Bearer not-a-real-token');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });
});

// Started after the built one has stopped: two Strapi instances in one process would register the plugin's actions twice.
describe('a plugin installed without its build', () => {
  let unbuilt: TestApp;

  beforeAll(async () => {
    // Hidden only while this Strapi starts (the script is read once, at bootstrap), under the test lock.
    renameSync(BUILT, `${BUILT}.hidden`);
    try {
      unbuilt = await startStrapi();
    } finally {
      renameSync(`${BUILT}.hidden`, BUILT);
    }
  });
  afterAll(async () => {
    await unbuilt?.stop();
  });

  test('answers 404 saying to build the plugin, not a 500', async () => {
    const res = await unbuilt.http.get(EMBED);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('The embed script was not built: run npm run build in the plugin');
    // The rest of the plugin still works.
    expect((await unbuilt.http.get('/api/privacy-policy/policies')).status).toBe(200);
  });
});
