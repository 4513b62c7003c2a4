import type { RegimeId } from '../law/regimes';
import type { Language } from './vocabulary';

/**
 * The renderers' own words, in English, French and German: the headings and sentences a reader sees in the
 * HTML, Markdown, text and printable formats, the first layer (WP260 rev.01 paras 35–36) and the plain
 * explanation of each right. Editors' text (titles, bodies, purposes) is shown as written; the words of
 * vocabulary.ts (controller labels, rights' names, safeguards, categories) are shared with the redline.
 *
 * What each sentence says rests on the article it cites; the citation itself is built per regime by
 * reader.ts, so the same sentence serves the GDPR and the UK GDPR (whose article numbers match).
 */

/** A right's plain explanation: what it means and its main limits (Arts. 15–22, 7(3), 77). */
export interface RightWords {
  meaning: string;
  limits: string | null;
}

export interface NoticeWords {
  headings: {
    dataCollected: string;
    dataSources: string;
    provision: string;
    legalBases: string;
    recipients: string;
    storage: string;
    retention: string;
    adLogic: string;
    adSignificance: string;
    adObjection: string;
    rights: string;
    minimumAge: string;
    laws: string;
    contents: string;
  };
  /** ': ' in English and German, ' : ' in French. */
  colon: string;
  /** "Effective from 1 March 2026. Version 2.1." */
  effectiveFrom: (date: string, number: string) => string;
  /** "Version 2.1, effective from 1 March 2026" (no full stop). */
  versionEffectiveFrom: (number: string, date: string) => string;
  upcoming: (number: string, date: string) => string;
  withdrawn: (date: string) => string;
  reasonGiven: (reason: string) => string;
  printedFrom: (number: string, date: string) => string;
  unpublishedDraft: string;
  printedFromDraft: string;
  titleWithVersion: (title: string, number: string) => string;
  /** The law the notice is given under, e.g. "This notice is given under the UK GDPR and the Data Protection Act 2018." */
  lawStatement: (lawName: string) => string;
  purpose: string;
  processor: {
    storedIn: string;
    /** `territory` as regimes.ts names it ("the United Kingdom", "l’Espace économique européen (EEE)"). */
    transferredOutside: (territory: string) => string;
    safeguard: string;
    safeguards: string;
    optOut: string;
    safeguardCopy: string;
    jointArrangement: string;
  };
  retention: { keptFor: (period: string) => string; reason: string };
  firstLayer: {
    heading: string;
    controller: string;
    dataCollected: string;
    purposes: string;
    recipients: string;
    transfers: string;
    retention: string;
    rights: string;
    complaints: string;
    transfersTo: (territory: string) => string;
    noTransfers: (territory: string) => string;
    rightsExplainedBelow: string;
  };
  /** A way to reach the controller, inside "contact us …". */
  contact: {
    email: (value: string) => string;
    phone: (value: string) => string;
    post: (value: string) => string;
    dpo: (value: string) => string;
  };
  rightsExplained: {
    heading: string;
    howToAsk: (routes: string | null) => string;
    identity: (citation: string) => string;
    timeLimit: (citation: string) => string;
    free: (citation: string) => string;
    rights: Record<string, RightWords>;
    /** Where a regime has replaced Art. 22 with safeguards for significant automated decisions (UK GDPR Arts. 22A–22D). */
    automatedDecisionSafeguards: RightWords & { name: string };
  };
  complaints: {
    /** DPA 2018 s.164A: complaints to the controller, acknowledged within 30 days. */
    toController: (routes: string | null, citation: string) => string;
    toAuthority: (authority: string, citation: string, also: boolean) => string;
    toAnyEeaAuthority: (citation: string, also: boolean) => string;
  };
  /** How this language cites a regime's article: "art. 15 du RGPD", "Art. 15 DSGVO"; absent means the regime's English form. */
  citation?: {
    lawOf: Partial<Record<RegimeId, string>>;
    format: (article: { number: string; range: boolean; paragraph?: string; point?: string }, law: string) => string;
  };
  /** GDPR legal bases by code, where the stored (English) name should not be shown. */
  legalBasisNames?: Record<string, string>;
  /** The W3C DPV purpose concepts the editor can choose, in words. */
  dpvPurposes: Record<string, string>;
  /** A supervisory authority a regime names by default, by its DPV term. */
  authorities: Record<string, string>;
}

