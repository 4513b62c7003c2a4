import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../domain/uids';
import { contentHash, PolicySnapshot } from '../domain/snapshot';
import { AdminRef, effectiveDateOf, versionMeta, VersionRow } from '../domain/version';
import { diffSnapshots } from '../versioning/diff';
import { classify, Classification } from '../versioning/classifier';
import { complianceViolations, latestPendingVersion, publishingRuleViolations, RuleViolation } from '../versioning/publishing-rules';
import { formatVersionNumber, nextVersionNumber, parseVersionNumber } from '../versioning/numbering';
import { checkCompliance } from '../compliance';
import { getService } from '../utils/get-service';

export const VERSION_PUBLISHED_EVENT = 'privacy-policy.version.published';
export const VERSION_WITHDRAWN_EVENT = 'privacy-policy.version.withdrawn';

/** What a publish recorded for one locale: a new version, or nothing because the content is unchanged. */
export type RecordOutcome = { recorded: true; version: VersionRow } | { recorded: false; reason: 'unchanged' };

const complianceSummary = (violations: RuleViolation[]) =>
  `The policy has ${violations.length} compliance error(s): ${violations.map((violation) => violation.message).join('; ')}. Fix them, or set overrideCompliance to publish anyway`;

/** One 400 that lists every rule the publish breaks: `details.errors[]` has one entry per rule and finding. */
const publishRefusal = (rules: RuleViolation[], compliance: RuleViolation[], details: Record<string, unknown>) => {
  const parts = [...rules.map((violation) => violation.message), ...(compliance.length ? [complianceSummary(compliance)] : [])];
  const message = parts.length === 1 ? parts[0] : `This publish breaks ${parts.length} rules: ${parts.join(' — ')}`;
  return new errors.ValidationError(message, {
    errors: [...rules, ...compliance].map(({ path, message: text, rule }) => ({ path, message: text, name: 'ValidationError', rule })),
    ...details,
  });
};

const withdrawalRefusal = (rule: string, message: string) =>
  new errors.ValidationError(message, { errors: [{ path: ['number'], message, name: 'ValidationError', rule }] });

/**
 * The write side of versioning: records the published state of a policy as an immutable version (the
 * version-recording document middleware is its only caller), and withdraws a version not yet in effect.
 */
