import { startStrapi, TestApp } from './strapi';
import { addSubscribers } from './subscribers';
import { UID } from './policy-fixture';

/**
 * Prepares a database holding a published policy, `subscribers` confirmed subscribers and a major
 * version whose notification is queued but not sent (the worker is off), then stops Strapi.
 */
export const prepareQueuedNotification = async (subscribers: number) => {
  const app: TestApp = await startStrapi({ env: { PRIVACY_POLICY_DELIVERY: 'false' } });
  const documents = app.strapi.documents;
  const section = await documents(UID.section).create({
    data: { title: 'Contact', category: 'collection', dataCollected: ['email address'] } as any,
  });
  const policy = await documents(UID.policy).create({
    data: { title: 'Load Policy', slug: 'load-policy', sections: [section.documentId] } as any,
  });
  const versions = app.strapi.plugin('privacy-policy').service('publishing');
  await versions.publish(policy.documentId, { changeType: 'major', effectiveDate: '2020-01-01', changeSummary: 'First' });
  const emails = await addSubscribers(app, subscribers, { prefix: 'load' });
  await documents(UID.section).update({
    documentId: section.documentId,
    data: { dataCollected: ['email address', 'phone number'] } as any,
  });
  const effectiveDate = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  await versions.publish(policy.documentId, { changeType: 'major', effectiveDate, changeSummary: 'We keep your phone number too.' });
  // Let Strapi's own listeners of the publish events (webhooks) finish their queries before the pool closes.
  await new Promise((resolve) => setTimeout(resolve, 500));
  await app.stop({ keepDatabase: true });
  return { database: app.database, emails };
};
