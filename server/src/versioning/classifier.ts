import type { ProcessorSnapshot } from '../domain/snapshot';
import { MECHANISMS } from '../law/regimes';
import type { FieldChange, PolicyDiff } from './diff';
import { periodDays, regimesLeft, thirdCountries } from './diff';

export type ChangeType = 'minor' | 'major';

/** What the classifier suggests: a major or a minor change, or "review" when it found prose it cannot read. */
export type Suggestion = ChangeType | 'review';

export type ClassifierRule =
  // Always major (WP260 rev.01 paras 29–30; GDPR Art. 13(3), 14(4)).
  | 'new-processing-activity'
  | 'new-data-collected'
  | 'new-recipient'
  | 'new-transfer-outside-uk-eea'
  | 'weaker-safeguard'
  | 'new-legal-basis'
  | 'longer-retention'
  | 'removed-right'
  | 'controller-changed'
  | 'purpose-changed'
  | 'new-automated-decision'
  | 'new-data-source'
  // Minor, with the reason.
  | 'provider-swapped'
  | 'label-changed'
  // For a person to read.
  | 'recipient-added'
  | 'text-changed'
  | 'applicable-law-changed';

export interface ClassifierReason {
  rule: ClassifierRule;
  message: string;
  path: string;
  /** What the reason makes of the change; absent in classifications recorded before "review" existed (they were all major). */
  effect?: Suggestion;
}

export interface Classification {
  suggestion: Suggestion;
  /** Every reason found, the major ones first, then those to review, then the minor ones. */
  reasons: ClassifierReason[];
}

/** Whether a reason makes the change major (older stored reasons, without an effect, did). */
export const isMajorReason = (reason: ClassifierReason) => (reason.effect ?? 'major') === 'major';

/** How much protection a transfer tool gives (law/data/transfer-mechanisms.json); higher is stronger. */
const strongestSafeguard = (mechanisms: string[]) => Math.max(0, ...mechanisms.map((mechanism) => MECHANISMS[mechanism]?.strength ?? 0));

const changeOf = (changes: FieldChange[], field: string) => changes.find((change) => change.field === field);

const major = (rule: ClassifierRule, message: string, path: string): ClassifierReason => ({ rule, message, path, effect: 'major' });
const minor = (rule: ClassifierRule, message: string, path: string): ClassifierReason => ({ rule, message, path, effect: 'minor' });
const review = (rule: ClassifierRule, message: string, path: string): ClassifierReason => ({ rule, message, path, effect: 'review' });

/** "outside the EEA", "outside the United Kingdom", or both, for the countries and the policy's law. */
const outsideWhere = (diff: PolicyDiff, codes: string[]) => {
  if (!diff.law) return 'outside the UK/EEA';
  const regimes = [...new Set(codes.flatMap((code) => regimesLeft(code, diff.law!)))];
  return `outside ${regimes.map((regime) => regime.territoryName.en).join(' and ')}`;
};

const codesOf = (processor: ProcessorSnapshot) => processor.storageCountries.map((country) => country.code);
const safeguardsOf = (processor: ProcessorSnapshot) => [processor.transferMechanism, ...processor.additionalTransferMechanisms];
const sameSet = (a: string[], b: string[]) => JSON.stringify([...new Set(a)].sort()) === JSON.stringify([...new Set(b)].sort());

/** A removed provider the added one replaces: same kind of recipient and role, same countries, same safeguards. */
const swaps = (diff: PolicyDiff) => {
  const pairs = new Map<string, ProcessorSnapshot>();
  const unused = [...diff.processors.removed];
  for (const added of diff.processors.added) {
    const index = unused.findIndex(
      (removed) =>
        removed.category === added.category &&
        removed.role === added.role &&
        sameSet(codesOf(removed), codesOf(added)) &&
        sameSet(safeguardsOf(removed), safeguardsOf(added)),
    );
    if (index !== -1) pairs.set(added.slug, unused.splice(index, 1)[0]);
  }
  return pairs;
};

