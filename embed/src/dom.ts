/**
 * DOM building without markup strings: the components' own chrome is made with createElement and text
 * nodes, styles are constructed stylesheets adopted by each shadow root (no `style` attribute, no
 * `<style>` element), so a page whose CSP says `style-src 'self'` and `require-trusted-types-for 'script'`
 * runs them.
 */
type Child = Node | string | null | undefined | false;
type Props = Record<string, string | boolean | null | undefined>;

/** An element with attributes (true: present and empty; false, null, undefined: absent) and children. */
export const h = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
};

let ids = 0;
/** An id unique in the page, for label/aria references inside one shadow root. */
export const uniqueId = (prefix: string) => `${prefix}-${++ids}`;

const sheets = new Map<string, CSSStyleSheet>();

/**
 * Attaches an open shadow root styled by constructed stylesheets (one per CSS text, shared by every
 * instance). Browsers without constructable stylesheets (before Safari 16.4) show the components unstyled.
 */
export const shadowWithStyles = (host: HTMLElement, ...cssTexts: string[]) => {
  const root = host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    root.adoptedStyleSheets = cssTexts.map((css) => {
      let sheet = sheets.get(css);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        sheets.set(css, sheet);
      }
      return sheet;
    });
  }
  return root;
};

/** Moves focus to an element that is not focusable by itself (a heading, a message), for screen readers and keyboards. */
export const focusOn = (element: HTMLElement) => {
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
};

/**
 * Properties set on an element before its definition loaded (React, or a page script that ran first)
 * sit on the instance and hide the class's setter: take them back through the setter.
 */
export const upgradeProperty = (element: HTMLElement, name: string) => {
  if (Object.prototype.hasOwnProperty.call(element, name)) {
    const value = (element as any)[name];
    delete (element as any)[name];
    (element as any)[name] = value;
  }
};
