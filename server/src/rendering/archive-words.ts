import type { Language } from './vocabulary';

/**
 * The words of the version archive page, the feeds of a policy's versions and the pages that answer the
 * archive's subscribe form, in English, French and German (any other locale reads English). Like
 * notice-words.ts they contain no markup: the renderers escape them. A policy title is a name ("Privacy
 * Policy"), so sentences give it a determiner, as the email strings do.
 */

export type VersionStatus = 'current' | 'upcoming' | 'past' | 'withdrawn';

export interface ArchiveWords {
  /** The page's and the feeds' title: "Privacy Policy: every version". */
  everyVersion: (title: string) => string;
  intro: (title: string) => string;
  feedDescription: (title: string) => string;
  versionHeading: (number: string) => string;
  changeType: { major: string; minor: string };
  /** The change type inside a sentence ("major change"). */
  changeTypeInline: { major: string; minor: string };
  status: Record<VersionStatus, string>;
  /** When a version applies, inside a sentence, by its status; `date` is already in words. */
  when: Record<VersionStatus, (date: string) => string>;
  publishedOn: (date: string) => string;
  /** A feed entry's title: "Version 2.0 (major change): takes effect on 1 June 2026". */
  entryTitle: (number: string, changeType: string, when: string) => string;
  noSummary: string;
  readVersion: (number: string) => string;
  seeChanges: (from: string, to: string) => string;
  firstVersion: string;
  readCurrent: string;
  /** Said instead of a link to the version in effect when none is yet (the only versions are upcoming or withdrawn). */
  noneInEffect: string;
  /** The day the statuses on the page hold on ("In effect" is true on a day), for a printed copy; `date` in words. */
  asOf: (date: string) => string;
  feeds: { heading: string; text: string; atom: string; rss: string; json: string };
  subscribe: { heading: string; explanation: string; email: string; button: string; privacy: string };
  /** The pages that answer a post of the subscribe form. */
  answer: {
    acceptedTitle: string;
    accepted: string;
    refusedTitle: string;
    invalidEmail: string;
    rateLimited: string;
    /** Any other refusal (a policy no longer published, a form that was tampered with). */
    failed: string;
    back: string;
  };
}

const EN: ArchiveWords = {
  everyVersion: (title) => `${title}: every version`,
  intro: (title) =>
    `Every version of our ${title} we have published, newest first: when each took effect and what changed. A withdrawn version never took effect.`,
  feedDescription: (title) =>
    `Each new version of our ${title}, with the date it takes effect, a summary of the changes and a link to compare it with the version before.`,
  versionHeading: (number) => `Version ${number}`,
  changeType: { major: 'Major change', minor: 'Minor change' },
  changeTypeInline: { major: 'major change', minor: 'minor change' },
  status: { current: 'In effect', upcoming: 'Not yet in effect', past: 'Replaced', withdrawn: 'Withdrawn' },
  when: {
    current: (date) => `in effect since ${date}`,
    past: (date) => `took effect on ${date}`,
    upcoming: (date) => `takes effect on ${date}`,
    withdrawn: (date) => `withdrawn, was to take effect on ${date}`,
  },
  publishedOn: (date) => `Published on ${date}`,
  entryTitle: (number, changeType, when) => `Version ${number} (${changeType}): ${when}`,
  noSummary: 'No summary of the changes was given.',
  readVersion: (number) => `Read version ${number}`,
  seeChanges: (from, to) => `See what changed from version ${from} to ${to}`,
  firstVersion: 'The first version: there is nothing before it to compare with.',
  readCurrent: 'Read the version in effect',
  noneInEffect: 'No version is in effect yet.',
  asOf: (date) => `The status of each version as of ${date}.`,
  feeds: {
    heading: 'Follow the changes',
    text: 'Add one of these feeds to a feed reader to hear of each new version:',
    atom: 'Atom feed',
    rss: 'RSS feed',
    json: 'JSON Feed',
  },
  subscribe: {
    heading: 'Get an email when this policy changes',
    explanation:
      'We email you when a major change is published, before it takes effect. First you receive an email asking you to confirm; nothing else is sent until you do. Every email has a link to unsubscribe.',
    email: 'Email address',
    button: 'Subscribe',
    privacy: 'We use your address only to send you these emails.',
  },
  answer: {
    acceptedTitle: 'Check your inbox',
    accepted: 'If this address can be subscribed, a confirmation email is on its way. Follow its link to confirm.',
    refusedTitle: 'We could not subscribe you',
    invalidEmail: 'This is not a valid email address. Please check it and try again.',
    rateLimited: 'Too many subscription requests. Please wait a while and try again.',
    failed: 'Your request could not be completed. Please try again from the page listing every version.',
    back: 'Back to every version of the policy',
  },
};

