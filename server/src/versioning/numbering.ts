export interface VersionNumber {
  major: number;
  minor: number;
}

export const formatVersionNumber = ({ major, minor }: VersionNumber) => `${major}.${minor}`;

export const parseVersionNumber = (number: string): VersionNumber | null => {
  const match = /^(\d{1,6})\.(\d{1,6})$/.exec(number);
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : null;
};

/**
 * The number the next version gets. `active` is the latest version not withdrawn (what the change is
 * compared with); `recorded` are all numbers ever recorded in this policy and locale, withdrawn ones
 * included, so that a number is never given twice.
 *
 * - the first version is 1.0;
 * - a major change takes the next major number above every recorded one (a withdrawn 2.0 makes it 3.0);
 * - a minor change continues the line in force (1.1 → 1.2), above any withdrawn minor of that line.
 */
export const nextVersionNumber = (
  active: VersionNumber | null,
  recorded: VersionNumber[],
  changeType: 'minor' | 'major',
): VersionNumber => {
  const highestMajor = Math.max(0, ...recorded.map((version) => version.major));
  if (!active || changeType === 'major') return { major: highestMajor + 1, minor: 0 };
  const highestMinor = Math.max(
    active.minor,
    ...recorded.filter((version) => version.major === active.major).map((version) => version.minor),
  );
  return { major: active.major, minor: highestMinor + 1 };
};
