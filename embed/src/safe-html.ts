/**
 * The policy's HTML, from the server's `format=html` answer, turned into DOM nodes through a second
 * allow-list.
 *
 * The server already sanitises it (server/src/rendering/sanitise.ts: sanitize-html with an allow-list of
 * tags, attributes and link schemes). The component does not rely on that alone: it parses the HTML into
 * an inert document (DOMParser: no script runs, nothing loads, no event handler fires) and copies into
 * its shadow root only the elements and attributes of the same allow-list, with links only to http(s),
 * mailto, tel or a fragment. Anything else is dropped (script, style, template and the like, with their
 * content) or unwrapped (other elements: their text stays). Nothing is ever assigned to innerHTML.
 */

const TAGS = new Set(
  (
    'article header nav section aside footer h1 h2 h3 h4 h5 h6 p br hr ul ol li dl dt dd a strong em b i code pre blockquote ' +
    'span time table thead tbody tr th td small sup sub del ins s'
  ).split(' '),
);
const DROPPED_WITH_CONTENT = new Set(
  'script style template iframe frame frameset object embed noscript noembed noframes textarea title xmp select option svg math head'.split(
    ' ',
  ),
);
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'lang', 'data-category', 'data-slug', 'aria-label']);
const TAG_ATTRIBUTES: Record<string, Set<string>> = {
  a: new Set(['href', 'title', 'rel']),
  time: new Set(['datetime']),
  ol: new Set(['start']),
  td: new Set(['colspan', 'rowspan']),
  th: new Set(['colspan', 'rowspan', 'scope']),
};
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** A link target the component keeps: a fragment, or a URL whose scheme (as the browser parses it) is allowed. */
export const isSafeHref = (value: string) => {
  if (value.startsWith('#')) return true;
  try {
    return LINK_PROTOCOLS.has(new URL(value, document.baseURI).protocol);
  } catch {
    return false;
  }
};

// Trusted Types (a page with `require-trusted-types-for 'script'`): DOMParser takes TrustedHTML. The
// policy passes the text through unchanged because what it makes only reaches an inert document, from
// which the allow-list below copies nodes. A page that restricts policy names lists "privacy-policy".
type HtmlPolicy = { createHTML(input: string): unknown };
let htmlPolicy: HtmlPolicy | null | undefined;
const trustedHtml = (html: string): string => {
  const factory = (globalThis as any).trustedTypes;
  if (!factory) return html;
  if (htmlPolicy === undefined) {
    try {
      htmlPolicy = factory.createPolicy('privacy-policy', { createHTML: (input: string) => input });
    } catch {
      htmlPolicy = null;
    }
  }
  if (!htmlPolicy) throw new TypeError('privacy-policy: the page does not allow the Trusted Types policy "privacy-policy"');
  return htmlPolicy.createHTML(html) as string;
};

const copyChildren = (from: Node, to: Node, skip: (element: Element) => boolean) => {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      to.appendChild(document.createTextNode(child.nodeValue ?? ''));
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const element = child as Element;
    const tag = element.localName;
    if (DROPPED_WITH_CONTENT.has(tag) || skip(element)) continue;
    if (!TAGS.has(tag) || element.namespaceURI !== HTML_NAMESPACE) {
      copyChildren(element, to, skip);
      continue;
    }
    const copy = document.createElement(tag);
    for (const { name, value } of Array.from(element.attributes)) {
      if (!GLOBAL_ATTRIBUTES.has(name) && !TAG_ATTRIBUTES[tag]?.has(name)) continue;
      if (name === 'href' && !isSafeHref(value.trim())) continue;
      copy.setAttribute(name, value);
    }
    copyChildren(element, copy, skip);
    to.appendChild(copy);
  }
};

/** The HTML's body as a fragment of allowed nodes; `skip` leaves out elements the component shows its own way. */
export const safeFragment = (html: string, skip: (element: Element) => boolean = () => false): DocumentFragment => {
  const parsed = new DOMParser().parseFromString(trustedHtml(html), 'text/html');
  const fragment = document.createDocumentFragment();
  copyChildren(parsed.body, fragment, skip);
  return fragment;
};