const FR: ArchiveWords = {
  everyVersion: (title) => `${title} : toutes les versions`,
  intro: (title) =>
    `Toutes les versions publiées de notre ${title}, de la plus récente à la plus ancienne : la date d’entrée en vigueur de chacune et ce qui a changé. Une version retirée n’est jamais entrée en vigueur.`,
  feedDescription: (title) =>
    `Chaque nouvelle version de notre ${title}, avec sa date d’entrée en vigueur, un résumé des modifications et un lien pour la comparer avec la version précédente.`,
  versionHeading: (number) => `Version ${number}`,
  changeType: { major: 'Modification majeure', minor: 'Modification mineure' },
  changeTypeInline: { major: 'modification majeure', minor: 'modification mineure' },
  status: { current: 'En vigueur', upcoming: 'Pas encore en vigueur', past: 'Remplacée', withdrawn: 'Retirée' },
  when: {
    current: (date) => `en vigueur depuis le ${date}`,
    past: (date) => `entrée en vigueur le ${date}`,
    upcoming: (date) => `entre en vigueur le ${date}`,
    withdrawn: (date) => `retirée, devait entrer en vigueur le ${date}`,
  },
  publishedOn: (date) => `Publiée le ${date}`,
  entryTitle: (number, changeType, when) => `Version ${number} (${changeType}) : ${when}`,
  noSummary: 'Aucun résumé des modifications n’a été donné.',
  readVersion: (number) => `Lire la version ${number}`,
  seeChanges: (from, to) => `Voir les modifications de la version ${from} à la version ${to}`,
  firstVersion: 'La première version : rien ne la précède.',
  readCurrent: 'Lire la version en vigueur',
  noneInEffect: 'Aucune version n’est encore en vigueur.',
  asOf: (date) => `Statut de chaque version au ${date}.`,
  feeds: {
    heading: 'Suivre les modifications',
    text: 'Ajoutez l’un de ces flux à votre lecteur de flux pour être informé de chaque nouvelle version :',
    atom: 'Flux Atom',
    rss: 'Flux RSS',
    json: 'JSON Feed',
  },
  subscribe: {
    heading: 'Recevoir un e-mail quand cette politique change',
    explanation:
      'Nous vous écrivons quand une modification majeure est publiée, avant son entrée en vigueur. Vous recevez d’abord un e-mail qui vous demande de confirmer ; rien d’autre ne vous est envoyé tant que vous ne l’avez pas fait. Chaque e-mail contient un lien de désabonnement.',
    email: 'Adresse e-mail',
    button: 'S’abonner',
    privacy: 'Nous utilisons votre adresse uniquement pour vous envoyer ces e-mails.',
  },
  answer: {
    acceptedTitle: 'Consultez votre boîte de réception',
    accepted: 'Si cette adresse peut être abonnée, un e-mail de confirmation est en route. Suivez son lien pour confirmer.',
    refusedTitle: 'Nous n’avons pas pu vous abonner',
    invalidEmail: 'Cette adresse e-mail n’est pas valide. Vérifiez-la et réessayez.',
    rateLimited: 'Trop de demandes d’abonnement. Veuillez patienter un moment avant de réessayer.',
    failed: 'Votre demande n’a pas pu aboutir. Réessayez depuis la page qui liste toutes les versions.',
    back: 'Retour à toutes les versions de la politique',
  },
};

