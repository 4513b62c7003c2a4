import { DateTime } from 'luxon';
import type { Classification } from './classifier';

export interface PublishRequest {
  changeType?: string | null;
  effectiveDate?: string | null;
  changeSummary?: string | null;
  overrideClassifier?: boolean | null;
}

export interface PublishContext {
  isFirstVersion: boolean;
  /** The publish date, YYYY-MM-DD in the configured time zone. */
  today: string;
  noticePeriodDays: number;
  classification: Classification;
}

export interface RuleViolation {
  rule: string;
  path: string[];
  message: string;
}

const addDays = (date: string, days: number) => DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;

const isIsoDate = (value: unknown): value is string => typeof value === 'string' && DateTime.fromISO(value).isValid && /^\d{4}-\d{2}-\d{2}/.test(value);

/**
 * The rules a publish must meet; an empty list means it may go ahead. The first version of a policy may
 * carry any effective date (an existing policy is often imported with its historic date).
 */
export const publishingRuleViolations = (request: PublishRequest, context: PublishContext): RuleViolation[] => {
  const violations: RuleViolation[] = [];
  const { changeType, changeSummary } = request;
  const effectiveDate = request.effectiveDate ? String(request.effectiveDate).slice(0, 10) : null;
  if (changeType !== 'minor' && changeType !== 'major') {
    violations.push({ rule: 'change-type-required', path: ['changeType'], message: 'changeType is required to publish a policy: choose minor or major' });
  }
  if (!isIsoDate(effectiveDate)) {
    violations.push({ rule: 'effective-date-required', path: ['effectiveDate'], message: 'effectiveDate is required to publish a policy' });
  }
  if (changeType === 'major' && !changeSummary?.trim()) {
    violations.push({ rule: 'summary-required-for-major', path: ['changeSummary'], message: 'changeSummary is required for a major change: say what changed for the people it concerns' });
  }
  if (violations.length || context.isFirstVersion) return violations;

  const earliestMajor = addDays(context.today, context.noticePeriodDays);
  if (changeType === 'major' && effectiveDate! < earliestMajor) {
    violations.push({
      rule: 'major-notice-period',
      path: ['effectiveDate'],
      message: `effectiveDate of a major change must be at least ${context.noticePeriodDays} days after the publish date (${context.today}): choose ${earliestMajor} or later`,
    });
  }
  if (changeType === 'minor' && effectiveDate! < context.today) {
    violations.push({
      rule: 'minor-not-backdated',
      path: ['effectiveDate'],
      message: `effectiveDate of a minor change cannot be before the publish date (${context.today})`,
    });
  }
  if (changeType === 'minor' && context.classification.suggestion === 'major' && !request.overrideClassifier) {
    violations.push({
      rule: 'classified-major',
      path: ['changeType'],
      message: `this change looks major (${context.classification.reasons.map((reason) => reason.message).join('; ')}): publish it as major, or set overrideClassifier to publish it as minor`,
    });
  }
  return violations;
};
