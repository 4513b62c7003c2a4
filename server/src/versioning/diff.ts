import { diffWords } from 'diff';
import { Duration } from 'luxon';
import type { PolicySnapshot, ProcessorSnapshot, RetentionRuleSnapshot, SectionSnapshot } from '../domain/snapshot';
import { isUkOrEea } from '../domain/regions';
import { regimesOf, type Regime } from '../law/regimes';

export interface WordChange {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
  /** Word-level diff, for text fields. */
  words?: WordChange[];
  /** For lists: what appeared and what went. */
  added?: unknown[];
  removed?: unknown[];
}

export interface SectionRef {
  slug: string;
  title: string;
  parent: string | null;
  /** The section states a processing activity: data collected, a legal basis or a recipient. */
  processingActivity: boolean;
}

export interface SectionMove extends SectionRef {
  fromParent: string | null;
  toParent: string | null;
  fromIndex: number;
  toIndex: number;
}

export interface EntityChange {
  slug: string;
  name: string;
  changes: FieldChange[];
}

export interface LegalBasisClaimRef {
  section: string;
  code: string | null;
  name: string | null;
  article: string | null;
}

/** The law of the newer snapshot, which decides what is a transfer to a third country. */
export interface DiffLaw {
  applicableLaw: string;
  /** The controller's country of establishment: its own country is not a destination of a transfer. */
  establishmentCountry: string | null;
}

