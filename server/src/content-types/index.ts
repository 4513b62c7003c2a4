import legalBasis from '../../../content-types/legal-basis/schema.json';
import processor from '../../../content-types/processor/schema.json';
import retentionRule from '../../../content-types/retention-rule/schema.json';
import policySection from '../../../content-types/policy-section/schema.json';
import policy from '../../../content-types/policy/schema.json';
import policyVersion from '../../../content-types/policy-version/schema.json';

export default {
  'legal-basis': { schema: legalBasis },
  processor: { schema: processor },
  'retention-rule': { schema: retentionRule },
  'policy-section': { schema: policySection },
  policy: { schema: policy },
  'policy-version': { schema: policyVersion },
};
