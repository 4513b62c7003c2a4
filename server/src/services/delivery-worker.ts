import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Core } from '@strapi/strapi';
import { UID } from '../domain/uids';
import type { PrivacyPolicyConfig } from '../config';
import type { NotificationContext, OutgoingEmail, Recipient } from './emails';
import { changeList } from '../notifications/change-list';
import { namesOf } from '../rendering/vocabulary';
import { describeError, isPermanentFailure, retryDelayMs } from '../notifications/send-errors';
import { deliveryModel, notificationModel, subscriberModel } from '../models';
import { WITHDRAWN_BEFORE_SENDING } from './notifications';
import { getService } from '../utils/get-service';

const DELIVERIES = deliveryModel.tableName;
const SUBSCRIBERS = subscriberModel.tableName;
const NOTIFICATIONS = notificationModel.tableName;

interface ClaimedDelivery {
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

interface FanoutCandidate {
  id: number;
  kind: 'announcement' | 'withdrawal' | null;
  version_id: number;
  policy_slug: string;
  policy_document_id: string;
  locale: string | null;
  fanout_cursor: number | null;
}

type Outcome = { id: number; result: 'sent' | 'skipped' | 'retry' | 'failed'; error?: string; attempts: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The outbox worker: fans each notification out to one delivery row per confirmed subscriber, then claims
 * due deliveries in batches under a lease (SKIP LOCKED on PostgreSQL and MySQL), sends them through
 * Strapi's email plugin within the configured concurrency and rate, and records each outcome.
 */
const deliveryWorker = ({ strapi }: { strapi: Core.Strapi }) => {
  const owner = `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const messageDomain = hostname().replace(/[^A-Za-z0-9.-]/g, '') || 'localhost';
  const config = () => strapi.plugin('privacy-policy').config<PrivacyPolicyConfig['delivery']>('delivery');
  const knex = () => strapi.db.connection;
  const isSqlite = () => strapi.db.dialect.client === 'sqlite';
  // SQLite keeps Strapi datetimes as epoch milliseconds; the other databases take Date objects.
  const at = (date: Date) => (isSqlite() ? date.getTime() : date);
  const state = { timer: null as NodeJS.Timeout | null, running: null as Promise<void> | null, stopped: true, again: false };

  let bucket = 0;
  let refilledAt = Date.now();
  const takeSendSlot = async () => {
    const rate = config().messagesPerSecond;
    for (;;) {
      const now = Date.now();
      bucket = Math.min(rate, bucket + ((now - refilledAt) * rate) / 1000);
      refilledAt = now;
      if (bucket >= 1) {
        bucket -= 1;
        return;
      }
      await sleep(Math.ceil(((1 - bucket) * 1000) / rate));
    }
  };

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

  const fanOut = async (): Promise<boolean> => {
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

  const claim = async (): Promise<number[]> => {
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

  /** The snapshot the version was compared with, for the names of what it removed. */
  const previousSnapshot = async (version: { policyDocumentId: string; policyLocale: string }, number: string | null) => {
    if (!number) return null;
    const previous = await strapi.db
      .query(UID.policyVersion)
      .findOne({ where: { policyDocumentId: version.policyDocumentId, policyLocale: version.policyLocale, number }, select: ['snapshot'] });
    return previous?.snapshot ?? null;
  };

  const notificationContexts = new Map<
    number,
    Promise<(NotificationContext & { kind: 'announcement' | 'withdrawal'; withdrawalReason: string | null }) | null>
  >();
  const notificationContext = (notificationId: number) => {
    if (!notificationContexts.has(notificationId)) {
      notificationContexts.set(
        notificationId,
        (async () => {
          const notification = await knex()(NOTIFICATIONS).where('id', notificationId).first();
          if (!notification) return null;
          const version = await strapi.db.query(UID.policyVersion).findOne({ where: { id: notification.version_id } });
          if (!version) return null;
          return {
            kind: (notification.kind ?? 'announcement') as 'announcement' | 'withdrawal',
            policySlug: version.policySlug,
            locale: version.policyLocale,
            policyTitle: version.snapshot.policy.title,
            organisation: version.snapshot.policy.controller?.name ?? null,
            versionNumber: version.number,
            previousNumber: notification.previous_number,
            effectiveDate: String(version.effectiveDate).slice(0, 10),
            changeSummary: version.changeSummary,
            changes: changeList(
              version.diff,
              version.classification,
              version.policyLocale,
              undefined,
              version.diff
                ? namesOf(version.diff, await previousSnapshot(version, notification.previous_number), version.snapshot)
                : undefined,
            ),
            withdrawalReason: version.withdrawalReason ?? null,
          };
        })(),
      );
      if (notificationContexts.size > 100) notificationContexts.delete(notificationContexts.keys().next().value as number);
    }
    return notificationContexts.get(notificationId)!;
  };

  const policyTitles = new Map<string, string | null>();
  const policyTitle = async (scope: string | null) => {
    if (!scope || scope === '*') return null;
    if (!policyTitles.has(scope)) {
      const policy = await strapi.db
        .query(UID.policy)
        .findOne({ where: { slug: scope, publishedAt: { $notNull: true } }, select: ['title'] });
      policyTitles.set(scope, policy?.title ?? null);
    }
    return policyTitles.get(scope)!;
  };

  const compose = async (row: ClaimedDelivery): Promise<OutgoingEmail | string> => {
    const emails = getService('emails', { strapi });
    const recipient: Recipient = { id: row.subscriber_id, email: row.email!, locale: row.locale, unsubscribeSalt: row.unsubscribe_salt! };
    if (row.kind === 'confirmation') {
      if (row.subscriber_status !== 'pending') return `subscriber is ${row.subscriber_status}`;
      const token = await getService('subscriptions', { strapi }).issueConfirmationToken(row.subscriber_id);
      return emails.confirmation(recipient, { token, policyTitle: await policyTitle(row.scope) });
    }
    if (row.subscriber_status !== 'confirmed') return `subscriber is ${row.subscriber_status}`;
    if (row.withdrawn_announcement) return WITHDRAWN_BEFORE_SENDING;
    const context = await notificationContext(row.notification_id!);
    if (!context) return 'the version no longer exists';
    if (context.kind === 'withdrawal')
      return emails.withdrawal(recipient, { ...context, reason: context.withdrawalReason }, row.message_id ?? undefined);
    return emails.notification(recipient, context, row.message_id ?? undefined);
  };

  const deliver = async (row: ClaimedDelivery): Promise<Outcome> => {
    if (!row.email) return { id: row.id, result: 'skipped', error: 'subscriber erased', attempts: row.attempts };
    const message = await compose(row);
    if (typeof message === 'string') return { id: row.id, result: 'skipped', error: message, attempts: row.attempts };
    await takeSendSlot();
    try {
      await strapi.plugin('email').service('email').send(message);
      return { id: row.id, result: 'sent', attempts: row.attempts };
    } catch (error) {
      const permanent = isPermanentFailure(error) || row.attempts >= config().maxAttempts;
      return { id: row.id, result: permanent ? 'failed' : 'retry', error: describeError(error), attempts: row.attempts };
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

  const sendClaimed = async (ids: number[]) => {
    const rows: ClaimedDelivery[] = await knex()(`${DELIVERIES} as d`)
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
    const { concurrency } = config();
    for (let start = 0; start < rows.length; start += concurrency) {
      const chunk = rows.slice(start, start + concurrency);
      // Re-read statuses just before sending, so an unsubscribe made since the claim still wins.
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
      await record(await Promise.all(chunk.map(deliver)));
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

  /** One pass: fan out, claim one batch and send it. True when there was work (so run again at once). */
  const runOnce = async () => {
    const fannedOut = await fanOut();
    const ids = await claim();
    if (ids.length) await sendClaimed(ids);
    await completeNotifications();
    return fannedOut || ids.length > 0;
  };

  const loop = async () => {
    try {
      while (!state.stopped && (await runOnce()));
    } catch (error: any) {
      strapi.log.error(`[privacy-policy] delivery worker: ${error?.message ?? error}`);
    }
  };

  const schedule = (delay: number) => {
    if (state.stopped) return;
    if (state.running) {
      state.again = true;
      return;
    }
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = null;
      state.running = loop().finally(() => {
        state.running = null;
        const again = state.again;
        state.again = false;
        schedule(again ? 0 : config().pollIntervalMs);
      });
    }, delay);
  };

  return {
    owner,
    start() {
      if (!config().enabled) return;
      state.stopped = false;
      schedule(0);
    },
    async stop() {
      state.stopped = true;
      if (state.timer) clearTimeout(state.timer);
      state.timer = null;
      await state.running;
    },
    /** Wakes the worker now (after a publish or a subscription) instead of at the next poll. */
    kick() {
      schedule(0);
    },
    runOnce,
  };
};

export default deliveryWorker;
