// As the README's install steps give it: Strapi refuses to start if a listed middleware does not resolve,
// so the boot proves that the installed package provides both.
module.exports = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'plugin::privacy-policy.published-reads',
  'plugin::privacy-policy.request-body',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
