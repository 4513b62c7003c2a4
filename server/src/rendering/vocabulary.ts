import { Duration } from 'luxon';
import { RIGHT_LABELS, TRANSFER_MECHANISM_LABELS } from '../domain/enums';
import { countryName } from '../domain/field-rules';
import { MECHANISMS, lawName } from '../law/regimes';
import { NOTICE_WORDS } from './notice-words';
import type { PolicyDiff } from '../versioning/diff';
import type { PolicySnapshot, SectionSnapshot } from '../domain/snapshot';

/**
 * The words a reader sees in a redline or a change email, in the version's language: field labels,
 * the names behind stored slugs (triggers, transfer safeguards, rights, categories), durations and
 * the redline's headings. English, French and German; any other locale reads English.
 */

export type Language = 'en' | 'fr' | 'de';

/** What a changed field belongs to: the same field name can mean different things (a section's or a processor's category). */
export type Entity = 'policy' | 'section' | 'processor' | 'retentionRule' | 'legalBasis';

type Names = Record<string, string>;

interface Vocabulary {
  fields: Record<Entity, Names>;
  controller: Names;
  triggers: Names;
  mechanisms: Names;
  rights: Names;
  sectionCategories: Names;
  processorCategories: Names;
  roles: Names;
  policyKinds: Names;
  automatedDecisionKinds: Names;
  legalEffect: string;
  yes: string;
  no: string;
  none: string;
  noFixedPeriod: string;
  /** ': ' in English and German, ' : ' in French. */
  colon: string;
  quote: (text: string) => string;
  redline: {
    heading: (title: string, from: string, to: string) => string;
    takesEffect: (number: string, dateHtml: string) => string;
    /** For a version withdrawn before it took effect. */
    wasWithdrawn: (number: string, dateHtml: string) => string;
    groups: Record<'policy' | 'sections' | 'reworded' | 'facts' | 'processors' | 'legalBases' | 'retention' | 'rights', string>;
    added: string;
    removed: string;
    moved: string;
    /** Where a section moved, by its parents' titles; null is the top level. */
    movedBetween: (from: string | null, to: string | null) => string;
    addedTo: (section: string) => string;
    removedFrom: (section: string) => string;
    claimIn: (basis: string, section: string) => string;
    nowStated: string;
    noLongerStated: string;
    reordered: string;
    noChanges: string;
  };
}

const NBSP = '\u00a0';

/** The transfer tools' names as law/data/transfer-mechanisms.json gives them; the lists below keep their own wording where they have one. */
const mechanismLabels = (language: Language): Names =>
  Object.fromEntries(Object.values(MECHANISMS).map((mechanism) => [mechanism.id, mechanism.label[language]]));

