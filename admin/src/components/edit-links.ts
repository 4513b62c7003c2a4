import type { PolicyTreeAnswer, TreeSection } from '../../../shared/contracts/admin';
import type { Finding } from './HealthCard';

export const UIDS = {
  policy: 'plugin::privacy-policy.policy',
  section: 'plugin::privacy-policy.policy-section',
  processor: 'plugin::privacy-policy.processor',
  retentionRule: 'plugin::privacy-policy.retention-rule',
} as const;

/**
 * The content manager's edit view of an entry in a locale (a path under /admin). With `field`, the
 * content manager focuses that field and scrolls it into view (its `?field=` parameter, which Strapi's
 * text, number, choice, JSON and relation inputs read); other inputs (Markdown, components) are not
 * focused, and the link text names the field.
 */
export const editViewPath = (uid: string, documentId: string, locale: string, field?: string | null) =>
  `/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=${encodeURIComponent(locale)}${
    field ? `&field=${encodeURIComponent(field)}` : ''
  }`;

/** The policy's edit view, in the locale. */
export const policyEditViewPath = (documentId: string, locale: string) => editViewPath(UIDS.policy, documentId, locale);

const findSection = (sections: TreeSection[], slug: string): TreeSection | undefined => {
  for (const section of sections) {
    if (section.slug === slug) return section;
    const inner = findSection(section.children, slug);
    if (inner) return inner;
  }
  return undefined;
};

/** The entry and field a health finding names, as an edit-view path; null when the entry is not in the draft's tree. */
export const findingPath = (
  finding: Pick<Finding, 'target'>,
  tree: PolicyTreeAnswer['data'],
  locale: string,
): { path: string; field: string | null } | null => {
  const { kind, slug, field } = finding.target;
  const bySlug = (entries: { documentId: string; slug: string | null }[]) => entries.find((entry) => slug && entry.slug === slug);
  switch (kind) {
    case 'policy':
      return { path: editViewPath(UIDS.policy, tree.policy.documentId, locale, field), field };
    case 'controller': {
      const name = field ? `controller.${field}` : 'controller';
      return { path: editViewPath(UIDS.policy, tree.policy.documentId, locale, name), field: name };
    }
    case 'section': {
      const section = slug ? findSection(tree.sections, slug) : undefined;
      return section ? { path: editViewPath(UIDS.section, section.documentId, locale, field), field } : null;
    }
    case 'processor': {
      const processor = bySlug(tree.processors);
      return processor ? { path: editViewPath(UIDS.processor, processor.documentId, locale, field), field } : null;
    }
    case 'retention-rule': {
      const rule = bySlug(tree.retentionRules);
      return rule ? { path: editViewPath(UIDS.retentionRule, rule.documentId, locale, field), field } : null;
    }
    default:
      return null;
  }
};
