import { errors } from '@strapi/utils';

export interface RateWindow {
  max: number;
  windowSeconds: number;
}

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
  /** Origin that links in emails point to (default: the server's url, else http://localhost:<port>). */
  publicUrl: string;
  /** Secret for signing unsubscribe links (default: the app's first key). */
  tokenSecret: string;
  compliance: {
    /** Refuse to publish a version with error findings unless the editor overrides (recorded on the version). */
    blockPublishOnErrors: boolean;
  };
  subscriptions: {
    confirmTokenTtlHours: number;
    recordIp: boolean;
    recordUserAgent: boolean;
    rateLimit: { perIp: RateWindow; perAddress: RateWindow };
  };
  delivery: {
    enabled: boolean;
    pollIntervalMs: number;
    batchSize: number;
    fanoutBatchSize: number;
    concurrency: number;
    messagesPerSecond: number;
    maxAttempts: number;
    retryBaseSeconds: number;
    retryMaxSeconds: number;
    leaseSeconds: number;
  };
  email: {
    from: string | null;
    unsubscribeMailto: string | null;
    /** URL templates with {slug}, {number}, {from}; default to the plugin's public routes. */
    policyUrl: string | null;
    redlineUrl: string | null;
    defaultLocale: string;
    /** Extra or replacement strings per locale (see README). */
    strings: Record<string, Record<string, string>>;
    /** Mustache templates replacing the built-in ones: { confirmation: { subject, text, html }, notification: {…} } */
    templates: Record<string, Partial<Record<'subject' | 'text' | 'html', string>>>;
  };
}

export const defaultConfig: PrivacyPolicyConfig = {
  installLegalBases: true,
  timeZone: 'UTC',
  cacheMaxAge: 300,
  maxSectionDepth: 6,
  noticePeriodDays: 30,
  publicUrl: '',
  tokenSecret: '',
  compliance: { blockPublishOnErrors: true },
  subscriptions: {
    confirmTokenTtlHours: 48,
    recordIp: false,
    recordUserAgent: false,
    rateLimit: { perIp: { max: 10, windowSeconds: 3600 }, perAddress: { max: 3, windowSeconds: 3600 } },
  },
  delivery: {
    enabled: true,
    pollIntervalMs: 1000,
    batchSize: 100,
    fanoutBatchSize: 1000,
    concurrency: 5,
    messagesPerSecond: 20,
    maxAttempts: 5,
    retryBaseSeconds: 30,
    retryMaxSeconds: 3600,
    leaseSeconds: 120,
  },
  email: {
    from: null,
    unsubscribeMailto: null,
    policyUrl: null,
    redlineUrl: null,
    defaultLocale: 'en',
    strings: {},
    templates: {},
  },
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

const fail = (message: string) => {
  throw new errors.ValidationError(`privacy-policy config: ${message}`);
};

const wholeNumber = (value: unknown, name: string, min: number, max: number) => {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    fail(`${name} must be a whole number from ${min} to ${max}`);
  }
};

export default {
  default: defaultConfig,
  validator(config: PrivacyPolicyConfig) {
    if (typeof config.installLegalBases !== 'boolean') fail('installLegalBases must be a boolean');
    if (!isValidTimeZone(config.timeZone)) fail(`timeZone "${config.timeZone}" is not an IANA time zone`);
    wholeNumber(config.cacheMaxAge, 'cacheMaxAge', 0, 31_536_000);
    wholeNumber(config.maxSectionDepth, 'maxSectionDepth', 1, 10);
    wholeNumber(config.noticePeriodDays, 'noticePeriodDays', 0, 365);
    if (config.publicUrl && !/^https?:\/\/[^/\s]+/.test(config.publicUrl))
      fail('publicUrl must be an http(s) origin such as https://www.example.com');
    if (typeof config.compliance?.blockPublishOnErrors !== 'boolean') fail('compliance.blockPublishOnErrors must be a boolean');
    const { subscriptions, delivery } = config;
    wholeNumber(subscriptions?.confirmTokenTtlHours, 'subscriptions.confirmTokenTtlHours', 1, 720);
    for (const key of ['perIp', 'perAddress'] as const) {
      wholeNumber(subscriptions?.rateLimit?.[key]?.max, `subscriptions.rateLimit.${key}.max`, 1, 1_000_000);
      wholeNumber(subscriptions?.rateLimit?.[key]?.windowSeconds, `subscriptions.rateLimit.${key}.windowSeconds`, 1, 86_400 * 7);
    }
    wholeNumber(delivery?.pollIntervalMs, 'delivery.pollIntervalMs', 50, 3_600_000);
    wholeNumber(delivery?.batchSize, 'delivery.batchSize', 1, 10_000);
    wholeNumber(delivery?.fanoutBatchSize, 'delivery.fanoutBatchSize', 1, 100_000);
    wholeNumber(delivery?.concurrency, 'delivery.concurrency', 1, 200);
    wholeNumber(delivery?.messagesPerSecond, 'delivery.messagesPerSecond', 1, 100_000);
    wholeNumber(delivery?.maxAttempts, 'delivery.maxAttempts', 1, 100);
    for (const key of ['retryBaseSeconds', 'retryMaxSeconds'] as const) {
      const value = delivery?.[key];
      if (typeof value !== 'number' || !(value >= 0 && value <= 7 * 86_400))
        fail(`delivery.${key} must be a number of seconds from 0 to 604800`);
    }
    wholeNumber(delivery?.leaseSeconds, 'delivery.leaseSeconds', 5, 86_400);
  },
};
