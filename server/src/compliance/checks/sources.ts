import type { SectionSnapshot } from '../../domain/snapshot';
import { processingActivities } from '../../domain/processing-activities';
import type { ComplianceCheck } from '../findings';
import { finding, sectionTarget } from '../findings';
import { allSections, chainOf } from './shared';

const SAYS_OBTAINED_FROM_OTHERS = /third[\s-]part|public(ly)?[\s-]+(available[\s-]+|accessible[\s-]+)?sources?/i;

/**
 * Data comes from someone other than the person when the section lists a processor in the role of a
 * source, or when a collection activity's title or slug says it comes from third parties or public sources.
 */
const obtainedFromOthers = (section: SectionSnapshot, isActivity: boolean) =>
  section.processors.some((processor) => processor.role === 'source') ||
  (isActivity && section.category === 'collection' && SAYS_OBTAINED_FROM_OTHERS.test(`${section.title} ${section.slug}`));

export const dataSourcesStated: ComplianceCheck = {
  id: 'data-sources-stated',
  source: (regime) => regime.article('Art. 14(2)(f)'),
  title: 'Data not obtained from the person names its sources',
  appliesTo: 'privacy',
  run(snapshot, { regimes }) {
    const activities = new Set(processingActivities(snapshot).map((activity) => activity.section));
    return allSections(snapshot)
      .filter((section) => obtainedFromOthers(section, activities.has(section)))
      .filter((section) => chainOf(snapshot, section).every((link) => link.dataSources.length === 0))
      .map((section) =>
        finding(dataSourcesStated, {
          severity: 'error',
          regimes,
          target: sectionTarget(section, 'dataSources'),
          message: `Section "${section.title}" describes data obtained from others without naming where it comes from.`,
          fix: "List the sources, or categories of sources, in the section's data sources.",
        }),
      );
  },
};