const versionRecorder = ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('privacy-policy');
  const isSqlite = () => strapi.db.dialect.client === 'sqlite';
  const today = (): string => getService('clock', { strapi }).today();

  /** Serialises publishes of one policy (all its locales): concurrent ones wait here, then see each other's versions. */
  const lockPolicy = async (policyDocumentId: string, trx: unknown) => {
    if (isSqlite()) return; // SQLite runs one write transaction at a time
    await strapi.db.queryBuilder(UID.policy).select(['id']).where({ documentId: policyDocumentId }).transacting(trx).forUpdate().execute();
  };

  // Locking reads, so that under MySQL's repeatable read they see versions committed while we waited.
  const lockedRead = (builder: any) => (isSqlite() ? builder : builder.forUpdate()).execute();

  /** Every version of the policy in one locale, without snapshots: numbers, dates and withdrawals. */
  const recordedLocked = async (policyDocumentId: string, policyLocale: string, trx: unknown): Promise<VersionRow[]> =>
    lockedRead(
      strapi.db
        .queryBuilder(UID.policyVersion)
        .select(['id', 'major', 'minor', 'number', 'effectiveDate', 'withdrawnAt'])
        .where({ policyDocumentId, policyLocale })
        .orderBy([{ major: 'desc' }, { minor: 'desc' }])
        .transacting(trx),
    );

  const byIdLocked = async (id: number, trx: unknown): Promise<VersionRow> =>
    lockedRead(
      strapi.db
        .queryBuilder(UID.policyVersion)
        .select(['id', 'major', 'minor', 'number', 'contentHash', 'snapshot'])
        .where({ id })
        .first()
        .transacting(trx),
    );

  /** The compliance gate: error findings block the publish unless the editor overrides, or the gate is off. */
  const complianceGate = (snapshot: PolicySnapshot, overrideCompliance: boolean) => {
    const report = checkCompliance(snapshot, { today: today() });
    const blocking = complianceViolations(report.findings);
    const enforced = plugin().config<boolean>('compliance.blockPublishOnErrors');
    return { report, violations: enforced && !overrideCompliance ? blocking : [], overridden: blocking.length > 0 };
  };

  /** A later version holds this one's changes (every snapshot is cumulative): it must be withdrawn first. */
  const laterVersion = (version: VersionRow) =>
    strapi.db.query(UID.policyVersion).findOne({
      where: {
        policyDocumentId: version.policyDocumentId,
        policyLocale: version.policyLocale,
        withdrawnAt: { $null: true },
        $or: [{ major: { $gt: version.major } }, { major: version.major, minor: { $gt: version.minor } }],
      },
      orderBy: [{ major: 'desc' }, { minor: 'desc' }],
      select: ['number'],
    });

  const assertWithdrawable = async (version: VersionRow) => {
    const effectiveDate = effectiveDateOf(version);
    if (version.withdrawnAt) {
      throw withdrawalRefusal(
        'already-withdrawn',
        `Version ${version.number} was already withdrawn on ${new Date(version.withdrawnAt).toISOString().slice(0, 10)}`,
      );
    }
    if (effectiveDate <= today()) {
      throw withdrawalRefusal(
        'already-in-effect',
        `Version ${version.number} took effect on ${effectiveDate}: only a version not yet in effect can be withdrawn. To change the policy, publish a new version`,
      );
    }
    const later = await laterVersion(version);
    if (later) {
      throw withdrawalRefusal(
        'later-version-pending',
        `Version ${later.number} was published after ${version.number} and contains its changes: withdraw ${later.number} first`,
      );
    }
  };

  return {
    /** Takes the policy's publish lock in the current transaction (a no-op on SQLite). */
    async lockForPublish(policyDocumentId: string) {
      await strapi.db.transaction(({ trx }) => lockPolicy(policyDocumentId, trx));
    },

    /**
     * Records the published state of a policy in one locale as a version, enforcing the publishing rules
     * and the compliance gate. Runs inside the publish transaction, so a refusal undoes the publish too.
     * Each locale is numbered on its own; the version keeps the published entry's id, its key.
     */
    async record(
      policyDocumentId: string,
      locale: string,
      { publishedBy = null }: { publishedBy?: AdminRef | null } = {},
    ): Promise<RecordOutcome> {
      return strapi.db.transaction(async ({ trx, onCommit }) => {
        await lockPolicy(policyDocumentId, trx);
        const published = await strapi.db
          .query(UID.policy)
          .findOne({ where: { documentId: policyDocumentId, locale, publishedAt: { $notNull: true } } });
        if (!published)
          throw new errors.NotFoundError(`The policy "${policyDocumentId}" has no published entry in locale "${locale}" to record`);
        const snapshot: PolicySnapshot = await getService('snapshot', { strapi }).ofPolicyRow(published.id);
        const hash = contentHash(snapshot);
        const recorded = await recordedLocked(policyDocumentId, locale, trx);
        const activeRow = recorded.find((row) => !row.withdrawnAt) ?? null;
        const previous = activeRow ? await byIdLocked(activeRow.id, trx) : null;
        if (previous && previous.contentHash === hash) return { recorded: false, reason: 'unchanged' } as const;

        const diff = previous ? diffSnapshots(previous.snapshot, snapshot) : null;
        const classification: Classification = diff ? classify(diff) : { suggestion: 'major', reasons: [] };
        const pendingVersion = latestPendingVersion(recorded, today());
        const compliance = complianceGate(snapshot, Boolean(published.overrideCompliance));
        const violations = publishingRuleViolations(published, {
          isFirstVersion: !previous,
          today: today(),
          noticePeriodDays: plugin().config<number>('noticePeriodDays'),
          classification,
          pendingVersion,
        });
        if (violations.length || compliance.violations.length) {
          throw publishRefusal(violations, compliance.violations, { classification, compliance: compliance.report, pendingVersion });
        }

        const changeType = published.changeType as 'minor' | 'major';
        const { major, minor } = nextVersionNumber(previous, recorded, changeType);
        const version: VersionRow = await strapi.db.query(UID.policyVersion).create({
          data: {
            policyDocumentId,
            policySlug: published.slug,
            policyLocale: locale,
            policyEntryId: published.id,
            number: formatVersionNumber({ major, minor }),
            major,
            minor,
            changeType,
            effectiveDate: String(published.effectiveDate).slice(0, 10),
            changeSummary: published.changeSummary ?? null,
            publishedBy,
            snapshot,
            contentHash: hash,
            diff,
            classification,
            suggestedChangeType: previous ? classification.suggestion : null,
            classifierOverride: Boolean(previous && changeType === 'minor' && classification.suggestion === 'major'),
            complianceOverride: compliance.overridden,
            complianceFindings: compliance.report.findings,
            publishedAt: getService('clock', { strapi }).now(),
          },
        });
        if (previous && changeType === 'major') {
          await getService('notifications', { strapi }).enqueue(version, previous.number);
          onCommit(() => getService('delivery-worker', { strapi }).kick());
        }
        // An override applies to one publish only.
        await strapi.db
          .query(UID.policy)
          .updateMany({ where: { documentId: policyDocumentId, locale }, data: { overrideClassifier: false, overrideCompliance: false } });
        onCommit(() =>
          strapi.eventHub.emit(VERSION_PUBLISHED_EVENT, {
            policy: { documentId: policyDocumentId, slug: published.slug, title: published.title, locale },
            version: {
              ...versionMeta(version),
              suggestedChangeType: version.suggestedChangeType,
              classifierOverride: version.classifierOverride,
            },
          }),
        );
        return { recorded: true, version } as const;
      });
    },

    /**
     * Withdraws a version that has not taken effect: it stays in the history, marked withdrawn, and is
     * never current or upcoming again. Announcements still queued are dropped; the subscribers who were
     * told get a withdrawal notice through the same outbox.
     */
    async withdraw(
      policyDocumentId: string,
      number: string,
      { reason, locale, admin = null }: { reason: string; locale: string; admin?: AdminRef | null },
    ) {
      return strapi.db.transaction(async ({ trx, onCommit }) => {
        await lockPolicy(policyDocumentId, trx);
        const parsed = parseVersionNumber(number);
        const version: VersionRow | null =
          parsed && (await strapi.db.query(UID.policyVersion).findOne({ where: { policyDocumentId, policyLocale: locale, ...parsed } }));
        if (!version) throw new errors.NotFoundError(`The policy "${policyDocumentId}" has no version ${number} in locale "${locale}"`);
        await assertWithdrawable(version);
        const withdrawn: VersionRow = await strapi.db.query(UID.policyVersion).update({
          where: { id: version.id },
          data: { withdrawnAt: getService('clock', { strapi }).now(), withdrawnBy: admin, withdrawalReason: reason },
        });
        const notice = await getService('notifications', { strapi }).enqueueWithdrawal(withdrawn);
        await getService('published-cache', { strapi }).invalidate();
        onCommit(() => {
          if (notice) getService('delivery-worker', { strapi }).kick();
          strapi.eventHub.emit(VERSION_WITHDRAWN_EVENT, {
            policy: { documentId: policyDocumentId, slug: withdrawn.policySlug, locale },
            version: {
              number: withdrawn.number,
              effectiveDate: effectiveDateOf(withdrawn),
              withdrawnAt: new Date(withdrawn.withdrawnAt!).toISOString(),
              reason,
            },
          });
        });
        return { version: withdrawn, notificationId: (notice?.id as number | undefined) ?? null };
      });
    },
  };
};

export default versionRecorder;
