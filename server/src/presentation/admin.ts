import { versionMeta, VersionRow } from '../domain/version';

/** A version as the admin panel shows it: who published and withdrew it, the classifier's and the compliance record. */
export const adminVersion = (row: VersionRow, marks: { current?: string | null; upcoming?: string | null } = {}) => ({
  ...versionMeta(row),
  withdrawn: row.withdrawnAt
    ? { at: new Date(row.withdrawnAt).toISOString(), reason: row.withdrawalReason ?? '', by: row.withdrawnBy ?? null }
    : null,
  isCurrent: marks.current === row.number,
  isUpcoming: marks.upcoming === row.number,
  publishedBy: row.publishedBy ?? null,
  suggestedChangeType: row.suggestedChangeType ?? null,
  classifierOverride: Boolean(row.classifierOverride),
  classification: row.classification ?? null,
  locale: row.policyLocale,
  complianceOverride: Boolean(row.complianceOverride),
  complianceFindings: row.complianceFindings ?? null,
});

export type AdminVersion = ReturnType<typeof adminVersion>;
