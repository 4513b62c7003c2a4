import type { PolicySnapshot, ProcessorSnapshot, RetentionRuleSnapshot, SectionSnapshot } from '../domain/snapshot';
import type { RenderContext } from '../domain/version';
import { escapeMarkdown as m, isSafeLinkTarget, safeMarkdown } from './sanitise';
import { joinSentences, Markup } from './labels';
import {
  controllerRows,
  dateIn,
  legalBasisLabel,
  processorParts,
  purposeOf,
  Reader,
  readerOf,
  retentionSentences,
  rightName,
  withdrawnNotice,
} from './reader';
import { complaintSentences, firstLayer, rightsExplained, RIGHTS_ANCHOR } from './first-layer';

const link = (href: string | null, text: string) =>
  href && isSafeLinkTarget(href) ? `[${m(text)}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : m(text);

const MARKUP: Markup = { text: m, link, strong: (value) => `**${value}**` };

const bullets = (reader: Reader, heading: string, items: string[]) =>
  items.length ? [`**${m(heading)}${reader.words.colon.trimEnd()}**`, '', ...items.map((item) => `- ${item}`), ''] : [];

const line = (reader: Reader, heading: string, text: string | null) =>
  text ? [`**${m(heading)}${reader.words.colon.trimEnd()}** ${m(text)}`, ''] : [];

const processorLine = (reader: Reader, processor: ProcessorSnapshot) => joinSentences(processorParts(reader, processor, MARKUP));

const retentionLine = (reader: Reader, rule: RetentionRuleSnapshot) =>
  retentionSentences(reader, rule, MARKUP) + rule.criteria.map((criterion) => `\n  - ${m(criterion)}`).join('');

const legalBasisLine = (reader: Reader, claim: SectionSnapshot['legalBases'][number]) => {
  const { colon, purpose } = reader.words;
  const purposeText = purposeOf(reader, claim);
  return joinSentences([
    `**${m(legalBasisLabel(reader, claim))}**`,
    purposeText ? `${m(purpose)}${colon}${m(purposeText)}` : '',
    claim.justification ? `${claim.justificationLabel ? `${m(claim.justificationLabel)}${colon}` : ''}${m(claim.justification)}` : '',
  ]);
};

const sectionLines = (reader: Reader, section: SectionSnapshot, depth: number): string[] => {
  const { headings } = reader.words;
  return [
    `${'#'.repeat(Math.min(depth + 1, 6))} ${m(section.title)}`,
    '',
    ...(section.body ? [safeMarkdown(section.body).trim(), ''] : []),
    ...bullets(reader, headings.dataCollected, section.dataCollected.map(m)),
    ...bullets(reader, headings.dataSources, section.dataSources.map(m)),
    ...line(reader, headings.provision, section.provisionRequirement),
    ...bullets(
      reader,
      headings.legalBases,
      section.legalBases.map((claim) => legalBasisLine(reader, claim)),
    ),
    ...bullets(
      reader,
      headings.recipients,
      section.processors.map((processor) => processorLine(reader, processor)),
    ),
    ...line(reader, headings.storage, section.storageLocation),
    ...bullets(
      reader,
      headings.retention,
      section.retentionRules.map((rule) => retentionLine(reader, rule)),
    ),
    ...(section.automatedDecision
      ? [
          ...line(reader, headings.adLogic, section.automatedDecision.logic),
          ...line(reader, headings.adSignificance, section.automatedDecision.significance),
          ...line(reader, headings.adObjection, section.automatedDecision.howToObject),
        ]
      : []),
    ...bullets(
      reader,
      headings.rights,
      section.rights.map((right) => m(rightName(reader, right))),
    ),
    ...(section.ageThreshold !== null ? line(reader, headings.minimumAge, String(section.ageThreshold)) : []),
    ...bullets(reader, headings.laws, section.lawReferences.map(m)),
    ...section.children.flatMap((child) => sectionLines(reader, child, depth + 1)),
  ];
};

const tocLines = (sections: SectionSnapshot[], indent = ''): string[] =>
  sections.flatMap((section) => [`${indent}- [${m(section.title)}](#${section.slug})`, ...tocLines(section.children, `${indent}  `)]);

const controllerLines = (reader: Reader, controller: PolicySnapshot['policy']['controller']) =>
  controller
    ? [
        ...controllerRows(reader, controller).map(
          ({ label, value }) => `- **${m(label)}${reader.words.colon.trimEnd()}** ${m(value.replace(/\s*\n\s*/g, ', '))}`,
        ),
        '',
      ]
    : [];

const part = (heading: string, lines: string[]) => (lines.length ? [`### ${m(heading)}`, '', ...lines, ''] : []);
const listed = (items: string[]) => items.map((item) => `- ${item}`);

/** The first layer: the key facts in short, each part only when the policy states it (WP260 paras 35–36). */
const firstLayerLines = (reader: Reader, snapshot: PolicySnapshot) => {
  const layer = firstLayer(reader, snapshot);
  const words = reader.words.firstLayer;
  const { colon, processor } = reader.words;
  const transfers = layer.transfers.items.length
    ? [
        m(words.transfersTo(layer.transfers.territory)),
        '',
        ...listed(
          layer.transfers.items.map((item) =>
            joinSentences([
              item.recipient ? `${m(item.recipient)} (${m(item.countries.join(', '))})` : m(item.countries.join(', ')),
              item.safeguards.length
                ? `${item.safeguards.length > 1 ? processor.safeguards : processor.safeguard}${colon}${m(item.safeguards.join('; '))}`
                : '',
              item.safeguardCopy ? `${processor.safeguardCopy}${colon}${m(item.safeguardCopy)}` : '',
            ]),
          ),
        ),
      ]
    : layer.transfers.noneOutside
      ? [m(words.noTransfers(layer.transfers.territory))]
      : [];
  return [
    `## ${m(words.heading)}`,
    '',
    m(layer.law.statement),
    '',
    ...part(
      words.controller,
      layer.controller
        ? listed([
            ...(layer.controller.name ? [`**${m(layer.controller.name)}**`] : []),
            ...layer.controller.contacts.map(({ label, value }) => `${m(label)}${colon}${m(value)}`),
          ])
        : [],
    ),
    ...part(words.dataCollected, listed(layer.dataCollected.map(m))),
    ...part(
      words.purposes,
      listed(layer.purposes.map(({ purpose, legalBases }) => `${m(purpose)}${legalBases.length ? ` (${m(legalBases.join(', '))})` : ''}`)),
    ),
    ...part(words.recipients, listed(layer.recipients.map(m))),
    ...part(words.transfers, transfers),
    ...part(words.retention, listed(layer.retention.map(({ dataCategory, periodText }) => `${m(dataCategory)}${colon}${m(periodText)}`))),
    ...part(
      words.rights,
      layer.rights.length
        ? [...listed(layer.rights.map(({ name, anchor }) => `[${m(name)}](#${anchor})`)), '', m(words.rightsExplainedBelow)]
        : [],
    ),
    ...part(
      words.complaints,
      complaintSentences(reader, snapshot, layer.complaints, MARKUP).flatMap((sentence) => [sentence, '']),
    ),
  ];
};

/** Each right the policy states, explained in plain words, with how to use it. */
const rightsLines = (reader: Reader, snapshot: PolicySnapshot) => {
  const explained = rightsExplained(reader, snapshot, MARKUP);
  if (!explained.rights.length) return [];
  return [
    `## ${m(reader.words.rightsExplained.heading)}`,
    '',
    explained.howToAsk,
    '',
    explained.timeLimit,
    '',
    explained.free,
    '',
    explained.identity,
    '',
    ...explained.rights.flatMap((right) => [
      `### ${m(right.name)} (${m(right.citation)})`,
      '',
      m(right.meaning),
      '',
      ...(right.limits ? [m(right.limits), ''] : []),
    ]),
  ];
};

export const renderMarkdown = (snapshot: PolicySnapshot, { version, upcoming }: RenderContext) => {
  const reader = readerOf(snapshot, { version });
  const { words } = reader;
  const rights = rightsLines(reader, snapshot);
  return [
    `# ${m(snapshot.policy.title)}`,
    '',
    ...(version ? [`_${words.effectiveFrom(m(dateIn(reader, version.effectiveDate)), m(version.number))}_`, ''] : []),
    ...(version?.withdrawn ? [`> **${m(withdrawnNotice(reader, version.withdrawn))}**`, ''] : []),
    ...(upcoming
      ? [
          `> ${words.upcoming(m(upcoming.number), m(dateIn(reader, upcoming.effectiveDate)))}${upcoming.changeSummary ? ` ${m(upcoming.changeSummary)}` : ''}`,
          '',
        ]
      : []),
    ...firstLayerLines(reader, snapshot),
    ...(snapshot.policy.introduction ? [safeMarkdown(snapshot.policy.introduction).trim(), ''] : []),
    ...controllerLines(reader, snapshot.policy.controller),
    `## ${m(words.headings.contents)}`,
    '',
    ...tocLines(snapshot.sections),
    ...(rights.length ? [`- [${m(words.rightsExplained.heading)}](#${RIGHTS_ANCHOR})`] : []),
    '',
    ...snapshot.sections.flatMap((section) => sectionLines(reader, section, 1)),
    ...rights,
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n');
};