const processorReasons = (diff: PolicyDiff): ClassifierReason[] => {
  const reasons: ClassifierReason[] = [];
  const swapped = swaps(diff);
  // Older diffs do not list the old version's categories: every new recipient then counts as a new category.
  const categoriesBefore = new Set(diff.processors.categoriesBefore ?? []);
  for (const processor of diff.processors.added) {
    const replaced = swapped.get(processor.slug);
    if (replaced) {
      reasons.push(
        minor(
          'provider-swapped',
          `"${processor.name}" replaces "${replaced.name}": the same kind of recipient (${processor.category}), in the same countries, under the same safeguard`,
          `processors.${processor.slug}`,
        ),
      );
      continue;
    }
    if (processor.role === 'source') {
      reasons.push(
        major('new-data-source', `new source of information "${processor.name}" (${processor.category})`, `processors.${processor.slug}`),
      );
    } else if (!categoriesBefore.has(processor.category)) {
      reasons.push(major('new-recipient', `new recipient "${processor.name}" (${processor.category})`, `processors.${processor.slug}`));
    } else {
      reasons.push(
        review(
          'recipient-added',
          `new recipient "${processor.name}" of a kind the policy already names (${processor.category}): check whether people would expect it`,
          `processors.${processor.slug}`,
        ),
      );
    }
    const outside = thirdCountries(codesOf(processor), diff.law);
    if (outside.length) {
      reasons.push(
        major(
          'new-transfer-outside-uk-eea',
          `"${processor.name}" stores data ${outsideWhere(diff, outside)} (${outside.join(', ')})`,
          `processors.${processor.slug}.storageCountries`,
        ),
      );
    }
  }
  for (const { slug, name, changes } of diff.processors.changed) {
    const countries = changeOf(changes, 'storageCountries');
    const newlyOutside = thirdCountries(countries?.added ?? [], diff.law);
    if (newlyOutside.length) {
      reasons.push(
        major(
          'new-transfer-outside-uk-eea',
          `"${name}" now stores data in ${newlyOutside.join(', ')}, ${outsideWhere(diff, newlyOutside)}`,
          `processors.${slug}.storageCountries`,
        ),
      );
    }
    const safeguards = changeOf(changes, 'safeguards');
    const transfersOutside = diff.processors.thirdCountry
      ? diff.processors.thirdCountry.includes(slug)
      : (changeOf(changes, 'transfersOutsideUkEea')?.to ?? diff.processors.outsideUkEea.includes(slug));
    if (safeguards && transfersOutside) {
      const before = strongestSafeguard(safeguards.from as string[]);
      const after = strongestSafeguard(safeguards.to as string[]);
      if (after < before) {
        reasons.push(
          major(
            'weaker-safeguard',
            `"${name}" moves to a weaker transfer safeguard (${(safeguards.from as string[]).join(' + ')} → ${(safeguards.to as string[]).join(' + ')})`,
            `processors.${slug}.transferMechanism`,
          ),
        );
      }
    }
    const category = changeOf(changes, 'category');
    if (category && !categoriesBefore.has(category.to as string)) {
      reasons.push(
        major(
          'new-recipient',
          `"${name}" becomes a new kind of recipient (${category.from} → ${category.to})`,
          `processors.${slug}.category`,
        ),
      );
    }
    const renamed = changeOf(changes, 'name');
    if (renamed && !category && !changeOf(changes, 'storageCountries') && !safeguards && !changeOf(changes, 'role')) {
      reasons.push(
        minor(
          'provider-swapped',
          `"${renamed.to}" replaces "${renamed.from}": the same kind of recipient, in the same countries, under the same safeguard`,
          `processors.${slug}.name`,
        ),
      );
    }
    for (const change of changes.filter((entry) => entry.words)) {
      reasons.push(
        review('text-changed', `the text of "${name}" changed (${change.field}): read it`, `processors.${slug}.${change.field}`),
      );
    }
  }
  return reasons;
};

/** Whether an automated decision is new: none before, or now with legal or similarly significant effects, or now a decision. */
const newAutomatedDecision = (change: FieldChange | undefined) => {
  if (!change || !change.to) return false;
  const from = change.from as { kind?: string; legalEffect?: boolean } | null;
  const to = change.to as { kind?: string; legalEffect?: boolean };
  return (
    !from || (!from.legalEffect && Boolean(to.legalEffect)) || (from.kind !== 'automated-decision' && to.kind === 'automated-decision')
  );
};

