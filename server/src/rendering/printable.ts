import type { PolicySnapshot } from '../domain/snapshot';
import type { RenderContext } from '../domain/version';
import { renderHtml } from './html';
import { escapeHtml as e } from './sanitise';
import { dateIn, Reader, readerOf } from './reader';

const PRINT_STYLES = `
@page { margin: 2cm 2.2cm; }
body { font-family: Georgia, "Times New Roman", serif; font-size: 11pt; line-height: 1.45; color: #000; background: #fff; max-width: 42rem; margin: 0 auto; padding: 1rem; }
h1, h2, h3, h4, h5, h6 { font-weight: bold; line-height: 1.2; break-after: avoid; page-break-after: avoid; break-inside: avoid; page-break-inside: avoid; }
h1 { font-size: 1.6em; } h2 { font-size: 1.35em; } h3 { font-size: 1.2em; } h4 { font-size: 1.1em; } h5, h6 { font-size: 1em; }
p, li, dd { orphans: 3; widows: 3; }
li, dt, dd, tr { break-inside: avoid; page-break-inside: avoid; }
a { color: inherit; }
code, pre { font-family: Menlo, Consolas, "Liberation Mono", monospace; font-size: 1em; }
.printable__header, .printable__footer { border-color: #999; border-style: solid; border-width: 0; }
.printable__header { border-bottom-width: 1px; margin-bottom: 1.5rem; }
.printable__footer { border-top-width: 1px; margin-top: 2rem; }
@media print {
  .printable__header, .printable__footer { font-size: 9.5pt; }
  .privacy-policy__toc { display: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 90%; word-break: break-all; }
}
`;

const versionLine = (reader: Reader, { version }: RenderContext) =>
  e(version ? reader.words.versionEffectiveFrom(version.number, dateIn(reader, version.effectiveDate)) : reader.words.unpublishedDraft);

const footerLine = (reader: Reader, { version }: RenderContext) =>
  e(version ? reader.words.printedFrom(version.number, dateIn(reader, version.effectiveDate)) : reader.words.printedFromDraft);

/**
 * The policy as a standalone HTML document for printing or saving as PDF. The body is the sanitised HTML
 * rendering; everything around it is fixed markup with escaped text, and the page allows no script at all.
 */
export const renderPrintable = (snapshot: PolicySnapshot, context: RenderContext) => {
  const { title, controller } = snapshot.policy;
  const reader = readerOf(snapshot, context);
  const documentTitle = context.version ? reader.words.titleWithVersion(title, context.version.number) : title;
  return `<!doctype html>
<html lang="${e(snapshot.policy.locale || 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(documentTitle)}</title>
<style>${PRINT_STYLES}</style>
</head>
<body>
<header class="printable__header">${controller?.name ? `<p><strong>${e(controller.name)}</strong></p>` : ''}<p>${versionLine(reader, context)}</p></header>
${renderHtml(snapshot, context)}
<footer class="printable__footer"><p>${footerLine(reader, context)}</p></footer>
</body>
</html>
`;
};
