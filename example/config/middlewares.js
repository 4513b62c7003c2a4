module.exports = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
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
