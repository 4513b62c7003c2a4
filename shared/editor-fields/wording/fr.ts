import type { Wording } from '../types';

/** French wording of every field, key for key as in en.ts. */
export const FR: Wording = {
  policy: {
    title: {
      label: 'Titre',
      description: 'Le titre que les lecteurs voient en haut de la page.',
      placeholder: 'Politique de confidentialité',
    },
    slug: {
      label: 'Nom dans l’adresse web',
      description: 'La fin de l’adresse web de la politique. Rempli à partir du titre s’il est laissé vide.',
      placeholder: 'politique-de-confidentialite',
    },
    kind: {
      label: 'Type de politique',
      description:
        'Une politique de confidentialité passe tous les contrôles de complétude légale ; les autres types, les contrôles d’erreurs courantes.',
    },
    applicableLaw: {
      label: 'Loi applicable',
      description:
        'La loi de protection des données à laquelle la politique répond : le RGPD de l’UE, le RGPD du Royaume-Uni, ou les deux.',
    },
    websiteUrl: { label: 'Site web', description: 'Le site web couvert par cette politique.', placeholder: 'https://www.example.com' },
    introduction: {
      label: 'Introduction',
      description: 'Affichée sous le titre : qui vous êtes et ce que couvre cette politique, en termes simples.',
    },
    controller: {
      label: 'Responsable des données (le responsable du traitement)',
      description:
        'L’organisme qui décide pourquoi et comment les données personnelles sont utilisées, et comment le joindre (RGPD art. 13, par. 1, a) et b)).',
    },
    sections: {
      label: 'Sections',
      description: 'Les sections de premier niveau, dans l’ordre de lecture. Les sous-sections se rattachent à leur section parente.',
    },
    changeType: {
      label: 'Prochaine version : type de modification',
      description:
        'Mineure pour la formulation et les précisions ; majeure si les personnes doivent être prévenues avant son application. Se règle d’habitude dans le panneau de publication.',
    },
    effectiveDate: {
      label: 'Prochaine version : date d’entrée en vigueur',
      description: 'Le jour où la prochaine version s’applique. Une modification majeure exige le préavis avant cette date.',
    },
    changeSummary: {
      label: 'Prochaine version : ce qui a changé',
      description: 'Un court résumé pour les lecteurs et les abonnés. Obligatoire pour une modification majeure.',
      placeholder: 'Nous utilisons un nouveau prestataire pour envoyer nos e-mails.',
    },
    overrideClassifier: {
      label: 'Publier comme mineure malgré tout',
      description:
        'À cocher seulement si une modification jugée majeure par le plugin est vraiment mineure. C’est consigné dans la version.',
    },
    overrideCompliance: {
      label: 'Publier malgré les erreurs de conformité',
      description: 'À cocher seulement pour publier alors que la fiche de santé signale des erreurs. C’est consigné dans la version.',
    },
  },
  'policy-section': {
    title: { label: 'Titre', description: 'Le titre de la section.', placeholder: 'Informations que nous collectons' },
    slug: {
      label: 'Ancre',
      description: 'La place de la section dans l’adresse de la page (après #). Remplie à partir du titre si elle est laissée vide.',
      placeholder: 'informations-collectees',
    },
    position: { label: 'Position', description: 'L’ordre parmi les sections de même parent : 0 vient en premier.' },
    category: {
      label: 'Type de section',
      description: 'Le sujet de la section. Les contrôles de santé s’en servent pour trouver, par exemple, la section sur les droits.',
    },
    body: { label: 'Texte', description: 'Le texte de la section, avec sa mise en forme.' },
    parent: {
      label: 'Section parente',
      description: 'Fait de cette section une sous-section d’une autre. Laisser vide pour une section de premier niveau.',
    },
    children: { label: 'Sous-sections', description: 'Les sections rattachées à celle-ci.' },
    dataCollected: {
      label: 'Données personnelles collectées',
      description:
        'Chaque type de donnée personnelle collectée par cette activité, une par ligne (RGPD art. 13, par. 1, et art. 14, par. 1, d)).',
      placeholder: 'Adresse e-mail',
    },
    dataSources: {
      label: 'Origine des données',
      description: 'Pour les données que la personne ne vous a pas fournies : qui vous les transmet (RGPD art. 14, par. 2, f)).',
      placeholder: 'Agences de renseignements commerciaux',
    },
    provisionRequirement: {
      label: 'Les personnes doivent-elles fournir ces données ?',
      description:
        'Indiquez si la loi ou un contrat exige ces données, ou si elles sont facultatives, et ce qui se passe si elles ne sont pas fournies (RGPD art. 13, par. 2, e)).',
      placeholder: 'Votre adresse est nécessaire pour livrer votre commande ; sans elle, nous ne pouvons pas l’accepter.',
    },
    legalBases: {
      label: 'Bases juridiques',
      description:
        'Ce qui rend cet usage licite, avec votre justification ; pour un intérêt légitime, dites lequel (RGPD art. 13, par. 1, c) et d)).',
    },
    processors: {
      label: 'Destinataires des données',
      description: 'Les sous-traitants et autres destinataires des données de cette activité (RGPD art. 13, par. 1, e)).',
    },
    retentionRules: {
      label: 'Durée de conservation',
      description: 'Les règles de conservation des données de cette activité (RGPD art. 13, par. 2, a)).',
    },
    storageLocation: {
      label: 'Lieu de stockage, en toutes lettres',
      description: 'Tel que les lecteurs doivent le lire.',
      placeholder: 'Au Royaume-Uni',
    },
    storageCountries: {
      label: 'Pays de stockage',
      description: 'Chaque pays où ces données sont stockées ou consultées, sauvegardes comprises.',
    },
    rights: {
      label: 'Droits expliqués dans cette section',
      description: 'Cochez chaque droit que cette section présente ; la politique doit tous les expliquer (RGPD art. 13, par. 2, b) à d)).',
    },
    automatedDecision: {
      label: 'Prise de décision automatisée',
      description:
        'Seulement pour les décisions prises par un ordinateur sans intervention humaine, ou le profilage : la logique, ce que cela implique, comment s’y opposer (RGPD art. 13, par. 2, f)).',
    },
    ageThreshold: {
      label: 'Âge minimum',
      description:
        'Pour une section sur les enfants : l’âge en dessous duquel un parent doit consentir (13 à 16 ans selon le RGPD, 13 ans selon le RGPD du Royaume-Uni et la COPPA).',
    },
    lawReferences: {
      label: 'Textes de loi cités',
      description: 'Les lois sur lesquelles s’appuie cette section, une par ligne.',
      placeholder: 'COPPA',
    },
  },
  processor: {
    name: {
      label: 'Nom',
      description: 'Le nom de l’entreprise, ou le type de prestataire quand la politique ne le nomme pas.',
      placeholder: 'Exemple Hébergement SAS',
    },
    slug: {
      label: 'Nom court',
      description: 'Un identifiant de ce destinataire. Rempli à partir du nom s’il est laissé vide.',
      placeholder: 'exemple-hebergement',
    },
    category: { label: 'Type de service', description: 'Ce que ce destinataire fait pour vous.' },
    role: {
      label: 'Rôle',
      description:
        'Un sous-traitant agit sur vos instructions ; un responsable du traitement décide de ses propres usages ; une source vous transmet des données.',
    },
    disclosedByName: {
      label: 'Nommé dans la politique',
      description: 'Décochez pour les destinataires que la politique désigne seulement par leur type, comme « Opérateur téléphonique ».',
    },
    purpose: {
      label: 'Pourquoi ils reçoivent les données',
      description: 'Ce que ce destinataire fait des données pour vous (RGPD art. 13, par. 1, e)).',
      placeholder: 'Héberge notre site web et sa base de données.',
    },
    jointArrangement: {
      label: 'Accord entre responsables conjoints',
      description:
        'Pour un responsable conjoint : les grandes lignes de votre accord, que les personnes ont le droit de connaître (RGPD art. 26, par. 2).',
    },
    dataShared: {
      label: 'Données transmises',
      description: 'Chaque type de donnée personnelle que reçoit ce destinataire, une par ligne.',
      placeholder: 'Adresse de livraison',
    },
    privacyPolicyUrl: {
      label: 'Sa politique de confidentialité',
      description: 'Un lien vers la politique de confidentialité de ce destinataire.',
      placeholder: 'https://www.example.com/confidentialite',
    },
    optOutUrl: {
      label: 'Lien d’opposition',
      description: 'Où les personnes peuvent s’opposer au traitement de ce destinataire, s’il le permet.',
      placeholder: 'https://www.example.com/opposition',
    },
    storageCountries: {
      label: 'Pays où il stocke les données',
      description: 'Chaque pays où ce prestataire stocke les données, sauvegardes comprises.',
    },
    storageDescription: {
      label: 'Lieu de stockage, en toutes lettres',
      description: 'Tel que les lecteurs doivent le lire.',
      placeholder: 'Les États-Unis et d’autres pays',
    },
    transferMechanism: {
      label: 'Garantie de transfert',
      description:
        'Ce qui protège les données quand elles quittent le Royaume-Uni ou l’EEE (RGPD art. 44 à 46). « Pas nécessaire » si elles y restent.',
    },
    additionalTransferMechanisms: {
      label: 'Autres garanties',
      description: 'Cochez toute autre garantie qui s’applique aussi à ce transfert.',
    },
    safeguardCopy: {
      label: 'Obtenir une copie de la garantie',
      description:
        'Où les personnes peuvent obtenir une copie de la garantie, ou où elle est mise à disposition (RGPD art. 13, par. 1, f)).',
      placeholder: 'Écrivez à privacy@example.com pour recevoir une copie des clauses.',
    },
    transferNotes: {
      label: 'Précisions sur le transfert',
      description: 'Détails ou références de la garantie, comme les clauses utilisées.',
    },
  },
  'retention-rule': {
    name: { label: 'Nom', description: 'Un nom court pour cette règle.', placeholder: 'Dossiers de commande' },
    slug: {
      label: 'Nom court',
      description: 'Un identifiant de cette règle. Rempli à partir du nom s’il est laissé vide.',
      placeholder: 'dossiers-de-commande',
    },
    dataCategory: {
      label: 'Données concernées',
      description: 'Les données personnelles visées par cette règle.',
      placeholder: 'Commandes et factures',
    },
    period: {
      label: 'Durée',
      description:
        'Combien de temps les données sont conservées une fois le délai lancé (RGPD art. 13, par. 2, a)). Laissez vide si vous donnez des critères.',
    },
    trigger: { label: 'À compter de', description: 'Ce qui fait courir le délai.' },
    triggerDescription: {
      label: 'Point de départ, en toutes lettres',
      description: 'Le point de départ tel que les lecteurs doivent le lire.',
      placeholder: 'la clôture de l’exercice au cours duquel la commande a été passée',
    },
    reason: {
      label: 'Pourquoi cette durée',
      description: 'La raison de conserver les données aussi longtemps, comme une obligation légale de tenir une comptabilité.',
    },
    criteria: {
      label: 'Critères',
      description: 'En l’absence de durée fixe : les critères qui déterminent la durée de conservation (RGPD art. 13, par. 2, a)).',
      placeholder: 'Tant que votre compte est ouvert',
    },
  },
  'legal-basis': {
    name: { label: 'Nom', description: 'La base en quelques mots.', placeholder: 'Consentement' },
    regulation: { label: 'Loi', description: 'La loi dont la base est issue.', placeholder: 'RGPD' },
    article: { label: 'Article', description: 'L’article de cette loi.', placeholder: 'Article 6(1)(a)' },
    description: { label: 'Signification', description: 'Une explication simple de la base.' },
    specialCategory: {
      label: 'Condition pour les données sensibles',
      description:
        'Cochez pour une condition qui permet d’utiliser des données sensibles, comme des données de santé (RGPD art. 9, par. 2).',
    },
    code: { label: 'Code', description: 'Un identifiant unique de cette base.', placeholder: 'gdpr-art-6-1-a' },
  },
  'controller-details': {
    name: { label: 'Nom de l’organisme', description: 'La dénomination légale du responsable du traitement.', placeholder: 'Exemple SAS' },
    establishmentCountry: {
      label: 'Pays d’établissement',
      description: 'Le pays où l’organisme a son établissement principal.',
    },
    registrationNumber: {
      label: 'Numéro d’immatriculation',
      description: 'Le numéro d’immatriculation de l’entreprise ou de l’association, s’il y en a un.',
      placeholder: '123 456 789',
    },
    registrationAuthority: {
      label: 'Immatriculé auprès de',
      description: 'Le registre où l’organisme est immatriculé.',
      placeholder: 'RCS Paris',
    },
    postalAddress: { label: 'Adresse postale', description: 'Où les personnes peuvent vous écrire au sujet de leurs données.' },
    email: {
      label: 'E-mail pour les questions de confidentialité',
      description: 'Où les personnes peuvent poser leurs questions et exercer leurs droits.',
      placeholder: 'privacy@example.com',
    },
    phone: {
      label: 'Téléphone',
      description: 'Un numéro à appeler au sujet des données (facultatif).',
      placeholder: '+33 1 23 45 67 89',
    },
    website: { label: 'Site web', description: 'Le site web de l’organisme.', placeholder: 'https://www.example.com' },
    dpoName: {
      label: 'Délégué à la protection des données',
      description: 'Le nom de votre délégué à la protection des données, si vous en avez un (RGPD art. 37).',
    },
    dpoEmail: {
      label: 'E-mail du délégué à la protection des données',
      description: 'Comment joindre le délégué ; nécessaire quand il est nommé (RGPD art. 13, par. 1, b)).',
      placeholder: 'dpo@example.com',
    },
    representativeName: {
      label: 'Représentant dans l’UE ou au Royaume-Uni',
      description:
        'Nécessaire si vous êtes établi hors de l’UE ou du Royaume-Uni mais proposez des biens ou services aux personnes qui s’y trouvent (RGPD art. 27).',
    },
    representativeAddress: { label: 'Adresse du représentant', description: 'Comment joindre ce représentant.' },
    supervisoryAuthority: {
      label: 'Autorité de contrôle',
      description: 'L’autorité de protection des données auprès de laquelle les personnes peuvent se plaindre.',
      placeholder: 'CNIL',
    },
    supervisoryAuthorityUrl: {
      label: 'Site web de l’autorité de contrôle',
      description: 'Où les personnes peuvent déposer une plainte (RGPD art. 13, par. 2, d)).',
      placeholder: 'https://www.cnil.fr/fr/plaintes',
    },
  },
  'legal-basis-claim': {
    legalBasis: { label: 'Base juridique', description: 'Choisissez la base dans la liste des bases juridiques.' },
    justificationLabel: {
      label: 'Libellé court',
      description: 'Un intitulé pour cette base dans la section.',
      placeholder: 'Pour livrer votre commande',
    },
    justification: {
      label: 'Justification',
      description: 'Pourquoi cette base s’applique ; pour un intérêt légitime, quel est cet intérêt (RGPD art. 13, par. 1, d)).',
    },
    purpose: {
      label: 'Finalité',
      description: 'À quoi servent les données sur cette base, en termes simples (RGPD art. 13, par. 1, c)).',
      placeholder: 'Pour livrer votre commande et vous prévenir de son arrivée.',
    },
    dpvPurpose: {
      label: 'Finalité normalisée',
      description: 'La finalité la plus proche dans le Data Privacy Vocabulary, pour l’export lisible par machine.',
    },
  },
  'automated-decision': {
    kind: {
      label: 'Type',
      description:
        'Une décision automatisée est prise par un ordinateur sans intervention humaine ; le profilage évalue des caractéristiques des personnes.',
    },
    legalEffect: {
      label: 'Effet juridique ou effet similaire important',
      description:
        'Cochez si la décision produit des effets juridiques pour les personnes, ou les affecte de manière aussi importante (RGPD art. 22, par. 1).',
    },
    logic: { label: 'Fonctionnement', description: 'Des informations utiles sur la logique sous-jacente (RGPD art. 13, par. 2, f)).' },
    significance: {
      label: 'Ce que cela implique pour les personnes',
      description: 'L’importance et les conséquences prévues pour la personne.',
    },
    howToObject: {
      label: 'Comment s’y opposer',
      description:
        'Comment demander qu’une personne réexamine la décision, exprimer son point de vue ou la contester (RGPD art. 22, par. 3).',
    },
  },
};
