import type { PolicySnapshot, ProcessorSnapshot, RetentionRuleSnapshot, SectionSnapshot } from '../domain/snapshot';
import type { RenderContext } from '../domain/version';
import { escapeHtml as e, markdownToSafeHtml, sanitiseHtml } from './sanitise';
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
import { complaintSentences, FIRST_LAYER_ANCHOR, firstLayer, rightAnchor, rightsExplained, RIGHTS_ANCHOR } from './first-layer';

const link = (href: string | null, text: string) => (href ? `<a href="${e(href)}" rel="nofollow noopener">${e(text)}</a>` : e(text));

const MARKUP: Markup = { text: e, link, strong: (value) => `<strong>${value}</strong>` };

const listBlock = (className: string, heading: string, items: string[]) =>
  items.length
    ? `<div class="privacy-policy__${className}"><p><strong>${e(heading)}</strong></p><ul>${items
        .map((item) => `<li>${item}</li>`)
        .join('')}</ul></div>`
    : '';

const textBlock = (reader: Reader, className: string, heading: string, text: string | null) =>
  text ? `<p class="privacy-policy__${className}"><strong>${e(heading)}${e(reader.words.colon.trimEnd())}</strong> ${e(text)}</p>` : '';

const processorItem = (reader: Reader, processor: ProcessorSnapshot) =>
  `<span class="privacy-policy__processor" data-slug="${e(processor.slug)}">${joinSentences(processorParts(reader, processor, MARKUP))}</span>`;

const retentionItem = (reader: Reader, rule: RetentionRuleSnapshot) => {
  const criteria = rule.criteria.length ? `<ul>${rule.criteria.map((c) => `<li>${e(c)}</li>`).join('')}</ul>` : '';
  return `<span class="privacy-policy__retention-rule" data-slug="${e(rule.slug)}">${retentionSentences(reader, rule, MARKUP)}</span>${criteria}`;
};

/** A claim: its basis and article, the purpose it serves (Art. 13(1)(c)) and its justification. */
const legalBasisItem = (reader: Reader, claim: SectionSnapshot['legalBases'][number]) => {
  const { colon, purpose } = reader.words;
  const purposeText = purposeOf(reader, claim);
  return joinSentences([
    `<strong>${e(legalBasisLabel(reader, claim))}</strong>`,
    purposeText ? `<span class="privacy-policy__purpose">${e(purpose)}${e(colon)}${e(purposeText)}</span>` : '',
    claim.justification ? `${claim.justificationLabel ? `${e(claim.justificationLabel)}${e(colon)}` : ''}${e(claim.justification)}` : '',
  ]);
};

const facts = (reader: Reader, section: SectionSnapshot) => {
  const { headings } = reader.words;
  return [
    listBlock(
      'data-collected',
      headings.dataCollected,
      section.dataCollected.map((item) => e(item)),
    ),
    listBlock(
      'data-sources',
      headings.dataSources,
      section.dataSources.map((item) => e(item)),
    ),
    textBlock(reader, 'provision', headings.provision, section.provisionRequirement),
    listBlock(
      'legal-bases',
      headings.legalBases,
      section.legalBases.map((claim) => legalBasisItem(reader, claim)),
    ),
    listBlock(
      'processors',
      headings.recipients,
      section.processors.map((processor) => processorItem(reader, processor)),
    ),
    textBlock(reader, 'storage', headings.storage, section.storageLocation),
    listBlock(
      'retention',
      headings.retention,
      section.retentionRules.map((rule) => retentionItem(reader, rule)),
    ),
    section.automatedDecision
      ? [
          textBlock(reader, 'ad-logic', headings.adLogic, section.automatedDecision.logic),
          textBlock(reader, 'ad-significance', headings.adSignificance, section.automatedDecision.significance),
          textBlock(reader, 'ad-objection', headings.adObjection, section.automatedDecision.howToObject),
        ].join('')
      : '',
    listBlock(
      'rights',
      headings.rights,
      section.rights.map((right) => `<a href="#${e(rightAnchor(right))}">${e(rightName(reader, right))}</a>`),
    ),
    section.ageThreshold !== null ? textBlock(reader, 'age', headings.minimumAge, String(section.ageThreshold)) : '',
    listBlock(
      'laws',
      headings.laws,
      section.lawReferences.map((item) => e(item)),
    ),
  ].join('');
};

