'use strict';
// Runs inside the fresh app (its own node_modules): boots Strapi, creates and publishes a small policy
// through the document service, listens on PORT and prints READY.
const { createStrapi } = require('@strapi/strapi');

(async () => {
  const app = createStrapi({ appDir: __dirname, distDir: __dirname });
  app.log.level = 'warn';
  await app.load();
  const basis = await app.db.query('plugin::privacy-policy.legal-basis').findOne({ where: { code: 'gdpr-art-6-1-f' } });
  const section = await app.documents('plugin::privacy-policy.policy-section').create({
    data: {
      title: 'Web server logs',
      category: 'collection',
      body: 'We log *requests*.',
      dataCollected: ['IP address'],
      legalBases: [{ legalBasis: basis.documentId, justification: 'Keeping the site secure' }],
    },
  });
  const policy = await app.documents('plugin::privacy-policy.policy').create({
    data: {
      title: 'Tarball Policy',
      controller: { name: 'Tarball Ltd' },
      sections: [section.documentId],
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
