import { ApiError, apiUrl, postJson } from './api';
import { focusOn, h, shadowWithStyles, uniqueId } from './dom';
import { BASE, FORM } from './styles';
import { localeOf, wordsFor } from './words';

export type SubscribeState = 'idle' | 'sending' | 'sent' | 'invalid' | 'rate-limited' | 'failed';

/**
 * `<privacy-policy-subscribe slug="privacy-policy">`: the double opt-in form. It says only what the
 * server said: "sent" means a confirmation email may be on its way (the server answers the same 202 for
 * every address, so the form cannot know more), a 400 names the bad field, a 429 asks to wait.
 *
 * Attributes: `slug` (a policy; absent: every policy), `locale` (the subscriber's language, sent with the
 * request; default: the page's `lang`), `api`. Property `state` (read-only). Event
 * `privacy-policy-subscribe` ({ state }) on every outcome.
 */
export class PrivacyPolicySubscribeElement extends HTMLElement {
  static observedAttributes = ['slug', 'locale'];

  readonly #root = shadowWithStyles(this, BASE, FORM);
  #state: SubscribeState = 'idle';
  #form: HTMLFormElement | null = null;
  #input: HTMLInputElement | null = null;
  #button: HTMLButtonElement | null = null;
  #status: HTMLElement | null = null;

  get state() {
    return this.#state;
  }

  connectedCallback() {
    if (!this.#form) this.#build();
  }

  attributeChangedCallback(_name: string, previous: string | null, next: string | null) {
    // The words follow the language; a typed address stays.
    if (this.#form && previous !== next) this.#build();
  }

  #build() {
    const words = wordsFor(localeOf(this));
    const ids = { input: uniqueId('pp-email'), hint: uniqueId('pp-hint'), status: uniqueId('pp-status'), heading: uniqueId('pp-heading') };
    const typed = this.#input?.value ?? '';
    this.#input = h('input', {
      id: ids.input,
      name: 'email',
      type: 'email',
      autocomplete: 'email',
      inputmode: 'email',
      spellcheck: 'false',
      required: true,
      'aria-describedby': `${ids.hint} ${ids.status}`,
      part: 'input',
    });
    this.#input.value = typed;
    this.#button = h('button', { type: 'submit', part: 'button' }, words.subscribe);
    // role=status is a polite live region: each outcome is read out without moving focus, except errors (below).
    this.#status = h('p', { id: ids.status, class: 'message', role: 'status', 'aria-live': 'polite', part: 'status' });
    // The browser's own validation bubble would hide the server's answer: the form shows its own states.
    this.#form = h(
      'form',
      { novalidate: true, part: 'form', 'aria-labelledby': ids.heading },
      h('p', { id: ids.heading, class: 'heading', part: 'heading' }, words.subscribeHeading),
      h('label', { for: ids.input, part: 'label' }, words.emailLabel),
      h('div', { class: 'row' }, this.#input, this.#button),
      h('p', { id: ids.hint, class: 'hint', part: 'hint' }, words.subscribeHint(this.hasAttribute('slug'))),
      this.#status,
    );
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#submit();
    });
    this.#root.replaceChildren(this.#form);
    this.#setState(this.#state === 'sending' ? 'idle' : this.#state);
  }

  async #submit() {
    if (this.#state === 'sending' || !this.#input) return;
    this.#setState('sending');
    const locale = localeOf(this);
    try {
      await postJson(apiUrl(this, 'subscriptions'), {
        email: this.#input.value.trim(),
        ...(this.getAttribute('slug') ? { policy: this.getAttribute('slug') } : {}),
        ...(locale && /^[a-z]{2}(-[A-Z]{2})?$/.test(locale) ? { locale } : {}),
      });
      this.#setState('sent');
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      this.#setState(
        status === 429 ? 'rate-limited' : status === 400 ? 'invalid' : 'failed',
        error instanceof ApiError ? error.field : null,
      );
    }
    this.dispatchEvent(new CustomEvent('privacy-policy-subscribe', { bubbles: true, composed: true, detail: { state: this.#state } }));
  }

  #setState(state: SubscribeState, field: string | null = null) {
    this.#state = state;
    const words = wordsFor(localeOf(this));
    const input = this.#input!;
    const status = this.#status!;
    const invalidAddress = state === 'invalid' && field !== 'policy';
    const messages: Record<SubscribeState, string> = {
      idle: '',
      sending: words.sending,
      sent: words.sent,
      invalid: invalidAddress ? words.invalidEmail : words.unknownPolicy,
      'rate-limited': words.rateLimited,
      failed: words.sendFailed,
    };
    const tone = state === 'sent' ? 'success' : state === 'idle' || state === 'sending' ? null : 'error';
    status.textContent = messages[state];
    status.setAttribute('part', tone ? `status status-${tone}` : 'status');
    if (tone) status.setAttribute('data-tone', tone);
    else status.removeAttribute('data-tone');
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus while the request runs.
    if (state === 'sending') this.#button!.setAttribute('aria-disabled', 'true');
    else this.#button!.removeAttribute('aria-disabled');
    if (invalidAddress) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    // After a refusal, focus goes back to the field to correct (its description includes the message).
    if (invalidAddress) focusOn(input);
  }
}
