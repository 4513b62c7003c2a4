/**
 * The components' styles, adopted as constructed stylesheets. Every colour, font and radius is a CSS
 * custom property with a default, so a site themes the components from its own stylesheet:
 *
 *   privacy-policy, privacy-policy-subscribe, privacy-policy-acceptance { --privacy-policy-accent: #0b6e4f; }
 *
 * and reaches the main pieces with ::part() (see docs/frontend.md for the list).
 */
export const BASE = `
:host {
  display: block;
  font: var(--privacy-policy-font, inherit);
  color: var(--privacy-policy-color, inherit);
  line-height: var(--privacy-policy-line-height, 1.5);
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
a { color: var(--privacy-policy-link, var(--privacy-policy-accent, #1d4ed8)); text-underline-offset: 0.15em; }
a:focus-visible, button:focus-visible, input:focus-visible, [tabindex="-1"]:focus-visible {
  outline: 3px solid var(--privacy-policy-focus, #2563eb);
  outline-offset: 2px;
}
[tabindex="-1"]:focus:not(:focus-visible) { outline: none; }
.message { margin: 0.5em 0; }
.message:empty { margin: 0; }
.message[data-tone="error"] { color: var(--privacy-policy-error, #b91c1c); }
.message[data-tone="success"] { color: var(--privacy-policy-success, #166534); }
button {
  font: inherit;
  padding: 0.55em 1.1em;
  border: 1px solid var(--privacy-policy-accent, #1d4ed8);
  border-radius: var(--privacy-policy-radius, 6px);
  background: var(--privacy-policy-accent, #1d4ed8);
  color: var(--privacy-policy-on-accent, #fff);
  cursor: pointer;
}
button[aria-disabled="true"] { opacity: 0.65; cursor: progress; }
`;

export const POLICY = `
.banner {
  margin: 0 0 1.5em;
  padding: 0.9em 1.1em;
  border: 1px solid var(--privacy-policy-banner-border, #d97706);
  border-left-width: 6px;
  border-radius: var(--privacy-policy-radius, 6px);
  background: var(--privacy-policy-banner-background, #fffbeb);
  color: var(--privacy-policy-banner-color, inherit);
}
.banner p { margin: 0.25em 0; }
.banner .heading { font-weight: 700; }
article { max-width: var(--privacy-policy-max-width, 48rem); }
article h1 { font-size: 2em; line-height: 1.2; margin: 0 0 0.3em; }
article h2 { font-size: 1.5em; line-height: 1.25; margin: 1.6em 0 0.5em; }
article h3 { font-size: 1.2em; margin: 1.3em 0 0.4em; }
article h4, article h5, article h6 { font-size: 1.05em; margin: 1.1em 0 0.3em; }
article section { scroll-margin-top: var(--privacy-policy-scroll-margin, 1rem); }
article small { font-size: 0.875em; }
.privacy-policy__meta { color: var(--privacy-policy-muted, #4b5563); }
.privacy-policy__withdrawn { font-weight: 700; }
.privacy-policy__first-layer {
  margin: 1.2em 0;
  padding: 0.2em 1.1em 0.6em;
  border-radius: var(--privacy-policy-radius, 6px);
  background: var(--privacy-policy-panel-background, #f3f4f6);
}
.privacy-policy__first-layer > h2:first-child { margin-top: 0.6em; }
.privacy-policy__toc {
  margin: 1.5em 0;
  padding: 0.6em 1.1em;
  border: 1px solid var(--privacy-policy-border, #d1d5db);
  border-radius: var(--privacy-policy-radius, 6px);
}
.privacy-policy__toc ul { margin: 0.2em 0; padding-left: 1.2em; }
.privacy-policy__toc li { margin: 0.2em 0; }
.privacy-policy__controller dt { font-weight: 700; }
.privacy-policy__controller dd { margin: 0 0 0.4em; }
.footer { margin-top: 2em; padding-top: 0.8em; border-top: 1px solid var(--privacy-policy-border, #d1d5db); }
`;

export const FORM = `
form { display: grid; gap: 0.5em; max-width: var(--privacy-policy-form-width, 32rem); }
.heading { font-weight: 700; font-size: 1.1em; margin: 0; }
label { font-weight: 600; }
.hint { margin: 0; color: var(--privacy-policy-muted, #4b5563); }
.row { display: flex; flex-wrap: wrap; gap: 0.5em; }
input {
  flex: 1 1 14em;
  min-width: 0;
  font: inherit;
  padding: 0.5em 0.7em;
  border: 1px solid var(--privacy-policy-input-border, #6b7280);
  border-radius: var(--privacy-policy-radius, 6px);
  background: var(--privacy-policy-input-background, #fff);
  color: var(--privacy-policy-input-color, #111827);
}
input[aria-invalid="true"] { border-color: var(--privacy-policy-error, #b91c1c); }
`;

export const PANEL = `
.panel {
  padding: 1em 1.2em;
  border: 1px solid var(--privacy-policy-border, #d1d5db);
  border-left: 6px solid var(--privacy-policy-accent, #1d4ed8);
  border-radius: var(--privacy-policy-radius, 6px);
  background: var(--privacy-policy-panel-background, #f9fafb);
}
.panel h2 { font-size: 1.2em; margin: 0 0 0.4em; }
.panel p { margin: 0.4em 0; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.6em 1.2em; margin-top: 0.8em; }
`;
