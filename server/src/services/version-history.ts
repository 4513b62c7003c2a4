import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../domain/uids';
import { effectiveDateOf, VersionRow } from '../domain/version';
import { diffSnapshots } from '../versioning/diff';
import { parseVersionNumber } from '../versioning/numbering';
import { getService } from '../utils/get-service';

/** `metadataOnly` leaves out the snapshot, diff and classification: for callers that only need the numbers. */
export interface VersionLookup {
  metadataOnly?: boolean;
  /** Default: the default locale. */
  locale?: string;
}

export const META_FIELDS = [
  'number',
  'major',
  'minor',
  'changeType',
  'effectiveDate',
  'changeSummary',
  'publishedAt',
  'classifierOverride',
  'suggestedChangeType',
  'publishedBy',
  'policySlug',
  'policyLocale',
  'policyDocumentId',
  'complianceOverride',
  'withdrawnAt',
  'withdrawalReason',
];

/** Versions that count: a withdrawn version stays in the history but is never current, upcoming or compared with. */
export const NOT_WITHDRAWN = { withdrawnAt: { $null: true } };

const NEWEST_FIRST = [{ major: 'desc' as const }, { minor: 'desc' as const }];

/** The read side of versioning: what is in force, what is coming, the history and the diff between any two versions. */
const versionHistory = ({ strapi }: { strapi: Core.Strapi }) => {
  const versions = () => strapi.db.query(UID.policyVersion);
  const localeOf = async (locale?: string): Promise<string> => locale ?? (await getService('locales', { strapi }).defaultLocale());
  const today = (at?: Date): string => getService('clock', { strapi }).today(at);

  const publishedPolicy = async (slug: string, locale?: string): Promise<{ documentId: string; locale: string } | null> =>
    strapi.db.query(UID.policy).findOne({
      where: { slug, locale: await localeOf(locale), publishedAt: { $notNull: true } },
      select: ['documentId', 'title', 'slug', 'locale'],
    });

  const service = {
    /** The latest version not withdrawn: what the next publish is compared with. */
    async latest(policyDocumentId: string, locale?: string): Promise<VersionRow | null> {
      return versions().findOne({
        where: { policyDocumentId, policyLocale: await localeOf(locale), ...NOT_WITHDRAWN },
        orderBy: NEWEST_FIRST,
      });
    },

    /** Every version number of the policy in one locale, withdrawn ones included, without snapshots. */
    async recordedNumbers(policyDocumentId: string, locale?: string): Promise<VersionRow[]> {
      return versions().findMany({
        where: { policyDocumentId, policyLocale: await localeOf(locale) },
        select: ['number', 'major', 'minor', 'effectiveDate', 'withdrawnAt'],
        orderBy: NEWEST_FIRST,
      });
    },

    /** Every version of the policy in one locale, withdrawn ones included, newest first: numbers, dates and content hashes. */
    async numbersAndHashes(policyDocumentId: string, locale: string): Promise<VersionRow[]> {
      return versions().findMany({
        where: { policyDocumentId, policyLocale: locale },
        select: ['id', 'number', 'major', 'minor', 'changeType', 'effectiveDate', 'withdrawnAt', 'contentHash', 'policySlug'],
        orderBy: NEWEST_FIRST,
      });
    },

    /** The version recorded from one published policy entry, if that publish recorded one. */
    async recordedFromEntry(policyEntryId: number): Promise<VersionRow | null> {
      return versions().findOne({ where: { policyEntryId } });
    },

    /** Locales of a policy that have at least one version. */
    async versionedLocales(policyDocumentId: string): Promise<string[]> {
      const rows = await versions().findMany({ where: { policyDocumentId }, select: ['policyLocale'] });
      return [...new Set(rows.map((row: { policyLocale: string }) => row.policyLocale))];
    },

    /** The newest version in effect on the day of `at` (default now), or null. */
    async current(slug: string, at?: Date, { metadataOnly = false, locale }: VersionLookup = {}): Promise<VersionRow | null> {
      const policy = await publishedPolicy(slug, locale);
      if (!policy) return null;
      return versions().findOne({
        where: { policyDocumentId: policy.documentId, policyLocale: policy.locale, effectiveDate: { $lte: today(at) }, ...NOT_WITHDRAWN },
        orderBy: NEWEST_FIRST,
        ...(metadataOnly ? { select: META_FIELDS } : {}),
      });
    },

    /** The next version to take effect after the day of `at`, or null. */
    async upcoming(slug: string, at?: Date, { metadataOnly = false, locale }: VersionLookup = {}): Promise<VersionRow | null> {
      const policy = await publishedPolicy(slug, locale);
      if (!policy) return null;
      return versions().findOne({
        where: { policyDocumentId: policy.documentId, policyLocale: policy.locale, effectiveDate: { $gt: today(at) }, ...NOT_WITHDRAWN },
        orderBy: [{ effectiveDate: 'asc' }, ...NEWEST_FIRST],
        ...(metadataOnly ? { select: META_FIELDS } : {}),
      });
    },

    async byNumber(slug: string, number: string, locale?: string): Promise<VersionRow | null> {
      const parsed = parseVersionNumber(number);
      const policy = await publishedPolicy(slug, locale);
      if (!parsed || !policy) return null;
      return versions().findOne({ where: { policyDocumentId: policy.documentId, policyLocale: policy.locale, ...parsed } });
    },

    /** Versions newest first, without their snapshots; null when no policy is published under the slug. */
    async history(slug: string, { page = 1, pageSize = 25, locale }: { page?: number; pageSize?: number; locale?: string } = {}) {
      const policy = await publishedPolicy(slug, locale);
      if (!policy) return null;
      const where = { policyDocumentId: policy.documentId, policyLocale: policy.locale };
      const [rows, total] = await Promise.all([
        versions().findMany({ where, select: META_FIELDS, orderBy: NEWEST_FIRST, offset: (page - 1) * pageSize, limit: pageSize }),
        versions().count({ where }),
      ]);
      return { rows: rows as VersionRow[], pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } };
    },

    /** Every version of a published policy in one locale, withdrawn ones included, newest first, without snapshots; null when none is published under the slug. */
    async everyVersion(slug: string, locale?: string): Promise<{ documentId: string; locale: string; rows: VersionRow[] } | null> {
      const policy = await publishedPolicy(slug, locale);
      if (!policy) return null;
      const rows: VersionRow[] = await versions().findMany({
        where: { policyDocumentId: policy.documentId, policyLocale: policy.locale },
        select: META_FIELDS,
        orderBy: NEWEST_FIRST,
      });
      return { documentId: policy.documentId, locale: policy.locale, rows };
    },

    /**
     * Every version of a policy in one locale for the admin timeline, newest first, with the numbers of the
     * current and the upcoming one (a withdrawn version is neither) and the draft's title and slug.
     */
    async timeline(policyDocumentId: string, locale: string) {
      const rows: VersionRow[] = await versions().findMany({
        where: { policyDocumentId, policyLocale: locale },
        select: [...META_FIELDS, 'withdrawnBy', 'classification', 'complianceFindings'],
        orderBy: NEWEST_FIRST,
      });
      const day = today();
      const standing = rows.filter((row) => !row.withdrawnAt);
      const current = standing.find((row) => effectiveDateOf(row) <= day)?.number ?? null;
      const upcoming =
        standing.filter((row) => effectiveDateOf(row) > day).sort((a, b) => effectiveDateOf(a).localeCompare(effectiveDateOf(b)))[0]
          ?.number ?? null;
      const policy = await strapi.db
        .query(UID.policy)
        .findOne({ where: { documentId: policyDocumentId, locale, publishedAt: null }, select: ['title', 'slug'] });
      return {
        rows,
        current,
        upcoming,
        today: day,
        policy: policy ? { title: policy.title as string, slug: policy.slug as string } : null,
      };
    },

    /** The structured diff between any two versions of a policy in one locale (not only neighbours). */
    async diff(slug: string, from: string, to: string, locale?: string) {
      const [older, newer] = await Promise.all([service.byNumber(slug, from, locale), service.byNumber(slug, to, locale)]);
      const missing = !older ? from : !newer ? to : null;
      if (missing) throw new errors.NotFoundError(`Policy "${slug}" has no version ${missing}`);
      return { from: older!, to: newer!, diff: diffSnapshots(older!.snapshot, newer!.snapshot) };
    },
  };
  return service;
};

export default versionHistory;
export type VersionHistoryService = ReturnType<typeof versionHistory>;
