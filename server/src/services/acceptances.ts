import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { acceptanceModel, MODEL_UID } from '../models';
import { UID } from '../domain/uids';
import { effectiveDateOf, VersionRow } from '../domain/version';
import type { PrivacyPolicyConfig } from '../config';
import { cellText, toCsv } from '../rendering/csv';
import {
  AcceptanceReason,
  acceptanceRefusal,
  acceptanceStatus,
  AcceptanceVersion,
  asksForAcceptance,
  nextUpcomingVersion,
  versionInEffect,
} from '../versioning/acceptance';
import { getService } from '../utils/get-service';

const USER_UID = 'plugin::users-permissions.user';

/** What the acceptance routes answer (REST and GraphQL): the frontend reads exactly these four fields. */
export interface AcceptanceAnswer {
  accepted: { number: string; acceptedAt: string } | null;
  current: { number: string; effectiveDate: string } | null;
  needsAcceptance: boolean;
  reason: AcceptanceReason;
}

export const ACCEPTANCE_CSV_COLUMNS = [
  'id',
  'userId',
  'userEmail',
  'policyDocumentId',
  'policySlug',
  'locale',
  'version',
  'contentHash',
  'acceptedAt',
  'anonymisedAt',
] as const;

type Version = AcceptanceVersion & { id: number; changeType: 'minor' | 'major'; contentHash: string; policySlug: string };

const asVersion = (row: VersionRow): Version => ({
  id: row.id,
  number: row.number,
  major: Number(row.major),
  minor: Number(row.minor),
  changeType: row.changeType,
  effectiveDate: effectiveDateOf(row),
  withdrawn: Boolean(row.withdrawnAt),
  contentHash: row.contentHash,
  policySlug: row.policySlug,
});

const isoOf = (value: unknown) => new Date(value as string | number | Date).toISOString();

/** Midnight (UTC) of a moment's day: an anonymised record keeps the day, not the moment, so it cannot be matched with logs. */
const dayOf = (value: unknown) => new Date(`${isoOf(value).slice(0, 10)}T00:00:00.000Z`);

/**
 * Acceptance records of signed-in users: each user reads and writes only their own (by the id of the
 * authenticated user, never by a parameter), admins read counts and an export. Records are never updated
 * or deleted by a route; deleting the user erases or anonymises them (`acceptance.onUserDelete`).
 */
