/** The public GraphQL schema of the plugin: typed all the way down, the same data as the REST routes. */
export const typeDefs = /* GraphQL */ `
  type PublicPolicyCountry {
    code: String!
    name: String!
  }

  "Set on a version withdrawn before it took effect: it stays in the history but never applied."
  type PublicPolicyWithdrawal {
    at: String!
    reason: String!
  }

  type PublicPolicyVersionMeta {
    number: String!
    changeType: String!
    effectiveDate: String!
    changeSummary: String
    publishedAt: String!
    withdrawn: PublicPolicyWithdrawal
  }

  type PublicPolicyController {
    name: String
    "ISO 3166-1 alpha-2 code of the country the controller is established in."
    establishmentCountry: String
    registrationNumber: String
    registrationAuthority: String
    postalAddress: String
    email: String
    phone: String
    website: String
    dpoName: String
    dpoEmail: String
    representativeName: String
    representativeAddress: String
    supervisoryAuthority: String
    supervisoryAuthorityUrl: String
  }

  type PublicPolicyProcessor {
    slug: String!
    name: String!
    category: String!
    role: String!
    disclosedByName: Boolean!
    purpose: String
    dataShared: [String!]!
    privacyPolicyUrl: String
    optOutUrl: String
    storageCountries: [PublicPolicyCountry!]!
    storageDescription: String
    transfersOutsideUkEea: Boolean!
    transferMechanism: String!
    additionalTransferMechanisms: [String!]!
    transferNotes: String
    "How to obtain a copy of the transfer safeguard (Art. 13(1)(f)); null in versions recorded before it existed."
    safeguardCopy: String
    "The essence of the joint controllers' arrangement (Art. 26(2)); null in versions recorded before it existed."
    jointArrangement: String
  }

  type PublicPolicyRetentionRule {
    slug: String!
    name: String!
    dataCategory: String!
    period: String
    periodText: String
    trigger: String!
    triggerDescription: String
    reason: String
    criteria: [String!]!
  }

  type PublicPolicyLegalBasisClaim {
    code: String
    regulation: String
    article: String
    name: String
    justificationLabel: String
    justification: String
    "What the data is used for under this basis (Art. 13(1)(c)); null in versions recorded before purposes existed."
    purpose: String
    "The purpose as a W3C DPV concept, without the dpv: prefix (e.g. CommunicationManagement)."
    dpvPurpose: String
  }

  type PublicPolicyAutomatedDecision {
    kind: String!
    logic: String
    significance: String
    howToObject: String
    legalEffect: Boolean!
  }

  type PublicPolicySection {
    slug: String!
    title: String!
    category: String!
    position: Int!
    body: String!
    bodyHtml: String!
    dataCollected: [String!]!
    dataSources: [String!]!
    provisionRequirement: String
    legalBases: [PublicPolicyLegalBasisClaim!]!
    processors: [PublicPolicyProcessor!]!
    retentionRules: [PublicPolicyRetentionRule!]!
    storageLocation: String
    storageCountries: [PublicPolicyCountry!]!
    automatedDecision: PublicPolicyAutomatedDecision
    rights: [String!]!
    ageThreshold: Int
    lawReferences: [String!]!
    "Subsections; the tree is at most the plugin's maxSectionDepth deep."
    children: [PublicPolicySection!]!
  }

  type PublicPolicyLabelledValue {
    field: String!
    label: String!
    value: String!
  }

  type PublicPolicyFirstLayerLaw {
    "eu-gdpr, uk-gdpr or eu-and-uk-gdpr."
    id: String!
    name: String!
    statement: String!
  }

  type PublicPolicyFirstLayerController {
    name: String
    contacts: [PublicPolicyLabelledValue!]!
  }

  type PublicPolicyFirstLayerPurpose {
    purpose: String!
    dpvPurpose: String
    "The legal bases relied on for it, by name."
    legalBases: [String!]!
  }

  type PublicPolicyFirstLayerTransfer {
    "The recipient, or null for the controller's own storage abroad."
    recipient: String
    countries: [String!]!
    safeguards: [String!]!
    safeguardCopy: String
  }

  type PublicPolicyFirstLayerTransfers {
    "Where data goes without a transfer, in words (the United Kingdom, the European Economic Area)."
    territory: String!
    items: [PublicPolicyFirstLayerTransfer!]!
    "True only when every recipient states where it stores data and none of it is outside the territory."
    noneOutside: Boolean!
  }

  type PublicPolicyFirstLayerRetention {
    slug: String!
    dataCategory: String!
    period: String
    periodText: String!
  }

  type PublicPolicyFirstLayerRight {
    right: String!
    name: String!
    citation: String!
    "The id of the right's explanation in the html rendering."
    anchor: String!
  }

  type PublicPolicySupervisoryAuthority {
    name: String!
    url: String
    "The W3C DPV term of the authority where there is one (legal-gb:DPA-GB)."
    dpv: String
    citation: String!
  }

  type PublicPolicyComplaintRoute {
    citation: String!
  }

  type PublicPolicyComplaints {
    "Set where the law has the controller handle complaints first (DPA 2018 s.164A)."
    toController: PublicPolicyComplaintRoute
    authorities: [PublicPolicySupervisoryAuthority!]!
    anyEeaAuthority: Boolean!
    citation: String!
    "The same, as sentences in the policy's language."
    sentences: [String!]!
  }

  "The first layer of the notice, built from the structured facts (WP260 paras 35–36), in the policy's language."
  type PublicPolicyFirstLayer {
    law: PublicPolicyFirstLayerLaw!
    controller: PublicPolicyFirstLayerController
    dataCollected: [String!]!
    purposes: [PublicPolicyFirstLayerPurpose!]!
    recipients: [String!]!
    transfers: PublicPolicyFirstLayerTransfers!
    retention: [PublicPolicyFirstLayerRetention!]!
    rights: [PublicPolicyFirstLayerRight!]!
    complaints: PublicPolicyComplaints!
  }

  type PublicPolicyRightExplained {
    right: String!
    name: String!
    citation: String!
    anchor: String!
    meaning: String!
    limits: String
  }

  "Each right the policy states in plain words, with how to ask and when the answer comes (Art. 12)."
  type PublicPolicyRightsExplained {
    howToAsk: String!
    identity: String!
    timeLimit: String!
    free: String!
    rights: [PublicPolicyRightExplained!]!
  }

  type PublicPolicyTocEntry {
    slug: String!
    title: String!
    children: [PublicPolicyTocEntry!]!
  }

  type PublicPolicyDocument {
    documentId: String!
    slug: String!
    locale: String
    title: String!
    kind: String!
    "eu-gdpr, uk-gdpr or eu-and-uk-gdpr (eu-gdpr for versions recorded before it existed)."
    applicableLaw: String!
    "The law the notice is given under, in the policy's language."
    lawName: String!
    websiteUrl: String
    introduction: String!
    introductionHtml: String!
    controller: PublicPolicyController
    version: PublicPolicyVersionMeta
    upcoming: PublicPolicyVersionMeta
    firstLayer: PublicPolicyFirstLayer!
    rightsExplained: PublicPolicyRightsExplained!
    toc: [PublicPolicyTocEntry!]!
    sections: [PublicPolicySection!]!
    processors: [PublicPolicyProcessor!]!
    retentionRules: [PublicPolicyRetentionRule!]!
    "The sanitised HTML rendering (as format=html)."
    html: String!
    "The Markdown rendering (as format=markdown)."
    markdown: String!
    "The plain-text rendering (as format=text)."
    text: String!
    "The JSON-LD document with the W3C Data Privacy Vocabulary (as format=jsonld), as a string."
    jsonld: String!
  }

  type PublicPolicySummary {
    slug: String!
    title: String!
    kind: String!
    locale: String!
    effectiveDate: String
    version: PublicPolicyVersionMeta
    upcoming: PublicPolicyVersionMeta
  }

  type PublicPolicyHistoryEntry {
    number: String!
    changeType: String!
    effectiveDate: String!
    changeSummary: String
    publishedAt: String!
    isCurrent: Boolean!
    isUpcoming: Boolean!
    suggestedChangeType: String
    classifierOverride: Boolean!
    withdrawn: PublicPolicyWithdrawal
  }

  type PublicPolicyPagination {
    page: Int!
    pageSize: Int!
    pageCount: Int!
    total: Int!
  }

  type PublicPolicyHistory {
    versions: [PublicPolicyHistoryEntry!]!
    pagination: PublicPolicyPagination!
  }

  type PublicPolicyWordChange {
    value: String!
    added: Boolean
    removed: Boolean
  }

  type PublicPolicyFieldChange {
    field: String!
    from: JSON
    to: JSON
    added: JSON
    removed: JSON
    words: [PublicPolicyWordChange!]
  }

  type PublicPolicyEntityChange {
    slug: String!
    name: String!
    changes: [PublicPolicyFieldChange!]!
  }

  type PublicPolicySectionRef {
    slug: String!
    title: String!
    parent: String
    processingActivity: Boolean!
  }

  type PublicPolicySectionMove {
    slug: String!
    title: String!
    fromParent: String
    toParent: String
    fromIndex: Int!
    toIndex: Int!
  }

  type PublicPolicySectionChanges {
    added: [PublicPolicySectionRef!]!
    removed: [PublicPolicySectionRef!]!
    moved: [PublicPolicySectionMove!]!
    reworded: [PublicPolicyEntityChange!]!
    changed: [PublicPolicyEntityChange!]!
  }

  type PublicPolicyProcessorChanges {
    added: [PublicPolicyProcessor!]!
    removed: [PublicPolicyProcessor!]!
    changed: [PublicPolicyEntityChange!]!
  }

  type PublicPolicyRetentionRuleChanges {
    added: [PublicPolicyRetentionRule!]!
    removed: [PublicPolicyRetentionRule!]!
    changed: [PublicPolicyEntityChange!]!
  }

  type PublicPolicyClaimRef {
    section: String!
    code: String
    name: String
    article: String
  }

  type PublicPolicyClaimChange {
    section: String!
    code: String
    name: String
    article: String
    changes: [PublicPolicyFieldChange!]!
  }

  type PublicPolicyLegalBasisChanges {
    added: [PublicPolicyClaimRef!]!
    removed: [PublicPolicyClaimRef!]!
    changed: [PublicPolicyClaimChange!]!
  }

  type PublicPolicyRightChanges {
    added: [String!]!
    removed: [String!]!
  }

  type PublicPolicyDiff {
    from: PublicPolicyVersionMeta!
    to: PublicPolicyVersionMeta!
    isEmpty: Boolean!
    policy: [PublicPolicyFieldChange!]!
    sections: PublicPolicySectionChanges!
    processors: PublicPolicyProcessorChanges!
    retentionRules: PublicPolicyRetentionRuleChanges!
    legalBases: PublicPolicyLegalBasisChanges!
    rights: PublicPolicyRightChanges!
    "The redline (as format=html on the REST diff route)."
    html: String!
  }

  type PublicPolicySubscription {
    message: String!
  }

  "The version the signed-in user accepted (the newest that still counts)."
  type PrivacyPolicyAcceptedVersion {
    number: String!
    acceptedAt: String!
  }

  type PrivacyPolicyVersionInEffect {
    number: String!
    effectiveDate: String!
  }

  "Where the signed-in user stands with a policy: the same four fields as the REST acceptance route."
  type PrivacyPolicyAcceptanceStatus {
    accepted: PrivacyPolicyAcceptedVersion
    "Null only while the policy's first version is still upcoming."
    current: PrivacyPolicyVersionInEffect
    needsAcceptance: Boolean!
    "never-accepted, major-version, new-version, up-to-date or no-version-in-effect."
    reason: String!
  }

  extend type Query {
    privacyPolicies(locale: String): [PublicPolicySummary!]!
    privacyPolicy(slug: String!, version: String, locale: String): PublicPolicyDocument
    privacyPolicyVersions(slug: String!, page: Int, pageSize: Int, locale: String): PublicPolicyHistory
    privacyPolicyDiff(slug: String!, from: String!, to: String!, locale: String): PublicPolicyDiff
    "The signed-in user's acceptance of a policy (users-permissions JWT; action acceptance.status)."
    privacyPolicyAcceptance(slug: String!, locale: String): PrivacyPolicyAcceptanceStatus!
  }

  extend type Mutation {
    subscribeToPrivacyPolicy(email: String!, slug: String, locale: String): PublicPolicySubscription!
    "Records that the signed-in user accepted a version (users-permissions JWT; action acceptance.accept); idempotent."
    acceptPrivacyPolicy(slug: String!, version: String!, locale: String): PrivacyPolicyAcceptanceStatus!
  }
`;
