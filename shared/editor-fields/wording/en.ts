import type { Wording } from '../types';

/**
 * English labels, one-line help and examples for every field an editor fills in. The help says what the
 * law asks for in plain words; the article in brackets is for the privacy lead who wants to check it.
 */
export const EN: Wording = {
  policy: {
    title: { label: 'Title', description: 'The heading readers see at the top of the page.', placeholder: 'Privacy policy' },
    slug: {
      label: 'Web address name',
      description: 'The end of the policy’s web address. Filled in from the title when left empty.',
      placeholder: 'privacy-policy',
    },
    kind: {
      label: 'Kind of policy',
      description: 'A privacy policy gets every legal completeness check; the other kinds get the checks for common mistakes.',
    },
    applicableLaw: {
      label: 'Law that applies',
      description: 'Which data protection law the policy answers to: the EU GDPR, the UK GDPR, or both.',
    },
    websiteUrl: { label: 'Website', description: 'The website this policy covers.', placeholder: 'https://www.example.com' },
    introduction: {
      label: 'Introduction',
      description: 'Shown under the title: who you are and what this policy covers, in plain words.',
    },
    controller: {
      label: 'Who is responsible for the data (the controller)',
      description:
        'The organisation that decides why and how personal data is used, and how people can reach it (GDPR Art. 13(1)(a) and (b)).',
    },
    sections: {
      label: 'Sections',
      description: 'The top-level sections, in reading order. Subsections are attached to their parent section instead.',
    },
    changeType: {
      label: 'Next version: kind of change',
      description:
        'Minor for wording and clarifications; major when people must be told before it applies. Usually set in the publish panel.',
    },
    effectiveDate: {
      label: 'Next version: effective date',
      description: 'The day the next version takes effect. A major change needs the notice period before this date.',
    },
    changeSummary: {
      label: 'Next version: what changed',
      description: 'A short summary for readers and subscribers. Required for a major change.',
      placeholder: 'We now use a new provider to send our emails.',
    },
    overrideClassifier: {
      label: 'Publish as minor anyway',
      description: 'Tick only if a change the plugin calls major is really minor. It is recorded on the version.',
    },
    overrideCompliance: {
      label: 'Publish despite the compliance errors',
      description: 'Tick only to publish while the health card shows errors. It is recorded on the version.',
    },
  },
  'policy-section': {
    title: { label: 'Title', description: 'The section’s heading.', placeholder: 'Information we collect' },
    slug: {
      label: 'Anchor',
      description: 'The section’s place in the page address (after #). Filled in from the title when left empty.',
      placeholder: 'information-we-collect',
    },
    position: { label: 'Position', description: 'The order among sections with the same parent: 0 comes first.' },
    category: {
      label: 'Kind of section',
      description: 'What the section is about. The health checks use it to find, for example, the rights section.',
    },
    body: { label: 'Text', description: 'The section’s text, with formatting.' },
    parent: {
      label: 'Parent section',
      description: 'Makes this a subsection of another section. Leave empty for a top-level section.',
    },
    children: { label: 'Subsections', description: 'The sections attached under this one.' },
    dataCollected: {
      label: 'Personal data collected',
      description: 'Each kind of personal data this activity collects, one per line (GDPR Art. 13(1) and 14(1)(d)).',
      placeholder: 'Email address',
    },
    dataSources: {
      label: 'Where the data comes from',
      description: 'For data you did not get from the person: who gives it to you (GDPR Art. 14(2)(f)).',
      placeholder: 'Credit reference agencies',
    },
    provisionRequirement: {
      label: 'Must people give this data?',
      description:
        'Say whether the law or a contract requires the data, or it is optional, and what happens if people do not give it (GDPR Art. 13(2)(e)).',
      placeholder: 'We need your address to deliver your order; without it we cannot take the order.',
    },
    legalBases: {
      label: 'Legal bases',
      description:
        'Why the law allows this use of the data, with your justification; for legitimate interests, say what they are (GDPR Art. 13(1)(c) and (d)).',
    },
    processors: {
      label: 'Who receives the data',
      description: 'The processors and other recipients of the data in this activity (GDPR Art. 13(1)(e)).',
    },
    retentionRules: {
      label: 'How long it is kept',
      description: 'The retention rules for the data in this activity (GDPR Art. 13(2)(a)).',
    },
    storageLocation: {
      label: 'Where it is stored, in words',
      description: 'As readers should read it.',
      placeholder: 'In the United Kingdom',
    },
    storageCountries: {
      label: 'Countries where it is stored',
      description: 'Every country where this data is stored or accessed, including backups.',
    },
    rights: {
      label: 'Rights this section explains',
      description: 'Tick each right this section tells people about; the policy must explain every one (GDPR Art. 13(2)(b) to (d)).',
    },
    automatedDecision: {
      label: 'Automated decision-making',
      description:
        'Only for decisions made by a computer without a person, or profiling: the logic, what it means for people, how to object (GDPR Art. 13(2)(f)).',
    },
    ageThreshold: {
      label: 'Minimum age',
      description:
        'For a section about children: the age under which a parent must consent (13 to 16 under the GDPR, 13 under the UK GDPR and COPPA).',
    },
    lawReferences: {
      label: 'Laws referred to',
      description: 'The laws this section relies on, one per line.',
      placeholder: 'COPPA',
    },
  },
  processor: {
    name: {
      label: 'Name',
      description: 'The company’s name, or the kind of provider when the policy does not name it.',
      placeholder: 'Example Hosting Ltd',
    },
    slug: {
      label: 'Short name',
      description: 'An identifier for this recipient. Filled in from the name when left empty.',
      placeholder: 'example-hosting',
    },
    category: { label: 'Kind of service', description: 'What this recipient does for you.' },
    role: {
      label: 'Role',
      description: 'A processor acts on your instructions; a controller decides its own uses of the data; a source gives you data.',
    },
    disclosedByName: {
      label: 'Named in the policy',
      description: 'Untick for recipients the policy names only by their kind, such as “Telephone provider”.',
    },
    purpose: {
      label: 'Why they receive the data',
      description: 'What this recipient does with the data for you (GDPR Art. 13(1)(e)).',
      placeholder: 'Hosts our website and its database.',
    },
    jointArrangement: {
      label: 'Joint controller arrangement',
      description: 'For a joint controller: the essence of your arrangement, which people are entitled to know (GDPR Art. 26(2)).',
    },
    dataShared: {
      label: 'Data shared with them',
      description: 'Each kind of personal data this recipient receives, one per line.',
      placeholder: 'Delivery address',
    },
    privacyPolicyUrl: {
      label: 'Their privacy policy',
      description: 'A link to this recipient’s own privacy policy.',
      placeholder: 'https://www.example.com/privacy',
    },
    optOutUrl: {
      label: 'Opt-out link',
      description: 'Where people can opt out of this recipient’s processing, if it offers that.',
      placeholder: 'https://www.example.com/opt-out',
    },
    storageCountries: {
      label: 'Countries where they store the data',
      description: 'Every country where this provider stores the data, including backups.',
    },
    storageDescription: {
      label: 'Where they store it, in words',
      description: 'As readers should read it.',
      placeholder: 'The United States and other countries',
    },
    transferMechanism: {
      label: 'Transfer safeguard',
      description: 'What protects the data when it leaves the UK or the EEA (GDPR Art. 44 to 46). “Not needed” if it stays there.',
    },
    additionalTransferMechanisms: {
      label: 'Further safeguards',
      description: 'Tick any other safeguard that also applies to this transfer.',
    },
    safeguardCopy: {
      label: 'How to get a copy of the safeguard',
      description: 'Where people can obtain a copy of the safeguard, or where it is made available (GDPR Art. 13(1)(f)).',
      placeholder: 'Write to privacy@example.com for a copy of the clauses.',
    },
    transferNotes: {
      label: 'Transfer notes',
      description: 'Details or references of the safeguard, such as the clauses used.',
    },
  },
  'retention-rule': {
    name: { label: 'Name', description: 'A short name for this rule.', placeholder: 'Order records' },
    slug: {
      label: 'Short name',
      description: 'An identifier for this rule. Filled in from the name when left empty.',
      placeholder: 'order-records',
    },
    dataCategory: {
      label: 'Data it covers',
      description: 'Which personal data this rule is for.',
      placeholder: 'Orders and invoices',
    },
    period: {
      label: 'How long',
      description: 'How long the data is kept once the clock starts (GDPR Art. 13(2)(a)). Leave empty if you give criteria instead.',
    },
    trigger: { label: 'Starting from', description: 'What starts the clock.' },
    triggerDescription: {
      label: 'Starting point, in words',
      description: 'The starting point as readers should read it.',
      placeholder: 'the end of the financial year in which the order was placed',
    },
    reason: {
      label: 'Why this long',
      description: 'The reason for keeping the data this long, such as a legal duty to keep accounts.',
    },
    criteria: {
      label: 'Criteria',
      description: 'When there is no fixed period: the criteria that decide how long the data is kept (GDPR Art. 13(2)(a)).',
      placeholder: 'As long as your account is open',
    },
  },
  'legal-basis': {
    name: { label: 'Name', description: 'The basis in a few words.', placeholder: 'Consent' },
    regulation: { label: 'Law', description: 'The law the basis comes from.', placeholder: 'GDPR' },
    article: { label: 'Article', description: 'The article of that law.', placeholder: 'Article 6(1)(a)' },
    description: { label: 'What it means', description: 'A plain explanation of the basis.' },
    specialCategory: {
      label: 'Condition for special-category data',
      description: 'Tick for a condition that allows the use of sensitive data such as health data (GDPR Art. 9(2)).',
    },
    code: { label: 'Code', description: 'A unique identifier for this basis.', placeholder: 'gdpr-art-6-1-a' },
  },
  'controller-details': {
    name: { label: 'Organisation name', description: 'The controller’s legal name, as registered.', placeholder: 'Example Ltd' },
    establishmentCountry: {
      label: 'Country of establishment',
      description: 'The country where the organisation has its main establishment.',
    },
    registrationNumber: {
      label: 'Company number',
      description: 'The company or charity registration number, if any.',
      placeholder: '01234567',
    },
    registrationAuthority: {
      label: 'Registered with',
      description: 'Where the organisation is registered.',
      placeholder: 'Companies House',
    },
    postalAddress: { label: 'Postal address', description: 'Where people can write to you about their data.' },
    email: {
      label: 'Email for privacy questions',
      description: 'Where people can ask about their data and use their rights.',
      placeholder: 'privacy@example.com',
    },
    phone: { label: 'Phone', description: 'A number people can call about their data (optional).', placeholder: '+44 20 7946 0000' },
    website: { label: 'Website', description: 'The organisation’s website.', placeholder: 'https://www.example.com' },
    dpoName: {
      label: 'Data protection officer',
      description: 'The name of your data protection officer, if you have one (GDPR Art. 37).',
    },
    dpoEmail: {
      label: 'Data protection officer’s email',
      description: 'How to reach the data protection officer; needed when one is named (GDPR Art. 13(1)(b)).',
      placeholder: 'dpo@example.com',
    },
    representativeName: {
      label: 'Representative in the EU or UK',
      description: 'Needed when you are outside the EU or the UK but offer goods or services to people there (GDPR Art. 27).',
    },
    representativeAddress: { label: 'Representative’s address', description: 'How to reach that representative.' },
    supervisoryAuthority: {
      label: 'Supervisory authority',
      description: 'The data protection authority people can complain to.',
      placeholder: 'ICO (Information Commissioner)',
    },
    supervisoryAuthorityUrl: {
      label: 'Supervisory authority’s website',
      description: 'Where people can complain (GDPR Art. 13(2)(d)).',
      placeholder: 'https://ico.org.uk/',
    },
  },
  'legal-basis-claim': {
    legalBasis: { label: 'Legal basis', description: 'Choose the basis from the list of legal bases.' },
    justificationLabel: {
      label: 'Short label',
      description: 'A heading for this basis in the section.',
      placeholder: 'To deliver your order',
    },
    justification: {
      label: 'Justification',
      description: 'Why this basis applies; for legitimate interests, what the interests are (GDPR Art. 13(1)(d)).',
    },
    purpose: {
      label: 'Purpose',
      description: 'What the data is used for under this basis, in plain words (GDPR Art. 13(1)(c)).',
      placeholder: 'To deliver your order and tell you when it will arrive.',
    },
    dpvPurpose: {
      label: 'Standard purpose',
      description: 'The nearest purpose in the Data Privacy Vocabulary, for the machine-readable export.',
    },
  },
  'automated-decision': {
    kind: {
      label: 'Kind',
      description: 'An automated decision is made by a computer without a person; profiling evaluates people’s characteristics.',
    },
    legalEffect: {
      label: 'Legal or similarly significant effect',
      description: 'Tick if the decision has legal effects on people, or affects them as significantly (GDPR Art. 22(1)).',
    },
    logic: { label: 'How it works', description: 'Meaningful information about the logic involved (GDPR Art. 13(2)(f)).' },
    significance: {
      label: 'What it means for people',
      description: 'The significance and the expected consequences for the person.',
    },
    howToObject: {
      label: 'How to object',
      description: 'How people can ask for a person to review the decision, give their view or contest it (GDPR Art. 22(3)).',
    },
  },
};
