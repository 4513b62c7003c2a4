module.exports = ({ env }) => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  // A strict Content Security Policy on the web components' demo page (src/middlewares/demo-page-csp.js).
  'global::demo-page-csp',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // The policy's public reads answered here, ahead of body parsing, session and routing.
  ...(env.bool('PRIVACY_POLICY_PUBLISHED_READS', true) ? ['plugin::privacy-policy.published-reads'] : []),
  // Unreadable bodies on the plugin's routes become a 400 instead of Strapi's 500.
  'plugin::privacy-policy.request-body',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
