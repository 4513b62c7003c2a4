import type { Core } from '@strapi/strapi';
import { UID } from '../domain/uids';
import { effectiveDateOf } from '../domain/version';
import { getService } from '../utils/get-service';
import type { PolicySummary, PolicySummaryAnswer, VersionMark } from '../../../shared/contracts/admin';

/**
 * The admin's list of policies in one answer: for each policy draft in a locale, its title, the version
 * in force and the upcoming one with their effective dates, and the health counts of its saved draft.
 * Built on the same reads as the policy page (`version-history.timeline`, `compliance.health`), so the
 * list and the page never disagree.
 */
const policyOverview = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list({ locale, page, pageSize }: { locale: string; page: number; pageSize: number }): Promise<{
    policies: PolicySummary[];
    meta: PolicySummaryAnswer['meta'];
  }> {
    const where = { locale, publishedAt: null };
    const [total, drafts] = await Promise.all([
      strapi.db.query(UID.policy).count({ where }),
      strapi.db.query(UID.policy).findMany({
        where,
        select: ['documentId', 'title', 'slug', 'kind'],
        orderBy: [{ title: 'asc' }, { id: 'asc' }],
        offset: (page - 1) * pageSize,
        limit: pageSize,
      }),
    ]);
    const history = getService('version-history', { strapi });
    const compliance = getService('compliance', { strapi });
    const policies: PolicySummary[] = [];
    let today = getService('clock', { strapi }).today();
    for (const draft of drafts as { documentId: string; title: string; slug: string; kind: string | null }[]) {
      const timeline = await history.timeline(draft.documentId, locale);
      today = timeline.today;
      const mark = (number: string | null): VersionMark | null => {
        const row = number ? timeline.rows.find((candidate) => candidate.number === number) : null;
        return row ? { number: row.number, effectiveDate: effectiveDateOf(row) } : null;
      };
      const report = await compliance.health({ documentId: draft.documentId }, { locale, state: 'draft' });
      policies.push({
        documentId: draft.documentId,
        title: draft.title,
        slug: draft.slug,
        kind: draft.kind ?? null,
        current: mark(timeline.current),
        upcoming: mark(timeline.upcoming),
        versionCount: timeline.rows.length,
        health: { error: report.counts.error ?? 0, warning: report.counts.warning ?? 0, info: report.counts.info ?? 0 },
      });
    }
    return {
      policies,
      meta: { locale, today, pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
    };
  },
});

export default policyOverview;
export type PolicyOverviewService = ReturnType<typeof policyOverview>;