const EN: Vocabulary = {
  fields: {
    policy: {
      title: 'Title',
      slug: 'Web address (slug)',
      kind: 'Kind of policy',
      applicableLaw: 'Law that applies',
      websiteUrl: 'Website',
      introduction: 'Introduction',
    },
    section: {
      title: 'Title',
      body: 'Text',
      category: 'Kind of section',
      provisionRequirement: 'Providing this information',
      storageLocation: 'Where it is stored',
      storageCountries: 'Countries where it is stored',
      dataCollected: 'Information collected',
      dataSources: 'Where the information comes from',
      rights: 'Your rights',
      lawReferences: 'Laws referred to',
      ageThreshold: 'Minimum age',
      automatedDecision: 'Automated decision-making',
      processors: 'Who receives it',
      retentionRules: 'How long it is kept',
    },
    processor: {
      name: 'Name',
      category: 'Kind of recipient',
      role: 'Role',
      disclosedByName: 'Named in the policy',
      purpose: 'Purpose',
      dataShared: 'Information shared',
      privacyPolicyUrl: 'Their privacy policy',
      optOutUrl: 'How to opt out',
      storageCountries: 'Countries where it is stored',
      storageDescription: 'Where it is stored',
      transfersOutsideUkEea: 'Transferred outside the UK/EEA',
      transferMechanism: 'Transfer safeguard',
      additionalTransferMechanisms: 'Additional transfer safeguards',
      safeguards: 'Transfer safeguards',
      transferNotes: 'Notes on the transfer',
      safeguardCopy: 'How to get a copy of the safeguard',
      jointArrangement: 'Arrangement between joint controllers',
    },
    retentionRule: {
      name: 'Name',
      dataCategory: 'Information kept',
      period: 'Retention period',
      trigger: 'Counted from',
      triggerDescription: 'When the period starts',
      reason: 'Reason',
      criteria: 'Criteria',
    },
    legalBasis: {
      justification: 'Justification',
      justificationLabel: 'Heading of the justification',
      purpose: 'Purpose',
      dpvPurpose: 'Kind of purpose',
    },
  },
  controller: {
    name: 'Data controller',
    establishmentCountry: 'Country of establishment',
    registrationNumber: 'Registration number',
    registrationAuthority: 'Registered with',
    postalAddress: 'Postal address',
    email: 'Email',
    phone: 'Telephone',
    website: 'Website',
    dpoName: 'Data protection officer',
    dpoEmail: 'Data protection officer email',
    representativeName: 'Representative',
    representativeAddress: 'Representative address',
    supervisoryAuthority: 'Supervisory authority',
    supervisoryAuthorityUrl: 'Supervisory authority website',
  },
  triggers: {
    collection: 'When the information is collected',
    'end-of-financial-year': 'The end of the financial year',
    'enquiry-resolved': 'When the enquiry is resolved',
    'contract-end': 'The end of the contract',
    'consent-withdrawn': 'When consent is withdrawn',
    'account-closed': 'When the account is closed',
    custom: 'As described',
  },
  mechanisms: { ...mechanismLabels('en'), ...TRANSFER_MECHANISM_LABELS },
  rights: RIGHT_LABELS,
  sectionCategories: {
    summary: 'Summary',
    controller: 'Who we are',
    collection: 'Information collected',
    use: 'How the information is used',
    sharing: 'Sharing',
    cookies: 'Cookies',
    'automated-decisions': 'Automated decisions',
    transfers: 'International transfers',
    retention: 'Retention',
    security: 'Security',
    rights: 'Your rights',
    objection: 'Objecting',
    'sensitive-data': 'Sensitive information',
    changes: 'Changes to the policy',
    children: 'Children',
    'do-not-track': 'Do Not Track',
    copyright: 'Copyright',
    other: 'Other',
  },
  processorCategories: {
    hosting: 'Hosting provider',
    email: 'Email provider',
    backup: 'Backup provider',
    telephony: 'Telephone provider',
    quotation: 'Quotation service',
    analytics: 'Analytics provider',
    advertising: 'Advertising provider',
    accounting: 'Accountant',
    advisory: 'Professional adviser',
    insurance: 'Insurer',
    contractor: 'Contractor',
    'business-partner': 'Business partner',
    'it-services': 'IT service provider',
    'web-development': 'Web developer',
    other: 'Other recipient',
  },
  roles: {
    processor: 'Processor',
    'independent-controller': 'Independent controller',
    'joint-controller': 'Joint controller',
    recipient: 'Recipient',
    source: 'Source of the information',
  },
  policyKinds: { privacy: 'Privacy policy', cookies: 'Cookie policy', terms: 'Terms', other: 'Other' },
  automatedDecisionKinds: { 'automated-decision': 'Automated decision', profiling: 'Profiling' },
  legalEffect: 'With legal or similarly significant effects',
  yes: 'Yes',
  no: 'No',
  none: '(none)',
  noFixedPeriod: 'no fixed period',
  colon: ': ',
  quote: (text) => `"${text}"`,
  redline: {
    heading: (title, from, to) => `${title}: changes from version ${from} to ${to}`,
    takesEffect: (number, date) => `Version ${number} takes effect on ${date}.`,
    wasWithdrawn: (number, date) => `Version ${number} was withdrawn on ${date}: it never took effect.`,
    groups: {
      policy: 'Policy details',
      sections: 'Sections',
      reworded: 'Reworded',
      facts: 'What the sections state',
      processors: 'Processors and recipients',
      legalBases: 'Legal bases',
      retention: 'Retention rules',
      rights: 'Your rights',
    },
    added: 'Added',
    removed: 'Removed',
    moved: 'Moved',
    movedBetween: (from, to) => `from ${from ?? 'the top level'} to ${to ?? 'the top level'}`,
    addedTo: (section) => `Added to ${section}`,
    removedFrom: (section) => `Removed from ${section}`,
    claimIn: (basis, section) => `${basis} in ${section}`,
    nowStated: 'Now stated',
    noLongerStated: 'No longer stated',
    reordered: 'reordered',
    noChanges: 'No changes.',
  },
};

