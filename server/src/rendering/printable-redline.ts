import type { PolicyDiff } from '../versioning/diff';
import type { VersionMeta } from '../domain/version';
import { renderRedline } from './redline';
import { escapeHtml as e } from './sanitise';
import { DiffNames, namesInDiff, vocabulary } from './vocabulary';

// Readable on a phone or a desktop straight from an email link: 16 px body text, a line of about 70 characters.
const REDLINE_STYLES = `
@page { margin: 2cm 2.2cm; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { font-family: Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.5; color: #111; background: #fff; max-width: 42rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6em; line-height: 1.2; }
h2 { font-size: 1.25em; line-height: 1.25; margin-top: 1.6em; break-after: avoid; page-break-after: avoid; }
ul { padding-left: 1.4em; }
li { margin: 0.3em 0; break-inside: avoid; page-break-inside: avoid; }
ins { background: #e3f4e6; color: #0b4f1c; text-decoration: underline; }
del { background: #fbe4e4; color: #7a1212; text-decoration: line-through; }
a { color: #0b4f8a; overflow-wrap: anywhere; }
code, pre { font-family: Menlo, Consolas, "Liberation Mono", monospace; font-size: 1em; }
.printable__header { font-size: 0.9em; border-bottom: 1px solid #999; margin-bottom: 1.5rem; }
@media print {
  body { font-size: 11pt; max-width: none; padding: 0; }
  a { color: inherit; }
}
`;

/**
 * The redline as a standalone HTML document, the page a change email links to: the sanitised redline in
 * fixed markup with escaped text, the version's language on <html>, and no script allowed.
 */
export const renderPrintableRedline = (
  title: string,
  diff: PolicyDiff,
  from: VersionMeta,
  to: VersionMeta,
  {
    locale = 'en',
    names = namesInDiff(diff),
    organisation = null,
  }: { locale?: string; names?: DiffNames; organisation?: string | null } = {},
) => `<!doctype html>
<html lang="${e(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(vocabulary(locale).redline.heading(title, from.number, to.number))}</title>
<style>${REDLINE_STYLES}</style>
</head>
<body>
${organisation ? `<header class="printable__header"><p><strong>${e(organisation)}</strong></p></header>\n` : ''}${renderRedline(title, diff, from, to, locale, names)}
</body>
</html>
`;
