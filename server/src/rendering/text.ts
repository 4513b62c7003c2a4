import { compile, HtmlToTextOptions } from 'html-to-text';
import type { PolicySnapshot, ProcessorSnapshot, RetentionRuleSnapshot, SectionSnapshot } from '../domain/snapshot';
import type { RenderContext } from '../domain/version';
import { escapeHtml as e, isSafeLinkTarget, markdownToSafeHtml } from './sanitise';
import {
  CONTROLLER_LABELS,
  formatDate,
  joinSentences as sentences,
  legalBasisLabel,
  processorParts,
  retentionSentences,
  rightLabel,
  withdrawnNotice,
} from './labels';

const WIDTH = 80;

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } }));

const textOptions = (wordwrap: number | false, linkUrls: boolean): HtmlToTextOptions => ({
  wordwrap,
  selectors: [
    ...headings,
    { selector: 'a', options: linkUrls ? { linkBrackets: ['(', ')'], hideLinkHrefIfSameAsText: true } : { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
  ],
});

const documentToText = compile(textOptions(WIDTH, true));
const fragmentToText = { withUrls: compile(textOptions(false, true)), withoutUrls: compile(textOptions(false, false)) };

// Plain text decodes the entities that kept typed markup inert in HTML; a lookalike bracket keeps it from reading as a tag.
const withoutTags = (text: string) => text.replace(/<(?=[A-Za-z!/?])/g, '‹');

/** Editor Markdown as unwrapped plain text, blocks apart by a blank line: no markup, links as their text (and URL when asked). */
export const markdownToPlainText = (source: string | null | undefined, { linkUrls = true } = {}) =>
  withoutTags((linkUrls ? fragmentToText.withUrls : fragmentToText.withoutUrls)(markdownToSafeHtml(source))).trim();

const link = (href: string | null, text: string) => (href && isSafeLinkTarget(href) ? `<a href="${e(href)}">${e(text)}</a>` : e(text));

const list = (heading: string, items: string[]) =>
  items.length ? `<p>${e(heading)}:</p><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>` : '';

const line = (heading: string, text: string | null) => (text ? `<p>${e(heading)}: ${e(text)}</p>` : '');

const processorItem = (processor: ProcessorSnapshot) => sentences(processorParts(processor, { text: e, link, strong: (value) => value }));

const retentionItem = (rule: RetentionRuleSnapshot) =>
  retentionSentences(rule, { text: e, strong: (value) => value }) +
  (rule.criteria.length ? `<ul>${rule.criteria.map((criterion) => `<li>${e(criterion)}</li>`).join('')}</ul>` : '');

const legalBasisItem = (claim: SectionSnapshot['legalBases'][number]) =>
  sentences([
    e(legalBasisLabel(claim)),
    claim.justification ? `${claim.justificationLabel ? `${e(claim.justificationLabel)}: ` : ''}${e(claim.justification)}` : '',
  ]);

const facts = (section: SectionSnapshot) =>
  [
    list('Information collected', section.dataCollected.map(e)),
    list('Where the information comes from', section.dataSources.map(e)),
    line('Providing this information', section.provisionRequirement),
    list('Legal bases', section.legalBases.map(legalBasisItem)),
    list('Who receives it', section.processors.map(processorItem)),
    line('Where it is stored', section.storageLocation),
    list('How long it is kept', section.retentionRules.map(retentionItem)),
    line('Logic involved', section.automatedDecision?.logic ?? null),
    line('Significance and envisaged consequences', section.automatedDecision?.significance ?? null),
    line('How to object', section.automatedDecision?.howToObject ?? null),
    list(
      'Your rights',
      section.rights.map((right) => e(rightLabel(right))),
    ),
    line('Minimum age', section.ageThreshold === null ? null : String(section.ageThreshold)),
    list('Laws referred to', section.lawReferences.map(e)),
  ].join('');

/** Sections numbered "1.", "1.2", "1.2.3" as in a printed contract. */
const sectionHtml = (section: SectionSnapshot, number: number[]): string => {
  const level = Math.min(number.length + 1, 6);
  const label = number.length === 1 ? `${number[0]}.` : number.join('.');
  return `<h${level}>${label} ${e(section.title)}</h${level}>${markdownToSafeHtml(section.body)}${facts(section)}${section.children
    .map((child, index) => sectionHtml(child, [...number, index + 1]))
    .join('')}`;
};

const controllerHtml = (controller: PolicySnapshot['policy']['controller']) => {
  const rows = Object.entries(CONTROLLER_LABELS)
    .filter(([field]) => controller?.[field])
    .map(([field, label]) => `${e(label)}: ${e(controller?.[field])}`);
  return rows.length ? `<p>${rows.join('<br>')}</p>` : '';
};

const versionHtml = ({ version, upcoming }: RenderContext) =>
  [
    version ? `<p>Version ${e(version.number)}, effective from ${e(formatDate(version.effectiveDate))}.</p>` : '',
    version?.withdrawn ? `<p>${e(withdrawnNotice(version.withdrawn))}</p>` : '',
    upcoming
      ? `<p>A new version (${e(upcoming.number)}) takes effect on ${e(formatDate(upcoming.effectiveDate))}.${upcoming.changeSummary ? ` ${e(upcoming.changeSummary)}` : ''}</p>`
      : '',
  ].join('');

/** The policy as plain text wrapped at 80 columns: numbered headings, links as "text (url)", no markup. */
export const renderText = (snapshot: PolicySnapshot, context: RenderContext) => {
  const html = [
    `<h1>${e(snapshot.policy.title)}</h1>`,
    versionHtml(context),
    markdownToSafeHtml(snapshot.policy.introduction),
    controllerHtml(snapshot.policy.controller),
    ...snapshot.sections.map((section, index) => sectionHtml(section, [index + 1])),
  ].join('');
  return `${withoutTags(documentToText(html)).trim()}\n`;
};