const FR: Vocabulary = {
  fields: {
    policy: {
      title: 'Titre',
      slug: 'Adresse web (slug)',
      kind: 'Type de politique',
      applicableLaw: 'Droit applicable',
      websiteUrl: 'Site web',
      introduction: 'Introduction',
    },
    section: {
      title: 'Titre',
      body: 'Texte',
      category: 'Type de section',
      provisionRequirement: 'Fourniture de ces informations',
      storageLocation: 'Lieu de stockage',
      storageCountries: 'Pays de stockage',
      dataCollected: 'Informations collectées',
      dataSources: 'Origine des informations',
      rights: 'Vos droits',
      lawReferences: 'Textes de loi cités',
      ageThreshold: 'Âge minimum',
      automatedDecision: 'Prise de décision automatisée',
      processors: 'Destinataires',
      retentionRules: 'Durées de conservation',
    },
    processor: {
      name: 'Nom',
      category: 'Type de destinataire',
      role: 'Rôle',
      disclosedByName: 'Nommé dans la politique',
      purpose: 'Finalité',
      dataShared: 'Informations transmises',
      privacyPolicyUrl: 'Sa politique de confidentialité',
      optOutUrl: 'Comment vous y opposer',
      storageCountries: 'Pays de stockage',
      storageDescription: 'Lieu de stockage',
      transfersOutsideUkEea: 'Transfert hors du Royaume-Uni et de l’EEE',
      transferMechanism: 'Garantie de transfert',
      additionalTransferMechanisms: 'Garanties de transfert supplémentaires',
      safeguards: 'Garanties de transfert',
      transferNotes: 'Précisions sur le transfert',
      safeguardCopy: 'Obtenir une copie de la garantie',
      jointArrangement: 'Accord entre responsables conjoints',
    },
    retentionRule: {
      name: 'Nom',
      dataCategory: 'Informations conservées',
      period: 'Durée de conservation',
      trigger: 'Point de départ',
      triggerDescription: 'Précisions sur le point de départ',
      reason: 'Motif',
      criteria: 'Critères',
    },
    legalBasis: {
      justification: 'Justification',
      justificationLabel: 'Intitulé de la justification',
      purpose: 'Finalité',
      dpvPurpose: 'Type de finalité',
    },
  },
  controller: {
    name: 'Responsable du traitement',
    establishmentCountry: 'Pays d’établissement',
    registrationNumber: 'Numéro d’immatriculation',
    registrationAuthority: 'Immatriculé auprès de',
    postalAddress: 'Adresse postale',
    email: 'Adresse e-mail',
    phone: 'Téléphone',
    website: 'Site web',
    dpoName: 'Délégué à la protection des données',
    dpoEmail: 'Adresse e-mail du délégué à la protection des données',
    representativeName: 'Représentant',
    representativeAddress: 'Adresse du représentant',
    supervisoryAuthority: 'Autorité de contrôle',
    supervisoryAuthorityUrl: 'Site web de l’autorité de contrôle',
  },
  triggers: {
    collection: 'La collecte des informations',
    'end-of-financial-year': 'La clôture de l’exercice comptable',
    'enquiry-resolved': 'Le traitement de la demande',
    'contract-end': 'La fin du contrat',
    'consent-withdrawn': 'Le retrait du consentement',
    'account-closed': 'La clôture du compte',
    custom: 'Voir les précisions',
  },
  mechanisms: {
    ...mechanismLabels('fr'),
    'none-needed': 'Aucune garantie nécessaire',
    'adequacy-decision': 'Décision d’adéquation',
    'standard-contractual-clauses': 'Clauses contractuelles types',
    'binding-corporate-rules': 'Règles d’entreprise contraignantes',
    'explicit-consent': 'Consentement explicite (art. 49, paragraphe 1, point a))',
    'data-privacy-framework': 'Cadre de protection des données UE–États-Unis',
    'privacy-shield': 'Bouclier de protection des données UE–États-Unis (invalidé le 16 juillet 2020)',
    other: 'Autre garantie',
  },
  rights: {
    access: 'Accéder à vos informations',
    rectification: 'Faire corriger ou compléter vos informations',
    erasure: 'Faire effacer vos informations',
    restriction: 'Faire limiter l’utilisation de vos informations',
    portability: 'Recevoir vos informations dans un format portable',
    objection: 'Vous opposer à l’utilisation de vos informations',
    'withdraw-consent': 'Retirer votre consentement',
    complaint: 'Introduire une réclamation auprès d’une autorité de contrôle',
    'automated-decision': 'Ne pas faire l’objet de décisions entièrement automatisées',
  },
  sectionCategories: {
    summary: 'Résumé',
    controller: 'Qui nous sommes',
    collection: 'Informations collectées',
    use: 'Utilisation des informations',
    sharing: 'Partage',
    cookies: 'Cookies',
    'automated-decisions': 'Décisions automatisées',
    transfers: 'Transferts internationaux',
    retention: 'Conservation',
    security: 'Sécurité',
    rights: 'Vos droits',
    objection: 'Opposition',
    'sensitive-data': 'Informations sensibles',
    changes: 'Modifications de la politique',
    children: 'Enfants',
    'do-not-track': 'Do Not Track',
    copyright: 'Droits d’auteur',
    other: 'Autre',
  },
  processorCategories: {
    hosting: 'Hébergeur',
    email: 'Service de messagerie',
    backup: 'Service de sauvegarde',
    telephony: 'Opérateur téléphonique',
    quotation: 'Service de devis',
    analytics: 'Service de mesure d’audience',
    advertising: 'Régie publicitaire',
    accounting: 'Expert-comptable',
    advisory: 'Conseil professionnel',
    insurance: 'Assureur',
    contractor: 'Prestataire',
    'business-partner': 'Partenaire commercial',
    'it-services': 'Prestataire informatique',
    'web-development': 'Développeur web',
    other: 'Autre destinataire',
  },
  roles: {
    processor: 'Sous-traitant',
    'independent-controller': 'Responsable du traitement distinct',
    'joint-controller': 'Responsable conjoint du traitement',
    recipient: 'Destinataire',
    source: 'Source des informations',
  },
  policyKinds: { privacy: 'Politique de confidentialité', cookies: 'Politique relative aux cookies', terms: 'Conditions', other: 'Autre' },
  automatedDecisionKinds: { 'automated-decision': 'Décision automatisée', profiling: 'Profilage' },
  legalEffect: 'Avec des effets juridiques ou des effets similaires importants',
  yes: 'Oui',
  no: 'Non',
  none: '(non renseigné)',
  noFixedPeriod: 'sans durée fixe',
  colon: ' : ',
  quote: (text) => `«${NBSP}${text}${NBSP}»`,
  redline: {
    heading: (title, from, to) => `${title} : modifications de la version ${from} à la version ${to}`,
    takesEffect: (number, date) => `La version ${number} entre en vigueur le ${date}.`,
    wasWithdrawn: (number, date) => `La version ${number} a été retirée le ${date} : elle n’est jamais entrée en vigueur.`,
    groups: {
      policy: 'Informations générales',
      sections: 'Sections',
      reworded: 'Textes reformulés',
      facts: 'Ce que disent les sections',
      processors: 'Sous-traitants et destinataires',
      legalBases: 'Bases juridiques',
      retention: 'Règles de conservation',
      rights: 'Vos droits',
    },
    added: 'Ajout',
    removed: 'Suppression',
    moved: 'Déplacement',
    movedBetween: (from, to) =>
      `${from === null ? 'du premier niveau' : `de ${FR.quote(from)}`} vers ${to === null ? 'le premier niveau' : FR.quote(to)}`,
    addedTo: (section) => `Ajout dans ${section}`,
    removedFrom: (section) => `Suppression dans ${section}`,
    claimIn: (basis, section) => `${basis} dans ${section}`,
    nowStated: 'Désormais indiqué',
    noLongerStated: 'Plus indiqué',
    reordered: 'ordre modifié',
    noChanges: 'Aucune modification.',
  },
};

