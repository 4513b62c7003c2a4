import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The web components' bundle as embed/build.mjs makes it (built here into a temporary folder, not dist/):
 * small enough to embed anywhere, and free of what a strict Content Security Policy blocks.
 */
const BUILD = path.resolve(__dirname, '..', '..', 'embed', 'build.mjs');
const BUDGET_GZIPPED = 15 * 1024;

/**
 * Constructs a page with `script-src 'self'`, `style-src 'self'` and `require-trusted-types-for 'script'`
 * refuses, or that would need one of them relaxed: string evaluation, markup string sinks, inline styles.
 */
const CSP_HAZARDS: [name: string, pattern: RegExp, example: string][] = [
  ['eval', /\beval\s*\(/, 'eval("1")'],
  ['the Function constructor', /\bnew\s+Function\s*\(|[^.\w]Function\s*\(\s*["'`]/, 'x=new Function("return 1")'],
  ['a string timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/, 'setTimeout("run()",1)'],
  ['innerHTML / outerHTML', /\b(?:inner|outer)HTML\b/, 'a.innerHTML=b'],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/, 'a.insertAdjacentHTML("beforeend",b)'],
  ['document.write', /\bdocument\.write/, 'document.write(b)'],
  ['createContextualFragment', /\bcreateContextualFragment\b/, 'r.createContextualFragment(b)'],
  ['an inline style attribute', /setAttribute\(\s*["'`]style["'`]/, 'a.setAttribute("style","color:red")'],
  ['a <style> element', /createElement\(\s*["'`]style["'`]/, 'document.createElement("style")'],
  ['an inline event handler attribute', /setAttribute\(\s*["'`]on[a-z]+["'`]/, 'a.setAttribute("onclick","x()")'],
];

const hazardsIn = (source: string) => CSP_HAZARDS.filter(([, pattern]) => pattern.test(source)).map(([name]) => name);

let folder: string;
let source: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'pp-embed-'));
  const file = path.join(folder, 'embed.js');
  execFileSync(process.execPath, [BUILD, file], { stdio: 'pipe' });
  source = readFileSync(file, 'utf8');
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

test('the bundle is under 15 KB gzipped (measured, not estimated)', () => {
  const gzipped = gzipSync(Buffer.from(source), { level: 9 }).length;
  expect(source.length).toBeGreaterThan(5_000);
  expect(gzipped).toBeLessThan(BUDGET_GZIPPED);
});

test('one self-contained ES module that defines the three elements and depends on no framework', () => {
  expect(source).toMatch(/export\s*\{/);
  expect(source).not.toMatch(/\bimport\s*[{*"'(]|\bfrom\s*["']/);
  for (const name of ['privacy-policy', 'privacy-policy-subscribe', 'privacy-policy-acceptance']) expect(source).toContain(`"${name}"`);
  expect(source).toContain('customElements.define');
  expect(source).toContain('attachShadow');
  expect(source).not.toMatch(/\b(?:React|preact|lit-html|LitElement|Vue)\b/);
});

test('no construct a strict CSP or Trusted Types would block', () => {
  expect(hazardsIn(source)).toEqual([]);
});

test.each(CSP_HAZARDS)('control: the check for %s finds it', (name, _pattern, example) => {
  expect(hazardsIn(example)).toContain(name);
});
