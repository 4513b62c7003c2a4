import { randomBytes } from 'node:crypto';
import type { TestApp } from './strapi';
import { UID } from './policy-fixture';

/** Inserts subscribers straight into the table (for volume); the double opt-in itself is tested through HTTP. */
export const addSubscribers = async (app: TestApp, count: number, { status = 'confirmed', scope = '*', prefix = 'reader' } = {}) => {
  const emails = Array.from({ length: count }, (_, index) => `${prefix}-${index}@example.test`);
  for (let start = 0; start < count; start += 500) {
    await app.strapi.db.query(UID.subscriber).createMany({
      data: emails.slice(start, start + 500).map((email) => ({
        email,
        scope,
        status,
        consent: { at: new Date().toISOString() },
        unsubscribeSalt: randomBytes(16).toString('hex'),
        createdAt: new Date(),
      })),
    });
  }
  return emails;
};

/** The notification of a version; name the policy when the suite has more than one. */
export const notificationFor = async (app: TestApp, versionNumber: string, policySlug?: string) =>
  app.strapi.db.query(UID.notification).findOne({ where: { versionNumber, ...(policySlug ? { policySlug } : {}) } });

export const deliveryRows = async (app: TestApp, notificationId: number) =>
  app.strapi.db.query(UID.delivery).findMany({ where: { notificationId } });

export const waitUntil = async (predicate: () => Promise<boolean>, timeoutMs = 60_000) => {
  const started = Date.now();
  while (!(await predicate())) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
