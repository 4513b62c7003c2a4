import { hostname } from 'node:os';
import type { Core } from '@strapi/strapi';
import { UID } from '../domain/uids';
import type { PrivacyPolicyConfig } from '../config';
import { deliveryModel, notificationModel, storedDate, subscriberModel } from '../models';
import { getService } from '../utils/get-service';

const DELIVERIES = deliveryModel.tableName;
const SUBSCRIBERS = subscriberModel.tableName;
const NOTIFICATIONS = notificationModel.tableName;

export interface FanoutCandidate {
  id: number;
  kind: 'announcement' | 'withdrawal' | null;
  version_id: number;
  policy_slug: string;
  policy_document_id: string;
  locale: string | null;
  fanout_cursor: number | null;
}

/**
 * Fan-out: turns one queued notification into one delivery row per recipient, in batches under a lease,
 * with a cursor so that a crash resumes where it stopped; a unique (notification, subscriber) index means
 * nobody is queued twice.
 */
const notificationFanout = ({ strapi }: { strapi: Core.Strapi }) => {
  const messageDomain = hostname().replace(/[^A-Za-z0-9.-]/g, '') || 'localhost';
  const config = () => strapi.plugin('privacy-policy').config<PrivacyPolicyConfig['delivery']>('delivery');
  const knex = () => strapi.db.connection;
  const at = (date: Date) => storedDate(strapi, date);
  const leaseEnd = () => new Date(Date.now() + config().leaseSeconds * 1000);
  const leaseFree = (now: Date) => (query: any) => query.whereNull('lease_until').orWhere('lease_until', '<', at(now));

  /**
   * Who an announcement goes to: subscribers of the policy (under any of its locales' slugs) or of every
   * policy, whose locale resolves to the version's: their own where the policy has versions in it, else
   * the default locale.
   */
  const announcementAudience = async (notification: FanoutCandidate) => {
    const locales = getService('locales', { strapi });
    const defaultLocale: string = await locales.defaultLocale();
    const versioned: string[] = await getService('version-history', { strapi }).versionedLocales(notification.policy_document_id);
    const slugs = (
      await strapi.db.query(UID.policy).findMany({ where: { documentId: notification.policy_document_id }, select: ['slug'] })
    ).map((row: any) => row.slug);
    const locale = notification.locale ?? defaultLocale;
    const scopes = [...new Set(['*', notification.policy_slug, ...slugs])];
    return {
      batch: (cursor: number, limit: number) =>
        knex()(SUBSCRIBERS)
          .select('id', 'locale')
          .where('status', 'confirmed')
          .whereIn('scope', scopes)
          .andWhere('id', '>', cursor)
          .orderBy('id')
          .limit(limit),
      reads: (subscriber: { locale: string | null }) => locales.bestMatch(subscriber.locale, versioned, defaultLocale) === locale,
    };
  };

  /** A withdrawal notice goes to the confirmed subscribers the announcement of its version reached. */
  const withdrawalAudience = async (announcementId: number) => ({
    batch: (cursor: number, limit: number) =>
      knex()(`${SUBSCRIBERS} as s`)
        .join(`${DELIVERIES} as d`, 'd.subscriber_id', 's.id')
        .select('s.id as id', 's.locale as locale')
        .where({ 'd.notification_id': announcementId, 'd.status': 'sent', 's.status': 'confirmed' })
        .andWhere('s.id', '>', cursor)
        .orderBy('s.id')
        .limit(limit),
    reads: () => true,
  });

  const announcementOf = (candidate: FanoutCandidate) =>
    knex()(NOTIFICATIONS).select('id', 'status').where({ version_id: candidate.version_id, kind: 'announcement' }).first();

  /** A withdrawal notice waits until no announcement of its version is still being sent, so that it reaches everyone who was told. */
  const readyToFanOut = async (candidate: FanoutCandidate) => {
    if (candidate.kind !== 'withdrawal') return true;
    const announcement = await announcementOf(candidate);
    if (!announcement) return true;
    if (announcement.status === 'fanout') return false;
    const inFlight = await knex()(DELIVERIES)
      .where('notification_id', announcement.id)
      .whereIn('status', ['pending', 'sending'])
      .first('id');
    return !inFlight;
  };

  const nextFanoutCandidate = async (now: Date): Promise<FanoutCandidate | null> => {
    const candidates: FanoutCandidate[] = await knex()(NOTIFICATIONS)
      .select('id', 'kind', 'version_id', 'policy_slug', 'policy_document_id', 'locale', 'fanout_cursor')
      .where('status', 'fanout')
      .andWhere(leaseFree(now))
      .orderBy('id')
      .limit(20);
    for (const candidate of candidates) if (await readyToFanOut(candidate)) return candidate;
    return null;
  };

  /** Fans out the next notification that is ready; true when there was one (so run again at once). */
  const fanOut = async (owner: string): Promise<boolean> => {
    const now = new Date();
    const candidate = await nextFanoutCandidate(now);
    if (!candidate) return false;
    const claimed = await knex()(NOTIFICATIONS)
      .where({ id: candidate.id, status: 'fanout' })
      .andWhere(leaseFree(now))
      .update({ lease_owner: owner, lease_until: at(leaseEnd()) });
    if (!claimed) return true;
    const { fanoutBatchSize } = config();
    const announcement = candidate.kind === 'withdrawal' ? await announcementOf(candidate) : null;
    const audience = announcement
      ? await withdrawalAudience(announcement.id)
      : candidate.kind === 'withdrawal'
        ? null
        : await announcementAudience(candidate);
    let cursor: number = candidate.fanout_cursor ?? 0;
    while (audience) {
      const batch = await audience.batch(cursor, fanoutBatchSize);
      if (batch.length) {
        const created = at(new Date());
        const rows = batch.filter(audience.reads).map(({ id }: { id: number }) => ({
          kind: 'notification',
          notification_id: candidate.id,
          subscriber_id: id,
          status: 'pending',
          attempts: 0,
          next_attempt_at: created,
          created_at: created,
          message_id: `<privacy-policy.${candidate.id}.${id}@${messageDomain}>`,
        }));
        cursor = batch[batch.length - 1].id;
        await strapi.db.transaction(async ({ trx }) => {
          // The unique (notification, subscriber) index makes a repeated fan-out harmless. SQLite takes at
          // most 500 rows per multi-row INSERT (knex writes it as a compound SELECT).
          for (let start = 0; start < rows.length; start += 400) {
            await knex()(DELIVERIES)
              .transacting(trx)
              .insert(rows.slice(start, start + 400))
              .onConflict(['notification_id', 'subscriber_id'])
              .ignore();
          }
          await knex()(NOTIFICATIONS)
            .transacting(trx)
            .where({ id: candidate.id, lease_owner: owner })
            .update({ fanout_cursor: cursor, lease_until: at(leaseEnd()) });
        });
      }
      if (batch.length < fanoutBatchSize) break;
    }
    // Conditional on the status: a withdrawal may have cancelled this announcement meanwhile.
    await knex()(NOTIFICATIONS)
      .where({ id: candidate.id, lease_owner: owner, status: 'fanout' })
      .update({ status: 'sending', lease_owner: null, lease_until: null });
    return true;
  };

  return { fanOut };
};

export default notificationFanout;
