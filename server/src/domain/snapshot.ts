/**
 * The snapshot a version records: the whole policy, self-contained, as plain data. Pure: the service
 * that loads rows lives in services/snapshot.ts.
 */
import { createHash } from 'node:crypto';
import { Duration } from 'luxon';
import { countryName } from './field-rules';
import { isUkOrEea } from './regions';

export interface CountrySnapshot {
  code: string;
  name: string;
}

export interface ProcessorSnapshot {
  slug: string;
  name: string;
  category: string;
  role: string;
  disclosedByName: boolean;
  purpose: string | null;
  dataShared: string[];
  privacyPolicyUrl: string | null;
  optOutUrl: string | null;
  storageCountries: CountrySnapshot[];
  storageDescription: string | null;
  transfersOutsideUkEea: boolean;
  transferMechanism: string;
  additionalTransferMechanisms: string[];
  transferNotes: string | null;
  /** Art. 13(1)(f): how to obtain a copy of the safeguard (SCCs, IDTA, BCRs). Absent in snapshots recorded before it existed. */
  safeguardCopy?: string | null;
  /** Art. 26(2): the essence of the arrangement with a joint controller. Absent in older snapshots. */
  jointArrangement?: string | null;
}

export interface RetentionRuleSnapshot {
  slug: string;
  name: string;
  dataCategory: string;
  period: string | null;
  periodText: string | null;
  trigger: string;
  triggerDescription: string | null;
  reason: string | null;
  criteria: string[];
}

export interface LegalBasisClaimSnapshot {
  code: string | null;
  regulation: string | null;
  article: string | null;
  name: string | null;
  justificationLabel: string | null;
  justification: string | null;
  /** Art. 13(1)(c): what the data is used for under this basis, in words. Absent in older snapshots. */
  purpose?: string | null;
  /** The purpose as a W3C DPV concept (without the dpv: prefix), when the editor chose one. */
  dpvPurpose?: string | null;
}

export interface SectionSnapshot {
  slug: string;
  title: string;
  category: string;
  position: number;
  body: string;
  dataCollected: string[];
  dataSources: string[];
  provisionRequirement: string | null;
  legalBases: LegalBasisClaimSnapshot[];
  processors: ProcessorSnapshot[];
  retentionRules: RetentionRuleSnapshot[];
  storageLocation: string | null;
  storageCountries: CountrySnapshot[];
  automatedDecision: {
    kind: string;
    logic: string | null;
    significance: string | null;
    howToObject: string | null;
    legalEffect: boolean;
  } | null;
  rights: string[];
  ageThreshold: number | null;
  lawReferences: string[];
  children: SectionSnapshot[];
}

export interface PolicySnapshot {
  schemaVersion: 1;
  policy: {
    documentId: string;
    slug: string;
    /** Absent in snapshots recorded before policies were localized. */
    locale?: string | null;
    title: string;
    kind: string;
    /** eu-gdpr, uk-gdpr or eu-and-uk-gdpr; absent in snapshots recorded before it existed (read as eu-gdpr). */
    applicableLaw?: string | null;
    websiteUrl: string | null;
    introduction: string;
    controller: Record<string, string | null> | null;
  };
  sections: SectionSnapshot[];
  processors: ProcessorSnapshot[];
  retentionRules: RetentionRuleSnapshot[];
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);
export const orNull = <T>(value: T | undefined | null) => (value === undefined || value === '' ? null : value);

const countries = (value: unknown): CountrySnapshot[] => list(value).map((code) => ({ code, name: countryName(code) }));

export const periodText = (period: string | null | undefined) => {
  if (!period) return null;
  const duration = Duration.fromISO(period);
  return duration.isValid ? duration.toHuman({ listStyle: 'long' }) : period;
};

