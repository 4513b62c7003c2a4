import type { PolicySnapshot } from './snapshot';
import type { PolicyDiff } from '../versioning/diff';
import type { Classification } from '../versioning/classifier';
import type { ComplianceFinding } from '../compliance/findings';

/** A version as readers see it: number, dates, summary, and whether it was withdrawn. */
export interface VersionMeta {
  number: string;
  changeType: 'minor' | 'major';
  effectiveDate: string;
  changeSummary: string | null;
  publishedAt: string;
  /** Set when the version was withdrawn before it took effect: it never applied. */
  withdrawn?: { at: string; reason: string } | null;
}

/** The version being rendered and, when one is scheduled, the next one. */
export interface RenderContext {
  version: VersionMeta | null;
  upcoming: VersionMeta | null;
}

export interface AdminRef {
  id: number;
  name: string;
}

/** A stored policy version (the `policy-version` content type's row). */
export interface VersionRow extends Omit<VersionMeta, 'withdrawn'> {
  id: number;
  documentId: string;
  policyDocumentId: string;
  policySlug: string;
  policyLocale: string;
  /** The published policy entry this version was recorded from: the key a publish reads its version back by. */
  policyEntryId: number | null;
  major: number;
  minor: number;
  snapshot: PolicySnapshot;
  contentHash: string;
  diff: PolicyDiff | null;
  classification: Classification | null;
  classifierOverride: boolean;
  /** The classifier's suggestion; 'review' when it found prose to read and nothing it calls major. */
  suggestedChangeType: 'minor' | 'major' | 'review' | null;
  complianceOverride: boolean;
  complianceFindings: ComplianceFinding[] | null;
  publishedBy: AdminRef | null;
  withdrawnAt: string | Date | null;
  withdrawnBy: AdminRef | null;
  withdrawalReason: string | null;
}

export type PublishOutcome = { recorded: true; version: VersionRow } | { recorded: false; reason: 'unchanged'; version: VersionRow };

type MetaRow = Pick<VersionRow, 'number' | 'changeType' | 'effectiveDate' | 'changeSummary' | 'publishedAt'> &
  Partial<Pick<VersionRow, 'withdrawnAt' | 'withdrawalReason'>>;

export const effectiveDateOf = (row: Pick<VersionRow, 'effectiveDate'>) => String(row.effectiveDate).slice(0, 10);

export const versionMeta = (row: MetaRow): VersionMeta => ({
  number: row.number,
  changeType: row.changeType,
  effectiveDate: effectiveDateOf(row),
  changeSummary: row.changeSummary ?? null,
  publishedAt: new Date(row.publishedAt).toISOString(),
  withdrawn: row.withdrawnAt ? { at: new Date(row.withdrawnAt).toISOString(), reason: row.withdrawalReason ?? '' } : null,
});
