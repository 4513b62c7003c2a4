import type { PolicyDiff } from '../versioning/diff';
import { RenderContext, versionMeta, VersionRow } from '../domain/version';
import { renderRedline } from '../rendering/redline';
import { namesOf } from '../rendering/vocabulary';

/**
 * What the public API answers, the same for REST and GraphQL: each builds its response from these, so the
 * two never disagree on a field.
 */

/** The version shown and, when a later one is scheduled, the upcoming one. */
export const renderContextOf = (shown: VersionRow, upcoming: VersionRow | null): RenderContext => ({
  version: versionMeta(shown),
  upcoming: upcoming && upcoming.number !== shown.number ? versionMeta(upcoming) : null,
});

/** One entry of a policy's public history: no one's name, and the current and upcoming marks. */
export const historyEntry = (row: VersionRow, current: VersionRow | null, upcoming: VersionRow | null) => ({
  ...versionMeta(row),
  isCurrent: current?.number === row.number,
  isUpcoming: upcoming?.number === row.number,
  suggestedChangeType: row.suggestedChangeType ?? null,
  classifierOverride: Boolean(row.classifierOverride),
});

export interface VersionDiff {
  from: VersionRow;
  to: VersionRow;
  diff: PolicyDiff;
}

/** The structured diff between two versions, with both versions' metadata. */
export const diffAnswer = ({ from, to, diff }: VersionDiff) => ({ from: versionMeta(from), to: versionMeta(to), diff });

/** The redline of a diff in the version's language, names taken from both snapshots. */
export const redlineOf = ({ from, to, diff }: VersionDiff, locale: string) =>
  renderRedline(to.snapshot.policy.title, diff, versionMeta(from), versionMeta(to), locale, namesOf(diff, from.snapshot, to.snapshot));
