import type { PolicySnapshot, ProcessorSnapshot, RetentionRuleSnapshot, SectionSnapshot } from '../domain/snapshot';
import type { ApplicableLaw, Regime } from '../law/regimes';

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
  /**
   * The rule broken, in the text of the regime it belongs to: 'GDPR Art. 13(1)(a)', 'UK GDPR Art. 13(1)(a)',
   * 'CJEU C-311/18 (Schrems II), 16 July 2020'. A finding both regimes of an EU-and-UK policy make names both.
   */
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

/** What a check needs besides the snapshot: the law that applies and the day it is judged on. */
export interface CheckContext {
  /** The day (YYYY-MM-DD) the policy is judged on: the plugin clock's today, never the machine's. */
  today: string;
  law: ApplicableLaw;
  /** The regimes the policy follows, EU first (see law/regimes.ts). */
  regimes: Regime[];
  /** The controller's country of establishment (ISO 3166-1 alpha-2), when the policy states it. */
  establishment: string | null;
}

export interface ComplianceCheck {
  id: string;
  /** The rule, in a regime's own text (`regime => regime.article('Art. 13(1)(c)')`), or one text for every regime. */
  source: string | ((regime: Regime) => string);
  title: string;
  /** Items GDPR Art. 13/14 requires apply to privacy policies only; common mistakes are looked for in every kind. */
  appliesTo: 'privacy' | 'any';
  run(snapshot: PolicySnapshot, context: CheckContext): ComplianceFinding[];
}

const unique = (items: string[]) => [...new Set(items)];

/** The check's source under each regime, once each: "GDPR Art. 13(1)(a); UK GDPR Art. 13(1)(a)". */
export const sourceOf = (check: Pick<ComplianceCheck, 'source'>, regimes: Regime[]) =>
  unique(regimes.flatMap((regime) => (typeof check.source === 'string' ? check.source : check.source(regime)).split('; '))).join('; ');

export const finding = (
  check: Pick<ComplianceCheck, 'id' | 'source'>,
  details: {
    severity: Severity;
    target: FindingTarget;
    message: string;
    fix: string;
    /** The regime(s) whose rule this is; the source is the check's under each. */
    regimes: Regime | Regime[];
    /** A source other than the check's own. */
    source?: string;
  },
): ComplianceFinding => ({
  check: check.id,
  severity: details.severity,
  source: details.source ?? sourceOf(check, ([] as Regime[]).concat(details.regimes)),
  target: details.target,
  message: details.message,
  fix: details.fix,
});

/**
 * Runs a rule once per regime of the policy. Findings that say the same thing about the same item under
 * both regimes of an EU-and-UK policy become one, naming both sources.
 */
export const perRegime = (context: CheckContext, rule: (regime: Regime) => ComplianceFinding[]): ComplianceFinding[] =>
  mergeFindings(context.regimes.flatMap(rule));

export const mergeFindings = (findings: ComplianceFinding[]): ComplianceFinding[] => {
  const merged = new Map<string, ComplianceFinding>();
  for (const found of findings) {
    const key = JSON.stringify([found.check, found.severity, found.target, found.message, found.fix]);
    const earlier = merged.get(key);
    if (!earlier) merged.set(key, found);
    else earlier.source = unique([...earlier.source.split('; '), ...found.source.split('; ')]).join('; ');
  }
  return [...merged.values()];
};

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