const sectionHtml = (reader: Reader, section: SectionSnapshot, depth: number): string => {
  const level = Math.min(depth + 1, 6);
  return `<section id="${e(section.slug)}" class="privacy-policy__section" data-category="${e(section.category)}"><h${level}>${e(
    section.title,
  )}</h${level}>${markdownToSafeHtml(section.body)}${facts(reader, section)}${section.children
    .map((child) => sectionHtml(reader, child, depth + 1))
    .join('')}</section>`;
};

const tocHtml = (sections: SectionSnapshot[], extra = ''): string =>
  sections.length || extra
    ? `<ol>${sections
        .map((section) => `<li><a href="#${e(section.slug)}">${e(section.title)}</a>${tocHtml(section.children)}</li>`)
        .join('')}${extra}</ol>`
    : '';

const controllerHtml = (reader: Reader, controller: PolicySnapshot['policy']['controller']) => {
  if (!controller) return '';
  const rows = controllerRows(reader, controller).map(({ field, label, value }) => {
    const shown =
      field.endsWith('Url') || field === 'website'
        ? link(value, value)
        : field.endsWith('mail') || field === 'email'
          ? link(`mailto:${value}`, value)
          : e(value);
    return `<dt>${e(label)}</dt><dd>${shown}</dd>`;
  });
  return `<dl class="privacy-policy__controller">${rows.join('')}</dl>`;
};

const part = (className: string, heading: string, body: string) =>
  body ? `<section class="privacy-policy__first-layer-${className}"><h3>${e(heading)}</h3>${body}</section>` : '';

const items = (list: string[]) => (list.length ? `<ul>${list.map((item) => `<li>${item}</li>`).join('')}</ul>` : '');

/** The first layer: the key facts in short, each part only when the policy states it (WP260 paras 35–36). */
export const firstLayerHtml = (reader: Reader, snapshot: PolicySnapshot) => {
  const layer = firstLayer(reader, snapshot);
  const words = reader.words.firstLayer;
  const { colon } = reader.words;
  const controller = layer.controller
    ? items([
        ...(layer.controller.name ? [`<strong>${e(layer.controller.name)}</strong>`] : []),
        ...layer.controller.contacts.map(({ field, label, value }) => {
          const shown = field === 'website' ? link(value, value) : /mail$/i.test(field) ? link(`mailto:${value}`, value) : e(value);
          return `${e(label)}${e(colon)}${shown}`;
        }),
      ])
    : '';
  const transfers = layer.transfers.items.length
    ? `<p>${e(words.transfersTo(layer.transfers.territory))}</p>${items(
        layer.transfers.items.map((item) =>
          joinSentences([
            item.recipient ? `${e(item.recipient)} (${e(item.countries.join(', '))})` : e(item.countries.join(', ')),
            item.safeguards.length
              ? `${e(item.safeguards.length > 1 ? reader.words.processor.safeguards : reader.words.processor.safeguard)}${e(colon)}${e(item.safeguards.join('; '))}`
              : '',
            item.safeguardCopy ? `${e(reader.words.processor.safeguardCopy)}${e(colon)}${e(item.safeguardCopy)}` : '',
          ]),
        ),
      )}`
    : layer.transfers.noneOutside
      ? `<p>${e(words.noTransfers(layer.transfers.territory))}</p>`
      : '';
  return `<section id="${FIRST_LAYER_ANCHOR}" class="privacy-policy__first-layer"><h2>${e(words.heading)}</h2><p class="privacy-policy__law">${e(
    layer.law.statement,
  )}</p>${[
    part('controller', words.controller, controller),
    part('data-collected', words.dataCollected, items(layer.dataCollected.map((item) => e(item)))),
    part(
      'purposes',
      words.purposes,
      items(layer.purposes.map(({ purpose, legalBases }) => `${e(purpose)}${legalBases.length ? ` (${e(legalBases.join(', '))})` : ''}`)),
    ),
    part('recipients', words.recipients, items(layer.recipients.map((item) => e(item)))),
    part('transfers', words.transfers, transfers),
    part(
      'retention',
      words.retention,
      items(layer.retention.map(({ dataCategory, periodText }) => `${e(dataCategory)}${e(colon)}${e(periodText)}`)),
    ),
    part(
      'rights',
      words.rights,
      layer.rights.length
        ? `${items(layer.rights.map(({ name, anchor }) => `<a href="#${e(anchor)}">${e(name)}</a>`))}<p>${e(words.rightsExplainedBelow)}</p>`
        : '',
    ),
    // The sentences again, with the contact and the authority as links.
    part(
      'complaints',
      words.complaints,
      complaintSentences(reader, snapshot, layer.complaints, MARKUP)
        .map((sentence) => `<p>${sentence}</p>`)
        .join(''),
    ),
  ].join('')}</section>`;
};