const EN: NoticeWords = {
  headings: {
    dataCollected: 'Information collected',
    dataSources: 'Where the information comes from',
    provision: 'Providing this information',
    legalBases: 'Legal bases',
    recipients: 'Who receives it',
    storage: 'Where it is stored',
    retention: 'How long it is kept',
    adLogic: 'Logic involved',
    adSignificance: 'Significance and envisaged consequences',
    adObjection: 'How to object',
    rights: 'Your rights',
    minimumAge: 'Minimum age',
    laws: 'Laws referred to',
    contents: 'Contents',
  },
  colon: ': ',
  effectiveFrom: (date, number) => `Effective from ${date}. Version ${number}.`,
  versionEffectiveFrom: (number, date) => `Version ${number}, effective from ${date}`,
  upcoming: (number, date) => `A new version (${number}) takes effect on ${date}.`,
  withdrawn: (date) => `This version was withdrawn on ${date} and never took effect.`,
  reasonGiven: (reason) => `Reason given: ${reason}`,
  printedFrom: (number, date) => `Printed from version ${number} effective ${date}`,
  unpublishedDraft: 'Unpublished draft',
  printedFromDraft: 'Printed from an unpublished draft',
  titleWithVersion: (title, number) => `${title} (version ${number})`,
  lawStatement: (law) => `This notice is given under ${law}.`,
  purpose: 'Purpose',
  processor: {
    storedIn: 'Stored in',
    transferredOutside: (territory) => `Transferred outside ${territory}`,
    safeguard: 'Safeguard',
    safeguards: 'Safeguards',
    optOut: 'How to opt out',
    safeguardCopy: 'How to get a copy of the safeguard',
    jointArrangement: 'Our arrangement as joint controllers',
  },
  retention: { keptFor: (period) => `kept for ${period}`, reason: 'Reason' },
  firstLayer: {
    heading: 'At a glance',
    controller: 'Who we are',
    dataCollected: 'What we collect',
    purposes: 'Why we use it',
    recipients: 'Who receives it',
    transfers: 'Transfers abroad',
    retention: 'How long we keep it',
    rights: 'Your rights',
    complaints: 'How to complain',
    transfersTo: (territory) => `We transfer information outside ${territory} to:`,
    noTransfers: (territory) => `We do not transfer your information outside ${territory}.`,
    rightsExplainedBelow: 'Each right is explained below, with how to use it.',
  },
  contact: {
    email: (value) => `by email to ${value}`,
    phone: (value) => `by telephone on ${value}`,
    post: (value) => `by post to ${value}`,
    dpo: (value) => `through our data protection officer at ${value}`,
  },
  rightsExplained: {
    heading: 'Your rights explained',
    howToAsk: (routes) => (routes ? `To use any of these rights, contact us ${routes}.` : 'To use any of these rights, contact us.'),
    identity: (citation) => `We may ask you to confirm your identity before we act on a request (${citation}).`,
    timeLimit: (citation) =>
      `We answer without undue delay and within one month of receiving your request. Where necessary, because requests are complex or numerous, we may extend this by two further months; if we do, we tell you within the first month and explain why (${citation}).`,
    free: (citation) =>
      `Using your rights is free of charge. If a request is manifestly unfounded or excessive, we may charge a reasonable fee or refuse to act on it (${citation}).`,
    rights: {
      access: {
        meaning:
          'You can ask whether we use information about you and, if we do, get a copy of it, together with why we use it, who receives it, how long we keep it and where it came from.',
        limits: 'A copy must not harm the rights and freedoms of other people, so we may leave out information about them.',
      },
      rectification: {
        meaning: 'You can ask us to correct information about you that is inaccurate and to complete information that is incomplete.',
        limits: 'We may check the information first; while we do, you can ask us to restrict its use.',
      },
      erasure: {
        meaning:
          'You can ask us to delete information about you, for example when we no longer need it, when you withdraw the consent we relied on, or when you object and we have no overriding reason to continue.',
        limits:
          'We may keep information we need to comply with a legal obligation or to establish, exercise or defend legal claims, and in the other cases the law sets out.',
      },
      restriction: {
        meaning:
          'You can ask us to stop using your information, other than storing it, while we check its accuracy or consider your objection, when our use is unlawful and you prefer this to deletion, or when we no longer need it but you need it for a legal claim.',
        limits:
          "We may still use it with your consent, for legal claims, to protect another person's rights or for important reasons of public interest, and we tell you before the restriction ends.",
      },
      portability: {
        meaning:
          'You can get the information you gave us in a structured, commonly used, machine-readable format, or ask us to send it directly to another organisation where that is technically feasible.',
        limits:
          'This covers only information you gave us that we process by automated means on the basis of your consent or a contract with you.',
      },
      objection: {
        meaning:
          'You can object at any time, on grounds relating to your situation, to our use of your information based on our legitimate interests or on a task in the public interest. You can object to direct marketing at any time, and we will then stop.',
        limits:
          'Except for direct marketing, we may continue if we show compelling legitimate grounds that override your interests, rights and freedoms, or if we need the information for legal claims.',
      },
      'withdraw-consent': {
        meaning: 'Where we rely on your consent, you can withdraw it at any time, as easily as you gave it.',
        limits: 'Withdrawing consent does not make unlawful what we did with it before you withdrew it.',
      },
      complaint: {
        meaning: 'You can complain to a data protection supervisory authority if you think our use of your information breaks the law.',
        limits: null,
      },
      'automated-decision': {
        meaning:
          'You have the right not to be subject to a decision based solely on automated processing, including profiling, that has legal effects on you or similarly significantly affects you.',
        limits:
          'This does not apply where the decision is necessary for a contract with you, authorised by law or based on your explicit consent; you can then ask for a person to review it, give your point of view and contest the decision.',
      },
    },
    automatedDecisionSafeguards: {
      name: 'Safeguards for decisions based solely on automated processing',
      meaning:
        'Where we take a significant decision about you based solely on automated processing, safeguards apply: we tell you about the decision, and you can make representations, ask for a person to step in and contest the decision.',
      limits: 'Stricter rules apply where the decision is based on sensitive (special category) information.',
    },
  },
  complaints: {
    toController: (routes, citation) =>
      `You can complain to us${routes ? ` ${routes}` : ''}. We acknowledge complaints within 30 days and respond without undue delay (${citation}).`,
    toAuthority: (authority, citation, also) =>
      `You can ${also ? 'also ' : ''}complain to the supervisory authority: ${authority} (${citation}).`,
    toAnyEeaAuthority: (citation, also) =>
      `You can ${also ? 'also ' : ''}complain to a data protection supervisory authority, in particular in the EEA country where you live or work or where you think the law was broken (${citation}).`,
  },
  dpvPurposes: {
    ServiceProvision: 'Providing our services',
    CustomerOrderManagement: 'Managing customer orders',
    DeliveryOfGoods: 'Delivering goods',
    CommunicationManagement: 'Communicating with you',
    CustomerCare: 'Customer care',
    EnforceSecurity: 'Keeping our systems and information secure',
    FraudPreventionAndDetection: 'Preventing and detecting fraud',
    LegalCompliance: 'Complying with the law',
    Marketing: 'Marketing',
    DirectMarketing: 'Direct marketing',
    Advertising: 'Advertising',
    PersonalisedAdvertising: 'Personalised advertising',
    ServiceUsageAnalytics: 'Analysing how our services are used',
    ImproveExistingProductsAndServices: 'Improving our products and services',
    Personalisation: 'Personalisation',
    AccountManagement: 'Managing accounts',
    PaymentManagement: 'Managing payments',
    RecordManagement: 'Keeping records',
    DisputeManagement: 'Handling disputes',
    PersonnelManagement: 'Managing staff',
    OrganisationGovernance: 'Running our organisation',
  },
  authorities: { 'legal-gb:DPA-GB': "Information Commissioner's Office (ICO)" },
};

