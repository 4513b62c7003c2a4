import type { Core } from '@strapi/strapi';

/**
 * Subscribers, notifications and deliveries are plain database models, not content types: Strapi
 * generates no REST route, GraphQL type, content-manager view or role permission for them, so no
 * configuration mistake can expose an address. Only the plugin's own admin routes read them.
 */
export const MODEL_UID = {
  subscriber: 'plugin::privacy-policy.subscriber',
  notification: 'plugin::privacy-policy.notification',
  delivery: 'plugin::privacy-policy.delivery',
  publicationState: 'plugin::privacy-policy.publication-state',
  acceptance: 'plugin::privacy-policy.acceptance',
} as const;

const id = { type: 'increments' } as const;

export const subscriberModel = {
  uid: MODEL_UID.subscriber,
  singularName: 'privacy_policy_subscriber',
  tableName: 'privacy_policy_subscribers',
  attributes: {
    id,
    email: { type: 'string' },
    /** A policy slug, or "*" for every policy. */
    scope: { type: 'string' },
    status: { type: 'string' },
    locale: { type: 'string' },
    consent: { type: 'json' },
    confirmTokenHash: { type: 'string' },
    confirmTokenExpiresAt: { type: 'datetime' },
    /** Random per subscriber; part of the HMAC of unsubscribe links, so rotating it revokes them. */
    unsubscribeSalt: { type: 'string' },
    createdAt: { type: 'datetime' },
    confirmedAt: { type: 'datetime' },
    unsubscribedAt: { type: 'datetime' },
  },
  indexes: [
    { name: 'privacy_policy_subscribers_email_scope_uq', columns: ['email', 'scope'], type: 'unique' },
    { name: 'privacy_policy_subscribers_token_idx', columns: ['confirm_token_hash'] },
    { name: 'privacy_policy_subscribers_status_idx', columns: ['status', 'scope'] },
  ],
};

export const notificationModel = {
  uid: MODEL_UID.notification,
  singularName: 'privacy_policy_notification',
  tableName: 'privacy_policy_notifications',
  attributes: {
    id,
    /**
     * announcement: a major version is coming (to every confirmed subscriber of the policy);
     * withdrawal: an announced version will not take effect after all (to those who were told).
     */
    kind: { type: 'string' },
    versionId: { type: 'integer' },
    policyDocumentId: { type: 'string' },
    policySlug: { type: 'string' },
    /** The version's locale: subscribers whose locale resolves to it receive the notification. */
    locale: { type: 'string' },
    versionNumber: { type: 'string' },
    previousNumber: { type: 'string' },
    /** fanout → sending → done; an announcement withdrawn before its fan-out ends is cancelled */
    status: { type: 'string' },
    fanoutCursor: { type: 'integer' },
    leaseOwner: { type: 'string' },
    leaseUntil: { type: 'datetime' },
    createdAt: { type: 'datetime' },
    completedAt: { type: 'datetime' },
  },
  indexes: [{ name: 'privacy_policy_notifications_version_kind_uq', columns: ['version_id', 'kind'], type: 'unique' }],
};

export const deliveryModel = {
  uid: MODEL_UID.delivery,
  singularName: 'privacy_policy_delivery',
  tableName: 'privacy_policy_deliveries',
  attributes: {
    id,
    /** notification | confirmation */
    kind: { type: 'string' },
    notificationId: { type: 'integer' },
    subscriberId: { type: 'integer' },
    /** pending → sending → sent | failed | skipped */
    status: { type: 'string' },
    attempts: { type: 'integer' },
    nextAttemptAt: { type: 'datetime' },
    leaseOwner: { type: 'string' },
    leaseUntil: { type: 'datetime' },
    lastError: { type: 'text' },
    sentAt: { type: 'datetime' },
    messageId: { type: 'string' },
    createdAt: { type: 'datetime' },
  },
  indexes: [
    { name: 'privacy_policy_deliveries_once_uq', columns: ['notification_id', 'subscriber_id'], type: 'unique' },
    { name: 'privacy_policy_deliveries_due_idx', columns: ['status', 'next_attempt_at'] },
    { name: 'privacy_policy_deliveries_subscriber_idx', columns: ['subscriber_id'] },
  ],
};

/**
 * One row whose generation goes up whenever what the public may read changes (a publish, unpublish or
 * delete of a policy, on any instance): read caches compare it to know whether they are still valid.
 */
export const publicationStateModel = {
  uid: MODEL_UID.publicationState,
  singularName: 'privacy_policy_publication_state',
  tableName: 'privacy_policy_publication_state',
  attributes: {
    id,
    generation: { type: 'integer' },
  },
};

/**
 * A signed-in user's acceptance of one version of a policy in one locale: immutable evidence of what they
 * were shown (which version, its content hash, when). Read only by its owner (the acceptance routes) and
 * by admins (counts and export); erased or anonymised when the user is deleted (`acceptance.onUserDelete`).
 */
export const acceptanceModel = {
  uid: MODEL_UID.acceptance,
  singularName: 'privacy_policy_acceptance',
  tableName: 'privacy_policy_acceptances',
  attributes: {
    id,
    /** The users-permissions user; null once anonymised after the user was deleted. */
    userId: { type: 'integer' },
    policyDocumentId: { type: 'string' },
    /** The policy's slug when it was accepted, for the export. */
    policySlug: { type: 'string' },
    locale: { type: 'string' },
    /** The policy-version row: one per policy, locale and number, so it names all three. */
    versionId: { type: 'integer' },
    versionNumber: { type: 'string' },
    /** The accepted version's snapshot hash: what exactly the user was shown. */
    contentHash: { type: 'string' },
    acceptedAt: { type: 'datetime' },
    anonymisedAt: { type: 'datetime' },
  },
  indexes: [
    { name: 'privacy_policy_acceptances_once_uq', columns: ['user_id', 'version_id'], type: 'unique' },
    { name: 'privacy_policy_acceptances_policy_idx', columns: ['policy_document_id', 'locale', 'version_id'] },
  ],
};

export const registerModels = (strapi: Core.Strapi) => {
  for (const model of [subscriberModel, notificationModel, deliveryModel, publicationStateModel, acceptanceModel]) {
    strapi.get('models').add(model as any);
  }
};

/** A datetime as the raw query builder stores it: SQLite keeps Strapi datetimes as epoch milliseconds, the others take Dates. */
export const storedDate = (strapi: Core.Strapi, date: Date) => (strapi.db.dialect.client === 'sqlite' ? date.getTime() : date);
