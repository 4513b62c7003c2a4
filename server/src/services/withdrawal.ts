import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../domain/uids';
import { parseVersionNumber } from '../versioning/numbering';
import type { VersionRow } from './versions';

export const VERSION_WITHDRAWN_EVENT = 'privacy-policy.version.withdrawn';

export interface WithdrawOptions {
  reason: string;
  locale?: string;
  /** The admin who withdraws, recorded on the version. */
  admin?: { id: number; name: string } | null;
}

const refusal = (rule: string, message: string) =>
  new errors.ValidationError(message, { errors: [{ path: ['number'], message, name: 'ValidationError', rule }] });

/**
 * Withdraws a version that has not taken effect: it stays in the history, marked withdrawn, and is
 * never current or upcoming again. Announcements still queued are dropped; the subscribers who were
 * told get a withdrawal notice through the same outbox.
 */
const withdrawal = ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('privacy-policy');

  const findVersion = async (policyDocumentId: string, number: string, locale: string): Promise<VersionRow> => {
    const parsed = parseVersionNumber(number);
    const version =
      parsed && (await strapi.db.query(UID.policyVersion).findOne({ where: { policyDocumentId, policyLocale: locale, ...parsed } }));
    if (!version) throw new errors.NotFoundError(`The policy "${policyDocumentId}" has no version ${number} in locale "${locale}"`);
    return version;
  };

  /** A later version holds this one's changes (every snapshot is cumulative): it must go first. */
  const laterVersion = (policyDocumentId: string, version: VersionRow) =>
    strapi.db.query(UID.policyVersion).findOne({
      where: {
        policyDocumentId,
        policyLocale: version.policyLocale,
        withdrawnAt: { $null: true },
        $or: [{ major: { $gt: version.major } }, { major: version.major, minor: { $gt: version.minor } }],
      },
      orderBy: [{ major: 'desc' }, { minor: 'desc' }],
      select: ['number'],
    });

  const assertWithdrawable = async (policyDocumentId: string, version: VersionRow) => {
    const today: string = plugin().service('clock').today();
    const effectiveDate = String(version.effectiveDate).slice(0, 10);
    if (version.withdrawnAt)
      throw refusal(
        'already-withdrawn',
        `Version ${version.number} was already withdrawn on ${new Date(version.withdrawnAt).toISOString().slice(0, 10)}`,
      );
    if (effectiveDate <= today) {
      throw refusal(
        'already-in-effect',
        `Version ${version.number} took effect on ${effectiveDate}: only a version not yet in effect can be withdrawn. To change the policy, publish a new version`,
      );
    }
    const later = await laterVersion(policyDocumentId, version);
    if (later)
      throw refusal(
        'later-version-pending',
        `Version ${later.number} was published after ${version.number} and contains its changes: withdraw ${later.number} first`,
      );
  };

  return {
    VERSION_WITHDRAWN_EVENT,

    async withdraw(policyDocumentId: string, number: string, { reason, locale: requestedLocale, admin = null }: WithdrawOptions) {
      const locale: string = requestedLocale ?? (await plugin().service('locales').defaultLocale());
      return strapi.db.transaction(async ({ onCommit }) => {
        await plugin().service('versions').lockForPublish(policyDocumentId);
        const version = await findVersion(policyDocumentId, number, locale);
        await assertWithdrawable(policyDocumentId, version);
        const withdrawn: VersionRow = await strapi.db.query(UID.policyVersion).update({
          where: { id: version.id },
          data: { withdrawnAt: plugin().service('clock').now(), withdrawnBy: admin, withdrawalReason: reason },
        });
        const notice = await plugin().service('notifications').enqueueWithdrawal(withdrawn);
        await plugin().service('published-cache').invalidate();
        onCommit(() => {
          if (notice) plugin().service('delivery-worker').kick();
          strapi.eventHub.emit(VERSION_WITHDRAWN_EVENT, {
            policy: { documentId: policyDocumentId, slug: withdrawn.policySlug, locale },
            version: {
              number: withdrawn.number,
              effectiveDate: String(withdrawn.effectiveDate).slice(0, 10),
              withdrawnAt: new Date(withdrawn.withdrawnAt!).toISOString(),
              reason,
            },
          });
        });
        return { version: withdrawn, notificationId: notice?.id ?? null };
      });
    },
  };
};

export default withdrawal;
