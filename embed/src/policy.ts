import { ApiError, apiUrl, findPolicy, getText, links } from './api';
import { focusOn, h, shadowWithStyles } from './dom';
import { safeFragment } from './safe-html';
import { BASE, POLICY } from './styles';
import { formatDay, localeOf, wordsFor } from './words';

/**
 * `<privacy-policy slug="privacy-policy" locale="fr">`: the version in effect, as the server renders it
 * (first layer, table of contents, version and effective date, sections, rights explained), with a
 * banner when a later version is scheduled (its number, date, change summary and a link to the redline)
 * and a link to the archive of earlier versions.
 *
 * Attributes: `slug` (required), `locale` (default: the page's `lang`, else the server's default
 * locale), `api` (the plugin's API base; default: where embed.js came from).
 * Events: `privacy-policy-load` ({ slug, locale, version, upcoming }) once shown, `privacy-policy-error`
 * ({ status, message }) when it cannot be.
 */
export class PrivacyPolicyElement extends HTMLElement {
  static observedAttributes = ['slug', 'locale', 'api'];

  readonly #root = shadowWithStyles(this, BASE, POLICY);
  #generation = 0;
  #connected = false;

  connectedCallback() {
    this.#connected = true;
    this.#root.addEventListener('click', this.#followFragment);
    void this.#load();
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#root.removeEventListener('click', this.#followFragment);
  }

  attributeChangedCallback(_name: string, previous: string | null, next: string | null) {
    if (this.#connected && previous !== next) void this.#load();
  }

  /** Reads the policy again (after a publish the page knows about, for instance). */
  refresh() {
    return this.#load();
  }

  async #load() {
    const generation = ++this.#generation;
    const slug = this.getAttribute('slug');
    const asked = localeOf(this);
    const words = wordsFor(asked);
    this.setAttribute('aria-busy', 'true');
    this.#show(h('p', { class: 'message', part: 'status', role: 'status' }, words.loading));
    try {
      if (!slug) throw new ApiError(404, 'slug attribute missing');
      const found = await findPolicy(this, slug, asked);
      const { entry } = found;
      if (!entry || !found.locale) throw new ApiError(404, `no published policy "${slug}"`);
      const locale = found.locale;
      // Before the first version takes effect, the one to show is the upcoming one.
      const shown = entry.version ?? entry.upcoming;
      const html = await getText(
        apiUrl(this, `policies/${encodeURIComponent(slug)}`, { format: 'html', locale, version: entry.version ? null : shown?.number }),
      );
      if (generation !== this.#generation) return;
      this.#render(slug, locale, entry.version ? entry.upcoming : null, entry.version?.number ?? null, html);
      this.dispatchEvent(
        new CustomEvent('privacy-policy-load', {
          bubbles: true,
          composed: true,
          detail: { slug, locale, version: shown?.number ?? null, upcoming: entry.upcoming?.number ?? null },
        }),
      );
    } catch (error) {
      if (generation !== this.#generation) return;
      const status = error instanceof ApiError ? error.status : 0;
      const message =
        status === 404
          ? words.notFound
          : error instanceof TypeError && /Trusted Types/.test(error.message)
            ? words.unsafeHost
            : words.loadFailed;
      this.#show(h('p', { class: 'message', 'data-tone': 'error', part: 'status status-error', role: 'status' }, message));
      this.dispatchEvent(
        new CustomEvent('privacy-policy-error', { bubbles: true, composed: true, detail: { status, message: (error as Error).message } }),
      );
    } finally {
      if (generation === this.#generation) this.removeAttribute('aria-busy');
    }
  }

  #render(
    slug: string,
    locale: string,
    upcoming: { number: string; effectiveDate: string; changeSummary: string | null } | null,
    current: string | null,
    html: string,
  ) {
    const words = wordsFor(locale);
    const to = links(this, slug, locale);
    // The server's own upcoming notice is left out: the banner says the same, with the redline link.
    const body = safeFragment(html, (element) => element.classList.contains('privacy-policy__upcoming'));
    const article = body.querySelector('article');
    article?.setAttribute('part', 'article');
    article?.querySelector('nav')?.setAttribute('part', 'toc');
    const banner =
      upcoming &&
      h(
        'aside',
        { class: 'banner', part: 'banner', 'aria-label': words.upcomingHeading, lang: locale },
        h('p', { class: 'heading' }, words.upcomingHeading),
        h(
          'p',
          {},
          words.upcoming(upcoming.number, formatDay(upcoming.effectiveDate, locale)),
          upcoming.changeSummary ? ` ${upcoming.changeSummary}` : '',
        ),
        current && h('p', {}, h('a', { href: to.redline(current, upcoming.number), part: 'redline-link' }, words.seeWhatChanges)),
      );
    const footer = h(
      'p',
      { class: 'footer', part: 'footer', lang: locale },
      h('a', { href: to.archive(), part: 'archive-link' }, words.archive),
    );
    this.#show(banner, body, footer);
  }

  #show(...nodes: (Node | null | false)[]) {
    this.#root.replaceChildren(...nodes.filter((node): node is Node => Boolean(node)));
  }

  /**
   * Links to `#section` inside the shadow root: the page's URL fragment cannot reach them, so the
   * component scrolls to the section and moves focus to its heading (keyboard and screen-reader users
   * land where they asked to go).
   */
  #followFragment = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    if (!link || (event as MouseEvent).button > 0) return;
    const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
    const target = this.#root.getElementById(id);
    if (!target) return;
    event.preventDefault();
    const heading = target.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6') ?? (target as HTMLElement);
    target.scrollIntoView({ block: 'start' });
    focusOn(heading);
  };
}