export interface PolicyDiff {
  /** Absent in diffs recorded before it existed: those read transfers as leaving the UK/EEA. */
  law?: DiffLaw;
  policy: FieldChange[];
  sections: {
    added: SectionRef[];
    removed: SectionRef[];
    moved: SectionMove[];
    reworded: EntityChange[];
    changed: EntityChange[];
  };
  /**
   * `outsideUkEea`: slugs of the new version's processors that store data outside the UK/EEA. `thirdCountry`: those
   * storing data in a third country under the new version's law; `categoriesBefore`: the kinds of recipient the old
   * version named (both absent in diffs recorded before they existed).
   */
  processors: {
    added: ProcessorSnapshot[];
    removed: ProcessorSnapshot[];
    changed: EntityChange[];
    outsideUkEea: string[];
    thirdCountry?: string[];
    categoriesBefore?: string[];
  };
  retentionRules: { added: RetentionRuleSnapshot[]; removed: RetentionRuleSnapshot[]; changed: EntityChange[] };
  legalBases: {
    added: LegalBasisClaimRef[];
    removed: LegalBasisClaimRef[];
    changed: (LegalBasisClaimRef & { changes: FieldChange[] })[];
  };
  /** Data subject rights stated anywhere in the policy. */
  rights: { added: string[]; removed: string[] };
  isEmpty: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export const wordDiff = (from: string, to: string): WordChange[] =>
  diffWords(from ?? '', to ?? '').map(({ value, added, removed }) => ({
    value,
    ...(added ? { added: true } : {}),
    ...(removed ? { removed: true } : {}),
  }));

const textChange = (field: string, from: string | null, to: string | null): FieldChange => ({
  field,
  from,
  to,
  words: wordDiff(from ?? '', to ?? ''),
});

const listChange = (field: string, from: unknown[], to: unknown[]): FieldChange => {
  const key = (item: unknown) => JSON.stringify(item);
  const fromKeys = new Set(from.map(key));
  const toKeys = new Set(to.map(key));
  return {
    field,
    from,
    to,
    added: to.filter((item) => !fromKeys.has(key(item))),
    removed: from.filter((item) => !toKeys.has(key(item))),
  };
};

const compareFields = <T extends Record<string, any>>(
  from: T,
  to: T,
  textFields: string[],
  listFields: string[],
  plainFields: string[],
) => {
  const changes: FieldChange[] = [];
  for (const field of textFields) if (!same(from[field], to[field])) changes.push(textChange(field, from[field], to[field]));
  for (const field of listFields) if (!same(from[field], to[field])) changes.push(listChange(field, from[field] ?? [], to[field] ?? []));
  for (const field of plainFields)
    if (!same(from[field], to[field])) changes.push({ field, from: from[field] ?? null, to: to[field] ?? null });
  return changes;
};

interface FlatSection {
  section: SectionSnapshot;
  parent: string | null;
  siblings: string[];
}

const flatten = (sections: SectionSnapshot[], parent: string | null = null, into = new Map<string, FlatSection>()) => {
  const siblings = sections.map((section) => section.slug);
  for (const section of sections) {
    into.set(section.slug, { section, parent, siblings });
    flatten(section.children, section.slug, into);
  }
  return into;
};

const ref = ({ section, parent }: FlatSection): SectionRef => ({
  slug: section.slug,
  title: section.title,
  parent,
  processingActivity: section.dataCollected.length > 0 || section.legalBases.length > 0 || section.processors.length > 0,
});

const countryCodes = (countries: { code: string }[]) => countries.map((country) => country.code);

const SECTION_TEXT = ['provisionRequirement', 'storageLocation'];
const SECTION_LISTS = ['dataCollected', 'dataSources', 'rights', 'lawReferences'];
const SECTION_PLAIN = ['category', 'ageThreshold', 'automatedDecision'];

const sectionFactChanges = (from: SectionSnapshot, to: SectionSnapshot) => {
  const changes = compareFields(from as any, to as any, SECTION_TEXT, SECTION_LISTS, SECTION_PLAIN);
  const linked = (section: SectionSnapshot, key: 'processors' | 'retentionRules') => section[key].map((item) => item.slug);
  for (const key of ['processors', 'retentionRules'] as const) {
    if (!same(linked(from, key), linked(to, key))) changes.push(listChange(key, linked(from, key), linked(to, key)));
  }
  const fromCountries = countryCodes(from.storageCountries);
  const toCountries = countryCodes(to.storageCountries);
  if (!same(fromCountries, toCountries)) changes.push(listChange('storageCountries', fromCountries, toCountries));
  return changes;
};

const diffSections = (from: PolicySnapshot, to: PolicySnapshot): PolicyDiff['sections'] => {
  const before = flatten(from.sections);
  const after = flatten(to.sections);
  const result: PolicyDiff['sections'] = { added: [], removed: [], moved: [], reworded: [], changed: [] };
  for (const [slug, entry] of after) if (!before.has(slug)) result.added.push(ref(entry));
  for (const [slug, entry] of before) if (!after.has(slug)) result.removed.push(ref(entry));
  for (const [slug, next] of after) {
    const previous = before.get(slug);
    if (!previous) continue;
    // Order is compared among siblings that exist on both sides, so an insertion does not "move" the rest.
    const survivors = (entry: FlatSection, other: Map<string, FlatSection>) =>
      entry.siblings.filter((sibling) => other.get(sibling)?.parent === entry.parent);
    const fromIndex = survivors(previous, after).indexOf(slug);
    const toIndex = survivors(next, before).indexOf(slug);
    if (previous.parent !== next.parent || fromIndex !== toIndex) {
      result.moved.push({ ...ref(next), fromParent: previous.parent, toParent: next.parent, fromIndex, toIndex });
    }
    const reworded = compareFields(previous.section as any, next.section as any, ['title', 'body'], [], []);
    if (reworded.length) result.reworded.push({ slug, name: next.section.title, changes: reworded });
    const changed = sectionFactChanges(previous.section, next.section);
    if (changed.length) result.changed.push({ slug, name: next.section.title, changes: changed });
  }
  return result;
};

const PROCESSOR_TEXT = ['purpose', 'transferNotes', 'storageDescription', 'safeguardCopy', 'jointArrangement'];
const PROCESSOR_LISTS = ['dataShared', 'additionalTransferMechanisms'];
const PROCESSOR_PLAIN = [
  'name',
  'category',
  'role',
  'disclosedByName',
  'privacyPolicyUrl',
  'optOutUrl',
  'transferMechanism',
  'transfersOutsideUkEea',
];

const processorChanges = (from: ProcessorSnapshot, to: ProcessorSnapshot) => {
  const changes = compareFields(from as any, to as any, PROCESSOR_TEXT, PROCESSOR_LISTS, PROCESSOR_PLAIN);
  const fromCountries = countryCodes(from.storageCountries);
  const toCountries = countryCodes(to.storageCountries);
  if (!same(fromCountries, toCountries)) changes.push(listChange('storageCountries', fromCountries, toCountries));
  const safeguards = (processor: ProcessorSnapshot) => [processor.transferMechanism, ...processor.additionalTransferMechanisms];
  if (!same(safeguards(from), safeguards(to))) changes.push(listChange('safeguards', safeguards(from), safeguards(to)));
  return changes;
};

export const periodDays = (period: string | null) => (period ? Duration.fromISO(period).as('days') : Infinity);

const retentionChanges = (from: RetentionRuleSnapshot, to: RetentionRuleSnapshot) =>
  compareFields(from as any, to as any, ['triggerDescription', 'reason'], ['criteria'], ['name', 'dataCategory', 'period', 'trigger']);

const diffEntities = <T extends { slug: string; name: string }>(from: T[], to: T[], changesOf: (a: T, b: T) => FieldChange[]) => {
  const before = new Map(from.map((item) => [item.slug, item]));
  const after = new Map(to.map((item) => [item.slug, item]));
  return {
    added: to.filter((item) => !before.has(item.slug)),
    removed: from.filter((item) => !after.has(item.slug)),
    changed: to
      .filter((item) => before.has(item.slug))
      .map((item) => ({ slug: item.slug, name: item.name, changes: changesOf(before.get(item.slug)!, item) }))
      .filter((change) => change.changes.length > 0),
  };
};

type ClaimFacts = LegalBasisClaimRef & {
  justification: string | null;
  justificationLabel: string | null;
  purpose: string | null;
  dpvPurpose: string | null;
};

const claims = (sections: SectionSnapshot[]) => {
  const found = new Map<string, ClaimFacts>();
  for (const { section } of flatten(sections).values()) {
    for (const claim of section.legalBases) {
      found.set(`${section.slug}|${claim.code}`, {
        section: section.slug,
        code: claim.code,
        name: claim.name,
        article: claim.article,
        justification: claim.justification,
        justificationLabel: claim.justificationLabel,
        purpose: claim.purpose ?? null,
        dpvPurpose: claim.dpvPurpose ?? null,
      });
    }
  }
  return found;
};

const diffLegalBases = (from: PolicySnapshot, to: PolicySnapshot): PolicyDiff['legalBases'] => {
  const before = claims(from.sections);
  const after = claims(to.sections);
  const strip = ({ section, code, name, article }: LegalBasisClaimRef) => ({ section, code, name, article });
  const result: PolicyDiff['legalBases'] = { added: [], removed: [], changed: [] };
  for (const [key, claim] of after) if (!before.has(key)) result.added.push(strip(claim));
  for (const [key, claim] of before) if (!after.has(key)) result.removed.push(strip(claim));
  for (const [key, claim] of after) {
    const previous = before.get(key);
    if (!previous) continue;
    const changes = compareFields(previous as any, claim as any, ['justification', 'justificationLabel', 'purpose'], [], ['dpvPurpose']);
    if (changes.length) result.changed.push({ ...strip(claim), changes });
  }
  return result;
};

const statedRights = (sections: SectionSnapshot[]) => new Set([...flatten(sections).values()].flatMap(({ section }) => section.rights));

const diffRights = (from: PolicySnapshot, to: PolicySnapshot) => {
  const before = statedRights(from.sections);
  const after = statedRights(to.sections);
  return { added: [...after].filter((right) => !before.has(right)), removed: [...before].filter((right) => !after.has(right)) };
};

const diffPolicyFields = (from: PolicySnapshot['policy'], to: PolicySnapshot['policy']) => {
  const changes = compareFields(from as any, to as any, ['introduction'], [], ['title', 'slug', 'kind', 'applicableLaw', 'websiteUrl']);
  const fromController = from.controller ?? {};
  const toController = to.controller ?? {};
  for (const field of new Set([...Object.keys(fromController), ...Object.keys(toController)])) {
    if (!same(fromController[field], toController[field])) {
      changes.push({ field: `controller.${field}`, from: fromController[field] ?? null, to: toController[field] ?? null });
    }
  }
  return changes;
};

/** A structured account of what changed between two snapshots of a policy. */
export const diffSnapshots = (from: PolicySnapshot, to: PolicySnapshot): PolicyDiff => {
  const law = lawOf(to);
  const diff = {
    law,
    policy: diffPolicyFields(from.policy, to.policy),
    sections: diffSections(from, to),
    processors: {
      ...diffEntities(from.processors, to.processors, processorChanges),
      outsideUkEea: to.processors.filter((processor) => processor.transfersOutsideUkEea).map((processor) => processor.slug),
      thirdCountry: to.processors
        .filter(
          (processor) =>
            thirdCountries(
              processor.storageCountries.map((country) => country.code),
              law,
            ).length > 0,
        )
        .map((processor) => processor.slug),
      categoriesBefore: [
        ...new Set(from.processors.filter((processor) => processor.role !== 'source').map((processor) => processor.category)),
      ],
    },
    retentionRules: diffEntities(from.retentionRules, to.retentionRules, retentionChanges),
    legalBases: diffLegalBases(from, to),
    rights: diffRights(from, to),
  };
  const isEmpty =
    diff.policy.length === 0 &&
    Object.values(diff.sections).every((list) => list.length === 0) &&
    [diff.processors.added, diff.processors.removed, diff.processors.changed].every((list) => list.length === 0) &&
    [diff.retentionRules, diff.legalBases, diff.rights].every((group) => Object.values(group).every((list) => list.length === 0));
  return { ...diff, isEmpty };
};

export const outsideUkEea = (codes: unknown[]) => codes.filter((code) => typeof code === 'string' && !isUkOrEea(code));

/** The law a snapshot states (a snapshot recorded before `applicableLaw` existed follows the EU GDPR). */
export const lawOf = (snapshot: PolicySnapshot): DiffLaw => ({
  applicableLaw: snapshot.policy.applicableLaw || 'eu-gdpr',
  establishmentCountry: snapshot.policy.controller?.establishmentCountry?.trim().toUpperCase() || null,
});

/** The regimes under which a country is a third country for this law (neither inside it nor the controller's own). */
export const regimesLeft = (code: string, law: DiffLaw): Regime[] =>
  code === law.establishmentCountry ? [] : regimesOf(law.applicableLaw).filter((regime) => !regime.isInside(code));

/** Country codes that are third countries under the law; without one (older diffs), those outside the UK/EEA. */
export const thirdCountries = (codes: unknown[], law?: DiffLaw): string[] =>
  law
    ? codes.filter((code): code is string => typeof code === 'string' && regimesLeft(code, law).length > 0)
    : (outsideUkEea(codes) as string[]);
