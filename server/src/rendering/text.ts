import { compile, HtmlToTextOptions } from 'html-to-text';
import type { PolicySnapshot, ProcessorSnapshot, RetentionRuleSnapshot, SectionSnapshot } from '../domain/snapshot';
import type { RenderContext } from '../domain/version';
import { escapeHtml as e, isSafeLinkTarget, markdownToSafeHtml } from './sanitise';
import { joinSentences as sentences, Markup } from './labels';
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
import { complaintSentences, firstLayer, rightsExplained } from './first-layer';

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

const MARKUP: Markup = { text: e, link, strong: (value) => value };

const list = (reader: Reader, heading: string, items: string[]) =>
  items.length ? `<p>${e(heading)}${e(reader.words.colon.trimEnd())}</p><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>` : '';

const line = (reader: Reader, heading: string, text: string | null) =>
  text ? `<p>${e(heading)}${e(reader.words.colon)}${e(text)}</p>` : '';

const processorItem = (reader: Reader, processor: ProcessorSnapshot) => sentences(processorParts(reader, processor, MARKUP));

const retentionItem = (reader: Reader, rule: RetentionRuleSnapshot) =>
  retentionSentences(reader, rule, MARKUP) +
  (rule.criteria.length ? `<ul>${rule.criteria.map((criterion) => `<li>${e(criterion)}</li>`).join('')}</ul>` : '');

const legalBasisItem = (reader: Reader, claim: SectionSnapshot['legalBases'][number]) => {
  const { colon, purpose } = reader.words;
  const purposeText = purposeOf(reader, claim);
  return sentences([
    e(legalBasisLabel(reader, claim)),
    purposeText ? `${e(purpose)}${e(colon)}${e(purposeText)}` : '',
    claim.justification ? `${claim.justificationLabel ? `${e(claim.justificationLabel)}${e(colon)}` : ''}${e(claim.justification)}` : '',
  ]);
};

const facts = (reader: Reader, section: SectionSnapshot) => {
  const { headings } = reader.words;
  return [
    list(reader, headings.dataCollected, section.dataCollected.map(e)),
    list(reader, headings.dataSources, section.dataSources.map(e)),
    line(reader, headings.provision, section.provisionRequirement),
    list(
      reader,
      headings.legalBases,
      section.legalBases.map((claim) => legalBasisItem(reader, claim)),
    ),
    list(
      reader,
      headings.recipients,
      section.processors.map((processor) => processorItem(reader, processor)),
    ),
    line(reader, headings.storage, section.storageLocation),
    list(
      reader,
      headings.retention,
      section.retentionRules.map((rule) => retentionItem(reader, rule)),
    ),
    line(reader, headings.adLogic, section.automatedDecision?.logic ?? null),
    line(reader, headings.adSignificance, section.automatedDecision?.significance ?? null),
    line(reader, headings.adObjection, section.automatedDecision?.howToObject ?? null),
    list(
      reader,
      headings.rights,
      section.rights.map((right) => e(rightName(reader, right))),
    ),
    line(reader, headings.minimumAge, section.ageThreshold === null ? null : String(section.ageThreshold)),
    list(reader, headings.laws, section.lawReferences.map(e)),
  ].join('');
};

/** Sections numbered "1.", "1.2", "1.2.3" as in a printed contract. */
const sectionHtml = (reader: Reader, section: SectionSnapshot, number: number[]): string => {
  const level = Math.min(number.length + 1, 6);
  const label = number.length === 1 ? `${number[0]}.` : number.join('.');
  return `<h${level}>${label} ${e(section.title)}</h${level}>${markdownToSafeHtml(section.body)}${facts(reader, section)}${section.children
    .map((child, index) => sectionHtml(reader, child, [...number, index + 1]))
    .join('')}`;
};

const controllerHtml = (reader: Reader, controller: PolicySnapshot['policy']['controller']) => {
  const rows = controllerRows(reader, controller).map(({ label, value }) => `${e(label)}${e(reader.words.colon)}${e(value)}`);
  return rows.length ? `<p>${rows.join('<br>')}</p>` : '';
};

const versionHtml = (reader: Reader, { version, upcoming }: RenderContext) =>
  [
    version ? `<p>${e(reader.words.versionEffectiveFrom(version.number, dateIn(reader, version.effectiveDate)))}.</p>` : '',
    version?.withdrawn ? `<p>${e(withdrawnNotice(reader, version.withdrawn))}</p>` : '',
    upcoming
      ? `<p>${e(reader.words.upcoming(upcoming.number, dateIn(reader, upcoming.effectiveDate)))}${upcoming.changeSummary ? ` ${e(upcoming.changeSummary)}` : ''}</p>`
      : '',
  ].join('');

