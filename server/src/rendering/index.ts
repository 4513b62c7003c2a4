import type { PolicySnapshot } from '../domain/snapshot';
import type { RenderContext, VersionMeta } from '../domain/version';
import { renderHtml } from './html';
import { renderJson } from './json';
import { jsonLdText, renderJsonLd } from './jsonld';
import { renderMarkdown } from './markdown';
import { renderPrintable } from './printable';
import { renderText } from './text';

export const FORMATS = ['json', 'html', 'markdown', 'text', 'jsonld', 'printable'] as const;
export type Format = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  printable: 'text/html; charset=utf-8',
};

/** Every format but json is finished text, sent as it is; json is an object the controller wraps in { data }. */
export const render = (snapshot: PolicySnapshot, context: RenderContext, format: Format) => {
  if (format === 'html') return renderHtml(snapshot, context);
  if (format === 'markdown') return renderMarkdown(snapshot, context);
  if (format === 'text') return renderText(snapshot, context);
  if (format === 'jsonld') return jsonLdText(renderJsonLd(snapshot, context));
  if (format === 'printable') return renderPrintable(snapshot, context);
  return renderJson(snapshot, context);
};

export type { RenderContext, VersionMeta };
