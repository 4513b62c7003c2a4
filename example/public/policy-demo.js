// The demo page's own script (no inline script: the page's CSP forbids it). It sets the language from
// ?locale=, and signs a demo end user in through users-permissions (/api/auth/local) to give the
// acceptance component its token, as a site's own sign-in would. The token is kept in memory only.
const LANGUAGES = ['en', 'fr', 'de'];
const asked = new URLSearchParams(window.location.search).get('locale');
const locale = LANGUAGES.includes(asked) ? asked : 'en';
document.documentElement.lang = locale;
for (const element of document.querySelectorAll('privacy-policy, privacy-policy-subscribe, privacy-policy-acceptance')) {
  element.setAttribute('locale', locale);
}

const acceptance = document.getElementById('acceptance');
const form = document.getElementById('sign-in');
const signedIn = document.getElementById('signed-in');
const status = document.getElementById('sign-in-status');

const show = (user) => {
  form.hidden = Boolean(user);
  signedIn.hidden = !user;
  document.getElementById('who').textContent = user ? user.email : '';
};

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  status.textContent = 'Signing in…';
  try {
    const response = await fetch('/api/auth/local', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ identifier: form.identifier.value, password: form.password.value }),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
    // A property, never an attribute: the JWT must not end up in the DOM.
    acceptance.token = body.jwt;
    form.password.value = '';
    show(body.user);
    status.textContent = '';
  } catch (error) {
    status.textContent = `Could not sign in: ${error.message}`;
  }
});

document.getElementById('sign-out').addEventListener('click', () => {
  acceptance.token = null;
  show(null);
  status.textContent = 'Signed out.';
  form.identifier.focus();
});
