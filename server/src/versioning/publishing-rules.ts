import { DateTime } from 'luxon';
import { type Classification, isMajorReason } from './classifier';

export interface PublishRequest {
  changeType?: string | null;
  effectiveDate?: string | null;
  changeSummary?: string | null;
  overrideClassifier?: boolean | null;
}

/** A version published earlier whose effective date is still ahead. */
export interface PendingVersion {
  number: string;
  effectiveDate: string;
}

export interface PublishContext {
  isFirstVersion: boolean;
  /** The publish date, YYYY-MM-DD in the configured time zone. */
  today: string;
  noticePeriodDays: number;
  classification: Classification;
  /** The pending version (not withdrawn) with the latest effective date, if any. */
  pendingVersion?: PendingVersion | null;
}

export interface RuleViolation {
  rule: string;
  path: string[];
  message: string;
}

const addDays = (date: string, days: number) => DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;

const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;

type Rule = (
  request: Required<Pick<PublishRequest, 'changeType'>> & PublishRequest & { effectiveDate: string | null },
  context: PublishContext,
) => RuleViolation | null;

const changeTypeRequired: Rule = ({ changeType }) =>
  changeType === 'minor' || changeType === 'major'
    ? null
    : { rule: 'change-type-required', path: ['changeType'], message: 'changeType is required to publish a policy: choose minor or major' };

const effectiveDateRequired: Rule = ({ effectiveDate }) =>
  isIsoDate(effectiveDate)
    ? null
    : { rule: 'effective-date-required', path: ['effectiveDate'], message: 'effectiveDate is required to publish a policy' };

/** GDPR Art. 13(3) and 14(4), and WP260 rev.01 para 29: the people concerned hear of a major change first. */
const summaryRequiredForMajor: Rule = ({ changeType, changeSummary }) =>
  changeType === 'major' && !changeSummary?.trim()
    ? {
        rule: 'summary-required-for-major',
        path: ['changeSummary'],
        message: 'changeSummary is required for a major change: say what changed for the people it concerns',
      }
    : null;

/** WP260 rev.01 para 30: a major change is announced before it takes effect; the plugin sets the notice period. */
const majorNoticePeriod: Rule = ({ changeType, effectiveDate }, { isFirstVersion, today, noticePeriodDays }) => {
  if (isFirstVersion || changeType !== 'major' || !isIsoDate(effectiveDate)) return null;
  const earliest = addDays(today, noticePeriodDays);
  return effectiveDate < earliest
    ? {
        rule: 'major-notice-period',
        path: ['effectiveDate'],
        message: `effectiveDate of a major change must be at least ${noticePeriodDays} days after the publish date (${today}): choose ${earliest} or later`,
      }
    : null;
};

const minorNotBackdated: Rule = ({ changeType, effectiveDate }, { isFirstVersion, today }) =>
  !isFirstVersion && changeType === 'minor' && isIsoDate(effectiveDate) && effectiveDate < today
    ? {
        rule: 'minor-not-backdated',
        path: ['effectiveDate'],
        message: `effectiveDate of a minor change cannot be before the publish date (${today})`,
      }
    : null;

/**
 * Every version holds all the changes before it, so a version that takes effect before a pending one
 * would put the pending change in force early, bypassing its notice period.
 */
const beforePendingVersion: Rule = ({ effectiveDate }, { pendingVersion }) =>
  pendingVersion && isIsoDate(effectiveDate) && effectiveDate < pendingVersion.effectiveDate
    ? {
        rule: 'before-pending-version',
        path: ['effectiveDate'],
        message: `version ${pendingVersion.number}, published earlier, takes effect on ${pendingVersion.effectiveDate} and this version would contain its changes: choose ${pendingVersion.effectiveDate} or later, or withdraw version ${pendingVersion.number} first`,
      }
    : null;

const classifiedMajor: Rule = ({ changeType, overrideClassifier }, { isFirstVersion, classification }) =>
  !isFirstVersion && changeType === 'minor' && classification.suggestion === 'major' && !overrideClassifier
    ? {
        rule: 'classified-major',
        path: ['changeType'],
        message: `this change looks major (${classification.reasons
          .filter(isMajorReason)
          .map((reason) => reason.message)
          .join('; ')}): publish it as major, or set overrideClassifier to publish it as minor`,
      }
    : null;

const RULES: Rule[] = [
  changeTypeRequired,
  effectiveDateRequired,
  summaryRequiredForMajor,
  majorNoticePeriod,
  minorNotBackdated,
  beforePendingVersion,
  classifiedMajor,
];

/**
 * Every rule a publish breaks, in one list; an empty list means it may go ahead. The first version of a
 * policy may carry any effective date (an existing policy is often imported with its historic date).
 */
export const publishingRuleViolations = (request: PublishRequest, context: PublishContext): RuleViolation[] => {
  const effectiveDate = request.effectiveDate ? String(request.effectiveDate).slice(0, 10) : null;
  const normalised = { ...request, changeType: request.changeType ?? null, effectiveDate };
  return RULES.map((rule) => rule(normalised, context)).filter((violation): violation is RuleViolation => violation !== null);
};

/** The pending version (not withdrawn) with the latest effective date after `today`: a new version may not take effect before it. */
export const latestPendingVersion = (
  recorded: { number: string; effectiveDate: unknown; withdrawnAt?: unknown }[],
  today: string,
): PendingVersion | null =>
  recorded
    .filter((row) => !row.withdrawnAt && String(row.effectiveDate).slice(0, 10) > today)
    .map((row) => ({ number: row.number, effectiveDate: String(row.effectiveDate).slice(0, 10) }))
    .sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate))[0] ?? null;

/** Error findings of a compliance report, as violations of the publishing rule `compliance` (one per finding). */
export const complianceViolations = (
  findings: { severity: string; check: string; message: string; source: string; fix: string }[],
): RuleViolation[] =>
  findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => ({
      rule: 'compliance',
      path: ['compliance', finding.check],
      message: `${finding.message} (${finding.source}). ${finding.fix}`,
    }));
