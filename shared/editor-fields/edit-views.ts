import type { EditView, ModelKey } from './types';

const row = (...fields: [name: string, size: number][]) => fields.map(([name, size]) => ({ name, size }));

/**
 * The order, grouping and widths of each edit view, as the plugin sets them in the content manager's
 * configuration on first install (see server/src/content-manager/edit-view-configuration.ts). The
 * content manager has no headings inside a form, so related fields sit next to each other, most
 * important first; a field missing here (a new attribute) is kept where the content manager put it.
 * `list` is the columns of the list view: what tells entries apart, in words, instead of the first
 * four attributes (which include the slug); two or three short ones, so that the table fits beside
 * the columns Strapi adds (the locales an entry is available in, its actions). The section tree shows
 * how sections nest.
 */
export const EDIT_VIEWS: Record<ModelKey, EditView> = {
  policy: {
    displayName: 'Policy',
    mainField: 'title',
    relationMainFields: { sections: 'title' },
    list: ['title', 'kind', 'applicableLaw'],
    layout: [
      row(['title', 6], ['kind', 6]),
      row(['applicableLaw', 6], ['websiteUrl', 6]),
      row(['introduction', 12]),
      row(['controller', 12]),
      row(['sections', 12]),
      row(['changeType', 6], ['effectiveDate', 6]),
      row(['changeSummary', 12]),
      row(['overrideClassifier', 6], ['overrideCompliance', 6]),
      row(['slug', 6]),
    ],
  },
  'policy-section': {
    displayName: 'Policy section',
    mainField: 'title',
    relationMainFields: { parent: 'title', children: 'title', processors: 'name', retentionRules: 'name' },
    list: ['title', 'category'],
    layout: [
      row(['title', 12]),
      row(['category', 12]),
      row(['body', 12]),
      row(['parent', 6], ['children', 6]),
      row(['position', 4], ['slug', 8]),
      row(['dataCollected', 12]),
      row(['dataSources', 12]),
      row(['provisionRequirement', 12]),
      row(['legalBases', 12]),
      row(['processors', 6], ['retentionRules', 6]),
      row(['storageCountries', 6], ['storageLocation', 6]),
      row(['rights', 12]),
      row(['automatedDecision', 12]),
      row(['ageThreshold', 4], ['lawReferences', 8]),
    ],
  },
  processor: {
    displayName: 'Processor',
    mainField: 'name',
    list: ['name', 'category', 'role'],
    layout: [
      row(['name', 6], ['category', 6]),
      row(['role', 6], ['disclosedByName', 6]),
      row(['purpose', 12]),
      row(['jointArrangement', 12]),
      row(['dataShared', 12]),
      row(['storageCountries', 6], ['storageDescription', 6]),
      row(['transferMechanism', 12]),
      row(['additionalTransferMechanisms', 12]),
      row(['transferNotes', 12]),
      row(['safeguardCopy', 12]),
      row(['privacyPolicyUrl', 6], ['optOutUrl', 6]),
      row(['slug', 6]),
    ],
  },
  'retention-rule': {
    displayName: 'Retention rule',
    mainField: 'name',
    list: ['name', 'period', 'trigger'],
    layout: [
      row(['name', 6], ['dataCategory', 6]),
      row(['period', 6], ['trigger', 6]),
      row(['triggerDescription', 12]),
      row(['reason', 12]),
      row(['criteria', 12]),
      row(['slug', 6]),
    ],
  },
  'legal-basis': {
    displayName: 'Legal basis',
    mainField: 'name',
    list: ['name', 'regulation', 'article'],
    layout: [row(['name', 6], ['regulation', 3], ['article', 3]), row(['description', 12]), row(['specialCategory', 6], ['code', 6])],
  },
  'controller-details': {
    displayName: 'Controller details',
    mainField: 'name',
    layout: [
      row(['name', 6], ['establishmentCountry', 6]),
      row(['email', 6], ['phone', 6]),
      row(['postalAddress', 6], ['website', 6]),
      row(['registrationNumber', 6], ['registrationAuthority', 6]),
      row(['dpoName', 6], ['dpoEmail', 6]),
      row(['representativeName', 6], ['representativeAddress', 6]),
      row(['supervisoryAuthority', 6], ['supervisoryAuthorityUrl', 6]),
    ],
  },
  'legal-basis-claim': {
    displayName: 'Legal basis claim',
    mainField: 'justificationLabel',
    relationMainFields: { legalBasis: 'name' },
    layout: [row(['legalBasis', 6], ['justificationLabel', 6]), row(['justification', 12]), row(['purpose', 12]), row(['dpvPurpose', 12])],
  },
  'automated-decision': {
    displayName: 'Automated decision',
    mainField: 'kind',
    layout: [row(['kind', 6], ['legalEffect', 6]), row(['logic', 12]), row(['significance', 12]), row(['howToObject', 12])],
  },
};
