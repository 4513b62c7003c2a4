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
    websiteUrl: String
    introduction: String!
    introductionHtml: String!
    controller: PublicPolicyController
    version: PublicPolicyVersionMeta
    upcoming: PublicPolicyVersionMeta
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

  extend type Query {
    privacyPolicies(locale: String): [PublicPolicySummary!]!
    privacyPolicy(slug: String!, version: String, locale: String): PublicPolicyDocument
    privacyPolicyVersions(slug: String!, page: Int, pageSize: Int, locale: String): PublicPolicyHistory
    privacyPolicyDiff(slug: String!, from: String!, to: String!, locale: String): PublicPolicyDiff
  }

  extend type Mutation {
    subscribeToPrivacyPolicy(email: String!, slug: String, locale: String): PublicPolicySubscription!
  }
`;
