module.exports = ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET', 'example-admin-jwt-secret-change-me') },
  apiToken: { salt: env('API_TOKEN_SALT', 'example-api-token-salt-change-me') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', 'example-transfer-salt-change-me') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY', 'example-encryption-key-change-me') },
  flags: { nps: false, promoteEE: false },
});
