import { ApiError, apiUrl, findPolicy, getJson, links, postJson, type PolicyListEntry } from './api';
import { focusOn, h, shadowWithStyles, uniqueId, upgradeProperty } from './dom';
import { BASE, PANEL } from './styles';
import { formatDay, formatMoment, localeOf, wordsFor } from './words';

export type AcceptanceState = 'signed-out' | 'loading' | 'needs-acceptance' | 'accepting' | 'accepted' | 'error';

interface AcceptanceAnswer {
  accepted: { number: string; acceptedAt: string } | null;
  current: { number: string; effectiveDate: string };
  needsAcceptance: boolean;
  reason: string;
}

/**
 * `<privacy-policy-acceptance slug="privacy-policy">` for a signed-in user: when the version in effect is
 * one they have not read, says so ("we updated our privacy policy", the change summary, links to the
 * policy and to the redline since the version they read) and records that they read it. Changes must be
 * actively communicated to the people concerned, not left for them to find (WP260 rev.01 para. 29,
 * server/src/law/data/guidance.json); recording that someone read a notice is a record, not their
 * consent to anything (consent has its own conditions, GDPR Arts. 4(11) and 7).
 *
 * The user's users-permissions JWT is given through the `token` property, never an attribute (an
 * attribute would put it in the DOM, where any script or a serialisation of the page could read it): a
 * `token` attribute is removed and ignored. Without a token the element shows nothing.
 *
 * Attributes: `slug` (required), `locale`, `api`, `policy-href` (the page of your site that shows the
 * policy; default: the server's printable page). Properties: `token` (write it), `state` (read-only).
 * Events: `privacy-policy-acceptance` ({ state, accepted, current }) after each check,
 * `privacy-policy-accepted` ({ slug, version, acceptedAt }) once the acceptance is recorded.
 */
export class PrivacyPolicyAcceptanceElement extends HTMLElement {
  static observedAttributes = ['slug', 'locale', 'api', 'token'];

  readonly #root = shadowWithStyles(this, BASE, PANEL);
  #token: string | null = null;
  #state: AcceptanceState = 'signed-out';
  #generation = 0;
  #connected = false;
  /** The locale the server answered the last check in: the acceptance is recorded in it. */
  #locale: string | null = null;
  readonly #live = h('p', { class: 'message', role: 'status', 'aria-live': 'polite', part: 'status' });

  get token(): string | null {
    return this.#token;
  }

