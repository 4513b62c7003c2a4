module.exports = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  // A strict Content Security Policy on the web components' demo page (src/middlewares/demo-page-csp.js).
  'global::demo-page-csp',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Unreadable bodies on the plugin's routes become a 400 instead of Strapi's 500.
  'plugin::privacy-policy.request-body',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
