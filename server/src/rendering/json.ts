import type { PolicySnapshot, SectionSnapshot } from '../domain/snapshot';
import type { RenderContext } from '../domain/version';
import { markdownToSafeHtml, safeMarkdown } from './sanitise';
import { firstLayer, rightsExplained } from './first-layer';
import { readerOf } from './reader';

export interface TocEntry {
  slug: string;
  title: string;
  children: TocEntry[];
}

const toc = (sections: SectionSnapshot[]): TocEntry[] =>
  sections.map(({ slug, title, children }) => ({ slug, title, children: toc(children) }));

const withSafeBodies = (section: SectionSnapshot): SectionSnapshot & { bodyHtml: string } => ({
  ...section,
  body: safeMarkdown(section.body),
  bodyHtml: markdownToSafeHtml(section.body),
  children: section.children.map(withSafeBodies),
});

/**
 * The snapshot as the public JSON: structured, with each Markdown body also given as sanitised HTML, the law
 * it is given under, the first layer as data and each right explained, in the policy's language.
 */
export const renderJson = (snapshot: PolicySnapshot, { version, upcoming }: RenderContext) => {
  const reader = readerOf(snapshot, { version });
  return {
    ...snapshot.policy,
    applicableLaw: reader.law,
    lawName: reader.lawName,
    introduction: safeMarkdown(snapshot.policy.introduction),
    introductionHtml: markdownToSafeHtml(snapshot.policy.introduction),
    version,
    upcoming,
    firstLayer: firstLayer(reader, snapshot),
    rightsExplained: rightsExplained(reader, snapshot),
    toc: toc(snapshot.sections),
    sections: snapshot.sections.map(withSafeBodies),
    processors: snapshot.processors,
    retentionRules: snapshot.retentionRules,
  };
};