const DE: Vocabulary = {
  fields: {
    policy: {
      title: 'Titel',
      slug: 'Webadresse (Slug)',
      kind: 'Art der Richtlinie',
      applicableLaw: 'Anwendbares Recht',
      websiteUrl: 'Website',
      introduction: 'Einleitung',
    },
    section: {
      title: 'Titel',
      body: 'Text',
      category: 'Art des Abschnitts',
      provisionRequirement: 'Bereitstellung dieser Daten',
      storageLocation: 'Speicherort',
      storageCountries: 'Speicherländer',
      dataCollected: 'Erhobene Daten',
      dataSources: 'Herkunft der Daten',
      rights: 'Ihre Rechte',
      lawReferences: 'Genannte Gesetze',
      ageThreshold: 'Mindestalter',
      automatedDecision: 'Automatisierte Entscheidungsfindung',
      processors: 'Empfänger',
      retentionRules: 'Aufbewahrungsdauer',
    },
    processor: {
      name: 'Name',
      category: 'Art des Empfängers',
      role: 'Rolle',
      disclosedByName: 'In der Richtlinie namentlich genannt',
      purpose: 'Zweck',
      dataShared: 'Weitergegebene Daten',
      privacyPolicyUrl: 'Dessen Datenschutzerklärung',
      optOutUrl: 'Widerspruchsmöglichkeit',
      storageCountries: 'Speicherländer',
      storageDescription: 'Speicherort',
      transfersOutsideUkEea: 'Übermittlung außerhalb des Vereinigten Königreichs und des EWR',
      transferMechanism: 'Garantie für die Übermittlung',
      additionalTransferMechanisms: 'Zusätzliche Garantien für die Übermittlung',
      safeguards: 'Garantien für die Übermittlung',
      transferNotes: 'Hinweise zur Übermittlung',
      safeguardCopy: 'Kopie der Garantie erhalten',
      jointArrangement: 'Vereinbarung zwischen gemeinsam Verantwortlichen',
    },
    retentionRule: {
      name: 'Name',
      dataCategory: 'Aufbewahrte Daten',
      period: 'Aufbewahrungsfrist',
      trigger: 'Fristbeginn',
      triggerDescription: 'Erläuterung zum Fristbeginn',
      reason: 'Grund',
      criteria: 'Kriterien',
    },
    legalBasis: {
      justification: 'Begründung',
      justificationLabel: 'Überschrift der Begründung',
      purpose: 'Zweck',
      dpvPurpose: 'Art des Zwecks',
    },
  },
  controller: {
    name: 'Verantwortlicher',
    establishmentCountry: 'Land der Niederlassung',
    registrationNumber: 'Registernummer',
    registrationAuthority: 'Registriert bei',
    postalAddress: 'Postanschrift',
    email: 'E-Mail',
    phone: 'Telefon',
    website: 'Website',
    dpoName: 'Datenschutzbeauftragte Person',
    dpoEmail: 'E-Mail der datenschutzbeauftragten Person',
    representativeName: 'Vertretung',
    representativeAddress: 'Anschrift der Vertretung',
    supervisoryAuthority: 'Aufsichtsbehörde',
    supervisoryAuthorityUrl: 'Website der Aufsichtsbehörde',
  },
  triggers: {
    collection: 'Erhebung der Daten',
    'end-of-financial-year': 'Ende des Geschäftsjahres',
    'enquiry-resolved': 'Erledigung der Anfrage',
    'contract-end': 'Ende des Vertrags',
    'consent-withdrawn': 'Widerruf der Einwilligung',
    'account-closed': 'Schließung des Kontos',
    custom: 'Siehe Erläuterung',
  },
  mechanisms: {
    ...mechanismLabels('de'),
    'none-needed': 'Keine Garantie erforderlich',
    'adequacy-decision': 'Angemessenheitsbeschluss',
    'standard-contractual-clauses': 'Standardvertragsklauseln',
    'binding-corporate-rules': 'Verbindliche interne Datenschutzvorschriften',
    'explicit-consent': 'Ausdrückliche Einwilligung (Art. 49 Abs. 1 lit. a)',
    'data-privacy-framework': 'EU-US-Datenschutzrahmen (Data Privacy Framework)',
    'privacy-shield': 'EU-US-Datenschutzschild (Privacy Shield, am 16. Juli 2020 für ungültig erklärt)',
    other: 'Sonstige Garantie',
  },
  rights: {
    access: 'Auskunft über Ihre Daten erhalten',
    rectification: 'Ihre Daten berichtigen oder vervollständigen lassen',
    erasure: 'Ihre Daten löschen lassen',
    restriction: 'Die Verarbeitung Ihrer Daten einschränken lassen',
    portability: 'Ihre Daten in einem übertragbaren Format erhalten',
    objection: 'Der Verarbeitung Ihrer Daten widersprechen',
    'withdraw-consent': 'Ihre Einwilligung widerrufen',
    complaint: 'Sich bei einer Aufsichtsbehörde beschweren',
    'automated-decision': 'Keiner ausschließlich automatisierten Entscheidung unterworfen werden',
  },
  sectionCategories: {
    summary: 'Zusammenfassung',
    controller: 'Wer wir sind',
    collection: 'Erhobene Daten',
    use: 'Verwendung der Daten',
    sharing: 'Weitergabe',
    cookies: 'Cookies',
    'automated-decisions': 'Automatisierte Entscheidungen',
    transfers: 'Internationale Übermittlungen',
    retention: 'Aufbewahrung',
    security: 'Sicherheit',
    rights: 'Ihre Rechte',
    objection: 'Widerspruch',
    'sensitive-data': 'Sensible Daten',
    changes: 'Änderungen der Richtlinie',
    children: 'Kinder',
    'do-not-track': 'Do Not Track',
    copyright: 'Urheberrecht',
    other: 'Sonstiges',
  },
  processorCategories: {
    hosting: 'Hosting-Anbieter',
    email: 'E-Mail-Anbieter',
    backup: 'Backup-Anbieter',
    telephony: 'Telefonanbieter',
    quotation: 'Angebotsdienst',
    analytics: 'Analyseanbieter',
    advertising: 'Werbeanbieter',
    accounting: 'Steuerberatung',
    advisory: 'Beratung',
    insurance: 'Versicherung',
    contractor: 'Auftragnehmer',
    'business-partner': 'Geschäftspartner',
    'it-services': 'IT-Dienstleister',
    'web-development': 'Webentwicklung',
    other: 'Sonstiger Empfänger',
  },
  roles: {
    processor: 'Auftragsverarbeiter',
    'independent-controller': 'Eigenständig Verantwortlicher',
    'joint-controller': 'Gemeinsam Verantwortlicher',
    recipient: 'Empfänger',
    source: 'Herkunft der Daten',
  },
  policyKinds: { privacy: 'Datenschutzerklärung', cookies: 'Cookie-Richtlinie', terms: 'Bedingungen', other: 'Sonstiges' },
  automatedDecisionKinds: { 'automated-decision': 'Automatisierte Entscheidung', profiling: 'Profiling' },
  legalEffect: 'Mit rechtlicher oder ähnlich erheblicher Wirkung',
  yes: 'Ja',
  no: 'Nein',
  none: '(keine Angabe)',
  noFixedPeriod: 'keine feste Frist',
  colon: ': ',
  quote: (text) => `„${text}“`,
  redline: {
    heading: (title, from, to) => `${title}: Änderungen von Version ${from} zu Version ${to}`,
    takesEffect: (number, date) => `Version ${number} gilt ab dem ${date}.`,
    wasWithdrawn: (number, date) => `Version ${number} wurde am ${date} zurückgezogen und ist nie in Kraft getreten.`,
    groups: {
      policy: 'Allgemeine Angaben',
      sections: 'Abschnitte',
      reworded: 'Umformuliert',
      facts: 'Angaben der Abschnitte',
      processors: 'Auftragsverarbeiter und Empfänger',
      legalBases: 'Rechtsgrundlagen',
      retention: 'Aufbewahrungsregeln',
      rights: 'Ihre Rechte',
    },
    added: 'Hinzugefügt',
    removed: 'Entfernt',
    moved: 'Verschoben',
    movedBetween: (from, to) =>
      `${from === null ? 'von der obersten Ebene' : `aus ${DE.quote(from)}`} ${to === null ? 'auf die oberste Ebene' : `unter ${DE.quote(to)}`}`,
    addedTo: (section) => `Hinzugefügt in ${section}`,
    removedFrom: (section) => `Entfernt aus ${section}`,
    claimIn: (basis, section) => `${basis} in ${section}`,
    nowStated: 'Jetzt genannt',
    noLongerStated: 'Nicht mehr genannt',
    reordered: 'Reihenfolge geändert',
    noChanges: 'Keine Änderungen.',
  },
};

