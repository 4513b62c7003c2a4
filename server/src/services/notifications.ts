import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MODEL_UID, deliveryModel, notificationModel } from '../models';
import { getService } from '../utils/get-service';

const STATUSES = ['pending', 'sending', 'sent', 'failed', 'skipped'] as const;

export type NotificationKind = 'announcement' | 'withdrawal';

/** Why an announcement still queued is not sent once its version is withdrawn. */
export const WITHDRAWN_BEFORE_SENDING = 'the version was withdrawn before this email was sent';

/** Change notifications: one per major version, delivered by the outbox worker. */
const notifications = ({ strapi }: { strapi: Core.Strapi }) => {
  const table = () => strapi.db.query(MODEL_UID.notification as any);

  const counts = async (notificationId: number) => {
    const rows = await strapi.db
      .connection(deliveryModel.tableName)
      .where('notification_id', notificationId)
      .groupBy('status')
      .select('status')
      .count({ count: '*' });
    const result: Record<string, number> = Object.fromEntries(STATUSES.map((status) => [status, 0]));
    for (const row of rows as { status: string; count: number | string }[]) result[row.status] = Number(row.count);
    return { ...result, total: STATUSES.reduce((sum, status) => sum + result[status], 0) };
  };

  const present = async (row: any) => ({
    id: row.id,
    kind: (row.kind ?? 'announcement') as NotificationKind,
    policySlug: row.policySlug,
    locale: row.locale,
    versionNumber: row.versionNumber,
    previousNumber: row.previousNumber,
    status: row.status,
    createdAt: row.createdAt,
    completedAt: row.completedAt,
    counts: await counts(row.id),
  });

  return {
    /** Called inside the publish transaction: one row, whatever the number of subscribers. */
    async enqueue(
      version: { id: number; policyDocumentId: string; policySlug: string; policyLocale: string; number: string },
      previousNumber: string | null,
    ) {
      return table().create({
        data: {
          kind: 'announcement',
          versionId: version.id,
          policyDocumentId: version.policyDocumentId,
          policySlug: version.policySlug,
          locale: version.policyLocale,
          versionNumber: version.number,
          previousNumber,
          status: 'fanout',
          fanoutCursor: 0,
          createdAt: new Date(),
        },
      });
    },

    /**
     * Called inside the withdrawal transaction. Announcements not yet sent are dropped; the subscribers
     * who were told get one withdrawal notice, fanned out by the worker once no announcement is in flight.
     * Nothing is queued for a version that was never announced (a minor one).
     */
    async enqueueWithdrawal(version: { id: number; policyDocumentId: string; policySlug: string; policyLocale: string; number: string }) {
      const announcement = await table().findOne({ where: { versionId: version.id, kind: 'announcement' } });
      if (!announcement) return null;
      // Through the query engine, so that it joins the withdrawal's transaction.
      await strapi.db.query(MODEL_UID.delivery as any).updateMany({
        where: { notificationId: announcement.id, status: 'pending' },
        data: { status: 'skipped', lastError: WITHDRAWN_BEFORE_SENDING, leaseOwner: null, leaseUntil: null },
      });
      if (announcement.status === 'fanout')
        await table().update({ where: { id: announcement.id, status: 'fanout' }, data: { status: 'cancelled', completedAt: new Date() } });
      return table().create({
        data: {
          kind: 'withdrawal',
          versionId: version.id,
          policyDocumentId: version.policyDocumentId,
          policySlug: version.policySlug,
          locale: version.policyLocale,
          versionNumber: version.number,
          previousNumber: announcement.previousNumber ?? null,
          status: 'fanout',
          fanoutCursor: 0,
          createdAt: new Date(),
        },
      });
    },

    /** Rows written before notifications had a kind were all announcements. */
    async backfillKinds() {
      await strapi.db.connection(notificationModel.tableName).whereNull('kind').update({ kind: 'announcement' });
    },

    async list({ policyDocumentId }: { policyDocumentId?: string } = {}) {
      const rows = await table().findMany({ where: policyDocumentId ? { policyDocumentId } : {}, orderBy: { id: 'desc' }, limit: 100 });
      return Promise.all(rows.map(present));
    },

    async findOne(id: number) {
      const row = await table().findOne({ where: { id } });
      if (!row) throw new errors.NotFoundError(`No notification has the id ${id}`);
      return present(row);
    },

    async forVersion(versionId: number, kind: NotificationKind = 'announcement') {
      const row = await table().findOne({ where: { versionId, kind } });
      return row ? present(row) : null;
    },

    /** Puts failed deliveries back in the queue, attempts reset. */
    async retryFailed(id: number) {
      await this.findOne(id);
      const retried = await strapi.db
        .connection(deliveryModel.tableName)
        .where({ notification_id: id, status: 'failed' })
        .update({
          status: 'pending',
          attempts: 0,
          last_error: null,
          next_attempt_at: strapi.db.dialect.client === 'sqlite' ? Date.now() : new Date(),
        });
      if (retried) await table().update({ where: { id, status: 'done' }, data: { status: 'sending', completedAt: null } });
      getService('delivery-worker', { strapi }).kick();
      return { retried, notification: await this.findOne(id) };
    },
  };
};

export default notifications;
