/**
 * The plugin's custom fields, registered on the server (storage type) and in the admin (the input). A
 * schema attribute uses one as `{ "type": "customField", "customField": "plugin::privacy-policy.<name>" }`;
 * Strapi stores it with the underlying type, so the stored values are exactly what they were before.
 */
export const CUSTOM_FIELDS = {
  /** ISO 3166-1 alpha-2 codes, picked by country name. */
  countries: { name: 'countries', type: 'json', inputSize: { default: 6, isResizable: true } },
  /** One ISO 3166-1 alpha-2 code, picked by country name. */
  country: { name: 'country', type: 'string', inputSize: { default: 6, isResizable: true } },
  /** A list of short texts. */
  itemList: { name: 'item-list', type: 'json', inputSize: { default: 12, isResizable: true } },
  /** An ISO 8601 duration (P6Y), edited as a number and a unit. */
  retentionPeriod: { name: 'retention-period', type: 'string', inputSize: { default: 6, isResizable: true } },
  /** The data-subject rights a section states, as a checklist. */
  rights: { name: 'rights', type: 'json', inputSize: { default: 12, isResizable: true } },
  /** Transfer safeguards, as a checklist. */
  transferMechanisms: { name: 'transfer-mechanisms', type: 'json', inputSize: { default: 12, isResizable: true } },
  /** A yes-or-no question as a tick box with the question beside it, instead of a FALSE/TRUE switch. */
  checkbox: { name: 'checkbox', type: 'boolean', inputSize: { default: 6, isResizable: true } },
  /** One value of a schema enumeration, shown by its name; the vocabulary is the attribute's `options.choices`. */
  choice: { name: 'choice', type: 'enumeration', inputSize: { default: 6, isResizable: true } },
} as const;

export type CustomFieldKey = keyof typeof CUSTOM_FIELDS;

export const customFieldUid = (key: CustomFieldKey) => `plugin::privacy-policy.${CUSTOM_FIELDS[key].name}`;
