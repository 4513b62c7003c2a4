import type { Core } from '@strapi/strapi';
import { RateLimiterMemory, RateLimiterQueue } from 'rate-limiter-flexible';
import { UID } from '../domain/uids';
import type { PrivacyPolicyConfig } from '../config';
import type { NotificationContext, OutgoingEmail, Recipient } from './emails';
import { changeList } from '../notifications/change-list';
import { namesOf } from '../rendering/vocabulary';
import { describeError, isPermanentFailure } from '../notifications/send-errors';
import { notificationModel } from '../models';
import { WITHDRAWN_BEFORE_SENDING } from './notifications';
import type { ClaimedDelivery, Outcome } from './delivery-store';
import { getService } from '../utils/get-service';

const NOTIFICATIONS = notificationModel.tableName;

/**
 * Sending: composes each claimed delivery's email (confirmation, announcement or withdrawal notice) and
 * sends it through Strapi's email plugin, at most `delivery.messagesPerSecond` (rate-limiter-flexible's
 * queue over an in-memory limiter) and `delivery.concurrency` at a time.
 */
const deliverySender = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.plugin('privacy-policy').config<PrivacyPolicyConfig['delivery']>('delivery');
  const knex = () => strapi.db.connection;

  // The rate can change at run time (config.set); the queue is rebuilt when it does.
  let limiter: { rate: number; queue: RateLimiterQueue } | null = null;
  const takeSendSlot = async () => {
    const rate = config().messagesPerSecond;
    if (limiter?.rate !== rate) limiter = { rate, queue: new RateLimiterQueue(new RateLimiterMemory({ points: rate, duration: 1 })) };
    await limiter.queue.removeTokens(1);
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

  return {
    /** Sends the claimed deliveries chunk by chunk and hands back each outcome to record. */
    async send(
      rows: ClaimedDelivery[],
      {
        beforeChunk,
        afterChunk,
      }: { beforeChunk: (chunk: ClaimedDelivery[]) => Promise<void>; afterChunk: (outcomes: Outcome[]) => Promise<void> },
    ) {
      const { concurrency } = config();
      for (let start = 0; start < rows.length; start += concurrency) {
        const chunk = rows.slice(start, start + concurrency);
        await beforeChunk(chunk);
        await afterChunk(await Promise.all(chunk.map(deliver)));
      }
    },
  };
};

export default deliverySender;
