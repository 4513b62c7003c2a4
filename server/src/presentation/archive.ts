import type { PolicySnapshot } from '../domain/snapshot';
import type { VersionMeta } from '../domain/version';
import type { VersionStatus } from '../rendering/archive-words';

/** One published version as the archive page and the feeds show it. */
export interface ArchiveEntry extends VersionMeta {
  /**
   * `current`: the version in effect today; `upcoming`: published, takes effect later; `past`: replaced by
   * a later version; `withdrawn`: withdrawn before it took effect (it never applied).
   */
  status: VersionStatus;
  /** The day the version was published (YYYY-MM-DD, in the configured time zone). */
  publishedOn: string;
  /** The version its redline starts from: the nearest older version not withdrawn; null for the first. */
  previous: string | null;
}

/** Every published version of a policy in one locale, newest first, with what the pages around them need. */
export interface PolicyArchive {
  slug: string;
  /** The policy's documentId: the stable part of the feeds' entry ids (a slug can change). */
  documentId: string;
  locale: string;
  /** The day (YYYY-MM-DD, in the configured time zone) the statuses hold on. */
  today: string;
  /** The policy part of the newest version not withdrawn: its title, controller and law (for the reader). */
  policy: PolicySnapshot['policy'];
  entries: ArchiveEntry[];
}

/**
 * Marks each version (newest first) with its status on `today` (YYYY-MM-DD), the way the admin timeline and
 * the public history do: withdrawn ones first, then, among the others, those effective after today are
 * upcoming, the newest effective on or before today is current, and the older ones are past.
 */
export const archiveEntries = (versions: VersionMeta[], today: string, dayOf: (isoMoment: string) => string): ArchiveEntry[] => {
  let currentFound = false;
  return versions.map((version, index) => {
    let status: VersionStatus;
    if (version.withdrawn) status = 'withdrawn';
    else if (version.effectiveDate > today) status = 'upcoming';
    else if (!currentFound) {
      status = 'current';
      currentFound = true;
    } else status = 'past';
    const previous = versions.slice(index + 1).find((older) => !older.withdrawn)?.number ?? null;
    return { ...version, status, publishedOn: dayOf(version.publishedAt), previous };
  });
};

/** The first day an entry's status changes (an upcoming version takes effect), or null: answers built from the archive end then. */
export const nextSwitchOf = (archive: Pick<PolicyArchive, 'entries'>): string | null =>
  archive.entries
    .filter((entry) => entry.status === 'upcoming')
    .map((entry) => entry.effectiveDate)
    .sort()[0] ?? null;

/** The newest version in effect, if any. */
export const currentEntryOf = (archive: Pick<PolicyArchive, 'entries'>) =>
  archive.entries.find((entry) => entry.status === 'current') ?? null;

/** The version a reader should read now: the one in effect, else (every version is upcoming or withdrawn) the next to take effect. */
export const versionToReadOf = (archive: Pick<PolicyArchive, 'entries'>) => {
  const next = nextSwitchOf(archive);
  return currentEntryOf(archive) ?? archive.entries.find((entry) => entry.status === 'upcoming' && entry.effectiveDate === next) ?? null;
};
