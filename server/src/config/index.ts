import { errors, yup } from '@strapi/utils';

export interface RateWindow {
  max: number;
  windowSeconds: number;
}

export interface PrivacyPolicyConfig {
  /** Install the GDPR Art. 6(1) and 9(2) legal bases on first start. */
  installLegalBases: boolean;
  /**
   * Language (en, fr or de) of the labels and help the plugin writes into the content manager's
   * configuration on first install. Admins using English, French or German see the plugin's words in
   * their own language whatever this is; it decides what the list view, "Configure the view" and
   * admins in other languages read.
   */
  adminLanguage: 'en' | 'fr' | 'de';
  /** IANA time zone that decides which calendar day "today" is for effective dates. */
  timeZone: string;
  /** Seconds a public response may be cached by browsers and CDNs. */
  cacheMaxAge: number;
  cache: {
    /** Most bytes of cached public answers (every encoding counted) one instance keeps. */
    maxBytes: number;
    /** How often (ms) an instance not on PostgreSQL reads the publication generation to hear of other instances' publishes. */
    pollIntervalMs: number;
  };
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
  /** Acceptance records of signed-in users (users-permissions); see docs/configuration.md#acceptance. */
  acceptance: {
    /** Which newer versions, once in effect, ask a user to accept again: major ones (x.0) or any. */
    requireOn: 'major' | 'any';
    /** Whether the next version may be accepted before it takes effect. */
    allowUpcoming: boolean;
    /** What happens to a user's acceptance records when the user is deleted (docs/operations.md#deleted-users-and-acceptance-records). */
    onUserDelete: 'erase' | 'anonymise';
  };
  subscriptions: {
    confirmTokenTtlHours: number;
    recordIp: boolean;
    recordUserAgent: boolean;
    /** Where the limits are counted: in the database (shared by every instance) or in this process's memory. */
    rateLimit: { store: 'database' | 'memory'; perIp: RateWindow; perAddress: RateWindow };
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
  adminLanguage: 'en',
  timeZone: 'UTC',
  cacheMaxAge: 300,
  cache: { maxBytes: 64 * 1024 * 1024, pollIntervalMs: 1000 },
  maxSectionDepth: 6,
  noticePeriodDays: 30,
  publicUrl: '',
  tokenSecret: '',
  compliance: { blockPublishOnErrors: true },
  acceptance: { requireOn: 'major', allowUpcoming: false, onUserDelete: 'erase' },
  subscriptions: {
    confirmTokenTtlHours: 48,
    recordIp: false,
    recordUserAgent: false,
    rateLimit: { store: 'database', perIp: { max: 10, windowSeconds: 3600 }, perAddress: { max: 3, windowSeconds: 3600 } },
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

const wholeNumber = (name: string, min: number, max: number) =>
  yup
    .number()
    .typeError(`${name} must be a whole number from ${min} to ${max}`)
    .integer(`${name} must be a whole number from ${min} to ${max}`)
    .min(min, `${name} must be a whole number from ${min} to ${max}`)
    .max(max, `${name} must be a whole number from ${min} to ${max}`)
    .required(`${name} must be a whole number from ${min} to ${max}`);

const seconds = (name: string) =>
  yup
    .number()
    .typeError(`${name} must be a number of seconds from 0 to 604800`)
    .min(0, `${name} must be a number of seconds from 0 to 604800`)
    .max(7 * 86_400, `${name} must be a number of seconds from 0 to 604800`)
    .required(`${name} must be a number of seconds from 0 to 604800`);

const flag = (name: string) => yup.boolean().typeError(`${name} must be a boolean`).required(`${name} must be a boolean`);

const rateWindow = (name: string) =>
  yup.object({ max: wholeNumber(`${name}.max`, 1, 1_000_000), windowSeconds: wholeNumber(`${name}.windowSeconds`, 1, 86_400 * 7) });

/** The plugin's configuration, checked at start: a wrong value stops Strapi with a message naming the key. */
export const configSchema = yup.object({
  installLegalBases: flag('installLegalBases'),
  adminLanguage: yup.mixed().oneOf(['en', 'fr', 'de'], ({ value }) => `adminLanguage must be one of en, fr, de, not "${value}"`),
  timeZone: yup.mixed().test('time-zone', ({ value }) => `timeZone "${value}" is not an IANA time zone`, isValidTimeZone),
  cacheMaxAge: wholeNumber('cacheMaxAge', 0, 31_536_000),
  cache: yup.object({
    maxBytes: wholeNumber('cache.maxBytes', 1024 * 1024, 8 * 1024 * 1024 * 1024),
    pollIntervalMs: wholeNumber('cache.pollIntervalMs', 100, 60_000),
  }),
  maxSectionDepth: wholeNumber('maxSectionDepth', 1, 10),
  noticePeriodDays: wholeNumber('noticePeriodDays', 0, 365),
  publicUrl: yup
    .string()
    .test(
      'origin',
      'publicUrl must be an http(s) origin such as https://www.example.com',
      (value) => !value || /^https?:\/\/[^/\s]+/.test(value),
    ),
  compliance: yup.object({ blockPublishOnErrors: flag('compliance.blockPublishOnErrors') }),
  acceptance: yup.object({
    requireOn: yup
      .mixed()
      .oneOf(['major', 'any'], ({ value }) => `acceptance.requireOn must be "major" or "any", not "${value}"`)
      .required('acceptance.requireOn must be "major" or "any"'),
    allowUpcoming: flag('acceptance.allowUpcoming'),
    onUserDelete: yup
      .mixed()
      .oneOf(['erase', 'anonymise'], ({ value }) => `acceptance.onUserDelete must be "erase" or "anonymise", not "${value}"`)
      .required('acceptance.onUserDelete must be "erase" or "anonymise"'),
  }),
  subscriptions: yup.object({
    confirmTokenTtlHours: wholeNumber('subscriptions.confirmTokenTtlHours', 1, 720),
    rateLimit: yup.object({
      store: yup.mixed().oneOf(['database', 'memory'], 'subscriptions.rateLimit.store must be "database" or "memory"'),
      perIp: rateWindow('subscriptions.rateLimit.perIp'),
      perAddress: rateWindow('subscriptions.rateLimit.perAddress'),
    }),
  }),
  delivery: yup.object({
    pollIntervalMs: wholeNumber('delivery.pollIntervalMs', 50, 3_600_000),
    batchSize: wholeNumber('delivery.batchSize', 1, 10_000),
    fanoutBatchSize: wholeNumber('delivery.fanoutBatchSize', 1, 100_000),
    concurrency: wholeNumber('delivery.concurrency', 1, 200),
    messagesPerSecond: wholeNumber('delivery.messagesPerSecond', 1, 100_000),
    maxAttempts: wholeNumber('delivery.maxAttempts', 1, 100),
    retryBaseSeconds: seconds('delivery.retryBaseSeconds'),
    retryMaxSeconds: seconds('delivery.retryMaxSeconds'),
    leaseSeconds: wholeNumber('delivery.leaseSeconds', 5, 86_400),
  }),
});

export default {
  default: defaultConfig,
  validator(config: PrivacyPolicyConfig) {
    try {
      configSchema.validateSync(config, { strict: true, abortEarly: false });
    } catch (error: any) {
      const messages: string[] = error?.errors ?? [String(error?.message ?? error)];
      throw new errors.ValidationError(`privacy-policy config: ${messages.join('; ')}`);
    }
  },
};
