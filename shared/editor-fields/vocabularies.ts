/**
 * The values the checklist fields offer, in the order they are shown. The server's field rules accept
 * the same rights (server/src/domain/enums.ts reads this list) and the transfer mechanisms of the
 * processor schema; tests/unit/editor-fields.test.ts keeps the mechanisms equal to the schema's.
 * The names of these and of every choice field's values are translations:
 * `choices.<vocabulary>.<value>` in admin/src/translations/<language>.json.
 */
export const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'withdraw-consent',
  'complaint',
  'automated-decision',
] as const;

/** The transfer safeguards, as the processor's `transferMechanism` enumeration lists them. */
export const TRANSFER_MECHANISMS = [
  'none-needed',
  'adequacy-decision',
  'standard-contractual-clauses',
  'eu-scc-2021',
  'uk-idta',
  'uk-addendum',
  'binding-corporate-rules',
  'explicit-consent',
  'data-privacy-framework',
  'privacy-shield',
  'other',
] as const;

/** Vocabularies of the choice fields (an attribute's `options.choices`) and of the checklists. */
export const VOCABULARIES = [
  'policy-kind',
  'applicable-law',
  'change-type',
  'section-category',
  'processor-category',
  'processor-role',
  'transfer-mechanism',
  'retention-trigger',
  'automated-decision-kind',
  'dpv-purpose',
  'rights',
] as const;

export type Vocabulary = (typeof VOCABULARIES)[number];

export const choiceKey = (vocabulary: string, value: string) => `choices.${vocabulary}.${value}`;
