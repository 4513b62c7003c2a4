import type { FieldChange, PolicyDiff, WordChange } from '../versioning/diff';
import type { VersionMeta } from './version-meta';
import { escapeHtml as e, sanitiseHtml } from './sanitise';
import { formatDate } from './labels';

const words = (changes: WordChange[]) =>
  changes
    .map(({ value, added, removed }) => (added ? `<ins>${e(value)}</ins>` : removed ? `<del>${e(value)}</del>` : e(value)))
    .join('');

const show = (value: unknown) => (value === null || value === undefined || value === '' ? '(none)' : typeof value === 'string' ? value : JSON.stringify(value));

const fieldChange = (change: FieldChange) => {
  if (change.words) return `<li><strong>${e(change.field)}</strong>: ${words(change.words)}</li>`;
  if (change.added || change.removed) {
    const added = (change.added ?? []).map((item) => `<ins>${e(show(item))}</ins>`);
    const removed = (change.removed ?? []).map((item) => `<del>${e(show(item))}</del>`);
    return `<li><strong>${e(change.field)}</strong>: ${[...added, ...removed].join(', ') || 'reordered'}</li>`;
  }
  return `<li><strong>${e(change.field)}</strong>: <del>${e(show(change.from))}</del> <ins>${e(show(change.to))}</ins></li>`;
};

const group = (className: string, title: string, items: string[]) =>
  items.length ? `<section class="privacy-policy-redline__${className}"><h2>${e(title)}</h2><ul>${items.join('')}</ul></section>` : '';

const entityChanges = (items: { slug: string; name: string; changes: FieldChange[] }[]) =>
  items.map(({ slug, name, changes }) => `<li id="${e(slug)}"><strong>${e(name)}</strong><ul>${changes.map(fieldChange).join('')}</ul></li>`);

/** A readable redline of a structured diff: insertions in <ins>, deletions in <del>. */
export const renderRedline = (title: string, diff: PolicyDiff, from: VersionMeta, to: VersionMeta) => {
  const header = `<header><h1>${e(title)}: changes from version ${e(from.number)} to ${e(to.number)}</h1><p>Version ${e(to.number)} takes effect on <time datetime="${e(
    to.effectiveDate
  )}">${e(formatDate(to.effectiveDate))}</time>.${to.changeSummary ? ` ${e(to.changeSummary)}` : ''}</p></header>`;
  const body = [
    group('policy', 'Policy details', diff.policy.map(fieldChange)),
    group('sections', 'Sections', [
      ...diff.sections.added.map((section) => `<li>Added: <ins>${e(section.title)}</ins></li>`),
      ...diff.sections.removed.map((section) => `<li>Removed: <del>${e(section.title)}</del></li>`),
      ...diff.sections.moved.map((section) => `<li>Moved: ${e(section.title)}${section.fromParent !== section.toParent ? ` (from ${e(section.fromParent ?? 'top level')} to ${e(section.toParent ?? 'top level')})` : ''}</li>`),
    ]),
    group('reworded', 'Reworded', entityChanges(diff.sections.reworded)),
    group('facts', 'What sections state', entityChanges(diff.sections.changed)),
    group('processors', 'Processors and recipients', [
      ...diff.processors.added.map((processor) => `<li>Added: <ins>${e(processor.name)}</ins></li>`),
      ...diff.processors.removed.map((processor) => `<li>Removed: <del>${e(processor.name)}</del></li>`),
      ...entityChanges(diff.processors.changed),
    ]),
    group('legal-bases', 'Legal bases', [
      ...diff.legalBases.added.map((claim) => `<li>Added to ${e(claim.section)}: <ins>${e(claim.name ?? claim.code)} (${e(claim.article)})</ins></li>`),
      ...diff.legalBases.removed.map((claim) => `<li>Removed from ${e(claim.section)}: <del>${e(claim.name ?? claim.code)} (${e(claim.article)})</del></li>`),
      ...diff.legalBases.changed.map((claim) => `<li>${e(claim.name ?? claim.code)} in ${e(claim.section)}<ul>${claim.changes.map(fieldChange).join('')}</ul></li>`),
    ]),
    group('retention', 'Retention rules', [
      ...diff.retentionRules.added.map((rule) => `<li>Added: <ins>${e(rule.name)}</ins></li>`),
      ...diff.retentionRules.removed.map((rule) => `<li>Removed: <del>${e(rule.name)}</del></li>`),
      ...entityChanges(diff.retentionRules.changed),
    ]),
    group('rights', 'Your rights', [
      ...diff.rights.added.map((right) => `<li>Now stated: <ins>${e(right)}</ins></li>`),
      ...diff.rights.removed.map((right) => `<li>No longer stated: <del>${e(right)}</del></li>`),
    ]),
  ].join('');
  return sanitiseHtml(`<article class="privacy-policy-redline">${header}${body || '<p>No changes.</p>'}</article>`);
};
