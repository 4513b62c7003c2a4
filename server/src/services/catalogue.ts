import type { Core } from '@strapi/strapi';
import { UID } from '../domain/uids';
import { versionMeta, VersionRow } from './versions';

/** What the public may read: published policies, served from the version in effect. */
const catalogue = ({ strapi }: { strapi: Core.Strapi }) => {
  const versions = () => strapi.plugin('privacy-policy').service('versions');

  return {
    async listPublished(at?: Date, locale?: string) {
      const policyLocale = locale ?? (await strapi.plugin('privacy-policy').service('locales').defaultLocale());
      const lookup = { metadataOnly: true, locale: policyLocale };
      const policies = await strapi.db.query(UID.policy).findMany({
        where: { publishedAt: { $notNull: true }, locale: policyLocale },
        select: ['slug', 'title', 'kind'],
        orderBy: { title: 'asc' },
      });
      const entries = await Promise.all(
        policies.map(async (policy: any) => {
          const [current, upcoming] = await Promise.all([
            versions().current(policy.slug, at, lookup),
            versions().upcoming(policy.slug, at, lookup),
          ]);
          if (!current && !upcoming) return null;
          return {
            slug: policy.slug,
            title: policy.title,
            kind: policy.kind,
            locale: policyLocale,
            effectiveDate: current ? versionMeta(current).effectiveDate : null,
            version: current ? versionMeta(current) : null,
            upcoming: upcoming ? versionMeta(upcoming) : null,
          };
        }),
      );
      return entries.filter(Boolean);
    },

    /** The version to show for a slug: the one asked for, or the one in effect; with the upcoming one. */
    async findPublished(slug: string, { number, at, locale }: { number?: string; at?: Date; locale?: string } = {}) {
      const shown: VersionRow | null = number
        ? await versions().byNumber(slug, number, locale)
        : await versions().current(slug, at, { locale });
      const upcoming: VersionRow | null = await versions().upcoming(slug, at, { metadataOnly: true, locale });
      return { shown, upcoming };
    },
  };
};

export default catalogue;