const acceptances = ({ strapi }: { strapi: Core.Strapi }) => {
  const records = () => strapi.db.query(MODEL_UID.acceptance as any);
  const settings = () => strapi.plugin('privacy-policy').config<PrivacyPolicyConfig['acceptance']>('acceptance');
  const today = (): string => getService('clock', { strapi }).today();

  const versionsOf = async (policyDocumentId: string, locale: string): Promise<Version[]> =>
    (await getService('version-history', { strapi }).numbersAndHashes(policyDocumentId, locale)).map(asVersion);

  /** The published policy under a slug in a locale; a 404 naming both when there is none. */
  const publishedPolicy = async (slug: string, locale: string): Promise<{ documentId: string; slug: string }> => {
    const policy = await strapi.db
      .query(UID.policy)
      .findOne({ where: { slug, locale, publishedAt: { $notNull: true } }, select: ['documentId', 'slug'] });
    if (!policy) throw new errors.NotFoundError(`No policy is published under the slug "${slug}" in locale "${locale}"`);
    return policy;
  };

  const answerFor = async (userId: number, policyDocumentId: string, locale: string, versions: Version[]): Promise<AcceptanceAnswer> => {
    const rows = await records().findMany({
      where: { userId, policyDocumentId, locale },
      select: ['versionNumber', 'acceptedAt'],
    });
    const status = acceptanceStatus({
      versions,
      acceptances: rows.map((row: any) => ({ number: row.versionNumber, acceptedAt: isoOf(row.acceptedAt) })),
      today: today(),
      requireOn: settings().requireOn,
    });
    return {
      accepted: status.accepted ? { number: status.accepted.number, acceptedAt: status.accepted.acceptedAt } : null,
      current: status.current ? { number: status.current.number, effectiveDate: status.current.effectiveDate } : null,
      needsAcceptance: status.needsAcceptance,
      reason: status.reason,
    };
  };

  const findRecord = (userId: number, versionId: number) => records().findOne({ where: { userId, versionId }, select: ['id'] });

  const service = {
    /** Where the user stands with the policy under `slug` in `locale`. */
    async status(userId: number, slug: string, locale: string): Promise<AcceptanceAnswer> {
      const policy = await publishedPolicy(slug, locale);
      return answerFor(userId, policy.documentId, locale, await versionsOf(policy.documentId, locale));
    },

    /**
     * Records that the user accepted version `number`: the version in effect, or the next one when
     * `allowUpcoming` is on; anything else is a 400 naming the version to accept. Accepting the same
     * version again changes nothing (`created: false`), also when two requests race.
     */
    async accept(userId: number, slug: string, number: string, locale: string): Promise<{ created: boolean; answer: AcceptanceAnswer }> {
      const policy = await publishedPolicy(slug, locale);
      const versions = await versionsOf(policy.documentId, locale);
      const refusal = acceptanceRefusal(versions, number, { today: today(), allowUpcoming: settings().allowUpcoming });
      if (refusal) {
        throw new errors.ValidationError(refusal.message, {
          errors: [{ path: ['version'], message: refusal.message, name: 'ValidationError', rule: refusal.rule }],
        });
      }
      const version = versions.find((candidate) => candidate.number === number)!;
      let created = false;
      if (!(await findRecord(userId, version.id))) {
        try {
          await records().create({
            data: {
              userId,
              policyDocumentId: policy.documentId,
              policySlug: policy.slug,
              locale,
              versionId: version.id,
              versionNumber: version.number,
              contentHash: version.contentHash,
              acceptedAt: getService('clock', { strapi }).now(),
            },
          });
          created = true;
        } catch (error) {
          // The unique index (user, version) refused a second insert of a concurrent request: already recorded.
          if (!(await findRecord(userId, version.id))) throw error;
        }
      }
      return { created, answer: await answerFor(userId, policy.documentId, locale, versions) };
    },

    /**
     * For the admin: per version of the policy in one locale, how many users accepted it (and how many
     * records are left from deleted accounts), with the version in effect and how many users are up to
     * date, i.e. accepted the newest version in effect that asks for acceptance, or a later one.
     */
    async summary(policyDocumentId: string, locale: string) {
      const versions = await versionsOf(policyDocumentId, locale);
      const day = today();
      const { requireOn } = settings();
      const counted = (await strapi.db
        .connection(acceptanceModel.tableName)
        .where({ policy_document_id: policyDocumentId, locale })
        .groupBy('version_id')
        .select('version_id')
        .count({ total: '*' })
        .count({ users: 'user_id' })) as { version_id: number; total: number | string; users: number | string }[];
      const byVersion = new Map(counted.map((row) => [Number(row.version_id), { total: Number(row.total), users: Number(row.users) }]));
      const current = versionInEffect(versions, day);
      const upcoming = nextUpcomingVersion(versions, day);
      const baseline = current
        ? (versions
            .filter((version) => !version.withdrawn && version.effectiveDate <= day && asksForAcceptance(version, requireOn))
            .sort((a, b) => b.major - a.major || b.minor - a.minor)[0] ?? current)
        : null;
      const fromBaseline = baseline
        ? versions
            .filter(
              (version) =>
                !version.withdrawn &&
                (version.major > baseline.major || (version.major === baseline.major && version.minor >= baseline.minor)),
            )
            .map((version) => version.id)
        : [];
      const upToDate = fromBaseline.length
        ? Number(
            (
              (await strapi.db
                .connection(acceptanceModel.tableName)
                .whereIn('version_id', fromBaseline)
                .whereNotNull('user_id')
                .countDistinct({ users: 'user_id' })
                .first()) as { users: number | string } | undefined
            )?.users ?? 0,
          )
        : 0;
      return {
        locale,
        today: day,
        requireOn,
        current: current?.number ?? null,
        upcoming: upcoming?.number ?? null,
        /** Users who accepted `baseline` or a later version need not accept again. */
        baseline: baseline?.number ?? null,
        upToDate,
        versions: versions.map((version) => ({
          number: version.number,
          changeType: version.changeType,
          effectiveDate: version.effectiveDate,
          withdrawn: version.withdrawn,
          accepted: byVersion.get(version.id)?.users ?? 0,
          fromDeletedAccounts: (byVersion.get(version.id)?.total ?? 0) - (byVersion.get(version.id)?.users ?? 0),
        })),
      };
    },

    /** Every record of the policy (in one locale, or all), oldest first, as CSV safe to open in a spreadsheet. */
    async exportCsv(policyDocumentId: string, { locale, version }: { locale?: string; version?: string }) {
      const rows = await records().findMany({
        where: { policyDocumentId, ...(locale ? { locale } : {}), ...(version ? { versionNumber: version } : {}) },
        orderBy: { id: 'asc' },
      });
      const userIds = [...new Set(rows.map((row: any) => row.userId).filter((id: unknown) => id !== null && id !== undefined))];
      const emails = new Map<number, string>();
      if (strapi.plugin('users-permissions') && userIds.length) {
        for (let start = 0; start < userIds.length; start += 500) {
          const users = await strapi.db
            .query(USER_UID)
            .findMany({ where: { id: { $in: userIds.slice(start, start + 500) } }, select: ['id', 'email'] });
          for (const user of users) emails.set(user.id, user.email);
        }
      }
      const present = (row: any): Record<(typeof ACCEPTANCE_CSV_COLUMNS)[number], unknown> => ({
        id: row.id,
        userId: row.userId,
        userEmail: row.userId === null || row.userId === undefined ? null : emails.get(row.userId),
        policyDocumentId: row.policyDocumentId,
        policySlug: row.policySlug,
        locale: row.locale,
        version: row.versionNumber,
        contentHash: row.contentHash,
        acceptedAt: row.acceptedAt ? isoOf(row.acceptedAt) : null,
        anonymisedAt: row.anonymisedAt ? isoOf(row.anonymisedAt) : null,
      });
      return toCsv(
        ACCEPTANCE_CSV_COLUMNS,
        rows.map((row: any) => {
          const presented = present(row);
          return ACCEPTANCE_CSV_COLUMNS.map((column) => cellText(presented[column]));
        }),
        { quoteAll: true },
      );
    },

    /**
     * The users are gone: their records are erased, or anonymised (the user's id removed, the moment
     * reduced to its day), as `acceptance.onUserDelete` says. Returns how many records it changed.
     */
    async forgetUsers(userIds: number[]): Promise<number> {
      if (!userIds.length) return 0;
      if (settings().onUserDelete === 'erase') {
        return (await records().deleteMany({ where: { userId: { $in: userIds } } })).count as number;
      }
      const rows = await records().findMany({ where: { userId: { $in: userIds } }, select: ['id', 'acceptedAt'] });
      const now = getService('clock', { strapi }).now();
      for (const row of rows) {
        await records().update({
          where: { id: row.id },
          data: { userId: null, acceptedAt: dayOf(row.acceptedAt), anonymisedAt: now },
        });
      }
      return rows.length;
    },

    /** Records of users deleted while the plugin could not act (a crash between the two writes): handled on start. */
    async forgetDeletedUsers(): Promise<number> {
      if (!strapi.plugin('users-permissions')) return 0;
      const usersTable = strapi.getModel(USER_UID as any)?.collectionName;
      if (!usersTable) return 0;
      const orphans = (await strapi.db
        .connection(acceptanceModel.tableName)
        .distinct('user_id')
        .whereNotNull('user_id')
        .whereNotIn('user_id', strapi.db.connection(usersTable).select('id'))) as { user_id: number }[];
      return service.forgetUsers(orphans.map((row) => Number(row.user_id)));
    },
  };
  return service;
};

export default acceptances;
export type AcceptancesService = ReturnType<typeof acceptances>;
