import { errors } from '@strapi/utils';

export interface PrivacyPolicyConfig {
  /** Install the GDPR Art. 6(1) and 9(2) legal bases on first start. */
  installLegalBases: boolean;
  /** IANA time zone that decides which calendar day "today" is for effective dates. */
  timeZone: string;
  /** Seconds a public response may be cached by browsers and CDNs. */
  cacheMaxAge: number;
  /** Deepest subsection level rendered and accepted (1 = top-level sections only). */
  maxSectionDepth: number;
  /** Minimum days between publishing a major change and its effective date. */
  noticePeriodDays: number;
}

export const defaultConfig: PrivacyPolicyConfig = {
  installLegalBases: true,
  timeZone: 'UTC',
  cacheMaxAge: 300,
  maxSectionDepth: 6,
  noticePeriodDays: 30,
};

const isValidTimeZone = (zone: unknown) => {
  if (typeof zone !== 'string' || zone.length === 0) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export default {
  default: defaultConfig,
  validator(config: Partial<PrivacyPolicyConfig>) {
    if (typeof config.installLegalBases !== 'boolean') {
      throw new errors.ValidationError('privacy-policy config: installLegalBases must be a boolean');
    }
    if (!isValidTimeZone(config.timeZone)) {
      throw new errors.ValidationError(`privacy-policy config: timeZone "${config.timeZone}" is not an IANA time zone`);
    }
    if (!Number.isInteger(config.cacheMaxAge) || (config.cacheMaxAge as number) < 0) {
      throw new errors.ValidationError('privacy-policy config: cacheMaxAge must be a whole number of seconds, 0 or more');
    }
    const notice = config.noticePeriodDays as number;
    if (!Number.isInteger(notice) || notice < 0 || notice > 365) {
      throw new errors.ValidationError('privacy-policy config: noticePeriodDays must be a whole number of days from 0 to 365');
    }
    const depth = config.maxSectionDepth as number;
    if (!Number.isInteger(depth) || depth < 1 || depth > 10) {
      throw new errors.ValidationError('privacy-policy config: maxSectionDepth must be a whole number from 1 to 10');
    }
  },
};
