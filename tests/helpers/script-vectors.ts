import path from 'node:path';

// sanitize-html's own parser (CommonJS build), so the check reads HTML the way a browser would tokenise it.
const { Parser } = require(require.resolve('htmlparser2', { paths: [path.dirname(require.resolve('sanitize-html'))] }));

const DANGEROUS_TAGS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'meta',
  'base',
  'form',
  'input',
  'style',
  'link',
  'details',
  'body',
  'frame',
  'frameset',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster']);

const decode = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':');

const isScriptUrl = (value: string) => {
  const compact = decode(value)
    // eslint-disable-next-line no-control-regex -- browsers drop control characters inside a URL scheme
    .replace(/[\u0000-\u0020]/g, '')
    .toLowerCase();
  return /^(javascript|vbscript|data|file):/.test(compact);
};

/** Every element, event handler, style or URL in the HTML that could run script in a browser. */
export const scriptVectors = (html: string): string[] => {
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name: string, attributes: Record<string, string>) {
        if (DANGEROUS_TAGS.has(name)) found.push(`<${name}>`);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute.startsWith('on')) found.push(`${name}[${attribute}]`);
          if (attribute === 'style') found.push(`${name}[style]`);
          if (URL_ATTRIBUTES.has(attribute) && isScriptUrl(value)) found.push(`${name}[${attribute}=${value}]`);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
};
