import type { FieldChange, PolicyDiff } from './diff';
import { outsideUkEea, periodDays } from './diff';

export type ChangeType = 'minor' | 'major';

export type ClassifierRule =
  | 'new-processing-activity'
  | 'new-data-collected'
  | 'new-recipient'
  | 'new-transfer-outside-uk-eea'
  | 'weaker-safeguard'
  | 'new-legal-basis'
  | 'longer-retention'
  | 'removed-right';

export interface ClassifierReason {
  rule: ClassifierRule;
  message: string;
  path: string;
}

export interface Classification {
  suggestion: ChangeType;
  reasons: ClassifierReason[];
}

/** How much protection a transfer mechanism gives outside the UK/EEA; higher is stronger. */
const SAFEGUARD_STRENGTH: Record<string, number> = {
  'adequacy-decision': 5,
  'data-privacy-framework': 4,
  'binding-corporate-rules': 4,
  'standard-contractual-clauses': 4,
  'explicit-consent': 2,
  other: 2,
  'privacy-shield': 1,
  'none-needed': 0,
};

const strongestSafeguard = (mechanisms: string[]) => Math.max(0, ...mechanisms.map((mechanism) => SAFEGUARD_STRENGTH[mechanism] ?? 0));

const changeOf = (changes: FieldChange[], field: string) => changes.find((change) => change.field === field);

const processorReasons = (diff: PolicyDiff): ClassifierReason[] => {
  const reasons: ClassifierReason[] = [];
  for (const processor of diff.processors.added) {
    reasons.push({
      rule: 'new-recipient',
      message: `new recipient "${processor.name}" (${processor.category})`,
      path: `processors.${processor.slug}`,
    });
    if (processor.transfersOutsideUkEea) {
      reasons.push({
        rule: 'new-transfer-outside-uk-eea',
        message: `"${processor.name}" stores data outside the UK/EEA (${outsideUkEea(processor.storageCountries.map((c) => c.code)).join(', ')})`,
        path: `processors.${processor.slug}.storageCountries`,
      });
    }
  }
  for (const { slug, name, changes } of diff.processors.changed) {
    const countries = changeOf(changes, 'storageCountries');
    const newlyOutside = outsideUkEea(countries?.added ?? []);
    if (newlyOutside.length) {
      reasons.push({
        rule: 'new-transfer-outside-uk-eea',
        message: `"${name}" now stores data in ${newlyOutside.join(', ')}, outside the UK/EEA`,
        path: `processors.${slug}.storageCountries`,
      });
    }
    const safeguards = changeOf(changes, 'safeguards');
    const transfersOutside = changeOf(changes, 'transfersOutsideUkEea')?.to ?? diff.processors.outsideUkEea.includes(slug);
    if (safeguards && transfersOutside) {
      const before = strongestSafeguard(safeguards.from as string[]);
      const after = strongestSafeguard(safeguards.to as string[]);
      if (after < before) {
        reasons.push({
          rule: 'weaker-safeguard',
          message: `"${name}" moves to a weaker transfer safeguard (${(safeguards.from as string[]).join(' + ')} → ${(safeguards.to as string[]).join(' + ')})`,
          path: `processors.${slug}.transferMechanism`,
        });
      }
    }
  }
  return reasons;
};

const sectionReasons = (diff: PolicyDiff): ClassifierReason[] => {
  const reasons: ClassifierReason[] = [];
  for (const section of diff.sections.added) {
    if (section.processingActivity) {
      reasons.push({
        rule: 'new-processing-activity',
        message: `new processing activity "${section.title}"`,
        path: `sections.${section.slug}`,
      });
    }
  }
  for (const { slug, name, changes } of diff.sections.changed) {
    const data = changeOf(changes, 'dataCollected');
    if (data?.added?.length) {
      reasons.push({
        rule: 'new-data-collected',
        message: `"${name}" collects more data: ${data.added.join(', ')}`,
        path: `sections.${slug}.dataCollected`,
      });
    }
    const countries = changeOf(changes, 'storageCountries');
    const newlyOutside = outsideUkEea(countries?.added ?? []);
    if (newlyOutside.length) {
      reasons.push({
        rule: 'new-transfer-outside-uk-eea',
        message: `"${name}" now stores data in ${newlyOutside.join(', ')}, outside the UK/EEA`,
        path: `sections.${slug}.storageCountries`,
      });
    }
  }
  return reasons;
};

/**
 * Suggests "major" when the diff holds a change that the law (GDPR Art. 13(3), 14(4)) or the policy's own
 * change clause treats as major; every reason names the rule and the item it comes from.
 */
export const classify = (diff: PolicyDiff): Classification => {
  const reasons: ClassifierReason[] = [...sectionReasons(diff), ...processorReasons(diff)];
  for (const claim of diff.legalBases.added) {
    reasons.push({
      rule: 'new-legal-basis',
      message: `"${claim.section}" now relies on ${claim.name ?? claim.code} (${claim.article ?? ''})`.replace(' ()', ''),
      path: `sections.${claim.section}.legalBases.${claim.code}`,
    });
  }
  for (const { slug, name, changes } of diff.retentionRules.changed) {
    const period = changeOf(changes, 'period');
    if (period && periodDays(period.to as string | null) > periodDays(period.from as string | null)) {
      reasons.push({
        rule: 'longer-retention',
        message: `"${name}" is kept longer (${period.from ?? 'no period'} → ${period.to ?? 'no fixed period'})`,
        path: `retentionRules.${slug}.period`,
      });
    }
  }
  for (const right of diff.rights.removed) {
    reasons.push({ rule: 'removed-right', message: `the policy no longer states the right: ${right}`, path: 'rights' });
  }
  return { suggestion: reasons.length ? 'major' : 'minor', reasons: dedupe(reasons) };
};

const dedupe = (reasons: ClassifierReason[]) => {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = `${reason.rule}|${reason.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
