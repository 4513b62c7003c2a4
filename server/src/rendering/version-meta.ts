export interface VersionMeta {
  number: string;
  changeType: 'minor' | 'major';
  effectiveDate: string;
  changeSummary: string | null;
  publishedAt: string;
}
