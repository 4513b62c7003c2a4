import type { PolicySnapshot, ProcessorSnapshot, RetentionRuleSnapshot, SectionSnapshot } from '../domain/snapshot';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export interface FindingTarget {
  kind: 'policy' | 'controller' | 'section' | 'processor' | 'retention-rule';
  slug: string | null;
  field: string | null;
  label: string;
}

export interface ComplianceFinding {
  /** Stable kebab-case id of the check that found it. */
  check: string;
  severity: Severity;
  /** The rule broken, e.g. 'GDPR Art. 13(1)(a)' or 'CJEU C-311/18 (Schrems II)'. */
  source: string;
  target: FindingTarget;
  /** What is wrong, naming the item. */
  message: string;
  /** One line: what to do about it. */
  fix: string;
}

export interface ComplianceReport {
  findings: ComplianceFinding[];
  counts: Record<Severity, number>;
  /** Every check that ran. */
  checks: { id: string; source: string; title: string }[];
}

export interface ComplianceCheck {
  id: string;
  source: string;
  title: string;
  /** Items GDPR Art. 13/14 requires apply to privacy policies only; common mistakes are looked for in every kind. */
  appliesTo: 'privacy' | 'any';
  run(snapshot: PolicySnapshot): ComplianceFinding[];
}

export const finding = (
  check: Pick<ComplianceCheck, 'id' | 'source'>,
  details: { severity: Severity; target: FindingTarget; message: string; fix: string; source?: string },
): ComplianceFinding => ({
  check: check.id,
  severity: details.severity,
  source: details.source ?? check.source,
  target: details.target,
  message: details.message,
  fix: details.fix,
});

export const policyTarget = (snapshot: PolicySnapshot, field: string | null = null): FindingTarget => ({
  kind: 'policy',
  slug: snapshot.policy.slug,
  field,
  label: snapshot.policy.title,
});

export const controllerTarget = (snapshot: PolicySnapshot, field: string | null = null): FindingTarget => ({
  kind: 'controller',
  slug: null,
  field,
  label: snapshot.policy.controller?.name || 'Controller details',
});

export const sectionTarget = (section: SectionSnapshot, field: string | null = null): FindingTarget => ({
  kind: 'section',
  slug: section.slug,
  field,
  label: section.title,
});

export const processorTarget = (processor: ProcessorSnapshot, field: string | null = null): FindingTarget => ({
  kind: 'processor',
  slug: processor.slug,
  field,
  label: processor.name,
});

export const retentionRuleTarget = (rule: RetentionRuleSnapshot, field: string | null = null): FindingTarget => ({
  kind: 'retention-rule',
  slug: rule.slug,
  field,
  label: rule.name,
});
