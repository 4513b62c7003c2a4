import type { SectionSnapshot } from '../../domain/snapshot';
import type { ComplianceCheck } from '../findings';
import { finding, sectionTarget } from '../findings';
import { allSections } from './shared';

interface AgeLaw {
  name: string;
  source: string;
  pattern: RegExp;
  /** The age of digital consent, or the range a member state may set. */
  lowest: number;
  highest: number;
}

/** First match wins, so "UK GDPR" is not read as the EU GDPR. */
const AGE_LAWS: AgeLaw[] = [
  { name: 'COPPA', source: 'COPPA, 15 U.S.C. § 6501(1)', pattern: /coppa|children.s online privacy protection/i, lowest: 13, highest: 13 },
  // Only section 9 of the UK Act: Ireland's Data Protection Act 2018 sets 16.
  {
    name: 'UK GDPR Art. 8',
    source: 'UK GDPR Art. 8; DPA 2018 s.9',
    pattern: /uk gdpr|data protection act 2018,?\s*(s\.?|section)\s*9\b/i,
    lowest: 13,
    highest: 13,
  },
  { name: 'GDPR Art. 8', source: 'GDPR Art. 8(1)', pattern: /gdpr|general data protection regulation|2016\/679/i, lowest: 13, highest: 16 },
];

const lawCitedBy = (reference: string) => AGE_LAWS.find((law) => law.pattern.test(reference));

const citedLaws = (section: SectionSnapshot) =>
  [...new Set(section.lawReferences.map(lawCitedBy))].filter((law): law is AgeLaw => law !== undefined);

const thresholdOf = (law: AgeLaw) =>
  law.lowest === law.highest ? `${law.lowest}` : `${law.highest} (or as low as ${law.lowest} where a member state has lowered it)`;

export const childrenAgeThreshold: ComplianceCheck = {
  id: 'children-age-threshold',
  source: 'COPPA; GDPR Art. 8; UK GDPR Art. 8 / DPA 2018 s.9',
  title: "The children's age threshold matches the law cited",
  appliesTo: 'any',
  run(snapshot) {
    return allSections(snapshot).flatMap((section) => {
      const age = section.ageThreshold;
      if (age === null) return [];
      return citedLaws(section)
        .filter((law) => age < law.lowest || age > law.highest)
        .map((law) =>
          finding(childrenAgeThreshold, {
            severity: 'error',
            source: law.source,
            target: sectionTarget(section, 'ageThreshold'),
            message: `Section "${section.title}" states ${age} but cites ${law.name}, whose threshold is ${thresholdOf(law)}.`,
            fix: `Set the age threshold to the one ${law.name} sets, or cite the law that sets ${age}.`,
          }),
        );
    });
  },
};
