import type { PolicyDiff } from '../versioning/diff';
import type { Classification } from '../versioning/classifier';

/** What changed, as short sentences for an email: the classifier's findings first, then the rest. */
export const changeList = (diff: PolicyDiff | null, classification: Classification | null, limit = 12): string[] => {
  if (!diff) return [];
  const lines = [
    ...(classification?.reasons ?? []).map((reason) => reason.message.charAt(0).toUpperCase() + reason.message.slice(1)),
    ...diff.sections.added.filter((section) => !section.processingActivity).map((section) => `New section "${section.title}"`),
    ...diff.sections.removed.map((section) => `Section "${section.title}" removed`),
    ...diff.sections.reworded.map((section) => `Section "${section.name}" reworded`),
    ...diff.processors.removed.map((processor) => `"${processor.name}" no longer receives your information`),
    ...diff.processors.changed
      .filter((change) => !(classification?.reasons ?? []).some((reason) => reason.path.startsWith(`processors.${change.slug}`)))
      .map((change) => `Details of "${change.name}" changed (${change.changes.map((field) => field.field).join(', ')})`),
    ...diff.retentionRules.added.map((rule) => `New retention rule "${rule.name}"`),
    ...diff.retentionRules.removed.map((rule) => `Retention rule "${rule.name}" removed`),
    ...diff.rights.added.map((right) => `Your right "${right}" is now stated`),
  ];
  const unique = [...new Set(lines)];
  return unique.length > limit ? [...unique.slice(0, limit), `…and ${unique.length - limit} more changes`] : unique;
};
