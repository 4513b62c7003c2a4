import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../domain/uids';
import { contentHash, PolicySnapshot } from './snapshot';
import type { VersionMeta } from '../rendering/version-meta';
import { diffSnapshots, PolicyDiff } from '../versioning/diff';
import { classify, Classification } from '../versioning/classifier';
import { publishingRuleViolations, RuleViolation } from '../versioning/publishing-rules';
import { formatVersionNumber, nextVersionNumber, parseVersionNumber } from '../versioning/numbering';
import { checkCompliance, ComplianceFinding, ComplianceReport } from '../compliance';

export interface VersionRow extends VersionMeta {
  id: number;
  documentId: string;
  policyDocumentId: string;
  policySlug: string;
  policyLocale: string;
  major: number;
  minor: number;
  snapshot: PolicySnapshot;
  contentHash: string;
  diff: PolicyDiff | null;
  classification: Classification | null;
  classifierOverride: boolean;
  suggestedChangeType: 'minor' | 'major' | null;
  complianceOverride: boolean;
  complianceFindings: ComplianceFinding[] | null;
  publishedBy: { id: number; name: string } | null;
  withdrawnAt: string | Date | null;
  withdrawnBy: { id: number; name: string } | null;
  withdrawalReason: string | null;
}

export type PublishOutcome = { recorded: true; version: VersionRow } | { recorded: false; reason: 'unchanged'; version: VersionRow };

export interface PublishOptions {
  changeType?: 'minor' | 'major' | null;
  effectiveDate?: string | null;
  changeSummary?: string | null;
  overrideClassifier?: boolean;
  overrideCompliance?: boolean;
  locale?: string;
}

/** `metadataOnly` leaves out the snapshot, diff and classification: for callers that only need the numbers. */
export interface VersionLookup {
  metadataOnly?: boolean;
  /** Default: the default locale. */
  locale?: string;
}

export const VERSION_PUBLISHED_EVENT = 'privacy-policy.version.published';

const META_FIELDS = [
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
const NOT_WITHDRAWN = { withdrawnAt: { $null: true } };

/** Lets a caller of `publish` learn what the publish middleware recorded. */
const publishOutcomes = new AsyncLocalStorage<{ outcome?: PublishOutcome }>();

export { parseVersionNumber };

type MetaRow = Pick<VersionRow, 'number' | 'changeType' | 'effectiveDate' | 'changeSummary' | 'publishedAt'> &
  Partial<Pick<VersionRow, 'withdrawnAt' | 'withdrawalReason'>>;

export const versionMeta = (row: MetaRow): VersionMeta => ({
  number: row.number,
  changeType: row.changeType,
  effectiveDate: String(row.effectiveDate).slice(0, 10),
  changeSummary: row.changeSummary ?? null,
  publishedAt: new Date(row.publishedAt).toISOString(),
  withdrawn: row.withdrawnAt ? { at: new Date(row.withdrawnAt).toISOString(), reason: row.withdrawalReason ?? '' } : null,
});

const complianceViolations = (report: ComplianceReport): RuleViolation[] =>
  report.findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => ({
      rule: 'compliance',
      path: ['compliance', finding.check],
      message: `${finding.message} (${finding.source}). ${finding.fix}`,
    }));

const complianceSummary = (violations: RuleViolation[]) =>
  `The policy has ${violations.length} compliance error(s): ${violations.map((violation) => violation.message).join('; ')}. Fix them, or set overrideCompliance to publish anyway`;

/** One 400 that lists every rule the publish breaks: `details.errors[]` has one entry per rule and finding. */
const publishRefusal = (rules: RuleViolation[], compliance: RuleViolation[], details: Record<string, unknown>) => {
  const parts = [...rules.map((violation) => violation.message), ...(compliance.length ? [complianceSummary(compliance)] : [])];
  const message = parts.length === 1 ? parts[0] : `This publish breaks ${parts.length} rules: ${parts.join(' — ')}`;
  const all = [...rules, ...compliance];
  return new errors.ValidationError(message, {
    errors: all.map(({ path, message: text, rule }) => ({ path, message: text, name: 'ValidationError', rule })),
    ...details,
  });
};

const publishingAdmin = (strapi: Core.Strapi) => {
  const user = strapi.requestContext.get()?.state?.user as { id: number; firstname?: string; lastname?: string } | undefined;
  if (!user?.id) return null;
  return { id: user.id, name: [user.firstname, user.lastname].filter(Boolean).join(' ') };
};