export const processorSnapshot = (row: any): ProcessorSnapshot => {
  const storage = countries(row.storageCountries);
  return {
    slug: row.slug,
    name: row.name,
    category: row.category,
    role: row.role ?? 'processor',
    disclosedByName: row.disclosedByName !== false,
    purpose: orNull(row.purpose),
    dataShared: list(row.dataShared),
    privacyPolicyUrl: orNull(row.privacyPolicyUrl),
    optOutUrl: orNull(row.optOutUrl),
    storageCountries: storage,
    storageDescription: orNull(row.storageDescription),
    transfersOutsideUkEea: storage.some((country) => !isUkOrEea(country.code)),
    transferMechanism: row.transferMechanism ?? 'none-needed',
    additionalTransferMechanisms: list(row.additionalTransferMechanisms),
    transferNotes: orNull(row.transferNotes),
    safeguardCopy: orNull(row.safeguardCopy),
    jointArrangement: orNull(row.jointArrangement),
  };
};

export const retentionRuleSnapshot = (row: any): RetentionRuleSnapshot => ({
  slug: row.slug,
  name: row.name,
  dataCategory: row.dataCategory,
  period: orNull(row.period),
  periodText: periodText(row.period),
  trigger: row.trigger,
  triggerDescription: orNull(row.triggerDescription),
  reason: orNull(row.reason),
  criteria: list(row.criteria),
});

/** A section row with its relations and children loaded (the section tree service builds it). */
export interface SectionRow {
  slug: string;
  title: string;
  position?: number | null;
  children: SectionRow[];
  [field: string]: any;
}

export const sectionSnapshot = (node: SectionRow): SectionSnapshot => ({
  slug: node.slug,
  title: node.title,
  category: node.category,
  position: node.position ?? 0,
  body: node.body ?? '',
  dataCollected: list(node.dataCollected),
  dataSources: list(node.dataSources),
  provisionRequirement: orNull(node.provisionRequirement),
  legalBases: (node.legalBases ?? []).map((claim: any) => ({
    code: claim.legalBasis?.code ?? null,
    regulation: claim.legalBasis?.regulation ?? null,
    article: claim.legalBasis?.article ?? null,
    name: claim.legalBasis?.name ?? null,
    justificationLabel: orNull(claim.justificationLabel),
    justification: orNull(claim.justification),
    purpose: orNull(claim.purpose),
    dpvPurpose: orNull(claim.dpvPurpose),
  })),
  processors: (node.processors ?? []).map(processorSnapshot).sort((a: any, b: any) => a.name.localeCompare(b.name)),
  retentionRules: (node.retentionRules ?? []).map(retentionRuleSnapshot).sort((a: any, b: any) => a.name.localeCompare(b.name)),
  storageLocation: orNull(node.storageLocation),
  storageCountries: countries(node.storageCountries),
  automatedDecision: node.automatedDecision
    ? {
        kind: node.automatedDecision.kind ?? 'profiling',
        logic: orNull(node.automatedDecision.logic),
        significance: orNull(node.automatedDecision.significance),
        howToObject: orNull(node.automatedDecision.howToObject),
        legalEffect: Boolean(node.automatedDecision.legalEffect),
      }
    : null,
  rights: list(node.rights),
  ageThreshold: node.ageThreshold ?? null,
  lawReferences: list(node.lawReferences),
  children: node.children.map(sectionSnapshot),
});

export const collect = <T extends { slug: string }>(sections: SectionSnapshot[], pick: (s: SectionSnapshot) => T[]) => {
  const found = new Map<string, T>();
  const walk = (nodes: SectionSnapshot[]) =>
    nodes.forEach((section) => {
      pick(section).forEach((item) => found.set(item.slug, item));
      walk(section.children);
    });
  walk(sections);
  return [...found.values()].sort((a: any, b: any) => a.name.localeCompare(b.name));
};

export const withoutIds = (component: Record<string, any> | null | undefined) => {
  if (!component) return null;
  const { id: _id, __component: _component, ...fields } = component;
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, orNull(value as string)]));
};

/** JSON with keys in a fixed order, so equal content always hashes equally. */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as any)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
};

export const contentHash = (snapshot: PolicySnapshot) => createHash('sha256').update(canonicalJson(snapshot)).digest('hex');
