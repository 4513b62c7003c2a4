/**
 * Whether a signed-in user has to accept a policy (again), and which version they may accept: pure
 * functions of the policy's versions in one locale, the user's acceptances and the day.
 *
 * The law asks the controller to inform people, not to have a notice accepted: GDPR Arts. 12–14, and for
 * changes Arts. 13(3) and 14(4) with WP260 rev.01 paras 29–30 (a change must be actively brought to
 * people's attention; a fundamental one well in advance). An acceptance record is the controller's
 * evidence that a user was shown a given version (accountability, Art. 5(2)). It is not consent to
 * processing: consent has to be asked for separately from other matters (Art. 7(2)) and may not be made
 * a condition of a service that does not need it (Art. 7(4); EDPB Guidelines 05/2020 section 3.1.2).
 *
 * By default only a major version (x.0, the kind of change WP260 para 30 calls fundamental) asks users
 * to accept again; `requireOn: 'any'` asks it for every version.
 */

export type RequireOn = 'major' | 'any';

/** A version as these rules need it: withdrawn versions are passed too and never count. */
export interface AcceptanceVersion {
  number: string;
  major: number;
  minor: number;
  /** YYYY-MM-DD */
  effectiveDate: string;
  withdrawn: boolean;
}

export interface UserAcceptance {
  number: string;
  acceptedAt: string;
}

/**
 * Why `needsAcceptance` is what it is:
 * - `never-accepted`: the user accepted no version of the policy in this locale that still counts;
 * - `major-version`: a major version newer than the one they accepted has taken effect;
 * - `new-version`: with `requireOn: 'any'`, a newer version of any kind has taken effect;
 * - `up-to-date`: nothing that asks for acceptance took effect after the version they accepted;
 * - `no-version-in-effect`: the policy has no version in effect yet (its first one is still upcoming).
 */
export type AcceptanceReason = 'never-accepted' | 'major-version' | 'new-version' | 'up-to-date' | 'no-version-in-effect';

export interface AcceptanceStatus<Version extends AcceptanceVersion = AcceptanceVersion> {
  accepted: UserAcceptance | null;
  current: Version | null;
  needsAcceptance: boolean;
  reason: AcceptanceReason;
  /** The version that asks the user to accept, when one does. */
  requiredBy: Version | null;
}

const effectiveDay = (version: AcceptanceVersion) => version.effectiveDate.slice(0, 10);
const newestFirst = (a: AcceptanceVersion, b: AcceptanceVersion) => b.major - a.major || b.minor - a.minor;
const isNewer = (a: AcceptanceVersion, b: { major: number; minor: number }) =>
  a.major > b.major || (a.major === b.major && a.minor > b.minor);

/** A major version is one whose number ends in .0: the first version and every major change (see numbering.ts). */
export const isMajorVersion = (version: Pick<AcceptanceVersion, 'minor'>) => version.minor === 0;

/** Whether a version asks users who accepted an older one to accept again. */
export const asksForAcceptance = (version: AcceptanceVersion, requireOn: RequireOn) => requireOn === 'any' || isMajorVersion(version);

/** The version in effect on `today`: the newest not withdrawn whose effective date has come. */
export const versionInEffect = <Version extends AcceptanceVersion>(versions: Version[], today: string): Version | null =>
  versions.filter((version) => !version.withdrawn && effectiveDay(version) <= today).sort(newestFirst)[0] ?? null;

/** The next version to take effect after `today`, if one is published and not withdrawn. */
export const nextUpcomingVersion = <Version extends AcceptanceVersion>(versions: Version[], today: string): Version | null =>
  versions
    .filter((version) => !version.withdrawn && effectiveDay(version) > today)
    .sort((a, b) => effectiveDay(a).localeCompare(effectiveDay(b)) || newestFirst(b, a))[0] ?? null;

/**
 * The user's standing against the policy: the newest version they accepted that still counts (a withdrawn
 * version never applied, so accepting it counts for nothing), and whether a version that asks for
 * acceptance took effect after it.
 */
export const acceptanceStatus = <Version extends AcceptanceVersion>({
  versions,
  acceptances,
  today,
  requireOn,
}: {
  versions: Version[];
  acceptances: UserAcceptance[];
  today: string;
  requireOn: RequireOn;
}): AcceptanceStatus<Version> => {
  const current = versionInEffect(versions, today);
  const standing = new Map(versions.filter((version) => !version.withdrawn).map((version) => [version.number, version]));
  const acceptedVersion =
    acceptances
      .map((acceptance) => standing.get(acceptance.number))
      .filter((version): version is Version => Boolean(version))
      .sort(newestFirst)[0] ?? null;
  const accepted = acceptedVersion ? (acceptances.find((acceptance) => acceptance.number === acceptedVersion.number) ?? null) : null;
  if (!current) return { accepted, current: null, needsAcceptance: false, reason: 'no-version-in-effect', requiredBy: null };
  if (!acceptedVersion) return { accepted: null, current, needsAcceptance: true, reason: 'never-accepted', requiredBy: current };
  const requiredBy =
    [...standing.values()]
      .filter((version) => effectiveDay(version) <= today && isNewer(version, acceptedVersion) && asksForAcceptance(version, requireOn))
      .sort(newestFirst)[0] ?? null;
  if (!requiredBy) return { accepted, current, needsAcceptance: false, reason: 'up-to-date', requiredBy: null };
  return { accepted, current, needsAcceptance: true, reason: isMajorVersion(requiredBy) ? 'major-version' : 'new-version', requiredBy };
};

export interface AcceptanceRefusal {
  rule: 'unknown-version' | 'withdrawn-version' | 'superseded-version' | 'upcoming-version' | 'not-next-version';
  message: string;
}

/**
 * Only the version in effect may be accepted, or the next one to take effect when `allowUpcoming` is on.
 * A withdrawn version never applied; an older one no longer applies; a later upcoming one is not next.
 * Null when `number` may be accepted.
 */
export const acceptanceRefusal = (
  versions: AcceptanceVersion[],
  number: string,
  { today, allowUpcoming }: { today: string; allowUpcoming: boolean },
): AcceptanceRefusal | null => {
  const current = versionInEffect(versions, today);
  const upcoming = nextUpcomingVersion(versions, today);
  const acceptable = [current, allowUpcoming ? upcoming : null].filter((version): version is AcceptanceVersion => Boolean(version));
  if (acceptable.some((version) => version.number === number)) return null;
  const hint = acceptable.length
    ? `: the version to accept is ${acceptable.map((version) => version.number).join(' or ')}`
    : ': the policy has no version in effect yet';
  const version = versions.find((candidate) => candidate.number === number);
  if (!version) return { rule: 'unknown-version', message: `version ${number} does not exist for this policy${hint}` };
  if (version.withdrawn) {
    return {
      rule: 'withdrawn-version',
      message: `version ${number} was withdrawn and never took effect, so it can not be accepted${hint}`,
    };
  }
  if (effectiveDay(version) <= today) {
    return { rule: 'superseded-version', message: `version ${number} is no longer in effect${hint}` };
  }
  if (upcoming && version.number !== upcoming.number) {
    return {
      rule: 'not-next-version',
      message: `version ${number} takes effect on ${effectiveDay(version)}, after version ${upcoming.number}; it can be accepted once it is in effect${hint}`,
    };
  }
  return {
    rule: 'upcoming-version',
    message: `version ${number} takes effect on ${effectiveDay(version)} and can be accepted from that day${hint}`,
  };
};
