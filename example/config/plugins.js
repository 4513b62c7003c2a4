const path = require('path');
const noDelaySocket = require('../lib/no-delay-socket');

module.exports = ({ env }) => ({
  // The plugin is loaded from the repository root, so the demo always runs the code in this tree.
  'privacy-policy': {
    enabled: true,
    resolve: path.resolve(__dirname, '..', '..'),
    config: {
      timeZone: env('PRIVACY_POLICY_TIME_ZONE', 'Europe/London'),
      installLegalBases: env.bool('PRIVACY_POLICY_INSTALL_LEGAL_BASES', true),
      adminLanguage: env('PRIVACY_POLICY_ADMIN_LANGUAGE', 'en'),
      publicUrl: env('PUBLIC_URL', ''),
      cacheMaxAge: env.int('PRIVACY_POLICY_CACHE_MAX_AGE', 300),
      maxSectionDepth: env.int('PRIVACY_POLICY_MAX_SECTION_DEPTH', 6),
      noticePeriodDays: env.int('PRIVACY_POLICY_NOTICE_PERIOD_DAYS', 30),
      tokenSecret: env('PRIVACY_POLICY_TOKEN_SECRET', ''),
      cache: {
        maxBytes: env.int('PRIVACY_POLICY_CACHE_MAX_BYTES', 64 * 1024 * 1024),
        pollIntervalMs: env.int('PRIVACY_POLICY_CACHE_POLL_MS', 1000),
      },
      compliance: { blockPublishOnErrors: env.bool('PRIVACY_POLICY_COMPLIANCE_GATE', true) },
      acceptance: {
        requireOn: env('PRIVACY_POLICY_ACCEPTANCE_REQUIRE_ON', 'major'),
        allowUpcoming: env.bool('PRIVACY_POLICY_ACCEPTANCE_ALLOW_UPCOMING', false),
        onUserDelete: env('PRIVACY_POLICY_ACCEPTANCE_ON_USER_DELETE', 'erase'),
      },
      subscriptions: {
        confirmTokenTtlHours: env.int('PRIVACY_POLICY_CONFIRM_TOKEN_TTL_HOURS', 48),
        recordIp: env.bool('PRIVACY_POLICY_RECORD_IP', false),
        recordUserAgent: env.bool('PRIVACY_POLICY_RECORD_USER_AGENT', false),
        rateLimit: {
          store: env('PRIVACY_POLICY_RATE_STORE', 'database'),
          perIp: { max: env.int('PRIVACY_POLICY_RATE_PER_IP', 10), windowSeconds: 3600 },
          perAddress: { max: env.int('PRIVACY_POLICY_RATE_PER_ADDRESS', 3), windowSeconds: 3600 },
        },
      },
      delivery: {
        enabled: env.bool('PRIVACY_POLICY_DELIVERY', true),
        pollIntervalMs: env.int('PRIVACY_POLICY_POLL_MS', 1000),
        batchSize: env.int('PRIVACY_POLICY_BATCH_SIZE', 100),
        concurrency: env.int('PRIVACY_POLICY_CONCURRENCY', 5),
        messagesPerSecond: env.int('PRIVACY_POLICY_MESSAGES_PER_SECOND', 20),
        maxAttempts: env.int('PRIVACY_POLICY_MAX_ATTEMPTS', 5),
        retryBaseSeconds: env.float('PRIVACY_POLICY_RETRY_BASE_SECONDS', 30),
        leaseSeconds: env.int('PRIVACY_POLICY_LEASE_SECONDS', 120),
      },
      email: {
        unsubscribeMailto: env('PRIVACY_POLICY_EMAIL_UNSUBSCRIBE_MAILTO', null),
        policyUrl: env('PRIVACY_POLICY_EMAIL_POLICY_URL', null),
        redlineUrl: env('PRIVACY_POLICY_EMAIL_REDLINE_URL', null),
      },
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      landingPage: false,
      depthLimit: 10,
      defaultLimit: 25,
      maxLimit: 100,
    },
  },
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET', 'example-jwt-secret-change-me') } },
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', '127.0.0.1'),
        port: env.int('SMTP_PORT', 1025),
        secure: env.bool('SMTP_SECURE', false),
        ignoreTLS: env.bool('SMTP_IGNORE_TLS', true),
        pool: env.bool('SMTP_POOL', true),
        maxConnections: env.int('SMTP_MAX_CONNECTIONS', 5),
        ...(env('SMTP_SECURE', 'false') === 'true' ? {} : { getSocket: noDelaySocket }),
        ...(env('SMTP_USERNAME') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } } : {}),
      },
      settings: {
        defaultFrom: env('EMAIL_FROM', 'privacy@example.test'),
        defaultReplyTo: env('EMAIL_REPLY_TO', 'privacy@example.test'),
      },
    },
  },
});
