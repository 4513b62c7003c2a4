/**
 * Request and answer shapes of the admin routes added for the policy overview and the section tree,
 * shared by the server (which builds them) and the admin panel (which reads them).
 */

/** A version as the policies list shows it: its number and the day it takes (or took) effect. */
export interface VersionMark {
  number: string;
  effectiveDate: string;
}

/** GET /privacy-policy/policies?locale=&page=&pageSize= : one row per policy draft in that locale. */
export interface PolicySummary {
  documentId: string;
  title: string;
  slug: string;
  kind: string | null;
  /** The version in force today (never a withdrawn one). */
  current: VersionMark | null;
  /** The next version to take effect. */
  upcoming: VersionMark | null;
  /** Versions recorded in this locale, withdrawn ones included. */
  versionCount: number;
  /** The compliance checks on the saved draft. */
  health: { error: number; warning: number; info: number };
}

export interface PolicySummaryAnswer {
  data: PolicySummary[];
  meta: {
    locale: string;
    today: string;
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
  };
}

/** An entry a section links to, named as the editor knows it. */
export interface LinkedEntry {
  documentId: string;
  slug: string | null;
  name: string;
}

/** One section of the draft's tree, with what it states at a glance. */
export interface TreeSection {
  documentId: string;
  title: string;
  slug: string;
  category: string | null;
  position: number;
  /** The parent section's documentId; null for a top-level section. */
  parent: string | null;
  /** 1 for a top-level section. */
  depth: number;
  dataCollected: string[];
  legalBases: { name: string; article: string | null; label: string | null }[];
  processors: LinkedEntry[];
  retentionRules: (LinkedEntry & { period: string | null })[];
  children: TreeSection[];
}

/** GET /privacy-policy/policies/:documentId/tree?locale= */
export interface PolicyTreeAnswer {
  data: {
    policy: { documentId: string; title: string; slug: string; locale: string };
    sections: TreeSection[];
    /** Every processor and retention rule the tree links, to turn a health finding's slug into its entry. */
    processors: LinkedEntry[];
    retentionRules: LinkedEntry[];
    maxDepth: number;
  };
}

/** One move: the section goes under `parent` (null: top level) at `position` (0 = first) among its new siblings. */
export interface SectionMove {
  documentId: string;
  parent: string | null;
  position: number;
}

/** PUT /privacy-policy/policies/:documentId/tree : the moves, applied in order, in one transaction. */
export interface MoveSectionsBody {
  locale?: string;
  moves: SectionMove[];
}

/** The classifier's advice on a draft: `review` when it found changes it cannot read, and the editor decides. */
export type ChangeAdvice = 'minor' | 'major' | 'review';

/** One reason of the advice; classifications recorded before `review` existed lack the effect (they were all major). */
export interface AdviceReason {
  rule: string;
  message: string;
  effect?: ChangeAdvice;
}

/** The preview's classification of the draft against the version in force. */
export interface ChangeClassification {
  suggestion: ChangeAdvice;
  reasons: AdviceReason[];
}

/** One entry a restore writes: `updated` overwrites the draft, `created` adds it (again), `detached` takes a section out of the tree. */
export interface RestoreChange {
  kind: 'policy' | 'section' | 'processor' | 'retention-rule' | 'legal-basis';
  action: 'updated' | 'created' | 'detached';
  documentId: string | null;
  slug: string | null;
  name: string;
}

/** POST /privacy-policy/versions/:number/restore (and its plan). */
export interface RestoreResult {
  version: string;
  locale: string;
  changes: RestoreChange[];
  /** The draft's content hash after the restore, and whether it is the version's own. */
  contentHash: string | null;
  matchesVersion: boolean | null;
}