const VOCABULARIES: Record<Language, Vocabulary> = { en: EN, fr: FR, de: DE };

/** The language of a locale code ("fr-CA" reads French); English when there are no words for it. */
export const languageOf = (locale: string | null | undefined): Language => {
  const base = String(locale ?? 'en')
    .toLowerCase()
    .split(/[-_]/)[0];
  return base in VOCABULARIES ? (base as Language) : 'en';
};

export const vocabulary = (locale: string | null | undefined) => VOCABULARIES[languageOf(locale)];

/** A locale Intl accepts: the given one when valid, else the language's. */
const intlLocale = (locale: string | null | undefined) => {
  try {
    return Intl.getCanonicalLocales(String(locale ?? 'en').replace(/_/g, '-'))[0] ?? languageOf(locale);
  } catch {
    return languageOf(locale);
  }
};

/** An ISO 8601 duration in words: "P6Y" is "6 years", "6 ans", "6 Jahre"; null is "no fixed period". */
export const durationInWords = (period: string | null | undefined, locale: string | null | undefined) => {
  if (!period) return vocabulary(locale).noFixedPeriod;
  const duration = Duration.fromISO(period, { locale: intlLocale(locale) });
  if (!duration.isValid) return period;
  try {
    return duration.toHuman({ listStyle: 'long' });
  } catch {
    return Duration.fromISO(period, { locale: 'en' }).toHuman({ listStyle: 'long' });
  }
};

