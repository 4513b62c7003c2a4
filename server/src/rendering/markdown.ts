import type { PolicySnapshot, ProcessorSnapshot, RetentionRuleSnapshot, SectionSnapshot } from '../domain/snapshot';
import type { RenderContext } from '../domain/version';
import { escapeMarkdown as m, isSafeLinkTarget, safeMarkdown } from './sanitise';
import {
  CONTROLLER_LABELS,
  formatDate,
  joinSentences,
  legalBasisLabel,
  processorParts,
  retentionSentences,
  rightLabel,
  withdrawnNotice,
} from './labels';

const link = (href: string | null, text: string) =>
  href && isSafeLinkTarget(href) ? `[${m(text)}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : m(text);

const bullets = (heading: string, items: string[]) =>
  items.length ? [`**${m(heading)}:**`, '', ...items.map((item) => `- ${item}`), ''] : [];

const line = (heading: string, text: string | null) => (text ? [`**${m(heading)}:** ${m(text)}`, ''] : []);

const processorLine = (processor: ProcessorSnapshot) =>
  joinSentences(processorParts(processor, { text: m, link, strong: (value) => `**${value}**` }));

const retentionLine = (rule: RetentionRuleSnapshot) =>
  retentionSentences(rule, { text: m, strong: (value) => `**${value}**` }) +
  rule.criteria.map((criterion) => `\n  - ${m(criterion)}`).join('');

const sectionLines = (section: SectionSnapshot, depth: number): string[] => [
  `${'#'.repeat(Math.min(depth + 1, 6))} ${m(section.title)}`,
  '',
  ...(section.body ? [safeMarkdown(section.body).trim(), ''] : []),
  ...bullets('Information collected', section.dataCollected.map(m)),
  ...bullets('Where the information comes from', section.dataSources.map(m)),
  ...line('Providing this information', section.provisionRequirement),
  ...bullets(
    'Legal bases',
    section.legalBases.map(
      (claim) =>
        `**${m(legalBasisLabel(claim))}**${
          claim.justification ? `. ${claim.justificationLabel ? `${m(claim.justificationLabel)}: ` : ''}${m(claim.justification)}` : ''
        }`,
    ),
  ),
  ...bullets('Who receives it', section.processors.map(processorLine)),
  ...line('Where it is stored', section.storageLocation),
  ...bullets('How long it is kept', section.retentionRules.map(retentionLine)),
  ...(section.automatedDecision
    ? [
        ...line('Logic involved', section.automatedDecision.logic),
        ...line('Significance and envisaged consequences', section.automatedDecision.significance),
        ...line('How to object', section.automatedDecision.howToObject),
      ]
    : []),
  ...bullets(
    'Your rights',
    section.rights.map((right) => m(rightLabel(right))),
  ),
  ...(section.ageThreshold !== null ? line('Minimum age', String(section.ageThreshold)) : []),
  ...bullets('Laws referred to', section.lawReferences.map(m)),
  ...section.children.flatMap((child) => sectionLines(child, depth + 1)),
];

const tocLines = (sections: SectionSnapshot[], indent = ''): string[] =>
  sections.flatMap((section) => [`${indent}- [${m(section.title)}](#${section.slug})`, ...tocLines(section.children, `${indent}  `)]);

const controllerLines = (controller: PolicySnapshot['policy']['controller']) =>
  controller
    ? [
        ...Object.entries(CONTROLLER_LABELS)
          .filter(([field]) => controller[field])
          .map(([field, label]) => `- **${m(label)}:** ${m(controller[field] as string)}`),
        '',
      ]
    : [];

export const renderMarkdown = (snapshot: PolicySnapshot, { version, upcoming }: RenderContext) =>
  [
    `# ${m(snapshot.policy.title)}`,
    '',
    ...(version ? [`_Effective from ${formatDate(version.effectiveDate)}. Version ${m(version.number)}._`, ''] : []),
    ...(version?.withdrawn ? [`> **${m(withdrawnNotice(version.withdrawn))}**`, ''] : []),
    ...(upcoming
      ? [
          `> A new version (${m(upcoming.number)}) takes effect on ${formatDate(upcoming.effectiveDate)}.${upcoming.changeSummary ? ` ${m(upcoming.changeSummary)}` : ''}`,
          '',
        ]
      : []),
    ...(snapshot.policy.introduction ? [safeMarkdown(snapshot.policy.introduction).trim(), ''] : []),
    ...controllerLines(snapshot.policy.controller),
    '## Contents',
    '',
    ...tocLines(snapshot.sections),
    '',
    ...snapshot.sections.flatMap((section) => sectionLines(section, 1)),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n');
