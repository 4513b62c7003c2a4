import type { Core } from '@strapi/strapi';
import { UID } from '../domain/uids';
import { versionMeta, VersionRow } from '../domain/version';
import { archiveEntries, type PolicyArchive } from '../presentation/archive';
import { historyEntry } from '../presentation/public';
import { getService } from '../utils/get-service';

/** What the public may read: published policies, served from the version in effect, their history and diffs. */
const catalogue = ({ strapi }: { strapi: Core.Strapi }) => {
  const history = () => getService('version-history', { strapi });

  const service = {
    async listPublished(at?: Date, locale?: string) {
      const policyLocale: string = locale ?? (await getService('locales', { strapi }).defaultLocale());
      const lookup = { metadataOnly: true, locale: policyLocale };
      const policies = await strapi.db.query(UID.policy).findMany({
        where: { publishedAt: { $notNull: true }, locale: policyLocale },
        select: ['slug', 'title', 'kind'],
        orderBy: { title: 'asc' },
      });
      const entries = await Promise.all(
        policies.map(async (policy: any) => {
          const [current, upcoming] = await Promise.all([
            history().current(policy.slug, at, lookup),
            history().upcoming(policy.slug, at, lookup),
          ]);
          if (!current && !upcoming) return null;
          return {
            slug: policy.slug as string,
            title: policy.title as string,
            kind: policy.kind as string,
            locale: policyLocale,
            effectiveDate: current ? versionMeta(current).effectiveDate : null,
            version: current ? versionMeta(current) : null,
            upcoming: upcoming ? versionMeta(upcoming) : null,
          };
        }),
      );
      return entries.filter((entry): entry is NonNullable<typeof entry> => entry !== null);
    },

    /** The version to show for a slug: the one asked for, or the one in effect; with the upcoming one. */
    async findPublished(slug: string, { number, at, locale }: { number?: string; at?: Date; locale?: string } = {}) {
      const shown: VersionRow | null = number
        ? await history().byNumber(slug, number, locale)
        : await history().current(slug, at, { locale });
      const upcoming: VersionRow | null = await history().upcoming(slug, at, { metadataOnly: true, locale });
      return { shown, upcoming };
    },

    /** One page of the public history, entries marked current and upcoming; null when no policy is published under the slug. */
    async historyPage(slug: string, { page, pageSize, locale }: { page: number; pageSize: number; locale: string }) {
      const rows = await history().history(slug, { page, pageSize, locale });
      if (!rows) return null;
      const lookup = { metadataOnly: true, locale };
      const [current, upcoming] = await Promise.all([
        history().current(slug, undefined, lookup),
        history().upcoming(slug, undefined, lookup),
      ]);
      return { versions: rows.rows.map((row) => historyEntry(row, current, upcoming)), pagination: rows.pagination, current, upcoming };
    },

    /**
     * Every published version of a policy in one locale, newest first, marked with its status today, and the
     * policy part of the newest version not withdrawn (never the draft's): what the archive page and the
     * feeds show. Null when no policy with a version is published under the slug.
     */
    async archive(slug: string, locale: string): Promise<PolicyArchive | null> {
      const found = await history().everyVersion(slug, locale);
      if (!found?.rows.length) return null;
      const newest = found.rows.find((row) => !row.withdrawnAt) ?? found.rows[0];
      const shown = await history().byNumber(slug, newest.number, found.locale);
      if (!shown) return null;
      const clock = getService('clock', { strapi });
      const today = clock.today();
      return {
        slug,
        documentId: found.documentId,
        locale: found.locale,
        today,
        policy: shown.snapshot.policy,
        entries: archiveEntries(found.rows.map(versionMeta), today, (moment) => clock.today(new Date(moment))),
      };
    },

    /** True when a policy is published under the slug in the locale (the 404s need it). */
    async isPublished(slug: string, locale: string) {
      return (await history().history(slug, { pageSize: 1, locale })) !== null;
    },
  };
  return service;
};

export default catalogue;