/** A country by its name: in English the one the policy itself shows, in other languages the platform's. */
export const countryInWords = (code: string, locale: string | null | undefined) => {
  if (languageOf(locale) === 'en') return countryName(code);
  try {
    return new Intl.DisplayNames([intlLocale(locale), 'en'], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** A slug as words when no name is known: "order-information" is "Order information". */
export const slugInWords = (slug: string) => {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const rightInWords = (right: string, locale: string | null | undefined) => vocabulary(locale).rights[right] ?? slugInWords(right);
export const mechanismInWords = (mechanism: string, locale: string | null | undefined) =>
  vocabulary(locale).mechanisms[mechanism] ?? slugInWords(mechanism);
export const triggerInWords = (trigger: string, locale: string | null | undefined) =>
  vocabulary(locale).triggers[trigger] ?? slugInWords(trigger);
export const processorCategoryInWords = (category: string, locale: string | null | undefined) =>
  vocabulary(locale).processorCategories[category] ?? slugInWords(category);

/** The label of a field that a diff names ("period" is "Retention period"; "controller.dpoEmail" is "Data protection officer email"). */
export const fieldLabel = (entity: Entity, field: string, locale: string | null | undefined) => {
  const words = vocabulary(locale);
  if (entity === 'policy' && field.startsWith('controller.')) {
    const key = field.slice('controller.'.length);
    return words.controller[key] ?? slugInWords(key.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase());
  }
  return words.fields[entity][field] ?? slugInWords(field.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase());
};

/** A label inside a sentence: lower case in English and French ("retention period"), as it is in German. */
export const labelInSentence = (label: string, locale: string | null | undefined) =>
  languageOf(locale) === 'de' || /^.[A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);

/** Titles and names to show for the slugs a diff refers to (sections, processors, retention rules). */
export interface DiffNames {
  sections: Record<string, string>;
  processors: Record<string, string>;
  retentionRules: Record<string, string>;
}

/** The names the diff itself carries. */
export const namesInDiff = (diff: PolicyDiff): DiffNames => {
  const names: DiffNames = { sections: {}, processors: {}, retentionRules: {} };
  for (const section of [...diff.sections.removed, ...diff.sections.added, ...diff.sections.moved])
    names.sections[section.slug] = section.title;
  for (const change of [...diff.sections.reworded, ...diff.sections.changed]) names.sections[change.slug] = change.name;
  for (const item of [...diff.processors.removed, ...diff.processors.added, ...diff.processors.changed])
    names.processors[item.slug] = item.name;
  for (const item of [...diff.retentionRules.removed, ...diff.retentionRules.added, ...diff.retentionRules.changed])
    names.retentionRules[item.slug] = item.name;
  return names;
};

/** The names in the diff and in both snapshots, the newer snapshot's winning. */
export const namesOf = (diff: PolicyDiff, ...snapshots: (PolicySnapshot | null | undefined)[]): DiffNames => {
  const names = namesInDiff(diff);
  const walk = (sections: SectionSnapshot[]) =>
    sections.forEach((section) => {
      names.sections[section.slug] = section.title;
      walk(section.children ?? []);
    });
  for (const snapshot of snapshots) {
    if (!snapshot) continue;
    walk(snapshot.sections ?? []);
    for (const processor of snapshot.processors ?? []) names.processors[processor.slug] = processor.name;
    for (const rule of snapshot.retentionRules ?? []) names.retentionRules[rule.slug] = rule.name;
  }
  return names;
};

export const nameOf = (names: DiffNames | undefined, kind: keyof DiffNames, slug: string | null) =>
  slug === null ? '' : (names?.[kind][slug] ?? slugInWords(slug));

/** A piece of a shown value: words, and the address when it is a link. */
export interface ValuePiece {
  text: string;
  href?: string;
}

const EMAIL_FIELDS = new Set(['controller.email', 'controller.dpoEmail']);
const isWebAddress = (value: string) => /^https?:\/\/[^\s<>"]+$/i.test(value);

/**
 * One value of a changed field as a reader should see it: durations and slugs in words, countries by
 * name, web and email addresses as links.
 */
export const valuePiece = (
  entity: Entity,
  field: string,
  value: unknown,
  locale: string | null | undefined,
  names?: DiffNames,
): ValuePiece => {
  const words = vocabulary(locale);
  if (value === null || value === undefined || value === '') {
    return { text: entity === 'retentionRule' && field === 'period' ? words.noFixedPeriod : words.none };
  }
  if (typeof value === 'boolean') return { text: value ? words.yes : words.no };
  if (typeof value === 'number') return { text: value.toLocaleString(intlLocale(locale)) };
  if (typeof value === 'string') {
    if (entity === 'retentionRule' && field === 'period') return { text: durationInWords(value, locale) };
    if (entity === 'retentionRule' && field === 'trigger') return { text: triggerInWords(value, locale) };
    if (['transferMechanism', 'additionalTransferMechanisms', 'safeguards'].includes(field))
      return { text: mechanismInWords(value, locale) };
    if (field === 'rights') return { text: rightInWords(value, locale) };
    if (field === 'applicableLaw') return { text: lawName(value, languageOf(locale)) };
    if (field === 'dpvPurpose') return { text: NOTICE_WORDS[languageOf(locale)].dpvPurposes[value] ?? slugInWords(value) };
    if (field === 'storageCountries') return { text: countryInWords(value, locale) };
    if (entity === 'section' && field === 'category') return { text: words.sectionCategories[value] ?? slugInWords(value) };
    if (entity === 'section' && field === 'processors') return { text: nameOf(names, 'processors', value) };
    if (entity === 'section' && field === 'retentionRules') return { text: nameOf(names, 'retentionRules', value) };
    if (entity === 'processor' && field === 'category') return { text: processorCategoryInWords(value, locale) };
    if (entity === 'processor' && field === 'role') return { text: words.roles[value] ?? slugInWords(value) };
    if (entity === 'policy' && field === 'kind') return { text: words.policyKinds[value] ?? slugInWords(value) };
    if (EMAIL_FIELDS.has(field) && /^[^\s@<>]+@[^\s@<>]+$/.test(value)) return { text: value, href: `mailto:${value}` };
    if (isWebAddress(value)) return { text: value, href: value };
    return { text: value };
  }
  if (entity === 'section' && field === 'automatedDecision' && typeof value === 'object') {
    const decision = value as {
      kind?: string;
      logic?: string | null;
      significance?: string | null;
      howToObject?: string | null;
      legalEffect?: boolean;
    };
    const parts = [
      decision.kind ? (words.automatedDecisionKinds[decision.kind] ?? slugInWords(decision.kind)) : '',
      decision.logic ?? '',
      decision.significance ?? '',
      decision.howToObject ?? '',
      decision.legalEffect ? words.legalEffect : '',
    ].filter(Boolean);
    return { text: parts.map((part) => part.replace(/[.\s]+$/, '')).join('. ') };
  }
  if (Array.isArray(value)) return { text: value.map((item) => valuePiece(entity, field, item, locale, names).text).join(', ') };
  return { text: JSON.stringify(value) };
};

/** A value as plain text: a link is its address, never wrapped in angle brackets. */
export const valueText = (entity: Entity, field: string, value: unknown, locale: string | null | undefined, names?: DiffNames) =>
  valuePiece(entity, field, value, locale, names).text;
