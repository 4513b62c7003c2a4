/**
 * The components' own words in English, French and German; the policy's text comes from the server in
 * its own language. Plain text only: the components put these into text nodes, never into markup.
 */
export interface Words {
  loading: string;
  notFound: string;
  loadFailed: string;
  unsafeHost: string;
  upcomingHeading: string;
  upcoming: (number: string, date: string) => string;
  seeWhatChanges: string;
  archive: string;
  subscribeHeading: string;
  emailLabel: string;
  /** What the address is used for, said where it is collected (GDPR Art. 13(1)(c)). */
  subscribeHint: (onePolicy: boolean) => string;
  subscribe: string;
  sending: string;
  sent: string;
  invalidEmail: string;
  unknownPolicy: string;
  rateLimited: string;
  sendFailed: string;
  updatedHeading: string;
  firstHeading: string;
  inEffect: (number: string, title: string, date: string) => string;
  summary: string;
  readPolicy: string;
  seeWhatChanged: string;
  accept: string;
  accepting: string;
  accepted: (number: string, date: string) => string;
  signInAgain: string;
  acceptFailed: string;
  checkFailed: string;
}

const en: Words = {
  loading: 'Loading the privacy policy…',
  notFound: 'This policy could not be found.',
  loadFailed: 'The policy could not be loaded. Please try again later.',
  unsafeHost: 'This page does not allow the policy to be shown (its Trusted Types policy must list “privacy-policy”).',
  upcomingHeading: 'Upcoming change',
  upcoming: (number, date) => `Version ${number} of this policy takes effect on ${date}.`,
  seeWhatChanges: 'See what changes',
  archive: 'Earlier versions of this policy',
  subscribeHeading: 'Get an email when this policy changes',
  emailLabel: 'Email address',
  subscribeHint: (onePolicy) =>
    `We use this address only to tell you about major changes to ${onePolicy ? 'this policy' : 'our policies'}. Every email has a link to unsubscribe.`,
  subscribe: 'Subscribe',
  sending: 'Sending…',
  sent: 'Check your inbox. If this address can be subscribed, a confirmation email is on its way: your subscription starts when you follow its link.',
  invalidEmail: 'Enter a valid email address, such as name@example.com.',
  unknownPolicy: 'This policy cannot be subscribed to.',
  rateLimited: 'Too many requests. Please wait a while before trying again.',
  sendFailed: 'Your request could not be sent. Please try again later.',
  updatedHeading: 'We updated our privacy policy',
  firstHeading: 'Please read our privacy policy',
  inEffect: (number, title, date) => `Version ${number} of “${title}” has applied since ${date}.`,
  summary: 'What changed:',
  readPolicy: 'Read the policy',
  seeWhatChanged: 'See what changed',
  accept: 'I have read it',
  accepting: 'Saving…',
  accepted: (number, date) => `Thank you. We have recorded that you read version ${number} on ${date}.`,
  signInAgain: 'Your session has expired. Please sign in again.',
  acceptFailed: 'Your answer could not be saved. Please try again.',
  checkFailed: 'We could not check whether you have read the latest privacy policy.',
};

const fr: Words = {
  loading: 'Chargement de la politique de confidentialité…',
  notFound: 'Cette politique est introuvable.',
  loadFailed: 'La politique n’a pas pu être chargée. Veuillez réessayer plus tard.',
  unsafeHost: 'Cette page ne permet pas d’afficher la politique (sa règle Trusted Types doit autoriser « privacy-policy »).',
  upcomingHeading: 'Changement à venir',
  upcoming: (number, date) => `La version ${number} de cette politique entre en vigueur le ${date}.`,
  seeWhatChanges: 'Voir ce qui change',
  archive: 'Versions précédentes de cette politique',
  subscribeHeading: 'Être prévenu par e-mail des changements',
  emailLabel: 'Adresse e-mail',
  subscribeHint: (onePolicy) =>
    `Nous utilisons cette adresse uniquement pour vous informer des changements importants ${
      onePolicy ? 'de cette politique' : 'de nos politiques'
    }. Chaque e-mail contient un lien de désinscription.`,
  subscribe: 'S’abonner',
  sending: 'Envoi…',
  sent: 'Consultez votre boîte de réception. Si cette adresse peut être abonnée, un e-mail de confirmation est en route : votre abonnement commence quand vous suivez son lien.',
  invalidEmail: 'Saisissez une adresse e-mail valide, par exemple nom@example.com.',
  unknownPolicy: 'Il n’est pas possible de s’abonner à cette politique.',
  rateLimited: 'Trop de demandes. Veuillez patienter un moment avant de réessayer.',
  sendFailed: 'Votre demande n’a pas pu être envoyée. Veuillez réessayer plus tard.',
  updatedHeading: 'Nous avons mis à jour notre politique de confidentialité',
  firstHeading: 'Veuillez lire notre politique de confidentialité',
  inEffect: (number, title, date) => `La version ${number} de « ${title} » s’applique depuis le ${date}.`,
  summary: 'Ce qui a changé :',
  readPolicy: 'Lire la politique',
  seeWhatChanged: 'Voir ce qui a changé',
  accept: 'J’ai lu la politique',
  accepting: 'Enregistrement…',
  accepted: (number, date) => `Merci. Nous avons noté que vous avez lu la version ${number} le ${date}.`,
  signInAgain: 'Votre session a expiré. Veuillez vous reconnecter.',
  acceptFailed: 'Votre réponse n’a pas pu être enregistrée. Veuillez réessayer.',
  checkFailed: 'Nous n’avons pas pu vérifier si vous avez lu la dernière version de notre politique de confidentialité.',
};

