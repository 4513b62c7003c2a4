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