const FR: NoticeWords = {
  headings: {
    dataCollected: 'Informations collectées',
    dataSources: 'Origine des informations',
    provision: 'Fourniture de ces informations',
    legalBases: 'Bases juridiques',
    recipients: 'Destinataires',
    storage: 'Lieu de stockage',
    retention: 'Durée de conservation',
    adLogic: 'Logique sous-jacente',
    adSignificance: 'Importance et conséquences envisagées',
    adObjection: 'Comment vous y opposer',
    rights: 'Vos droits',
    minimumAge: 'Âge minimum',
    laws: 'Textes de loi cités',
    contents: 'Sommaire',
  },
  colon: ' : ',
  effectiveFrom: (date, number) => `En vigueur à compter du ${date}. Version ${number}.`,
  versionEffectiveFrom: (number, date) => `Version ${number}, en vigueur à compter du ${date}`,
  upcoming: (number, date) => `Une nouvelle version (${number}) entrera en vigueur le ${date}.`,
  withdrawn: (date) => `Cette version a été retirée le ${date} et n’est jamais entrée en vigueur.`,
  reasonGiven: (reason) => `Motif indiqué : ${reason}`,
  printedFrom: (number, date) => `Imprimé à partir de la version ${number}, en vigueur à compter du ${date}`,
  unpublishedDraft: 'Projet non publié',
  printedFromDraft: 'Imprimé à partir d’un projet non publié',
  titleWithVersion: (title, number) => `${title} (version ${number})`,
  lawStatement: (law) => contractFrench(`Ces informations vous sont fournies en application de ${law}.`),
  purpose: 'Finalité',
  processor: {
    storedIn: 'Lieu de stockage',
    transferredOutside: (territory) => `Les informations quittent ${territory}`,
    safeguard: 'Garantie',
    safeguards: 'Garanties',
    optOut: 'Comment vous y opposer',
    safeguardCopy: 'Obtenir une copie de la garantie',
    jointArrangement: 'Notre accord de responsables conjoints',
  },
  retention: { keptFor: (period) => `conservation pendant ${period}`, reason: 'Motif' },
  firstLayer: {
    heading: 'L’essentiel',
    controller: 'Qui nous sommes',
    dataCollected: 'Ce que nous collectons',
    purposes: 'Pourquoi nous les utilisons',
    recipients: 'Qui les reçoit',
    transfers: 'Transferts à l’étranger',
    retention: 'Combien de temps nous les conservons',
    rights: 'Vos droits',
    complaints: 'Comment introduire une réclamation',
    transfersTo: (territory) => `Certaines informations quittent ${territory}, vers :`,
    noTransfers: (territory) => `Vos informations ne quittent pas ${territory}.`,
    rightsExplainedBelow: 'Chaque droit est expliqué plus bas, avec la manière de l’exercer.',
  },
  contact: {
    email: (value) => `par e-mail à ${value}`,
    phone: (value) => `par téléphone au ${value}`,
    post: (value) => `par courrier à ${value}`,
    dpo: (value) => `auprès de notre délégué à la protection des données (${value})`,
  },
  rightsExplained: {
    heading: 'Vos droits expliqués',
    howToAsk: (routes) => (routes ? `Pour exercer ces droits, contactez-nous ${routes}.` : 'Pour exercer ces droits, contactez-nous.'),
    identity: (citation) => `Nous pouvons vous demander de confirmer votre identité avant de donner suite à une demande (${citation}).`,
    timeLimit: (citation) =>
      `Nous répondons dans les meilleurs délais et au plus tard dans un délai d’un mois à compter de la réception de votre demande. Si nécessaire, compte tenu de la complexité ou du nombre de demandes, ce délai peut être prolongé de deux mois ; nous vous en informons alors dans le premier mois, en indiquant les motifs (${citation}).`,
    free: (citation) =>
      `L’exercice de vos droits est gratuit. Si une demande est manifestement infondée ou excessive, nous pouvons exiger des frais raisonnables ou refuser d’y donner suite (${citation}).`,
    rights: {
      access: {
        meaning:
          'Vous pouvez nous demander si nous utilisons des informations vous concernant et, si c’est le cas, en obtenir une copie, avec les raisons de leur utilisation, leurs destinataires, leur durée de conservation et leur origine.',
        limits:
          'La copie ne doit pas porter atteinte aux droits et libertés d’autrui : nous pouvons donc omettre des informations concernant d’autres personnes.',
      },
      rectification: {
        meaning:
          'Vous pouvez nous demander de corriger les informations inexactes vous concernant et de compléter les informations incomplètes.',
        limits:
          'Nous pouvons d’abord vérifier les informations ; pendant cette vérification, vous pouvez demander que leur utilisation soit limitée.',
      },
      erasure: {
        meaning:
          'Vous pouvez nous demander d’effacer des informations vous concernant, par exemple lorsque nous n’en avons plus besoin, lorsque vous retirez le consentement sur lequel nous nous fondions, ou lorsque vous vous y opposez et que nous n’avons pas de motif impérieux de poursuivre.',
        limits:
          'Nous pouvons conserver les informations nécessaires au respect d’une obligation légale ou à la constatation, à l’exercice ou à la défense de droits en justice, ainsi que dans les autres cas prévus par la loi.',
      },
      restriction: {
        meaning:
          'Vous pouvez nous demander de ne plus utiliser vos informations, sauf pour les conserver, pendant que nous vérifions leur exactitude ou examinons votre opposition, lorsque leur utilisation est illicite et que vous préférez cette limitation à l’effacement, ou lorsque nous n’en avons plus besoin mais que vous en avez besoin pour un droit en justice.',
        limits:
          'Nous pouvons encore les utiliser avec votre consentement, pour des droits en justice, pour protéger les droits d’une autre personne ou pour des motifs importants d’intérêt public, et nous vous prévenons avant la levée de la limitation.',
      },
      portability: {
        meaning:
          'Vous pouvez recevoir les informations que vous nous avez fournies dans un format structuré, couramment utilisé et lisible par machine, ou nous demander de les transmettre directement à un autre organisme lorsque c’est techniquement possible.',
        limits:
          'Ce droit ne concerne que les informations que vous nous avez fournies et que nous traitons de manière automatisée sur la base de votre consentement ou d’un contrat avec vous.',
      },
      objection: {
        meaning:
          'Vous pouvez vous opposer à tout moment, pour des raisons tenant à votre situation particulière, à l’utilisation de vos informations fondée sur nos intérêts légitimes ou sur une mission d’intérêt public. Vous pouvez vous opposer à tout moment à la prospection commerciale, et nous y mettons alors fin.',
        limits:
          'Sauf en matière de prospection, nous pouvons poursuivre si nous démontrons des motifs légitimes et impérieux qui prévalent sur vos intérêts, droits et libertés, ou si les informations sont nécessaires à des droits en justice.',
      },
      'withdraw-consent': {
        meaning:
          'Lorsque nous nous fondons sur votre consentement, vous pouvez le retirer à tout moment, aussi simplement que vous l’avez donné.',
        limits: 'Le retrait ne remet pas en cause la licéité de ce que nous avons fait avec votre consentement avant ce retrait.',
      },
      complaint: {
        meaning:
          'Vous pouvez introduire une réclamation auprès d’une autorité de contrôle de la protection des données si vous estimez que notre utilisation de vos informations enfreint la loi.',
        limits: null,
      },
      'automated-decision': {
        meaning:
          'Vous avez le droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire.',
        limits:
          'Ce droit ne s’applique pas lorsque la décision est nécessaire à un contrat avec vous, autorisée par la loi ou fondée sur votre consentement explicite ; vous pouvez alors obtenir l’intervention d’une personne, exprimer votre point de vue et contester la décision.',
      },
    },
    automatedDecisionSafeguards: {
      name: 'Bénéficier de garanties en cas de décision entièrement automatisée',
      meaning:
        'Lorsque nous prenons à votre sujet une décision importante fondée exclusivement sur un traitement automatisé, des garanties s’appliquent : nous vous informons de la décision, et vous pouvez présenter vos observations, obtenir l’intervention d’une personne et contester la décision.',
      limits:
        'Des règles plus strictes s’appliquent lorsque la décision repose sur des informations sensibles (catégories particulières de données).',
    },
  },
  complaints: {
    toController: (routes, citation) =>
      `Vous pouvez nous adresser une réclamation${routes ? ` ${routes}` : ''}. Nous accusons réception des réclamations dans un délai de 30 jours et y répondons dans les meilleurs délais (${citation}).`,
    toAuthority: (authority, citation, also) =>
      `Vous pouvez ${also ? 'aussi ' : ''}introduire une réclamation auprès de l’autorité de contrôle : ${authority} (${citation}).`,
    toAnyEeaAuthority: (citation, also) =>
      `Vous pouvez ${also ? 'aussi ' : ''}introduire une réclamation auprès d’une autorité de contrôle de la protection des données, notamment dans le pays de l’EEE où vous résidez ou travaillez, ou dans celui où vous estimez que la loi a été enfreinte (${citation}).`,
  },
  citation: {
    lawOf: { 'eu-gdpr': 'du RGPD', 'uk-gdpr': 'du UK GDPR' },
    format: ({ number, range, paragraph, point }, law) =>
      `${range ? `art. ${number.replace(/[–-]/, ' à ')}` : `art. ${number}`}${paragraph ? `, paragraphe ${paragraph}` : ''}${point ? `, point ${point})` : ''} ${law}`,
  },
  legalBasisNames: {
    'gdpr-art-6-1-a': 'Consentement',
    'gdpr-art-6-1-b': 'Exécution d’un contrat',
    'gdpr-art-6-1-c': 'Obligation légale',
    'gdpr-art-6-1-d': 'Intérêts vitaux',
    'gdpr-art-6-1-e': 'Mission d’intérêt public',
    'gdpr-art-6-1-f': 'Intérêts légitimes',
    'gdpr-art-9-2-a': 'Consentement explicite',
    'gdpr-art-9-2-b': 'Droit du travail et de la protection sociale',
    'gdpr-art-9-2-c': 'Intérêts vitaux (personne hors d’état de consentir)',
    'gdpr-art-9-2-d': 'Organismes à but non lucratif',
    'gdpr-art-9-2-e': 'Données rendues publiques par la personne',
    'gdpr-art-9-2-f': 'Droits en justice',
    'gdpr-art-9-2-g': 'Intérêt public important',
    'gdpr-art-9-2-h': 'Santé ou protection sociale',
    'gdpr-art-9-2-i': 'Santé publique',
    'gdpr-art-9-2-j': 'Archivage, recherche et statistiques',
  },
  dpvPurposes: {
    ServiceProvision: 'Fourniture de nos services',
    CustomerOrderManagement: 'Gestion des commandes',
    DeliveryOfGoods: 'Livraison des biens',
    CommunicationManagement: 'Communication avec vous',
    CustomerCare: 'Service client',
    EnforceSecurity: 'Sécurité de nos systèmes et de nos informations',
    FraudPreventionAndDetection: 'Prévention et détection de la fraude',
    LegalCompliance: 'Respect de nos obligations légales',
    Marketing: 'Marketing',
    DirectMarketing: 'Prospection commerciale',
    Advertising: 'Publicité',
    PersonalisedAdvertising: 'Publicité personnalisée',
    ServiceUsageAnalytics: 'Mesure de l’utilisation de nos services',
    ImproveExistingProductsAndServices: 'Amélioration de nos produits et services',
    Personalisation: 'Personnalisation',
    AccountManagement: 'Gestion des comptes',
    PaymentManagement: 'Gestion des paiements',
    RecordManagement: 'Tenue de nos dossiers',
    DisputeManagement: 'Gestion des litiges',
    PersonnelManagement: 'Gestion du personnel',
    OrganisationGovernance: 'Gouvernance de notre organisation',
  },
  authorities: { 'legal-gb:DPA-GB': 'Information Commissioner’s Office (ICO), l’autorité britannique de protection des données' },
};