const de: Words = {
  loading: 'Die Datenschutzerklärung wird geladen …',
  notFound: 'Diese Erklärung wurde nicht gefunden.',
  loadFailed: 'Die Erklärung konnte nicht geladen werden. Bitte versuchen Sie es später erneut.',
  unsafeHost: 'Diese Seite erlaubt nicht, die Erklärung anzuzeigen (ihre Trusted-Types-Richtlinie muss „privacy-policy“ zulassen).',
  upcomingHeading: 'Bevorstehende Änderung',
  upcoming: (number, date) => `Version ${number} dieser Erklärung gilt ab dem ${date}.`,
  seeWhatChanges: 'Änderungen ansehen',
  archive: 'Frühere Versionen dieser Erklärung',
  subscribeHeading: 'Per E-Mail über Änderungen informiert werden',
  emailLabel: 'E-Mail-Adresse',
  subscribeHint: (onePolicy) =>
    `Wir verwenden diese Adresse nur, um Sie über wesentliche Änderungen ${
      onePolicy ? 'dieser Erklärung' : 'unserer Erklärungen'
    } zu informieren. Jede E-Mail enthält einen Link zum Abbestellen.`,
  subscribe: 'Abonnieren',
  sending: 'Wird gesendet …',
  sent: 'Bitte sehen Sie in Ihrem Postfach nach. Wenn diese Adresse abonniert werden kann, ist eine Bestätigungs-E-Mail unterwegs: Ihr Abonnement beginnt, sobald Sie ihrem Link folgen.',
  invalidEmail: 'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.',
  unknownPolicy: 'Diese Erklärung kann nicht abonniert werden.',
  rateLimited: 'Zu viele Anfragen. Bitte warten Sie eine Weile, bevor Sie es erneut versuchen.',
  sendFailed: 'Ihre Anfrage konnte nicht gesendet werden. Bitte versuchen Sie es später erneut.',
  updatedHeading: 'Wir haben unsere Datenschutzerklärung aktualisiert',
  firstHeading: 'Bitte lesen Sie unsere Datenschutzerklärung',
  inEffect: (number, title, date) => `Version ${number} von „${title}“ gilt seit dem ${date}.`,
  summary: 'Was sich geändert hat:',
  readPolicy: 'Erklärung lesen',
  seeWhatChanged: 'Änderungen ansehen',
  accept: 'Ich habe sie gelesen',
  accepting: 'Wird gespeichert …',
  accepted: (number, date) => `Danke. Wir haben vermerkt, dass Sie Version ${number} am ${date} gelesen haben.`,
  signInAgain: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  acceptFailed: 'Ihre Antwort konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.',
  checkFailed: 'Wir konnten nicht prüfen, ob Sie die aktuelle Datenschutzerklärung gelesen haben.',
};

const LANGUAGES: Record<string, Words> = { en, fr, de };

/** The words for a locale code: `fr-CA` reads French, `de-AT` German, anything else English. */
export const wordsFor = (locale: string | null | undefined): Words => LANGUAGES[(locale ?? '').slice(0, 2).toLowerCase()] ?? en;

/** The language the component speaks: its `locale`, else the closest `lang` in the page. */
export const localeOf = (element: Element): string | null =>
  element.getAttribute('locale') || element.closest('[lang]')?.getAttribute('lang') || null;

// Dates read as in the policy around them: the server writes English dates the British way (server/src/rendering/labels.ts).
const dateFormat = (locale: string | null, options: Intl.DateTimeFormatOptions) => {
  try {
    return new Intl.DateTimeFormat(!locale || /^en\b/i.test(locale) ? 'en-GB' : locale, options);
  } catch {
    // A malformed locale attribute: English rather than nothing.
    return new Intl.DateTimeFormat('en-GB', options);
  }
};

/** A calendar date (YYYY-MM-DD) in words; the day does not move with the reader's time zone. */
export const formatDay = (isoDate: string, locale: string | null) => {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
};

/** A moment (ISO 8601) as a date in the reader's time zone. */
export const formatMoment = (iso: string, locale: string | null) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat(locale, { dateStyle: 'long' }).format(date);
};
