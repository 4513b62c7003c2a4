import processorSchema from '../../../content-types/processor/schema.json';
import { RIGHTS } from '../../../shared/editor-fields/vocabularies';

export const TRANSFER_MECHANISMS: string[] = processorSchema.attributes.transferMechanism.enum;

/** The data-subject rights a section can state: one list for the server's field rules and the admin's checklist. */
export const DATA_SUBJECT_RIGHTS = RIGHTS;

export const RIGHT_LABELS: Record<(typeof DATA_SUBJECT_RIGHTS)[number], string> = {
  access: 'Access your information',
  rectification: 'Have your information corrected or completed',
  erasure: 'Have your information deleted',
  restriction: 'Restrict the use of your information',
  portability: 'Receive your information in a portable format',
  objection: 'Object to the use of your information',
  'withdraw-consent': 'Withdraw your consent',
  complaint: 'Complain to a supervisory authority',
  'automated-decision': 'Not be subject to solely automated decisions',
};

export const TRANSFER_MECHANISM_LABELS: Record<string, string> = {
  'none-needed': 'No transfer safeguard needed',
  'adequacy-decision': 'Adequacy decision',
  'standard-contractual-clauses': 'Standard contractual clauses',
  'binding-corporate-rules': 'Binding corporate rules',
  'explicit-consent': 'Explicit consent (Art. 49(1)(a))',
  'data-privacy-framework': 'EU-US Data Privacy Framework',
  'privacy-shield': 'EU-US Privacy Shield (invalidated 16 July 2020)',
  other: 'Other safeguard',
};
