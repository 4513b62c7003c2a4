import type { Wording } from '../types';

/** German wording of every field, key for key as in en.ts. */
export const DE: Wording = {
  policy: {
    title: { label: 'Titel', description: 'Die Überschrift, die Leser oben auf der Seite sehen.', placeholder: 'Datenschutzerklärung' },
    slug: {
      label: 'Name in der Webadresse',
      description: 'Das Ende der Webadresse der Richtlinie. Wird aus dem Titel gebildet, wenn leer.',
      placeholder: 'datenschutzerklaerung',
    },
    kind: {
      label: 'Art der Richtlinie',
      description:
        'Eine Datenschutzerklärung durchläuft alle rechtlichen Vollständigkeitsprüfungen; die anderen Arten nur die Prüfungen auf häufige Fehler.',
    },
    applicableLaw: {
      label: 'Geltendes Recht',
      description: 'Welches Datenschutzrecht die Richtlinie erfüllt: die DSGVO der EU, die britische UK GDPR oder beide.',
    },
    websiteUrl: { label: 'Website', description: 'Die Website, für die diese Richtlinie gilt.', placeholder: 'https://www.example.com' },
    introduction: {
      label: 'Einleitung',
      description: 'Erscheint unter dem Titel: wer Sie sind und wofür diese Richtlinie gilt, in einfachen Worten.',
    },
    controller: {
      label: 'Verantwortlicher für die Daten',
      description:
        'Die Organisation, die entscheidet, warum und wie personenbezogene Daten verwendet werden, und wie man sie erreicht (DSGVO Art. 13 Abs. 1 lit. a und b).',
    },
    sections: {
      label: 'Abschnitte',
      description: 'Die Abschnitte der obersten Ebene in Lesereihenfolge. Unterabschnitte hängen an ihrem übergeordneten Abschnitt.',
    },
    changeType: {
      label: 'Nächste Version: Art der Änderung',
      description:
        'Geringfügig bei Formulierungen und Klarstellungen; wesentlich, wenn Betroffene vor dem Inkrafttreten informiert werden müssen. Meist im Veröffentlichungsbereich gewählt.',
    },
    effectiveDate: {
      label: 'Nächste Version: gültig ab',
      description: 'Der Tag, an dem die nächste Version in Kraft tritt. Eine wesentliche Änderung braucht davor die Ankündigungsfrist.',
    },
    changeSummary: {
      label: 'Nächste Version: was sich geändert hat',
      description: 'Eine kurze Zusammenfassung für Leser und Abonnenten. Bei einer wesentlichen Änderung erforderlich.',
      placeholder: 'Wir versenden unsere E-Mails jetzt über einen neuen Anbieter.',
    },
    overrideClassifier: {
      label: 'Trotzdem als geringfügig veröffentlichen',
      description:
        'Nur ankreuzen, wenn eine Änderung, die das Plugin als wesentlich einstuft, wirklich geringfügig ist. Wird in der Version vermerkt.',
    },
    overrideCompliance: {
      label: 'Trotz Konformitätsfehlern veröffentlichen',
      description: 'Nur ankreuzen, um zu veröffentlichen, obwohl der Statusbericht Fehler zeigt. Wird in der Version vermerkt.',
    },
  },
  'policy-section': {
    title: { label: 'Titel', description: 'Die Überschrift des Abschnitts.', placeholder: 'Welche Daten wir erheben' },
    slug: {
      label: 'Anker',
      description: 'Die Stelle des Abschnitts in der Seitenadresse (nach #). Wird aus dem Titel gebildet, wenn leer.',
      placeholder: 'welche-daten-wir-erheben',
    },
    position: {
      label: 'Position',
      description: 'Die Reihenfolge unter Abschnitten mit demselben übergeordneten Abschnitt: 0 kommt zuerst.',
    },
    category: {
      label: 'Art des Abschnitts',
      description: 'Worum es im Abschnitt geht. Die Prüfungen finden damit zum Beispiel den Abschnitt über die Rechte.',
    },
    body: { label: 'Text', description: 'Der Text des Abschnitts, mit Formatierung.' },
    parent: {
      label: 'Übergeordneter Abschnitt',
      description: 'Macht diesen Abschnitt zum Unterabschnitt eines anderen. Leer lassen für einen Abschnitt der obersten Ebene.',
    },
    children: { label: 'Unterabschnitte', description: 'Die Abschnitte, die unter diesem hängen.' },
    dataCollected: {
      label: 'Erhobene personenbezogene Daten',
      description:
        'Jede Art personenbezogener Daten, die diese Tätigkeit erhebt, eine pro Zeile (DSGVO Art. 13 Abs. 1 und Art. 14 Abs. 1 lit. d).',
      placeholder: 'E-Mail-Adresse',
    },
    dataSources: {
      label: 'Herkunft der Daten',
      description: 'Für Daten, die Sie nicht von der Person selbst haben: wer sie Ihnen gibt (DSGVO Art. 14 Abs. 2 lit. f).',
      placeholder: 'Auskunfteien',
    },
    provisionRequirement: {
      label: 'Müssen die Daten angegeben werden?',
      description:
        'Geben Sie an, ob Gesetz oder Vertrag die Daten verlangen oder ob sie freiwillig sind, und was geschieht, wenn sie fehlen (DSGVO Art. 13 Abs. 2 lit. e).',
      placeholder: 'Ihre Adresse brauchen wir für die Lieferung; ohne sie können wir die Bestellung nicht annehmen.',
    },
    legalBases: {
      label: 'Rechtsgrundlagen',
      description:
        'Was diese Verwendung der Daten rechtmäßig macht, mit Ihrer Begründung; bei berechtigten Interessen, welche es sind (DSGVO Art. 13 Abs. 1 lit. c und d).',
    },
    processors: {
      label: 'Wer die Daten erhält',
      description: 'Die Auftragsverarbeiter und anderen Empfänger der Daten dieser Tätigkeit (DSGVO Art. 13 Abs. 1 lit. e).',
    },
    retentionRules: {
      label: 'Wie lange sie aufbewahrt werden',
      description: 'Die Aufbewahrungsregeln für die Daten dieser Tätigkeit (DSGVO Art. 13 Abs. 2 lit. a).',
    },
    storageLocation: {
      label: 'Speicherort in Worten',
      description: 'So, wie Leser ihn lesen sollen.',
      placeholder: 'Im Vereinigten Königreich',
    },
    storageCountries: {
      label: 'Speicherländer',
      description: 'Jedes Land, in dem diese Daten gespeichert oder abgerufen werden, einschließlich Sicherungskopien.',
    },
    rights: {
      label: 'In diesem Abschnitt erklärte Rechte',
      description:
        'Kreuzen Sie jedes Recht an, das dieser Abschnitt erklärt; die Richtlinie muss alle erklären (DSGVO Art. 13 Abs. 2 lit. b bis d).',
    },
    automatedDecision: {
      label: 'Automatisierte Entscheidungsfindung',
      description:
        'Nur für Entscheidungen, die ein Computer ohne Menschen trifft, oder Profiling: die Logik, die Bedeutung für Betroffene, wie man widerspricht (DSGVO Art. 13 Abs. 2 lit. f).',
    },
    ageThreshold: {
      label: 'Mindestalter',
      description:
        'Für einen Abschnitt über Kinder: das Alter, unter dem ein Elternteil einwilligen muss (13 bis 16 nach der DSGVO, 13 nach der UK GDPR und COPPA).',
    },
    lawReferences: {
      label: 'Genannte Gesetze',
      description: 'Die Gesetze, auf die sich dieser Abschnitt stützt, eines pro Zeile.',
      placeholder: 'COPPA',
    },
  },
  processor: {
    name: {
      label: 'Name',
      description: 'Der Name des Unternehmens oder die Art des Anbieters, wenn die Richtlinie ihn nicht nennt.',
      placeholder: 'Beispiel Hosting GmbH',
    },
    slug: {
      label: 'Kurzname',
      description: 'Eine Kennung dieses Empfängers. Wird aus dem Namen gebildet, wenn leer.',
      placeholder: 'beispiel-hosting',
    },
    category: { label: 'Art der Leistung', description: 'Was dieser Empfänger für Sie tut.' },
    role: {
      label: 'Rolle',
      description:
        'Ein Auftragsverarbeiter handelt nach Ihren Weisungen; ein Verantwortlicher entscheidet selbst über die Verwendung; eine Quelle gibt Ihnen Daten.',
    },
    disclosedByName: {
      label: 'In der Richtlinie namentlich genannt',
      description: 'Nicht ankreuzen bei Empfängern, die die Richtlinie nur nach ihrer Art nennt, etwa „Telefonanbieter“.',
    },
    purpose: {
      label: 'Warum sie die Daten erhalten',
      description: 'Was dieser Empfänger für Sie mit den Daten tut (DSGVO Art. 13 Abs. 1 lit. e).',
      placeholder: 'Betreibt unsere Website und ihre Datenbank.',
    },
    jointArrangement: {
      label: 'Vereinbarung gemeinsam Verantwortlicher',
      description:
        'Bei gemeinsamer Verantwortung: das Wesentliche Ihrer Vereinbarung, das Betroffene erfahren dürfen (DSGVO Art. 26 Abs. 2).',
    },
    dataShared: {
      label: 'Weitergegebene Daten',
      description: 'Jede Art personenbezogener Daten, die dieser Empfänger erhält, eine pro Zeile.',
      placeholder: 'Lieferadresse',
    },
    privacyPolicyUrl: {
      label: 'Dessen Datenschutzerklärung',
      description: 'Ein Link zur eigenen Datenschutzerklärung dieses Empfängers.',
      placeholder: 'https://www.example.com/datenschutz',
    },
    optOutUrl: {
      label: 'Widerspruchslink',
      description: 'Wo Betroffene der Verarbeitung durch diesen Empfänger widersprechen können, falls er das anbietet.',
      placeholder: 'https://www.example.com/widerspruch',
    },
    storageCountries: {
      label: 'Länder, in denen er die Daten speichert',
      description: 'Jedes Land, in dem dieser Anbieter die Daten speichert, einschließlich Sicherungskopien.',
    },
    storageDescription: {
      label: 'Speicherort in Worten',
      description: 'So, wie Leser ihn lesen sollen.',
      placeholder: 'Die USA und andere Länder',
    },
    transferMechanism: {
      label: 'Garantie für die Übermittlung',
      description:
        'Was die Daten schützt, wenn sie das Vereinigte Königreich oder den EWR verlassen (DSGVO Art. 44 bis 46). „Nicht nötig“, wenn sie dort bleiben.',
    },
    additionalTransferMechanisms: {
      label: 'Weitere Garantien',
      description: 'Kreuzen Sie jede weitere Garantie an, die für diese Übermittlung auch gilt.',
    },
    safeguardCopy: {
      label: 'Kopie der Garantie erhalten',
      description: 'Wo Betroffene eine Kopie der Garantie erhalten oder wo sie verfügbar ist (DSGVO Art. 13 Abs. 1 lit. f).',
      placeholder: 'Eine Kopie der Klauseln erhalten Sie über privacy@example.com.',
    },
    transferNotes: {
      label: 'Hinweise zur Übermittlung',
      description: 'Einzelheiten oder Fundstellen der Garantie, etwa die verwendeten Klauseln.',
    },
  },
  'retention-rule': {
    name: { label: 'Name', description: 'Ein kurzer Name für diese Regel.', placeholder: 'Bestellunterlagen' },
    slug: {
      label: 'Kurzname',
      description: 'Eine Kennung dieser Regel. Wird aus dem Namen gebildet, wenn leer.',
      placeholder: 'bestellunterlagen',
    },
    dataCategory: {
      label: 'Betroffene Daten',
      description: 'Für welche personenbezogenen Daten diese Regel gilt.',
      placeholder: 'Bestellungen und Rechnungen',
    },
    period: {
      label: 'Dauer',
      description:
        'Wie lange die Daten aufbewahrt werden, sobald die Frist läuft (DSGVO Art. 13 Abs. 2 lit. a). Leer lassen, wenn Sie stattdessen Kriterien angeben.',
    },
    trigger: { label: 'Beginnt mit', description: 'Was die Frist in Gang setzt.' },
    triggerDescription: {
      label: 'Beginn der Frist in Worten',
      description: 'Der Beginn so, wie Leser ihn lesen sollen.',
      placeholder: 'dem Ende des Geschäftsjahres, in dem die Bestellung aufgegeben wurde',
    },
    reason: {
      label: 'Warum so lange',
      description: 'Der Grund, die Daten so lange aufzubewahren, etwa eine gesetzliche Aufbewahrungspflicht.',
    },
    criteria: {
      label: 'Kriterien',
      description:
        'Wenn es keine feste Dauer gibt: die Kriterien, nach denen sich die Aufbewahrungsdauer richtet (DSGVO Art. 13 Abs. 2 lit. a).',
      placeholder: 'Solange Ihr Konto besteht',
    },
  },
  'legal-basis': {
    name: { label: 'Name', description: 'Die Grundlage in wenigen Worten.', placeholder: 'Einwilligung' },
    regulation: { label: 'Gesetz', description: 'Das Gesetz, aus dem die Grundlage stammt.', placeholder: 'DSGVO' },
    article: { label: 'Artikel', description: 'Der Artikel dieses Gesetzes.', placeholder: 'Article 6(1)(a)' },
    description: { label: 'Bedeutung', description: 'Eine einfache Erklärung der Grundlage.' },
    specialCategory: {
      label: 'Bedingung für besondere Kategorien',
      description: 'Ankreuzen für eine Bedingung, die die Verwendung sensibler Daten wie Gesundheitsdaten erlaubt (DSGVO Art. 9 Abs. 2).',
    },
    code: { label: 'Code', description: 'Eine eindeutige Kennung dieser Grundlage.', placeholder: 'gdpr-art-6-1-a' },
  },
  'controller-details': {
    name: { label: 'Name der Organisation', description: 'Der eingetragene Name des Verantwortlichen.', placeholder: 'Beispiel GmbH' },
    establishmentCountry: {
      label: 'Land der Niederlassung',
      description: 'Das Land, in dem die Organisation ihre Hauptniederlassung hat.',
    },
    registrationNumber: {
      label: 'Registernummer',
      description: 'Die Handels- oder Vereinsregisternummer, falls vorhanden.',
      placeholder: 'HRB 123456',
    },
    registrationAuthority: {
      label: 'Eingetragen bei',
      description: 'Das Register, in dem die Organisation eingetragen ist.',
      placeholder: 'Amtsgericht München',
    },
    postalAddress: { label: 'Postanschrift', description: 'Wohin Betroffene wegen ihrer Daten schreiben können.' },
    email: {
      label: 'E-Mail für Datenschutzfragen',
      description: 'Wo Betroffene Fragen zu ihren Daten stellen und ihre Rechte ausüben können.',
      placeholder: 'privacy@example.com',
    },
    phone: {
      label: 'Telefon',
      description: 'Eine Nummer für Fragen zu den Daten (freiwillig).',
      placeholder: '+49 89 1234567',
    },
    website: { label: 'Website', description: 'Die Website der Organisation.', placeholder: 'https://www.example.com' },
    dpoName: {
      label: 'Datenschutzbeauftragter',
      description: 'Der Name Ihres Datenschutzbeauftragten, falls Sie einen haben (DSGVO Art. 37).',
    },
    dpoEmail: {
      label: 'E-Mail des Datenschutzbeauftragten',
      description: 'Wie der Datenschutzbeauftragte erreichbar ist; nötig, wenn einer genannt ist (DSGVO Art. 13 Abs. 1 lit. b).',
      placeholder: 'dpo@example.com',
    },
    representativeName: {
      label: 'Vertreter in der EU oder im Vereinigten Königreich',
      description:
        'Nötig, wenn Sie außerhalb der EU oder des Vereinigten Königreichs sitzen, aber dort Waren oder Dienste anbieten (DSGVO Art. 27).',
    },
    representativeAddress: { label: 'Anschrift des Vertreters', description: 'Wie dieser Vertreter erreichbar ist.' },
    supervisoryAuthority: {
      label: 'Aufsichtsbehörde',
      description: 'Die Datenschutzbehörde, bei der sich Betroffene beschweren können.',
      placeholder: 'Landesamt für Datenschutzaufsicht',
    },
    supervisoryAuthorityUrl: {
      label: 'Website der Aufsichtsbehörde',
      description: 'Wo Betroffene sich beschweren können (DSGVO Art. 13 Abs. 2 lit. d).',
      placeholder: 'https://www.lda.bayern.de/',
    },
  },
  'legal-basis-claim': {
    legalBasis: { label: 'Rechtsgrundlage', description: 'Wählen Sie die Grundlage aus der Liste der Rechtsgrundlagen.' },
    justificationLabel: {
      label: 'Kurzbezeichnung',
      description: 'Eine Überschrift für diese Grundlage im Abschnitt.',
      placeholder: 'Um Ihre Bestellung zu liefern',
    },
    justification: {
      label: 'Begründung',
      description: 'Warum diese Grundlage gilt; bei berechtigten Interessen, welche Interessen es sind (DSGVO Art. 13 Abs. 1 lit. d).',
    },
    purpose: {
      label: 'Zweck',
      description: 'Wofür die Daten auf dieser Grundlage verwendet werden, in einfachen Worten (DSGVO Art. 13 Abs. 1 lit. c).',
      placeholder: 'Um Ihre Bestellung zu liefern und Ihnen die Ankunft mitzuteilen.',
    },
    dpvPurpose: {
      label: 'Standardzweck',
      description: 'Der nächstliegende Zweck im Data Privacy Vocabulary, für den maschinenlesbaren Export.',
    },
  },
  'automated-decision': {
    kind: {
      label: 'Art',
      description: 'Eine automatisierte Entscheidung trifft ein Computer ohne Menschen; Profiling bewertet persönliche Merkmale.',
    },
    legalEffect: {
      label: 'Rechtliche oder ähnlich erhebliche Wirkung',
      description:
        'Ankreuzen, wenn die Entscheidung rechtliche Wirkung für Betroffene hat oder sie ähnlich erheblich beeinträchtigt (DSGVO Art. 22 Abs. 1).',
    },
    logic: {
      label: 'Wie es funktioniert',
      description: 'Aussagekräftige Informationen über die involvierte Logik (DSGVO Art. 13 Abs. 2 lit. f).',
    },
    significance: {
      label: 'Was es für Betroffene bedeutet',
      description: 'Die Tragweite und die angestrebten Auswirkungen für die Person.',
    },
    howToObject: {
      label: 'Wie man widerspricht',
      description:
        'Wie Betroffene verlangen können, dass ein Mensch die Entscheidung prüft, ihren Standpunkt darlegen oder sie anfechten (DSGVO Art. 22 Abs. 3).',
    },
  },
};
