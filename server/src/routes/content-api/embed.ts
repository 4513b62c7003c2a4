/** The web components as one ES module, public like the policy itself (docs/frontend.md). */
export default [{ method: 'GET', path: '/embed.js', handler: 'embed.script', config: { auth: false } }];