const DE: ArchiveWords = {
  everyVersion: (title) => `${title}: alle Versionen`,
  intro: (title) =>
    `Alle veröffentlichten Versionen unserer ${title}, die neueste zuerst: wann jede in Kraft getreten ist und was sich geändert hat. Eine zurückgezogene Version ist nie in Kraft getreten.`,
  feedDescription: (title) =>
    `Jede neue Version unserer ${title} mit dem Datum des Inkrafttretens, einer Zusammenfassung der Änderungen und einem Link zum Vergleich mit der vorherigen Version.`,
  versionHeading: (number) => `Version ${number}`,
  changeType: { major: 'Wesentliche Änderung', minor: 'Geringfügige Änderung' },
  changeTypeInline: { major: 'wesentliche Änderung', minor: 'geringfügige Änderung' },
  status: { current: 'In Kraft', upcoming: 'Noch nicht in Kraft', past: 'Ersetzt', withdrawn: 'Zurückgezogen' },
  when: {
    current: (date) => `in Kraft seit dem ${date}`,
    past: (date) => `am ${date} in Kraft getreten`,
    upcoming: (date) => `tritt am ${date} in Kraft`,
    withdrawn: (date) => `zurückgezogen, sollte am ${date} in Kraft treten`,
  },
  publishedOn: (date) => `Veröffentlicht am ${date}`,
  entryTitle: (number, changeType, when) => `Version ${number} (${changeType}): ${when}`,
  noSummary: 'Eine Zusammenfassung der Änderungen wurde nicht angegeben.',
  readVersion: (number) => `Version ${number} lesen`,
  seeChanges: (from, to) => `Änderungen von Version ${from} zu ${to} ansehen`,
  firstVersion: 'Die erste Version: Es gibt keine frühere zum Vergleich.',
  readCurrent: 'Geltende Fassung lesen',
  noneInEffect: 'Noch ist keine Version in Kraft.',
  asOf: (date) => `Stand der Angaben: ${date}.`,
  feeds: {
    heading: 'Änderungen verfolgen',
    text: 'Fügen Sie einen dieser Feeds Ihrem Feedreader hinzu, um von jeder neuen Version zu erfahren:',
    atom: 'Atom-Feed',
    rss: 'RSS-Feed',
    json: 'JSON Feed',
  },
  subscribe: {
    heading: 'Per E-Mail erfahren, wenn sich diese Erklärung ändert',
    explanation:
      'Wir schreiben Ihnen, wenn eine wesentliche Änderung veröffentlicht wird, bevor sie in Kraft tritt. Zuerst erhalten Sie eine E-Mail mit der Bitte um Bestätigung; bis Sie bestätigen, senden wir nichts weiter. Jede E-Mail enthält einen Link zum Abbestellen.',
    email: 'E-Mail-Adresse',
    button: 'Abonnieren',
    privacy: 'Wir verwenden Ihre Adresse nur, um Ihnen diese E-Mails zu senden.',
  },
  answer: {
    acceptedTitle: 'Bitte sehen Sie in Ihr Postfach',
    accepted:
      'Wenn diese Adresse abonniert werden kann, ist eine Bestätigungs-E-Mail unterwegs. Folgen Sie dem Link darin, um zu bestätigen.',
    refusedTitle: 'Wir konnten Sie nicht anmelden',
    invalidEmail: 'Diese E-Mail-Adresse ist ungültig. Bitte prüfen Sie sie und versuchen Sie es erneut.',
    rateLimited: 'Zu viele Anmeldeanfragen. Bitte warten Sie eine Weile und versuchen Sie es dann erneut.',
    failed: 'Ihre Anfrage konnte nicht ausgeführt werden. Bitte versuchen Sie es erneut über die Seite mit allen Versionen.',
    back: 'Zurück zu allen Versionen der Erklärung',
  },
};

export const ARCHIVE_WORDS: Record<Language, ArchiveWords> = { en: EN, fr: FR, de: DE };
