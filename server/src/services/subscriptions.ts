import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MODEL_UID } from '../models';
import { UID } from '../domain/uids';
import { constantTimeEqual, hashToken, normaliseEmail, randomToken, readUnsubscribeToken, unsubscribeTokenMatches } from '../domain/tokens';
import type { PrivacyPolicyConfig } from '../config';
import { getService } from '../utils/get-service';

export const ALL_POLICIES = '*';

export interface SubscribeRequest {
  email: string;
  policy?: string | null;
  locale?: string | null;
}

export interface RequestOrigin {
  ip?: string;
  userAgent?: string;
}

const INVALID_CONFIRMATION =
  'This confirmation link is not valid: it may have been used already or replaced by a newer email. Subscribe again to get a new one.';
const EXPIRED_CONFIRMATION = 'This confirmation link has expired. Subscribe again to get a new one.';
const INVALID_UNSUBSCRIBE = 'This unsubscribe link is not valid. Use the link from the most recent email, or contact us.';

/** Double opt-in subscriptions. Every answer to a subscribe request is the same, whatever the address's state. */
const subscriptions = ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('privacy-policy');
  const settings = () => plugin().config<PrivacyPolicyConfig['subscriptions']>('subscriptions');
  const subscribers = () => strapi.db.query(MODEL_UID.subscriber as any);

  const enqueueConfirmation = async (subscriberId: number) => {
    const waiting = await strapi.db
      .query(MODEL_UID.delivery as any)
      .count({ where: { subscriberId, kind: 'confirmation', status: { $in: ['pending', 'sending'] } } });
    if (waiting) return;
    await strapi.db.query(MODEL_UID.delivery as any).create({
      data: { kind: 'confirmation', subscriberId, status: 'pending', attempts: 0, nextAttemptAt: new Date(), createdAt: new Date() },
    });
  };

  const consentRecord = async (scope: string, origin: RequestOrigin) => {
    const versions = getService('version-history', { strapi });
    const slugs =
      scope === ALL_POLICIES ? (await getService('catalogue', { strapi }).listPublished()).map((entry: any) => entry.slug) : [scope];
    const inForce: Record<string, string | null> = {};
    for (const slug of slugs) inForce[slug] = (await versions.current(slug, undefined, { metadataOnly: true }))?.number ?? null;
    return {
      at: new Date().toISOString(),
      scope,
      policyVersions: inForce,
      ...(settings().recordIp && origin.ip ? { ip: origin.ip } : {}),
      ...(settings().recordUserAgent && origin.userAgent ? { userAgent: origin.userAgent.slice(0, 500) } : {}),
    };
  };

  const checkRateLimits = async (email: string, origin: RequestOrigin) => {
    const limiter = getService('rate-limiter', { strapi });
    const { perIp, perAddress } = settings().rateLimit;
    const ipAllowed = await limiter.allow('subscribe-ip', origin.ip ?? 'unknown', perIp);
    const addressAllowed = await limiter.allow('subscribe-address', email, perAddress);
    if (!ipAllowed || !addressAllowed) {
      throw new errors.RateLimitError('Too many subscription requests. Please wait a while and try again.');
    }
  };

  return {
    async subscribe(request: SubscribeRequest, origin: RequestOrigin) {
      const email = normaliseEmail(request.email);
      const scope = request.policy ?? ALL_POLICIES;
      if (scope !== ALL_POLICIES) {
        const published = await strapi.db.query(UID.policy).count({ where: { slug: scope, publishedAt: { $notNull: true } } });
        if (!published) {
          throw new errors.ValidationError(`policy "${scope}" is not a published policy`, {
            errors: [{ path: ['policy'], message: `policy "${scope}" is not a published policy`, name: 'ValidationError' }],
          });
        }
      }
      await checkRateLimits(email, origin);
      const consent = await consentRecord(scope, origin);
      await strapi.db.transaction(async ({ onCommit }) => {
        const existing = await subscribers().findOne({ where: { email, scope } });
        if (existing?.status === 'confirmed') return;
        const subscriber =
          existing ??
          (await subscribers().create({
            data: {
              email,
              scope,
              status: 'pending',
              locale: request.locale ?? null,
              consent,
              unsubscribeSalt: randomBytes(16).toString('hex'),
              createdAt: new Date(),
            },
          }));
        if (existing) {
          await subscribers().update({
            where: { id: existing.id },
            data: { status: 'pending', consent, locale: request.locale ?? existing.locale, unsubscribedAt: null },
          });
        }
        await enqueueConfirmation(subscriber.id);
        onCommit(() => getService('delivery-worker', { strapi }).kick());
      });
    },

    async confirm(token: unknown) {
      if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(token)) throw new errors.ValidationError(INVALID_CONFIRMATION);
      const hash = hashToken(token);
      const subscriber = await subscribers().findOne({ where: { confirmTokenHash: hash } });
      if (!subscriber || !constantTimeEqual(subscriber.confirmTokenHash, hash) || subscriber.status !== 'pending') {
        throw new errors.ValidationError(INVALID_CONFIRMATION);
      }
      if (new Date(subscriber.confirmTokenExpiresAt).getTime() < Date.now()) throw new errors.ValidationError(EXPIRED_CONFIRMATION);
      await subscribers().update({
        where: { id: subscriber.id },
        data: { status: 'confirmed', confirmedAt: new Date(), confirmTokenHash: null, confirmTokenExpiresAt: null },
      });
      return { scope: subscriber.scope };
    },

    async subscriberForUnsubscribeToken(token: unknown) {
      const parsed = readUnsubscribeToken(token);
      const subscriber = parsed ? await subscribers().findOne({ where: { id: parsed.subscriberId } }) : null;
      if (
        !parsed ||
        !subscriber ||
        !unsubscribeTokenMatches(getService('emails', { strapi }).tokenSecret(), subscriber.id, subscriber.unsubscribeSalt, parsed.mac)
      ) {
        throw new errors.ValidationError(INVALID_UNSUBSCRIBE);
      }
      return subscriber;
    },

    /** Immediate: deliveries not yet sent to the address are skipped in the same transaction. */
    async unsubscribe(token: unknown) {
      const subscriber = await this.subscriberForUnsubscribeToken(token);
      await strapi.db.transaction(async () => {
        await subscribers().update({
          where: { id: subscriber.id },
          data: { status: 'unsubscribed', unsubscribedAt: new Date(), confirmTokenHash: null },
        });
        await strapi.db.query(MODEL_UID.delivery as any).updateMany({
          where: { subscriberId: subscriber.id, status: 'pending' },
          data: { status: 'skipped', lastError: 'unsubscribed' },
        });
      });
      return { scope: subscriber.scope };
    },

    /** Stores a new confirmation token's hash and returns the token, for the confirmation email. */
    async issueConfirmationToken(subscriberId: number) {
      const token = randomToken();
      const expires = new Date(Date.now() + settings().confirmTokenTtlHours * 3_600_000);
      await subscribers().update({
        where: { id: subscriberId },
        data: { confirmTokenHash: hashToken(token), confirmTokenExpiresAt: expires },
      });
      return token;
    },
  };
};

export default subscriptions;
