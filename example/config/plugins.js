const path = require('path');

module.exports = ({ env }) => ({
  // The plugin is loaded from the repository root, so the demo always runs the code in this tree.
  'privacy-policy': {
    enabled: true,
    resolve: path.resolve(__dirname, '..', '..'),
    config: {
      timeZone: env('PRIVACY_POLICY_TIME_ZONE', 'Europe/London'),
      installLegalBases: env.bool('PRIVACY_POLICY_INSTALL_LEGAL_BASES', true),
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
        ...(env('SMTP_USERNAME') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } } : {}),
      },
      settings: {
        defaultFrom: env('EMAIL_FROM', 'privacy@example.test'),
        defaultReplyTo: env('EMAIL_REPLY_TO', 'privacy@example.test'),
      },
    },
  },
});
