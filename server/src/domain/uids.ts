import { PLUGIN_ID } from '../../../shared/plugin-id';

export { PLUGIN_ID };

export const UID = {
  legalBasis: 'plugin::privacy-policy.legal-basis',
  processor: 'plugin::privacy-policy.processor',
  retentionRule: 'plugin::privacy-policy.retention-rule',
  section: 'plugin::privacy-policy.policy-section',
  policy: 'plugin::privacy-policy.policy',
  policyVersion: 'plugin::privacy-policy.policy-version',
} as const;

export const COMPONENT_UID = {
  legalBasisClaim: 'privacy-policy.legal-basis-claim',
  controllerDetails: 'privacy-policy.controller-details',
  automatedDecision: 'privacy-policy.automated-decision',
} as const;

export type PluginUid = (typeof UID)[keyof typeof UID];
