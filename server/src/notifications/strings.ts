/**
 * Built-in email strings. Each is a Mustache template over the message's view, which has, besides the
 * message's own values: `organisation` (the controller's name, or null), `allPolicies` (true when a
 * confirmation is for every policy) and `locale`. A policy title is a name ("Privacy Policy"), so the
 * sentences give it a determiner ("our Privacy Policy", "its Privacy Policy").
 */
export const STRINGS: Record<string, Record<string, string>> = {
  en: {
    colon: ': ',
    confirmationSubject:
      'Confirm your subscription to updates of {{#allPolicies}}our privacy policies{{/allPolicies}}{{^allPolicies}}our {{policyTitle}}{{/allPolicies}}',
    confirmationIntro:
      'Someone, probably you, asked to receive an email whenever {{#allPolicies}}one of our privacy policies changes{{/allPolicies}}{{^allPolicies}}our {{policyTitle}} changes{{/allPolicies}} in a major way.',
    confirmationAction: 'Confirm my subscription',
    confirmationExpiry: 'This link works for {{ttlDuration}}. If you did not ask for this, ignore this email and nothing will happen.',
    notificationSubject:
      '{{#organisation}}{{organisation}} is changing its {{policyTitle}}{{/organisation}}{{^organisation}}Our {{policyTitle}} is changing{{/organisation}}: version {{versionNumber}} takes effect on {{effectiveDate}}',
    notificationIntro:
      '{{#organisation}}{{organisation}} is changing its {{policyTitle}}.{{/organisation}}{{^organisation}}We are changing our {{policyTitle}}.{{/organisation}} Version {{versionNumber}} takes effect on {{effectiveDate}}.',
    notificationSummaryHeading: 'In short',
    notificationChangesHeading: 'What changes',
    notificationReadPolicy: 'Read the new version',
    notificationReadRedline: 'See every change',
    unsubscribe: 'Unsubscribe from these emails',
    allPolicies: 'our privacy policies',
    withdrawalSubject:
      '{{#organisation}}{{organisation}} has withdrawn version {{versionNumber}} of its {{policyTitle}}{{/organisation}}{{^organisation}}We have withdrawn version {{versionNumber}} of our {{policyTitle}}{{/organisation}}: it will not take effect',
    withdrawalIntro:
      '{{#organisation}}{{organisation}} told you that version {{versionNumber}} of its {{policyTitle}} would take effect on {{effectiveDate}}. It has withdrawn that version{{/organisation}}{{^organisation}}We told you that version {{versionNumber}} of our {{policyTitle}} would take effect on {{effectiveDate}}. We have withdrawn that version{{/organisation}}: it will not take effect, and the version in force still applies.',
    withdrawalReasonHeading: 'Why',
    withdrawalStillInForce: 'Read the version in force',
  },
  fr: {
    colon: ' : ',
    confirmationSubject:
      'Confirmez votre abonnement aux mises à jour de {{#allPolicies}}nos politiques de confidentialité{{/allPolicies}}{{^allPolicies}}notre {{policyTitle}}{{/allPolicies}}',
    confirmationIntro:
      'Quelqu’un, sans doute vous, a demandé à recevoir un e-mail à chaque changement important de {{#allPolicies}}l’une de nos politiques de confidentialité{{/allPolicies}}{{^allPolicies}}notre {{policyTitle}}{{/allPolicies}}.',
    confirmationAction: 'Confirmer mon abonnement',
    confirmationExpiry:
      'Ce lien reste valable {{ttlDuration}}. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : rien ne se passera.',
    notificationSubject:
      '{{#organisation}}{{organisation}} : la version{{/organisation}}{{^organisation}}La version{{/organisation}} {{versionNumber}} de notre {{policyTitle}} entre en vigueur le {{effectiveDate}}',
    notificationIntro:
      '{{#organisation}}Chez {{organisation}}, nous modifions{{/organisation}}{{^organisation}}Nous modifions{{/organisation}} notre {{policyTitle}}. La version {{versionNumber}} entre en vigueur le {{effectiveDate}}.',
    notificationSummaryHeading: 'En bref',
    notificationChangesHeading: 'Ce qui change',
    notificationReadPolicy: 'Lire la nouvelle version',
    notificationReadRedline: 'Voir toutes les modifications',
    unsubscribe: 'Se désabonner de ces e-mails',
    allPolicies: 'nos politiques de confidentialité',
    withdrawalSubject:
      '{{#organisation}}{{organisation}} : la version{{/organisation}}{{^organisation}}La version{{/organisation}} {{versionNumber}} de notre {{policyTitle}} n’entrera pas en vigueur',
    withdrawalIntro:
      '{{#organisation}}Chez {{organisation}}, nous vous avions annoncé{{/organisation}}{{^organisation}}Nous vous avions annoncé{{/organisation}} que la version {{versionNumber}} de notre {{policyTitle}} entrerait en vigueur le {{effectiveDate}}. Nous l’avons retirée : elle n’entrera pas en vigueur, et la version actuelle reste applicable.',
    withdrawalReasonHeading: 'Motif',
    withdrawalStillInForce: 'Lire la version en vigueur',
  },
  de: {
    colon: ': ',
    confirmationSubject:
      'Bestätigen Sie Ihr Abonnement für Änderungen {{#allPolicies}}unserer Datenschutzerklärungen{{/allPolicies}}{{^allPolicies}}unserer {{policyTitle}}{{/allPolicies}}',
    confirmationIntro:
      'Jemand, wahrscheinlich Sie, möchte bei jeder wesentlichen Änderung {{#allPolicies}}einer unserer Datenschutzerklärungen{{/allPolicies}}{{^allPolicies}}unserer {{policyTitle}}{{/allPolicies}} eine E-Mail erhalten.',
    confirmationAction: 'Abonnement bestätigen',
    confirmationExpiry:
      'Dieser Link ist {{ttlDuration}} gültig. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; es geschieht dann nichts.',
    notificationSubject:
      '{{#organisation}}{{organisation}}: {{/organisation}}Version {{versionNumber}} unserer {{policyTitle}} gilt ab dem {{effectiveDate}}',
    notificationIntro:
      '{{#organisation}}Wir bei {{organisation}} ändern{{/organisation}}{{^organisation}}Wir ändern{{/organisation}} unsere {{policyTitle}}. Version {{versionNumber}} gilt ab dem {{effectiveDate}}.',
    notificationSummaryHeading: 'Kurz gesagt',
    notificationChangesHeading: 'Was sich ändert',
    notificationReadPolicy: 'Neue Fassung lesen',
    notificationReadRedline: 'Alle Änderungen ansehen',
    unsubscribe: 'Diese E-Mails abbestellen',
    allPolicies: 'unsere Datenschutzerklärungen',
    withdrawalSubject:
      '{{#organisation}}{{organisation}}: {{/organisation}}Version {{versionNumber}} unserer {{policyTitle}} tritt nicht in Kraft',
    withdrawalIntro:
      '{{#organisation}}Wir bei {{organisation}} hatten{{/organisation}}{{^organisation}}Wir hatten{{/organisation}} Ihnen mitgeteilt, dass Version {{versionNumber}} unserer {{policyTitle}} ab dem {{effectiveDate}} gilt. Wir haben diese Fassung zurückgezogen. Sie tritt nicht in Kraft; es gilt weiterhin die bisherige Fassung.',
    withdrawalReasonHeading: 'Grund',
    withdrawalStillInForce: 'Geltende Fassung lesen',
  },
};