  set token(value: string | null | undefined) {
    const next = typeof value === 'string' && value ? value : null;
    if (next === this.#token) return;
    this.#token = next;
    if (this.#connected) void this.#check();
  }

  get state() {
    return this.#state;
  }

  connectedCallback() {
    upgradeProperty(this, 'token');
    this.#connected = true;
    void this.#check();
  }

  disconnectedCallback() {
    this.#connected = false;
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null) {
    if (name === 'token') {
      if (next !== null) {
        this.removeAttribute('token');
        console.warn('<privacy-policy-acceptance>: the token attribute is ignored and removed; set the token property instead.');
      }
      return;
    }
    if (this.#connected && previous !== next) void this.#check();
  }

  /** Checks again (after the user signed in elsewhere on the page, for instance). */
  refresh() {
    return this.#check();
  }

  #path() {
    return `policies/${encodeURIComponent(this.getAttribute('slug') ?? '')}/acceptance`;
  }

  async #check(confirmation = false) {
    const generation = ++this.#generation;
    const token = this.#token;
    const slug = this.getAttribute('slug');
    if (!token || !slug) {
      this.#state = 'signed-out';
      this.#say('');
      this.#show();
      return;
    }
    this.#state = 'loading';
    const asked = localeOf(this);
    try {
      // The policy first: it settles the locale the server has (a page in en-GB reads the policy in en).
      const policy = await findPolicy(this, slug, asked);
      const locale = policy.locale ?? asked;
      const { data } = await getJson<{ data: AcceptanceAnswer }>(apiUrl(this, this.#path(), { locale }), token);
      if (generation !== this.#generation) return;
      this.#locale = locale;
      this.#state = data.needsAcceptance ? 'needs-acceptance' : 'accepted';
      if (data.needsAcceptance) this.#renderNeeds(data, policy.entry, locale);
      else if (confirmation && data.accepted) this.#renderThanks(data.accepted, locale);
      else {
        this.#say('');
        this.#show();
      }
      this.dispatchEvent(
        new CustomEvent('privacy-policy-acceptance', {
          bubbles: true,
          composed: true,
          detail: { state: this.#state, accepted: data.accepted, current: data.current },
        }),
      );
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#showError(error, wordsFor(asked).checkFailed);
    }
  }

  #renderNeeds(data: AcceptanceAnswer, policy: PolicyListEntry | null, locale: string | null) {
    const words = wordsFor(locale);
    const slug = this.getAttribute('slug')!;
    const to = links(this, slug, locale);
    const headingId = uniqueId('pp-acceptance');
    const readFrom = data.accepted?.number;
    const summary = readFrom && policy?.version?.number === data.current.number ? policy.version.changeSummary : null;
    const button = h('button', { type: 'button', part: 'button' }, words.accept);
    button.addEventListener('click', () => void this.#accept(data.current.number, button));
    this.#say('');
    this.#show(
      h(
        'section',
        { class: 'panel', part: 'panel', 'aria-labelledby': headingId, lang: locale ?? false },
        h('h2', { id: headingId, part: 'heading' }, readFrom ? words.updatedHeading : words.firstHeading),
        h('p', {}, words.inEffect(data.current.number, policy?.title ?? slug, formatDay(data.current.effectiveDate, locale))),
        summary && h('p', { part: 'summary' }, h('strong', {}, words.summary), ` ${summary}`),
        h(
          'div',
          { class: 'actions' },
          h('a', { href: this.getAttribute('policy-href') || to.printable(), part: 'policy-link' }, words.readPolicy),
          readFrom &&
            readFrom !== data.current.number &&
            h('a', { href: to.redline(readFrom, data.current.number), part: 'redline-link' }, words.seeWhatChanged),
          button,
        ),
      ),
    );
  }

  #renderThanks(accepted: { number: string; acceptedAt: string }, locale: string | null) {
    const hadFocus = this.matches(':focus-within');
    this.#show();
    this.#say(wordsFor(locale).accepted(accepted.number, formatMoment(accepted.acceptedAt, locale)), 'success');
    // The button the user pressed is gone: the focus goes to the confirmation rather than to the page's start.
    if (hadFocus) focusOn(this.#live);
  }

  /** The content, followed by the live region, which stays in place so that screen readers announce its changes. */
  #show(...nodes: Node[]) {
    this.#root.replaceChildren(...nodes, this.#live);
  }

  #say(text: string, tone: 'success' | 'error' | null = null) {
    this.#live.textContent = text;
    this.#live.setAttribute('part', tone ? `status status-${tone}` : 'status');
    if (tone) this.#live.setAttribute('data-tone', tone);
    else this.#live.removeAttribute('data-tone');
  }

  async #accept(version: string, button: HTMLButtonElement) {
    if (this.#state === 'accepting') return;
    const token = this.#token;
    const locale = this.#locale;
    const words = wordsFor(locale);
    this.#state = 'accepting';
    button.setAttribute('aria-disabled', 'true');
    this.#say(words.accepting);
    try {
      const answer = await postJson<{ data?: { acceptedAt?: string } }>(apiUrl(this, this.#path(), { locale }), { version }, token);
      this.dispatchEvent(
        new CustomEvent('privacy-policy-accepted', {
          bubbles: true,
          composed: true,
          detail: { slug: this.getAttribute('slug'), version, acceptedAt: answer?.data?.acceptedAt ?? null },
        }),
      );
      // Read back what the server recorded rather than assume it.
      await this.#check(true);
    } catch (error) {
      this.#state = 'needs-acceptance';
      button.removeAttribute('aria-disabled');
      if (error instanceof ApiError && error.status === 401) this.#showError(error, words.acceptFailed);
      else this.#say(words.acceptFailed, 'error');
    }
  }

  #showError(error: unknown, fallback: string) {
    this.#state = 'error';
    const words = wordsFor(localeOf(this));
    this.#show();
    this.#say(error instanceof ApiError && error.status === 401 ? words.signInAgain : fallback, 'error');
    this.dispatchEvent(
      new CustomEvent('privacy-policy-acceptance', {
        bubbles: true,
        composed: true,
        detail: { state: 'error', accepted: null, current: null },
      }),
    );
  }
}
