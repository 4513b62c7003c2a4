import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'];

// Raw HTML in editor Markdown is shown as text, never interpreted (html: false).
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const SANITISE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'article',
    'header',
    'nav',
    'section',
    'aside',
    'footer',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'a',
    'strong',
    'em',
    'b',
    'i',
    'code',
    'pre',
    'blockquote',
    'span',
    'time',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'small',
    'sup',
    'sub',
    'del',
    'ins',
    's',
  ],
  allowedAttributes: {
    '*': ['id', 'class', 'lang', 'data-category', 'data-slug', 'aria-label'],
    a: ['href', 'title', 'rel'],
    time: ['datetime'],
    ol: ['start'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
  },
  allowedSchemes: SAFE_SCHEMES,
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/** The last line of defence: whatever the renderer built, only an allow-list of tags, attributes and schemes passes. */
export const sanitiseHtml = (html: string) => sanitizeHtml(html, SANITISE_OPTIONS);

export const markdownToSafeHtml = (source: string | null | undefined) => (source ? sanitiseHtml(markdown.render(source)) : '');

export const escapeHtml = (text: string | number | null | undefined) =>
  String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const decodeEntities = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '');

/** True for relative links, fragments and the allowed schemes, after undoing the usual obfuscations. */
export const isSafeLinkTarget = (target: string) => {
  let decoded = decodeEntities(target);
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // keep the entity-decoded form
  }
  // eslint-disable-next-line no-control-regex
  const compact = decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  return !scheme || SAFE_SCHEMES.includes(scheme[1]);
};

/**
 * Editor Markdown as it goes out in the Markdown format: raw HTML is escaped (autolinks kept) and links
 * with a scripting scheme are pointed at "#", so a frontend's own Markdown renderer cannot be tricked either.
 */
export const safeMarkdown = (source: string | null | undefined) => {
  if (!source) return '';
  return source
    .replace(/<(?!(?:https?:\/\/|mailto:)[^<>\s]*>)/gi, '&lt;')
    .replace(/(\]\(\s*<?)([^)\s>]+)/g, (match, prefix, target) => (isSafeLinkTarget(target) ? match : `${prefix}#`))
    .replace(/^(\s{0,3}\[[^\]]+\]:\s*<?)(\S+)/gm, (match, prefix, target) => (isSafeLinkTarget(target) ? match : `${prefix}#`));
};

export const escapeMarkdown = (text: string | number | null | undefined) =>
  String(text ?? '')
    .replace(/([\\`*_[\]#|])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
