module.exports = {
  'users-permissions': { config: { jwtSecret: 'fresh-app-jwt-secret' } },
  // Enabling the installed plugin is the only step the README asks for.
  'privacy-policy': { enabled: true },
};