const versions = ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('privacy-policy');
  const isSqlite = () => strapi.db.dialect.client === 'sqlite';
  const localeOf = async (locale?: string) => locale ?? (await plugin().service('locales').defaultLocale());

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

  /** The pending version a new one may not take effect before: the latest effective date still ahead. */
  const latestPending = (recorded: VersionRow[], today: string) =>
    recorded
      .filter((row) => !row.withdrawnAt && String(row.effectiveDate).slice(0, 10) > today)
      .map((row) => ({ number: row.number, effectiveDate: String(row.effectiveDate).slice(0, 10) }))
      .sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate))[0] ?? null;

  const publishedPolicy = async (slug: string, locale?: string) =>
    strapi.db.query(UID.policy).findOne({
      where: { slug, locale: await localeOf(locale), publishedAt: { $notNull: true } },
      select: ['documentId', 'title', 'slug', 'locale'],
    });

  const notifyPublished = (version: VersionRow, policy: { documentId: string; slug: string; title: string; locale: string }) => {
    strapi.eventHub.emit(VERSION_PUBLISHED_EVENT, {
      policy,
      version: {
        ...versionMeta(version),
        suggestedChangeType: version.suggestedChangeType,
        classifierOverride: version.classifierOverride,
      },
    });
  };

  /** The compliance gate: error findings block the publish unless the editor overrides, or the gate is off. */
  const complianceGate = (snapshot: PolicySnapshot, overrideCompliance: boolean) => {
    const report = checkCompliance(snapshot);
    const blocking = complianceViolations(report);
    const enforced = plugin().config<boolean>('compliance.blockPublishOnErrors');
    return { report, violations: enforced && !overrideCompliance ? blocking : [], overridden: blocking.length > 0 };
  };

  return {
    VERSION_PUBLISHED_EVENT,

    /** Takes the policy's publish lock in the current transaction (a no-op on SQLite). */
    async lockForPublish(policyDocumentId: string) {
      await strapi.db.transaction(({ trx }) => lockPolicy(policyDocumentId, trx));
    },

    /** The latest version not withdrawn: what the next publish is compared with. */
    async latest(policyDocumentId: string, locale?: string): Promise<VersionRow | null> {
      return strapi.db.query(UID.policyVersion).findOne({
        where: { policyDocumentId, policyLocale: await localeOf(locale), ...NOT_WITHDRAWN },
        orderBy: [{ major: 'desc' }, { minor: 'desc' }],
      });
    },

    /** Every version number of the policy in one locale, withdrawn ones included. */
    async recordedNumbers(policyDocumentId: string, locale?: string) {
      return strapi.db.query(UID.policyVersion).findMany({
        where: { policyDocumentId, policyLocale: await localeOf(locale) },
        select: ['number', 'major', 'minor', 'effectiveDate', 'withdrawnAt'],
        orderBy: [{ major: 'desc' }, { minor: 'desc' }],
      }) as Promise<VersionRow[]>;
    },

    /** Locales of a policy that have at least one version. */
    async versionedLocales(policyDocumentId: string): Promise<string[]> {
      const rows = await strapi.db
        .connection(strapi.db.metadata.get(UID.policyVersion).tableName)
        .distinct('policy_locale')
        .where('policy_document_id', policyDocumentId);
      return rows.map((row: { policy_locale: string }) => row.policy_locale);
    },

    /**
     * Records the published state of a policy in one locale as a version, enforcing the publishing rules
     * and the compliance gate. Runs inside the publish transaction (the document middleware calls it), so
     * a refusal undoes the publish too. Each locale is numbered on its own.
     */
    async recordPublish(policyDocumentId: string, requestedLocale?: string): Promise<PublishOutcome> {
      const locale = await localeOf(requestedLocale);
      return strapi.db.transaction(async ({ trx, onCommit }) => {
        await lockPolicy(policyDocumentId, trx);
        const published = await strapi.db
          .query(UID.policy)
          .findOne({ where: { documentId: policyDocumentId, locale, publishedAt: { $notNull: true } } });
        if (!published)
          throw new errors.NotFoundError(`The policy "${policyDocumentId}" has no published entry in locale "${locale}" to record`);
        const snapshot: PolicySnapshot = await plugin().service('snapshot').ofPolicyRow(published.id);
        const hash = contentHash(snapshot);
        const recorded = await recordedLocked(policyDocumentId, locale, trx);
        const activeRow = recorded.find((row) => !row.withdrawnAt) ?? null;
        const previous = activeRow ? await byIdLocked(activeRow.id, trx) : null;
        if (previous && previous.contentHash === hash) {
          return this.report({ recorded: false, reason: 'unchanged', version: (await this.latest(policyDocumentId, locale))! });
        }

        const diff = previous ? diffSnapshots(previous.snapshot, snapshot) : null;
        const classification: Classification = diff ? classify(diff) : { suggestion: 'major', reasons: [] };
        const clock = plugin().service('clock');
        const today = clock.today();
        const pendingVersion = latestPending(recorded, today);
        const compliance = complianceGate(snapshot, Boolean(published.overrideCompliance));
        const violations = publishingRuleViolations(published, {
          isFirstVersion: !previous,
          today,
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
            number: formatVersionNumber({ major, minor }),
            major,
            minor,
            changeType,
            effectiveDate: String(published.effectiveDate).slice(0, 10),
            changeSummary: published.changeSummary ?? null,
            publishedBy: publishingAdmin(strapi),
            snapshot,
            contentHash: hash,
            diff,
            classification,
            suggestedChangeType: previous ? classification.suggestion : null,
            classifierOverride: Boolean(previous && changeType === 'minor' && classification.suggestion === 'major'),
            complianceOverride: compliance.overridden,
            complianceFindings: compliance.report.findings,
            publishedAt: clock.now(),
          },
        });
        if (previous && changeType === 'major') {
          await plugin().service('notifications').enqueue(version, previous.number);
          onCommit(() => plugin().service('delivery-worker').kick());
        }
        // An override applies to one publish only.
        await strapi.db
          .query(UID.policy)
          .updateMany({ where: { documentId: policyDocumentId, locale }, data: { overrideClassifier: false, overrideCompliance: false } });
        onCommit(() => notifyPublished(version, { documentId: policyDocumentId, slug: published.slug, title: published.title, locale }));
        return this.report({ recorded: true, version });
      });
    },

    report(outcome: PublishOutcome) {
      const store = publishOutcomes.getStore();
      if (store) store.outcome = outcome;
      const response = strapi.requestContext.get();
      response?.set?.(
        'X-Privacy-Policy-Version',
        outcome.recorded ? `recorded ${outcome.version.number}` : `unchanged ${outcome.version.number}`,
      );
      return outcome;
    },

    /** Sets the change metadata on the draft of one locale and publishes it, in one transaction; tells what was recorded. */
    async publish(policyDocumentId: string, options: PublishOptions): Promise<PublishOutcome> {
      const locale = await localeOf(options.locale);
      const draft = await strapi.db
        .query(UID.policy)
        .findOne({ where: { documentId: policyDocumentId, locale, publishedAt: null }, select: ['id'] });
      if (!draft) throw new errors.NotFoundError(`No policy draft has the documentId "${policyDocumentId}" in locale "${locale}"`);
      const store: { outcome?: PublishOutcome } = {};
      await publishOutcomes.run(store, () =>
        strapi.db.transaction(async () => {
          await strapi.documents(UID.policy).update({
            documentId: policyDocumentId,
            locale,
            data: {
              changeType: options.changeType ?? null,
              effectiveDate: options.effectiveDate || null,
              changeSummary: options.changeSummary ?? null,
              overrideClassifier: Boolean(options.overrideClassifier),
              overrideCompliance: Boolean(options.overrideCompliance),
            } as any,
          });
          await strapi.documents(UID.policy).publish({ documentId: policyDocumentId, locale });
        }),
      );
      if (!store.outcome) throw new errors.ApplicationError('the publish recorded no version');
      return store.outcome;
    },

    /** What publishing the current draft of one locale would do: the diff, the suggestion, the compliance findings. */
    async preview(policyDocumentId: string, requestedLocale?: string) {
      const locale = await localeOf(requestedLocale);
      const draft = await strapi.db
        .query(UID.policy)
        .findOne({ where: { documentId: policyDocumentId, locale, publishedAt: null }, select: ['id'] });
      if (!draft) throw new errors.NotFoundError(`No policy draft has the documentId "${policyDocumentId}" in locale "${locale}"`);
      const snapshot = await plugin().service('snapshot').ofPolicyRow(draft.id);
      const previous = await this.latest(policyDocumentId, locale);
      const recorded = await this.recordedNumbers(policyDocumentId, locale);
      const diff = previous ? diffSnapshots(previous.snapshot, snapshot) : null;
      const unchanged = Boolean(previous && previous.contentHash === contentHash(snapshot));
      const classification = diff ? classify(diff) : { suggestion: 'major' as const, reasons: [] };
      const next = (changeType: 'minor' | 'major') => formatVersionNumber(nextVersionNumber(previous, recorded, changeType));
      const today: string = plugin().service('clock').today();
      return {
        locale,
        previous: previous ? versionMeta(previous) : null,
        unchanged,
        diff,
        classification,
        compliance: checkCompliance(snapshot),
        nextNumber: { minor: next('minor'), major: next('major') },
        noticePeriodDays: plugin().config<number>('noticePeriodDays'),
        pendingVersion: latestPending(recorded, today),
        today,
      };
    },

    classify(diff: PolicyDiff) {
      return classify(diff);
    },

    /** The newest version in effect on the day of `at` (default now), or null. */
    async current(slug: string, at?: Date, { metadataOnly = false, locale }: VersionLookup = {}): Promise<VersionRow | null> {
      const policy = await publishedPolicy(slug, locale);
      if (!policy) return null;
      const today = plugin().service('clock').today(at);
      return strapi.db.query(UID.policyVersion).findOne({
        where: { policyDocumentId: policy.documentId, policyLocale: policy.locale, effectiveDate: { $lte: today }, ...NOT_WITHDRAWN },
        orderBy: [{ major: 'desc' }, { minor: 'desc' }],
        ...(metadataOnly ? { select: META_FIELDS } : {}),
      });
    },

    /** The next version to take effect after the day of `at`, or null. */
    async upcoming(slug: string, at?: Date, { metadataOnly = false, locale }: VersionLookup = {}): Promise<VersionRow | null> {
      const policy = await publishedPolicy(slug, locale);
      if (!policy) return null;
      const today = plugin().service('clock').today(at);
      return strapi.db.query(UID.policyVersion).findOne({
        where: { policyDocumentId: policy.documentId, policyLocale: policy.locale, effectiveDate: { $gt: today }, ...NOT_WITHDRAWN },
        orderBy: [{ effectiveDate: 'asc' }, { major: 'desc' }, { minor: 'desc' }],
        ...(metadataOnly ? { select: META_FIELDS } : {}),
      });
    },

    async byNumber(slug: string, number: string, locale?: string): Promise<VersionRow | null> {
      const parsed = parseVersionNumber(number);
      const policy = await publishedPolicy(slug, locale);
      if (!parsed || !policy) return null;
      return strapi.db
        .query(UID.policyVersion)
        .findOne({ where: { policyDocumentId: policy.documentId, policyLocale: policy.locale, ...parsed } });
    },

    /** Versions newest first, without their snapshots. */
    async history(slug: string, { page = 1, pageSize = 25, locale }: { page?: number; pageSize?: number; locale?: string } = {}) {
      const policy = await publishedPolicy(slug, locale);
      if (!policy) return null;
      const where = { policyDocumentId: policy.documentId, policyLocale: policy.locale };
      const [rows, total] = await Promise.all([
        strapi.db.query(UID.policyVersion).findMany({
          where,
          select: META_FIELDS,
          orderBy: [{ major: 'desc' }, { minor: 'desc' }],
          offset: (page - 1) * pageSize,
          limit: pageSize,
        }),
        strapi.db.query(UID.policyVersion).count({ where }),
      ]);
      return { rows: rows as VersionRow[], pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } };
    },

    /** The structured diff between any two versions of a policy in one locale (not only neighbours). */
    async diff(slug: string, from: string, to: string, locale?: string) {
      const [older, newer] = await Promise.all([this.byNumber(slug, from, locale), this.byNumber(slug, to, locale)]);
      const missing = !older ? from : !newer ? to : null;
      if (missing) throw new errors.NotFoundError(`Policy "${slug}" has no version ${missing}`);
      return { from: older!, to: newer!, diff: diffSnapshots(older!.snapshot, newer!.snapshot) };
    },
  };
};

export default versions;
export type VersionsService = ReturnType<typeof versions>;
