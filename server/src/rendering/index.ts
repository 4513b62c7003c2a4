import type { PolicySnapshot } from '../services/snapshot';
import type { RenderContext, VersionMeta } from './version-meta';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';

export const FORMATS = ['json', 'html', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
};

export const render = (snapshot: PolicySnapshot, context: RenderContext, format: Format) => {
  if (format === 'html') return renderHtml(snapshot, context);
  if (format === 'markdown') return renderMarkdown(snapshot, context);
  return renderJson(snapshot, context);
};

export type { RenderContext, VersionMeta };