const part = (heading: string, body: string) => (body ? `<h3>${e(heading)}</h3>${body}` : '');
const items = (list: string[]) => (list.length ? `<ul>${list.map((item) => `<li>${item}</li>`).join('')}</ul>` : '');

/** The first layer: the key facts in short, each part only when the policy states it (WP260 paras 35–36). */
const firstLayerHtml = (reader: Reader, snapshot: PolicySnapshot) => {
  const layer = firstLayer(reader, snapshot);
  const words = reader.words.firstLayer;
  const { colon, processor } = reader.words;
  const transfers = layer.transfers.items.length
    ? `<p>${e(words.transfersTo(layer.transfers.territory))}</p>${items(
        layer.transfers.items.map((item) =>
          sentences([
            item.recipient ? `${e(item.recipient)} (${e(item.countries.join(', '))})` : e(item.countries.join(', ')),
            item.safeguards.length
              ? `${e(item.safeguards.length > 1 ? processor.safeguards : processor.safeguard)}${e(colon)}${e(item.safeguards.join('; '))}`
              : '',
            item.safeguardCopy ? `${e(processor.safeguardCopy)}${e(colon)}${e(item.safeguardCopy)}` : '',
          ]),
        ),
      )}`
    : layer.transfers.noneOutside
      ? `<p>${e(words.noTransfers(layer.transfers.territory))}</p>`
      : '';
  return [
    `<h2>${e(words.heading)}</h2><p>${e(layer.law.statement)}</p>`,
    part(
      words.controller,
      layer.controller
        ? items([
            ...(layer.controller.name ? [e(layer.controller.name)] : []),
            ...layer.controller.contacts.map(({ label, value }) => `${e(label)}${e(colon)}${e(value)}`),
          ])
        : '',
    ),
    part(words.dataCollected, items(layer.dataCollected.map(e))),
    part(
      words.purposes,
      items(layer.purposes.map(({ purpose, legalBases }) => `${e(purpose)}${legalBases.length ? ` (${e(legalBases.join(', '))})` : ''}`)),
    ),
    part(words.recipients, items(layer.recipients.map(e))),
    part(words.transfers, transfers),
    part(words.retention, items(layer.retention.map(({ dataCategory, periodText }) => `${e(dataCategory)}${e(colon)}${e(periodText)}`))),
    part(
      words.rights,
      layer.rights.length ? `${items(layer.rights.map(({ name }) => e(name)))}<p>${e(words.rightsExplainedBelow)}</p>` : '',
    ),
    part(
      words.complaints,
      complaintSentences(reader, snapshot, layer.complaints, MARKUP)
        .map((sentence) => `<p>${sentence}</p>`)
        .join(''),
    ),
  ].join('');
};

/** Each right the policy states, explained in plain words, with how to use it. */
const rightsHtml = (reader: Reader, snapshot: PolicySnapshot) => {
  const explained = rightsExplained(reader, snapshot, MARKUP);
  if (!explained.rights.length) return '';
  return `<h2>${e(reader.words.rightsExplained.heading)}</h2><p>${explained.howToAsk}</p><p>${explained.timeLimit}</p><p>${explained.free}</p><p>${
    explained.identity
  }</p>${explained.rights
    .map(
      (right) =>
        `<h3>${e(right.name)} (${e(right.citation)})</h3><p>${e(right.meaning)}</p>${right.limits ? `<p>${e(right.limits)}</p>` : ''}`,
    )
    .join('')}`;
};

/** The policy as plain text wrapped at 80 columns: numbered headings, links as "text (url)", no markup. */
export const renderText = (snapshot: PolicySnapshot, context: RenderContext) => {
  const reader = readerOf(snapshot, context);
  const html = [
    `<h1>${e(snapshot.policy.title)}</h1>`,
    versionHtml(reader, context),
    firstLayerHtml(reader, snapshot),
    markdownToSafeHtml(snapshot.policy.introduction),
    controllerHtml(reader, snapshot.policy.controller),
    ...snapshot.sections.map((section, index) => sectionHtml(reader, section, [index + 1])),
    rightsHtml(reader, snapshot),
  ].join('');
  return `${withoutTags(documentToText(html)).trim()}\n`;
};