const DE: NoticeWords = {
  headings: {
    dataCollected: 'Erhobene Daten',
    dataSources: 'Herkunft der Daten',
    provision: 'Bereitstellung dieser Daten',
    legalBases: 'Rechtsgrundlagen',
    recipients: 'Empfänger',
    storage: 'Speicherort',
    retention: 'Speicherdauer',
    adLogic: 'Involvierte Logik',
    adSignificance: 'Tragweite und angestrebte Auswirkungen',
    adObjection: 'Wie Sie widersprechen können',
    rights: 'Ihre Rechte',
    minimumAge: 'Mindestalter',
    laws: 'Genannte Rechtsvorschriften',
    contents: 'Inhalt',
  },
  colon: ': ',
  effectiveFrom: (date, number) => `Gültig ab ${date}. Version ${number}.`,
  versionEffectiveFrom: (number, date) => `Version ${number}, gültig ab ${date}`,
  upcoming: (number, date) => `Eine neue Version (${number}) gilt ab dem ${date}.`,
  withdrawn: (date) => `Diese Version wurde am ${date} zurückgezogen und ist nie in Kraft getreten.`,
  reasonGiven: (reason) => `Angegebener Grund: ${reason}`,
  printedFrom: (number, date) => `Gedruckt aus Version ${number}, gültig ab ${date}`,
  unpublishedDraft: 'Unveröffentlichter Entwurf',
  printedFromDraft: 'Gedruckt aus einem unveröffentlichten Entwurf',
  titleWithVersion: (title, number) => `${title} (Version ${number})`,
  // regimes.ts names the laws in the accusative ("die DSGVO", "den Data Protection Act 2018").
  lawStatement: (law) => `Diese Datenschutzhinweise beziehen sich auf ${law}.`,
  purpose: 'Zweck',
  processor: {
    storedIn: 'Speicherort',
    transferredOutside: (territory) => `Die Daten verlassen ${territory}`,
    safeguard: 'Garantie',
    safeguards: 'Garantien',
    optOut: 'Widerspruchsmöglichkeit',
    safeguardCopy: 'So erhalten Sie eine Kopie der Garantie',
    jointArrangement: 'Unsere Vereinbarung als gemeinsam Verantwortliche',
  },
  retention: { keptFor: (period) => `${period} lang aufbewahrt`, reason: 'Grund' },
  firstLayer: {
    heading: 'Auf einen Blick',
    controller: 'Wer wir sind',
    dataCollected: 'Welche Daten wir erheben',
    purposes: 'Wofür wir sie verwenden',
    recipients: 'Wer sie erhält',
    transfers: 'Übermittlungen ins Ausland',
    retention: 'Wie lange wir sie aufbewahren',
    rights: 'Ihre Rechte',
    complaints: 'Wie Sie sich beschweren können',
    transfersTo: (territory) => `Einige Daten verlassen ${territory}, und zwar an:`,
    noTransfers: (territory) => `Ihre Daten verlassen ${territory} nicht.`,
    rightsExplainedBelow: 'Unten erläutern wir jedes Recht und wie Sie es ausüben.',
  },
  contact: {
    email: (value) => `per E-Mail an ${value}`,
    phone: (value) => `telefonisch unter ${value}`,
    post: (value) => `per Post an ${value}`,
    dpo: (value) => `über unsere datenschutzbeauftragte Person (${value})`,
  },
  rightsExplained: {
    heading: 'Ihre Rechte im Einzelnen',
    howToAsk: (routes) =>
      routes ? `Um diese Rechte auszuüben, kontaktieren Sie uns ${routes}.` : 'Um diese Rechte auszuüben, kontaktieren Sie uns.',
    identity: (citation) => `Wir können Sie bitten, Ihre Identität zu bestätigen, bevor wir einen Antrag bearbeiten (${citation}).`,
    timeLimit: (citation) =>
      `Wir antworten unverzüglich, spätestens innerhalb eines Monats nach Eingang Ihres Antrags. Wenn nötig, etwa wegen der Komplexität oder der Anzahl der Anträge, kann diese Frist um weitere zwei Monate verlängert werden; darüber informieren wir Sie innerhalb des ersten Monats und nennen die Gründe (${citation}).`,
    free: (citation) =>
      `Die Ausübung Ihrer Rechte ist kostenlos. Bei offenkundig unbegründeten oder exzessiven Anträgen können wir ein angemessenes Entgelt verlangen oder uns weigern, tätig zu werden (${citation}).`,
    rights: {
      access: {
        meaning:
          'Sie können von uns erfahren, ob wir Daten über Sie verwenden, und, wenn ja, eine Kopie dieser Daten erhalten, zusammen mit Angaben dazu, wofür wir sie verwenden, wer sie erhält, wie lange wir sie aufbewahren und woher sie stammen.',
        limits:
          'Die Kopie darf die Rechte und Freiheiten anderer Personen nicht beeinträchtigen; Angaben über andere Personen können wir daher weglassen.',
      },
      rectification: {
        meaning: 'Sie können verlangen, dass wir unrichtige Daten über Sie berichtigen und unvollständige Daten vervollständigen.',
        limits:
          'Wir können die Daten zunächst prüfen; für die Dauer der Prüfung können Sie verlangen, dass wir ihre Verarbeitung einschränken.',
      },
      erasure: {
        meaning:
          'Sie können verlangen, dass wir Daten über Sie löschen, zum Beispiel wenn wir sie nicht mehr benötigen, wenn Sie eine Einwilligung widerrufen, auf die wir uns gestützt haben, oder wenn Sie widersprechen und keine vorrangigen Gründe für die weitere Verarbeitung vorliegen.',
        limits:
          'Wir dürfen Daten behalten, die wir zur Erfüllung einer rechtlichen Verpflichtung oder zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen benötigen, sowie in den anderen gesetzlich vorgesehenen Fällen.',
      },
      restriction: {
        meaning:
          'Sie können verlangen, dass wir Ihre Daten außer zur Speicherung nicht weiter verwenden: während wir ihre Richtigkeit oder Ihren Widerspruch prüfen, wenn die Verwendung unrechtmäßig ist und Sie dies der Löschung vorziehen, oder wenn wir die Daten nicht mehr benötigen, Sie sie aber für Rechtsansprüche brauchen.',
        limits:
          'Wir dürfen sie weiterhin mit Ihrer Einwilligung, für Rechtsansprüche, zum Schutz der Rechte einer anderen Person oder aus wichtigen Gründen des öffentlichen Interesses verwenden, und wir informieren Sie, bevor die Einschränkung aufgehoben wird.',
      },
      portability: {
        meaning:
          'Sie können die Daten, die Sie uns bereitgestellt haben, in einem strukturierten, gängigen und maschinenlesbaren Format erhalten oder verlangen, dass wir sie direkt an eine andere Stelle übermitteln, soweit dies technisch machbar ist.',
        limits:
          'Das gilt nur für Daten, die Sie uns bereitgestellt haben und die wir automatisiert auf Grundlage Ihrer Einwilligung oder eines Vertrags mit Ihnen verarbeiten.',
      },
      objection: {
        meaning:
          'Sie können aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit der Verwendung Ihrer Daten widersprechen, die auf unseren berechtigten Interessen oder einer Aufgabe im öffentlichen Interesse beruht. Der Direktwerbung können Sie jederzeit widersprechen; wir stellen sie dann ein.',
        limits:
          'Außer bei Direktwerbung dürfen wir fortfahren, wenn wir zwingende schutzwürdige Gründe nachweisen, die Ihre Interessen, Rechte und Freiheiten überwiegen, oder wenn wir die Daten für Rechtsansprüche benötigen.',
      },
      'withdraw-consent': {
        meaning:
          'Soweit wir uns auf Ihre Einwilligung stützen, können Sie sie jederzeit widerrufen, und zwar so einfach, wie Sie sie erteilt haben.',
        limits: 'Der Widerruf berührt nicht die Rechtmäßigkeit dessen, was wir vor dem Widerruf mit Ihrer Einwilligung getan haben.',
      },
      complaint: {
        meaning:
          'Sie können sich bei einer Datenschutzaufsichtsbehörde beschweren, wenn Sie der Ansicht sind, dass unsere Verwendung Ihrer Daten gegen das Recht verstößt.',
        limits: null,
      },
      'automated-decision': {
        meaning:
          'Sie haben das Recht, keiner ausschließlich auf einer automatisierten Verarbeitung, einschließlich Profiling, beruhenden Entscheidung unterworfen zu werden, die Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt.',
        limits:
          'Das gilt nicht, wenn die Entscheidung für einen Vertrag mit Ihnen erforderlich ist, gesetzlich zugelassen ist oder mit Ihrer ausdrücklichen Einwilligung erfolgt; dann können Sie das Eingreifen einer Person erwirken, Ihren Standpunkt darlegen und die Entscheidung anfechten.',
      },
    },
    automatedDecisionSafeguards: {
      name: 'Schutzmaßnahmen bei ausschließlich automatisierten Entscheidungen',
      meaning:
        'Treffen wir eine erhebliche Entscheidung über Sie ausschließlich auf Grundlage einer automatisierten Verarbeitung, gelten Schutzmaßnahmen: Wir informieren Sie über die Entscheidung, und Sie können Stellung nehmen, das Eingreifen einer Person verlangen und die Entscheidung anfechten.',
      limits: 'Strengere Regeln gelten, wenn die Entscheidung auf sensiblen Daten (besonderen Kategorien personenbezogener Daten) beruht.',
    },
  },
  complaints: {
    toController: (routes, citation) =>
      `Sie können sich bei uns beschweren${routes ? `, und zwar ${routes}` : ''}. Wir bestätigen den Eingang von Beschwerden innerhalb von 30 Tagen und antworten unverzüglich (${citation}).`,
    toAuthority: (authority, citation, also) =>
      `Sie können sich ${also ? 'auch ' : ''}bei der Aufsichtsbehörde beschweren: ${authority} (${citation}).`,
    toAnyEeaAuthority: (citation, also) =>
      `Sie können sich ${also ? 'auch ' : ''}bei einer Datenschutzaufsichtsbehörde beschweren, insbesondere in dem EWR-Staat, in dem Sie wohnen oder arbeiten oder in dem der mutmaßliche Verstoß stattfand (${citation}).`,
  },
  citation: {
    lawOf: { 'eu-gdpr': 'DSGVO', 'uk-gdpr': 'UK GDPR' },
    format: ({ number, paragraph, point }, law) =>
      `Art. ${number}${paragraph ? ` Abs. ${paragraph}` : ''}${point ? ` lit. ${point}` : ''} ${law}`,
  },
  legalBasisNames: {
    'gdpr-art-6-1-a': 'Einwilligung',
    'gdpr-art-6-1-b': 'Vertragserfüllung',
    'gdpr-art-6-1-c': 'Rechtliche Verpflichtung',
    'gdpr-art-6-1-d': 'Lebenswichtige Interessen',
    'gdpr-art-6-1-e': 'Aufgabe im öffentlichen Interesse',
    'gdpr-art-6-1-f': 'Berechtigte Interessen',
    'gdpr-art-9-2-a': 'Ausdrückliche Einwilligung',
    'gdpr-art-9-2-b': 'Arbeitsrecht und Recht der sozialen Sicherheit',
    'gdpr-art-9-2-c': 'Lebenswichtige Interessen (Einwilligungsunfähigkeit)',
    'gdpr-art-9-2-d': 'Organisationen ohne Gewinnerzielungsabsicht',
    'gdpr-art-9-2-e': 'Von der betroffenen Person öffentlich gemacht',
    'gdpr-art-9-2-f': 'Rechtsansprüche',
    'gdpr-art-9-2-g': 'Erhebliches öffentliches Interesse',
    'gdpr-art-9-2-h': 'Gesundheits- oder Sozialversorgung',
    'gdpr-art-9-2-i': 'Öffentliche Gesundheit',
    'gdpr-art-9-2-j': 'Archiv-, Forschungs- und statistische Zwecke',
  },
  dpvPurposes: {
    ServiceProvision: 'Erbringung unserer Dienste',
    CustomerOrderManagement: 'Verwaltung von Bestellungen',
    DeliveryOfGoods: 'Lieferung von Waren',
    CommunicationManagement: 'Kommunikation mit Ihnen',
    CustomerCare: 'Kundenbetreuung',
    EnforceSecurity: 'Sicherheit unserer Systeme und Daten',
    FraudPreventionAndDetection: 'Verhinderung und Aufdeckung von Betrug',
    LegalCompliance: 'Erfüllung rechtlicher Pflichten',
    Marketing: 'Marketing',
    DirectMarketing: 'Direktwerbung',
    Advertising: 'Werbung',
    PersonalisedAdvertising: 'Personalisierte Werbung',
    ServiceUsageAnalytics: 'Analyse der Nutzung unserer Dienste',
    ImproveExistingProductsAndServices: 'Verbesserung unserer Produkte und Dienste',
    Personalisation: 'Personalisierung',
    AccountManagement: 'Kontoverwaltung',
    PaymentManagement: 'Zahlungsabwicklung',
    RecordManagement: 'Aktenführung',
    DisputeManagement: 'Bearbeitung von Streitigkeiten',
    PersonnelManagement: 'Personalverwaltung',
    OrganisationGovernance: 'Führung unserer Organisation',
  },
  authorities: { 'legal-gb:DPA-GB': 'Information Commissioner’s Office (ICO), die britische Datenschutzaufsichtsbehörde' },
};

/** French contractions a sentence needs once a name with its article is put after "de" or "à" ("de le RGPD" is "du RGPD"). */
export function contractFrench(text: string) {
  return text
    .replace(/\bde le /g, 'du ')
    .replace(/\bde les /g, 'des ')
    .replace(/\bà le /g, 'au ')
    .replace(/\bà les /g, 'aux ');
}

export const NOTICE_WORDS: Record<Language, NoticeWords> = { en: EN, fr: FR, de: DE };