const SECTION_TEXT = new Set(['provisionRequirement', 'storageLocation', 'lawReferences']);

const sectionReasons = (diff: PolicyDiff): ClassifierReason[] => {
  const reasons: ClassifierReason[] = [];
  for (const section of diff.sections.added) {
    if (section.processingActivity) {
      reasons.push(major('new-processing-activity', `new processing activity "${section.title}"`, `sections.${section.slug}`));
    }
  }
  for (const { slug, name, changes } of diff.sections.changed) {
    const data = changeOf(changes, 'dataCollected');
    if (data?.added?.length) {
      reasons.push(major('new-data-collected', `"${name}" collects more data: ${data.added.join(', ')}`, `sections.${slug}.dataCollected`));
    }
    const countries = changeOf(changes, 'storageCountries');
    const newlyOutside = thirdCountries(countries?.added ?? [], diff.law);
    if (newlyOutside.length) {
      reasons.push(
        major(
          'new-transfer-outside-uk-eea',
          `"${name}" now stores data in ${newlyOutside.join(', ')}, ${outsideWhere(diff, newlyOutside)}`,
          `sections.${slug}.storageCountries`,
        ),
      );
    }
    const sources = changeOf(changes, 'dataSources');
    if (sources?.added?.length) {
      reasons.push(
        major(
          'new-data-source',
          `"${name}" gets information from a new source: ${sources.added.join(', ')}`,
          `sections.${slug}.dataSources`,
        ),
      );
    }
    const decision = changeOf(changes, 'automatedDecision');
    if (newAutomatedDecision(decision)) {
      reasons.push(
        major(
          'new-automated-decision',
          `"${name}" now describes automated decision-making or profiling with more effect`,
          `sections.${slug}.automatedDecision`,
        ),
      );
    } else if (decision) {
      reasons.push(
        review(
          'text-changed',
          `the description of the automated decision-making in "${name}" changed: read it`,
          `sections.${slug}.automatedDecision`,
        ),
      );
    }
    for (const change of changes.filter((entry) => SECTION_TEXT.has(entry.field))) {
      reasons.push(review('text-changed', `the text of "${name}" changed (${change.field}): read it`, `sections.${slug}.${change.field}`));
    }
  }
  for (const { slug, name, changes } of diff.sections.reworded) {
    const title = changeOf(changes, 'title');
    if (title) reasons.push(minor('label-changed', `section title "${title.from}" → "${title.to}"`, `sections.${slug}.title`));
    if (changeOf(changes, 'body')) {
      reasons.push(
        review('text-changed', `the text of section "${name}" changed: the classifier cannot read prose; read it`, `sections.${slug}.body`),
      );
    }
  }
  return reasons;
};

/** Who the controller is and how to reach them, and so how rights are exercised (WP260 rev.01 para 30). */
const CONTROLLER_FIELDS: Record<string, string> = {
  name: 'name',
  establishmentCountry: 'country of establishment',
  registrationNumber: 'registration number',
  registrationAuthority: 'registration authority',
  postalAddress: 'postal address',
  email: 'email address',
  phone: 'phone number',
  dpoName: 'data protection officer',
  dpoEmail: "data protection officer's email address",
  representativeName: 'representative',
  representativeAddress: "representative's address",
  supervisoryAuthority: 'supervisory authority',
};

const policyReasons = (diff: PolicyDiff): ClassifierReason[] =>
  diff.policy.flatMap((change): ClassifierReason[] => {
    if (change.field.startsWith('controller.')) {
      const field = change.field.slice('controller.'.length);
      return CONTROLLER_FIELDS[field]
        ? [major('controller-changed', `the controller's ${CONTROLLER_FIELDS[field]} changes`, `policy.${change.field}`)]
        : [review('text-changed', `the controller details changed (${field}): read them`, `policy.${change.field}`)];
    }
    if (change.field === 'title' || change.field === 'slug') {
      return [minor('label-changed', `policy ${change.field} "${change.from}" → "${change.to}"`, `policy.${change.field}`)];
    }
    if (change.field === 'applicableLaw') {
      return [
        review(
          'applicable-law-changed',
          `the law that applies changes (${change.from ?? 'eu-gdpr'} → ${change.to}): rights, transfers and children read differently`,
          'policy.applicableLaw',
        ),
      ];
    }
    if (change.field === 'introduction') return [review('text-changed', 'the introduction changed: read it', 'policy.introduction')];
    return [];
  });

