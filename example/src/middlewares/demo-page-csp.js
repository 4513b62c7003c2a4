'use strict';

/**
 * The web components' demo page (public/policy-demo.html) under a strict Content Security Policy, to
 * show (and let the browser tests prove) that the components need no inline script, no eval, no inline
 * style and no string-to-HTML sink outside their own Trusted Types policy, "privacy-policy". It replaces
 * strapi::security's policy (made for the admin panel) on this page only.
 */
const DEMO_PAGE = '/policy-demo.html';

const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types privacy-policy',
].join('; ');

module.exports = () => async (ctx, next) => {
  await next();
  if (ctx.path === DEMO_PAGE) ctx.set('Content-Security-Policy', POLICY);
};
