import type {
  LegalBasisClaimSnapshot,
  PolicySnapshot,
  ProcessorSnapshot,
  RetentionRuleSnapshot,
  SectionSnapshot,
} from '../domain/snapshot';

/**
 * A processing activity is a section that states a legal basis or lists data it collects (the summary
 * only restates others). Facts a section does not state itself are inherited from its nearest ancestor
 * that does: a subsection usually narrows the purpose of its parent without repeating its data or recipients.
 */
export interface ProcessingActivity {
  section: SectionSnapshot;
  /** Titles from the top-level section down to this one. */
  path: string[];
  dataCategories: string[];
  legalBases: LegalBasisClaimSnapshot[];
  processors: ProcessorSnapshot[];
  retentionRules: RetentionRuleSnapshot[];
  dataSources: string[];
}

const isActivity = (section: SectionSnapshot) =>
  section.category !== 'summary' && (section.legalBases.length > 0 || section.dataCollected.length > 0);

const nearest = <T>(chain: SectionSnapshot[], pick: (section: SectionSnapshot) => T[]): T[] => {
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    const found = pick(chain[index]);
    if (found.length) return found;
  }
  return [];
};

export const processingActivities = (snapshot: PolicySnapshot): ProcessingActivity[] => {
  const activities: ProcessingActivity[] = [];
  const walk = (sections: SectionSnapshot[], ancestors: SectionSnapshot[]) =>
    sections.forEach((section) => {
      const chain = [...ancestors, section];
      if (isActivity(section)) {
        activities.push({
          section,
          path: chain.map((link) => link.title),
          dataCategories: nearest(chain, (link) => link.dataCollected),
          legalBases: nearest(chain, (link) => link.legalBases),
          processors: nearest(chain, (link) => link.processors),
          retentionRules: nearest(chain, (link) => link.retentionRules),
          dataSources: nearest(chain, (link) => link.dataSources),
        });
      }
      walk(section.children, chain);
    });
  walk(snapshot.sections, []);
  return activities;
};

/** Every section in document order, with its ancestors. */
export const eachSection = (snapshot: PolicySnapshot): { section: SectionSnapshot; ancestors: SectionSnapshot[] }[] => {
  const found: { section: SectionSnapshot; ancestors: SectionSnapshot[] }[] = [];
  const walk = (sections: SectionSnapshot[], ancestors: SectionSnapshot[]) =>
    sections.forEach((section) => {
      found.push({ section, ancestors });
      walk(section.children, [...ancestors, section]);
    });
  walk(snapshot.sections, []);
  return found;
};
