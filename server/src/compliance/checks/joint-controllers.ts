import { caseRef } from '../../law/regimes';
import type { ComplianceCheck, ComplianceFinding } from '../findings';
import { finding, processorTarget } from '../findings';
import { isBlank } from './shared';

/** A social plugin or pixel (Fashion ID: the site that embeds it decides, with the provider, to collect and send). */
const SOCIAL_PLUGIN =
  /\bpixel\b|like button|social (plug-?in|media (plug-?in|button|pixel))|facebook|\bmeta\b|linkedin insight|tiktok|pinterest tag|snap pixel|twitter|\bx pixel/i;

export const jointControllerArrangement: ComplianceCheck = {
  id: 'joint-controller-arrangement',
  source: (regime) => `${regime.article('Art. 26(2)')}; ${caseRef('C-40/17')}`,
  title: 'The essence of a joint-controller arrangement is available',
  appliesTo: 'any',
  run(snapshot, { regimes }) {
    return snapshot.processors.flatMap((processor): ComplianceFinding[] => {
      if (processor.role === 'joint-controller') {
        if (!isBlank(processor.jointArrangement)) return [];
        return [
          finding(jointControllerArrangement, {
            severity: 'warning',
            regimes,
            target: processorTarget(processor, 'jointArrangement'),
            message: `"${processor.name}" is a joint controller, but the policy does not give the essence of the arrangement with it: who does what, and whom people should contact to use their rights.`,
            fix: 'Summarise the arrangement in the joint arrangement field: the responsibilities of each controller and the contact point for people.',
          }),
        ];
      }
      const looksLikePlugin = processor.category === 'advertising' && SOCIAL_PLUGIN.test(`${processor.name} ${processor.purpose ?? ''}`);
      if (!looksLikePlugin || processor.role === 'source') return [];
      return [
        finding(jointControllerArrangement, {
          severity: 'info',
          regimes,
          target: processorTarget(processor, 'role'),
          message: `"${processor.name}" looks like a social-media pixel or plugin: the website that embeds one is a joint controller with its provider for collecting and sending visitors' data (${caseRef('C-40/17')}).`,
          fix: 'If so, set its role to joint controller and summarise the arrangement with the provider.',
        }),
      ];
    });
  },
};