const legalBasisReasons = (diff: PolicyDiff): ClassifierReason[] => [
  ...diff.legalBases.added.map((claim) =>
    major(
      'new-legal-basis',
      `"${claim.section}" now relies on ${claim.name ?? claim.code} (${claim.article ?? ''})`.replace(' ()', ''),
      `sections.${claim.section}.legalBases.${claim.code}`,
    ),
  ),
  ...diff.legalBases.changed.flatMap((claim) =>
    claim.changes.map((change) => {
      const path = `sections.${claim.section}.legalBases.${claim.code}.${change.field}`;
      if (change.field === 'purpose' || change.field === 'dpvPurpose') {
        return major('purpose-changed', `the purpose "${claim.section}" relies on ${claim.name ?? claim.code} for changes`, path);
      }
      if (change.field === 'justificationLabel')
        return minor('label-changed', `the heading of a justification in "${claim.section}" changed`, path);
      return review('text-changed', `the justification of ${claim.name ?? claim.code} in "${claim.section}" changed: read it`, path);
    }),
  ),
];

const retentionReasons = (diff: PolicyDiff): ClassifierReason[] =>
  diff.retentionRules.changed.flatMap(({ slug, name, changes }) => {
    const reasons: ClassifierReason[] = [];
    const period = changeOf(changes, 'period');
    if (period && periodDays(period.to as string | null) > periodDays(period.from as string | null)) {
      reasons.push(
        major(
          'longer-retention',
          `"${name}" is kept longer (${period.from ?? 'no period'} → ${period.to ?? 'no fixed period'})`,
          `retentionRules.${slug}.period`,
        ),
      );
    }
    if (changeOf(changes, 'name')) reasons.push(minor('label-changed', `retention rule renamed "${name}"`, `retentionRules.${slug}.name`));
    for (const change of changes.filter((entry) => entry.words || entry.field === 'criteria')) {
      reasons.push(
        review(
          'text-changed',
          `the ${change.field === 'criteria' ? 'criteria' : 'text'} of retention rule "${name}" changed (${change.field}): read it`,
          `retentionRules.${slug}.${change.field}`,
        ),
      );
    }
    return reasons;
  });

const ORDER: Suggestion[] = ['major', 'review', 'minor'];

/**
 * Suggests "major" for a change the law treats as fundamental (GDPR Art. 13(3), 14(4); WP260 rev.01 paras 29–30):
 * who the controller is or how to reach them, a purpose, how rights are exercised, a new kind of recipient, a new
 * transfer to a third country or a weaker safeguard, longer retention, new automated decisions, a new source of
 * data, a new activity, data or basis. "Minor" with a reason for a provider swapped for a like one or a changed
 * title or label. "Review" when it found prose it cannot read. Every reason names its rule and the item.
 */
export const classify = (diff: PolicyDiff): Classification => {
  const reasons = dedupe([
    ...sectionReasons(diff),
    ...processorReasons(diff),
    ...legalBasisReasons(diff),
    ...retentionReasons(diff),
    ...diff.rights.removed.map((right) => major('removed-right', `the policy no longer states the right: ${right}`, 'rights')),
    ...policyReasons(diff),
  ]);
  const ordered = reasons
    .map((reason, index) => ({ reason, index }))
    .sort((a, b) => ORDER.indexOf(a.reason.effect!) - ORDER.indexOf(b.reason.effect!) || a.index - b.index)
    .map(({ reason }) => reason);
  const suggestion: Suggestion = ORDER.find((effect) => reasons.some((reason) => reason.effect === effect)) ?? 'minor';
  return { suggestion, reasons: ordered };
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
