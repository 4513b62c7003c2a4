import type { Core } from '@strapi/strapi';
import { UID } from '../domain/uids';
import type { PrivacyPolicyConfig } from '../config';
import { retryDelayMs } from '../notifications/send-errors';
import { deliveryModel, notificationModel, storedDate, subscriberModel } from '../models';

const DELIVERIES = deliveryModel.tableName;
const SUBSCRIBERS = subscriberModel.tableName;
const NOTIFICATIONS = notificationModel.tableName;

export interface ClaimedDelivery {
  id: number;
  kind: 'notification' | 'confirmation';
  notification_id: number | null;
  subscriber_id: number;
  attempts: number;
  message_id: string | null;
  email: string | null;
  subscriber_status: string | null;
  locale: string | null;
  scope: string | null;
  unsubscribe_salt: string | null;
  /** Set just before sending: an announcement whose version has been withdrawn since it was queued. */
  withdrawn_announcement?: boolean;
}

export type Outcome = { id: number; result: 'sent' | 'skipped' | 'retry' | 'failed'; error?: string; attempts: number };

/**
 * The outbox's claim and lease store: due deliveries are claimed in batches under a lease (SELECT … FOR
 * UPDATE SKIP LOCKED on PostgreSQL and MySQL, so instances never take the same rows), outcomes recorded
 * with backoff for retries, and notifications marked done when nothing of theirs is left to send.
 */
const deliveryStore = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.plugin('privacy-policy').config<PrivacyPolicyConfig['delivery']>('delivery');
  const knex = () => strapi.db.connection;
  const isSqlite = () => strapi.db.dialect.client === 'sqlite';
  const at = (date: Date) => storedDate(strapi, date);
  const leaseEnd = () => new Date(Date.now() + config().leaseSeconds * 1000);

  const claim = async (owner: string): Promise<number[]> => {
    const now = new Date();
    return strapi.db.transaction(async ({ trx }) => {
      let due = knex()(DELIVERIES)
        .transacting(trx)
        .select('id')
        .where((query: any) => query.where('status', 'pending').andWhere('next_attempt_at', '<=', at(now)))
        .orWhere((query: any) => query.where('status', 'sending').andWhere('lease_until', '<', at(now)))
        .orderBy('id')
        .limit(config().batchSize);
      if (!isSqlite()) due = due.forUpdate().skipLocked();
      const ids = (await due).map((row: { id: number }) => row.id);
      if (ids.length) {
        await knex()(DELIVERIES)
          .transacting(trx)
          .whereIn('id', ids)
          .update({ status: 'sending', lease_owner: owner, lease_until: at(leaseEnd()), attempts: knex().raw('?? + 1', ['attempts']) });
      }
      return ids;
    });
  };

  /** The claimed rows with their recipients, re-reading statuses just before sending (an unsubscribe since the claim still wins). */
  const claimedRows = async (ids: number[]): Promise<ClaimedDelivery[]> =>
    knex()(`${DELIVERIES} as d`)
      .leftJoin(`${SUBSCRIBERS} as s`, 'd.subscriber_id', 's.id')
      .whereIn('d.id', ids)
      .orderBy('d.id')
      .select(
        'd.id',
        'd.kind',
        'd.notification_id',
        'd.subscriber_id',
        'd.attempts',
        'd.message_id',
        's.email',
        's.status as subscriber_status',
        's.locale',
        's.scope',
        's.unsubscribe_salt',
      );

  /** Announcements in `rows` whose version has been withdrawn (read fresh, like the subscriber statuses). */
  const withdrawnAnnouncements = async (rows: ClaimedDelivery[]): Promise<Set<number>> => {
    const ids = [...new Set(rows.map((row) => row.notification_id).filter((id): id is number => id !== null))];
    if (!ids.length) return new Set();
    const versions = strapi.db.metadata.get(UID.policyVersion).tableName;
    const found = await knex()(`${NOTIFICATIONS} as n`)
      .join(`${versions} as v`, 'v.id', 'n.version_id')
      .whereIn('n.id', ids)
      .andWhere('n.kind', 'announcement')
      .whereNotNull('v.withdrawn_at')
      .select('n.id');
    return new Set(found.map((row: { id: number }) => row.id));
  };

  /** Statuses and withdrawals read again just before a chunk is sent. */
  const refresh = async (chunk: ClaimedDelivery[]) => {
    const current = await knex()(SUBSCRIBERS)
      .whereIn(
        'id',
        chunk.map((row) => row.subscriber_id),
      )
      .select('id', 'status');
    const statusOf = new Map(current.map((row: { id: number; status: string }) => [row.id, row.status]));
    const withdrawn = await withdrawnAnnouncements(chunk);
    for (const row of chunk) {
      row.subscriber_status = (statusOf.get(row.subscriber_id) as string) ?? null;
      row.withdrawn_announcement = row.notification_id !== null && withdrawn.has(row.notification_id);
    }
  };

  const record = async (outcomes: Outcome[]) => {
    const now = new Date();
    const released = { lease_owner: null, lease_until: null };
    const ids = (result: Outcome['result']) => outcomes.filter((outcome) => outcome.result === result).map((outcome) => outcome.id);
    const sent = ids('sent');
    // lease_owner stays on a sent row: it tells which instance sent it.
    if (sent.length)
      await knex()(DELIVERIES)
        .whereIn('id', sent)
        .andWhere('status', 'sending')
        .update({ lease_until: null, status: 'sent', sent_at: at(now), last_error: null });
    for (const outcome of outcomes.filter((entry) => entry.result !== 'sent')) {
      const { retryBaseSeconds, retryMaxSeconds } = config();
      const update =
        outcome.result === 'retry'
          ? {
              status: 'pending',
              next_attempt_at: at(new Date(now.getTime() + retryDelayMs(outcome.attempts, retryBaseSeconds, retryMaxSeconds))),
            }
          : { status: outcome.result };
      await knex()(DELIVERIES)
        .where({ id: outcome.id, status: 'sending' })
        .update({ ...released, ...update, last_error: outcome.error ?? null });
    }
  };

  const completeNotifications = async () => {
    await knex()(NOTIFICATIONS)
      .where('status', 'sending')
      .whereNotExists(
        knex()(DELIVERIES)
          .select(knex().raw('1'))
          .whereRaw('?? = ??', [`${DELIVERIES}.notification_id`, `${NOTIFICATIONS}.id`])
          .whereIn(`${DELIVERIES}.status`, ['pending', 'sending']),
      )
      .update({ status: 'done', completed_at: at(new Date()) });
  };

  return { claim, claimedRows, refresh, record, completeNotifications };
};

export default deliveryStore;
