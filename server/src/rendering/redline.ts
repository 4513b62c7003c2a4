import type { FieldChange, PolicyDiff, WordChange } from '../versioning/diff';
import type { VersionMeta } from '../domain/version';
import { escapeHtml as e, sanitiseHtml } from './sanitise';
import { formatDate } from './labels';
import { DiffNames, Entity, fieldLabel, nameOf, namesInDiff, rightInWords, valuePiece, ValuePiece, vocabulary } from './vocabulary';

const words = (changes: WordChange[]) =>
  changes.map(({ value, added, removed }) => (added ? `<ins>${e(value)}</ins>` : removed ? `<del>${e(value)}</del>` : e(value))).join('');

const pieceHtml = ({ text, href }: ValuePiece) => (href ? `<a href="${e(href)}" rel="nofollow noopener">${e(text)}</a>` : e(text));

interface Wording {
  locale: string;
  names: DiffNames;
}

const fieldChange = (entity: Entity, change: FieldChange, { locale, names }: Wording) => {
  const { colon, redline } = vocabulary(locale);
  const label = `<strong>${e(fieldLabel(entity, change.field, locale))}</strong>${e(colon)}`;
  const shown = (value: unknown) => pieceHtml(valuePiece(entity, change.field, value, locale, names));
  if (change.words) return `<li>${label}${words(change.words)}</li>`;
  if (change.added || change.removed) {
    const added = (change.added ?? []).map((item) => `<ins>${shown(item)}</ins>`);
    const removed = (change.removed ?? []).map((item) => `<del>${shown(item)}</del>`);
    return `<li>${label}${[...added, ...removed].join(', ') || e(redline.reordered)}</li>`;
  }
  return `<li>${label}<del>${shown(change.from)}</del> → <ins>${shown(change.to)}</ins></li>`;
};

const group = (className: string, title: string, items: string[]) =>
  items.length ? `<section class="privacy-policy-redline__${className}"><h2>${e(title)}</h2><ul>${items.join('')}</ul></section>` : '';

// "safeguards" is the classifier's view of transferMechanism and additionalTransferMechanisms together: those two are shown.
const shownToReaders = (entity: Entity, change: FieldChange) => !(entity === 'processor' && change.field === 'safeguards');

const entityChanges = (entity: Entity, items: { slug: string; name: string; changes: FieldChange[] }[], wording: Wording) =>
  items.map(
    ({ slug, name, changes }) =>
      `<li id="${e(slug)}"><strong>${e(name)}</strong><ul>${changes
        .filter((change) => shownToReaders(entity, change))
        .map((change) => fieldChange(entity, change, wording))
        .join('')}</ul></li>`,
  );

const headed = (heading: string, colon: string, body: string) => `<li>${e(heading)}${e(colon)}${body}</li>`;

/**
 * A readable redline of a structured diff, in the words of `locale` (the version's language): insertions
 * in <ins>, deletions in <del>, field labels instead of field names, durations and stored slugs in words,
 * web addresses as links. `names` gives titles for the slugs the diff refers to (see namesOf).
 */
export const renderRedline = (
  title: string,
  diff: PolicyDiff,
  from: VersionMeta,
  to: VersionMeta,
  locale = 'en',
  names: DiffNames = namesInDiff(diff),
) => {
  const { colon, redline } = vocabulary(locale);
  const wording = { locale, names };
  const section = (slug: string) => nameOf(names, 'sections', slug);
  const parent = (slug: string | null) => (slug === null ? null : section(slug));
  const claimName = (claim: { name: string | null; code: string | null; article: string | null }) =>
    [claim.name ?? claim.code ?? '', claim.article ? `(${claim.article})` : ''].filter(Boolean).join(' ');
  const timeOf = (isoDate: string) => `<time datetime="${e(isoDate)}">${e(formatDate(isoDate, locale))}</time>`;
  const when = to.withdrawn
    ? redline.wasWithdrawn(e(to.number), timeOf(to.withdrawn.at.slice(0, 10)))
    : redline.takesEffect(e(to.number), timeOf(to.effectiveDate));
  const header = `<header><h1>${e(redline.heading(title, from.number, to.number))}</h1><p>${when}${
    to.changeSummary ? ` ${e(to.changeSummary)}` : ''
  }</p></header>`;
  const body = [
    group(
      'policy',
      redline.groups.policy,
      diff.policy.map((change) => fieldChange('policy', change, wording)),
    ),
    group('sections', redline.groups.sections, [
      ...diff.sections.added.map((item) => headed(redline.added, colon, `<ins>${e(item.title)}</ins>`)),
      ...diff.sections.removed.map((item) => headed(redline.removed, colon, `<del>${e(item.title)}</del>`)),
      ...diff.sections.moved.map((item) =>
        headed(
          redline.moved,
          colon,
          `${e(item.title)}${item.fromParent !== item.toParent ? ` (${e(redline.movedBetween(parent(item.fromParent), parent(item.toParent)))})` : ''}`,
        ),
      ),
    ]),
    group('reworded', redline.groups.reworded, entityChanges('section', diff.sections.reworded, wording)),
    group('facts', redline.groups.facts, entityChanges('section', diff.sections.changed, wording)),
    group('processors', redline.groups.processors, [
      ...diff.processors.added.map((processor) => headed(redline.added, colon, `<ins>${e(processor.name)}</ins>`)),
      ...diff.processors.removed.map((processor) => headed(redline.removed, colon, `<del>${e(processor.name)}</del>`)),
      ...entityChanges('processor', diff.processors.changed, wording),
    ]),
    group('legal-bases', redline.groups.legalBases, [
      ...diff.legalBases.added.map((claim) => headed(redline.addedTo(section(claim.section)), colon, `<ins>${e(claimName(claim))}</ins>`)),
      ...diff.legalBases.removed.map((claim) =>
        headed(redline.removedFrom(section(claim.section)), colon, `<del>${e(claimName(claim))}</del>`),
      ),
      ...diff.legalBases.changed.map(
        (claim) =>
          `<li>${e(redline.claimIn(claimName(claim), section(claim.section)))}<ul>${claim.changes.map((change) => fieldChange('legalBasis', change, wording)).join('')}</ul></li>`,
      ),
    ]),
    group('retention', redline.groups.retention, [
      ...diff.retentionRules.added.map((rule) => headed(redline.added, colon, `<ins>${e(rule.name)}</ins>`)),
      ...diff.retentionRules.removed.map((rule) => headed(redline.removed, colon, `<del>${e(rule.name)}</del>`)),
      ...entityChanges('retentionRule', diff.retentionRules.changed, wording),
    ]),
    group('rights', redline.groups.rights, [
      ...diff.rights.added.map((right) => headed(redline.nowStated, colon, `<ins>${e(rightInWords(right, locale))}</ins>`)),
      ...diff.rights.removed.map((right) => headed(redline.noLongerStated, colon, `<del>${e(rightInWords(right, locale))}</del>`)),
    ]),
  ].join('');
  return sanitiseHtml(
    `<article class="privacy-policy-redline" lang="${e(locale)}">${header}${body || `<p>${e(redline.noChanges)}</p>`}</article>`,
  );
};