/** Each right the policy states, explained in plain words, with how to use it. */
export const rightsHtml = (reader: Reader, snapshot: PolicySnapshot) => {
  const explained = rightsExplained(reader, snapshot, MARKUP);
  if (!explained.rights.length) return '';
  return `<section id="${RIGHTS_ANCHOR}" class="privacy-policy__rights-explained"><h2>${e(reader.words.rightsExplained.heading)}</h2><p>${
    explained.howToAsk
  }</p><p>${explained.timeLimit}</p><p>${explained.free}</p><p>${explained.identity}</p>${explained.rights
    .map(
      (right) =>
        `<section id="${e(right.anchor)}" class="privacy-policy__right" data-slug="${e(right.right)}"><h3>${e(right.name)} <small>(${e(
          right.citation,
        )})</small></h3><p>${e(right.meaning)}</p>${right.limits ? `<p>${e(right.limits)}</p>` : ''}</section>`,
    )
    .join('')}</section>`;
};

export const renderHtml = (snapshot: PolicySnapshot, { version, upcoming }: RenderContext) => {
  const { policy } = snapshot;
  const reader = readerOf(snapshot, { version });
  const { words } = reader;
  const meta = version
    ? `<p class="privacy-policy__meta">${words.effectiveFrom(
        `<time datetime="${e(version.effectiveDate)}">${e(dateIn(reader, version.effectiveDate))}</time>`,
        e(version.number),
      )}</p>`
    : '';
  const withdrawn = version?.withdrawn ? `<p class="privacy-policy__withdrawn">${e(withdrawnNotice(reader, version.withdrawn))}</p>` : '';
  const notice = upcoming
    ? `<p class="privacy-policy__upcoming">${words.upcoming(
        e(upcoming.number),
        `<time datetime="${e(upcoming.effectiveDate)}">${e(dateIn(reader, upcoming.effectiveDate))}</time>`,
      )}${upcoming.changeSummary ? ` ${e(upcoming.changeSummary)}` : ''}</p>`
    : '';
  const rights = rightsHtml(reader, snapshot);
  const rightsEntry = rights ? `<li><a href="#${RIGHTS_ANCHOR}">${e(words.rightsExplained.heading)}</a></li>` : '';
  const html = `<article class="privacy-policy" data-slug="${e(policy.slug)}" lang="${e(reader.locale)}"><header><h1>${e(
    policy.title,
  )}</h1>${meta}${withdrawn}${notice}${firstLayerHtml(reader, snapshot)}${markdownToSafeHtml(policy.introduction)}${controllerHtml(
    reader,
    policy.controller,
  )}</header><nav class="privacy-policy__toc" aria-label="${e(words.headings.contents)}">${tocHtml(
    snapshot.sections,
    rightsEntry,
  )}</nav>${snapshot.sections.map((section) => sectionHtml(reader, section, 1)).join('')}${rights}</article>`;
  return sanitiseHtml(html);
};
