import type { PolicySnapshot, ProcessorSnapshot, RetentionRuleSnapshot, SectionSnapshot } from '../domain/snapshot';
import type { RenderContext } from '../domain/version';
import { escapeHtml as e, markdownToSafeHtml, sanitiseHtml } from './sanitise';
import {
  CONTROLLER_LABELS,
  formatDate,
  withdrawnNotice,
  joinSentences,
  legalBasisLabel,
  processorParts,
  retentionSentences,
  rightLabel,
} from './labels';

const link = (href: string | null, text: string) => (href ? `<a href="${e(href)}" rel="nofollow noopener">${e(text)}</a>` : e(text));

const listBlock = (className: string, heading: string, items: string[]) =>
  items.length
    ? `<div class="privacy-policy__${className}"><p><strong>${e(heading)}</strong></p><ul>${items
        .map((item) => `<li>${item}</li>`)
        .join('')}</ul></div>`
    : '';

const textBlock = (className: string, heading: string, text: string | null) =>
  text ? `<p class="privacy-policy__${className}"><strong>${e(heading)}:</strong> ${e(text)}</p>` : '';

const processorItem = (processor: ProcessorSnapshot) =>
  `<span class="privacy-policy__processor" data-slug="${e(processor.slug)}">${joinSentences(
    processorParts(processor, { text: e, link, strong: (value) => `<strong>${value}</strong>` }),
  )}</span>`;

const retentionItem = (rule: RetentionRuleSnapshot) => {
  const criteria = rule.criteria.length ? `<ul>${rule.criteria.map((c) => `<li>${e(c)}</li>`).join('')}</ul>` : '';
  return `<span class="privacy-policy__retention-rule" data-slug="${e(rule.slug)}">${retentionSentences(rule, {
    text: e,
    strong: (value) => `<strong>${value}</strong>`,
  })}</span>${criteria}`;
};

const facts = (section: SectionSnapshot) =>
  [
    listBlock(
      'data-collected',
      'Information collected',
      section.dataCollected.map((item) => e(item)),
    ),
    listBlock(
      'data-sources',
      'Where the information comes from',
      section.dataSources.map((item) => e(item)),
    ),
    textBlock('provision', 'Providing this information', section.provisionRequirement),
    listBlock(
      'legal-bases',
      'Legal bases',
      section.legalBases.map(
        (claim) =>
          `<strong>${e(legalBasisLabel(claim))}</strong>${
            claim.justification ? `. ${claim.justificationLabel ? `${e(claim.justificationLabel)}: ` : ''}${e(claim.justification)}` : ''
          }`,
      ),
    ),
    listBlock('processors', 'Who receives it', section.processors.map(processorItem)),
    textBlock('storage', 'Where it is stored', section.storageLocation),
    listBlock('retention', 'How long it is kept', section.retentionRules.map(retentionItem)),
    section.automatedDecision
      ? [
          textBlock('ad-logic', 'Logic involved', section.automatedDecision.logic),
          textBlock('ad-significance', 'Significance and envisaged consequences', section.automatedDecision.significance),
          textBlock('ad-objection', 'How to object', section.automatedDecision.howToObject),
        ].join('')
      : '',
    listBlock(
      'rights',
      'Your rights',
      section.rights.map((right) => e(rightLabel(right))),
    ),
    section.ageThreshold !== null ? textBlock('age', 'Minimum age', String(section.ageThreshold)) : '',
    listBlock(
      'laws',
      'Laws referred to',
      section.lawReferences.map((item) => e(item)),
    ),
  ].join('');

const sectionHtml = (section: SectionSnapshot, depth: number): string => {
  const level = Math.min(depth + 1, 6);
  return `<section id="${e(section.slug)}" class="privacy-policy__section" data-category="${e(section.category)}"><h${level}>${e(
    section.title,
  )}</h${level}>${markdownToSafeHtml(section.body)}${facts(section)}${section.children
    .map((child) => sectionHtml(child, depth + 1))
    .join('')}</section>`;
};

const tocHtml = (sections: SectionSnapshot[]): string =>
  sections.length
    ? `<ol>${sections
        .map((section) => `<li><a href="#${e(section.slug)}">${e(section.title)}</a>${tocHtml(section.children)}</li>`)
        .join('')}</ol>`
    : '';

const controllerHtml = (controller: PolicySnapshot['policy']['controller']) => {
  if (!controller) return '';
  const rows = Object.entries(CONTROLLER_LABELS)
    .filter(([field]) => controller[field])
    .map(([field, label]) => {
      const value = controller[field] as string;
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

export const renderHtml = (snapshot: PolicySnapshot, { version, upcoming }: RenderContext) => {
  const { policy } = snapshot;
  const meta = version
    ? `<p class="privacy-policy__meta">Effective from <time datetime="${e(version.effectiveDate)}">${e(
        formatDate(version.effectiveDate),
      )}</time>. Version ${e(version.number)}.</p>`
    : '';
  const withdrawn = version?.withdrawn ? `<p class="privacy-policy__withdrawn">${e(withdrawnNotice(version.withdrawn))}</p>` : '';
  const notice = upcoming
    ? `<p class="privacy-policy__upcoming">A new version (${e(upcoming.number)}) takes effect on <time datetime="${e(
        upcoming.effectiveDate,
      )}">${e(formatDate(upcoming.effectiveDate))}</time>.${upcoming.changeSummary ? ` ${e(upcoming.changeSummary)}` : ''}</p>`
    : '';
  const html = `<article class="privacy-policy" data-slug="${e(policy.slug)}"><header><h1>${e(policy.title)}</h1>${meta}${withdrawn}${notice}${markdownToSafeHtml(
    policy.introduction,
  )}${controllerHtml(policy.controller)}</header><nav class="privacy-policy__toc" aria-label="Contents">${tocHtml(
    snapshot.sections,
  )}</nav>${snapshot.sections.map((section) => sectionHtml(section, 1)).join('')}</article>`;
  return sanitiseHtml(html);
};
