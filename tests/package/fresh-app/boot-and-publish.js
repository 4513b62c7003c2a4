'use strict';
// Runs inside the fresh app (its own node_modules): boots Strapi, creates and publishes a small policy
// through the document service, listens on PORT and prints READY.
const { createStrapi } = require('@strapi/strapi');

(async () => {
  const app = createStrapi({ appDir: __dirname, distDir: __dirname });
  app.log.level = 'warn';
  await app.load();
  const basis = await app.db.query('plugin::privacy-policy.legal-basis').findOne({ where: { code: 'gdpr-art-6-1-f' } });
  // A small but complete notice, so that it passes the compliance gate the plugin enables by default.
  const hosting = await app.documents('plugin::privacy-policy.processor').create({
    data: { name: 'Example Hosting', category: 'hosting', storageCountries: ['GB'] },
  });
  const logRetention = await app.documents('plugin::privacy-policy.retention-rule').create({
    data: { name: 'Server logs', dataCategory: 'Server logs', period: 'P30D', trigger: 'collection' },
  });
  const logs = await app.documents('plugin::privacy-policy.policy-section').create({
    data: {
      title: 'Web server logs',
      category: 'collection',
      body: 'We log *requests*.',
      dataCollected: ['IP address'],
      provisionRequirement: 'Requests are logged automatically; the site cannot be used without it.',
      legalBases: [
        {
          legalBasis: basis.documentId,
          purpose: 'Keeping the website secure and finding faults',
          justification: 'Our interest in a site that works and is safe outweighs the small intrusion of short-lived server logs',
        },
      ],
      processors: [hosting.documentId],
      retentionRules: [logRetention.documentId],
    },
  });
  const rights = await app.documents('plugin::privacy-policy.policy-section').create({
    data: {
      title: 'Your rights',
      category: 'rights',
      body: 'Write to us to use them.',
      rights: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'complaint'],
    },
  });
  const policy = await app.documents('plugin::privacy-policy.policy').create({
    data: {
      title: 'Tarball Policy',
      controller: { name: 'Tarball Ltd', email: 'privacy@tarball.example' },
      sections: [logs.documentId, rights.documentId],
      changeType: 'major',
      effectiveDate: '2024-01-01',
      changeSummary: 'First version',
    },
  });
  await app.documents('plugin::privacy-policy.policy').publish({ documentId: policy.documentId });
  await app.listen();
  console.log('READY');
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
