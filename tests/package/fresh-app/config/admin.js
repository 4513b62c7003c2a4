module.exports = {
  auth: { secret: 'fresh-app-admin-secret' },
  apiToken: { salt: 'fresh-app-api-token-salt' },
  transfer: { token: { salt: 'fresh-app-transfer-salt' } },
  secrets: { encryptionKey: 'fresh-app-encryption-key' },
};
