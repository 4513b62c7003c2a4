import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../domain/uids';
import { contentHash } from '../domain/snapshot';
import { PublishOutcome, versionMeta, VersionRow } from '../domain/version';
import { diffSnapshots } from '../versioning/diff';
import { classify } from '../versioning/classifier';
import { latestPendingVersion } from '../versioning/publishing-rules';
import { formatVersionNumber, nextVersionNumber } from '../versioning/numbering';
import { checkCompliance } from '../compliance';
import { Format, render } from '../rendering';
import { getService } from '../utils/get-service';

export interface PublishOptions {
  changeType?: 'minor' | 'major' | null;
  effectiveDate?: string | null;
  changeSummary?: string | null;
  overrideClassifier?: boolean;
  overrideCompliance?: boolean;
  locale?: string;
}

/**
 * Publishing a policy from the plugin's own route: the change metadata goes on the draft and the policy is
 * published through the document service, where the version-recording middleware records the version;
 * the version is then read back by its key, the published entry. Also what a publish would do (preview).
 */
const publishing = ({ strapi }: { strapi: Core.Strapi }) => {
  const localeOf = async (locale?: string): Promise<string> => locale ?? (await getService('locales', { strapi }).defaultLocale());

  const draftOf = async (policyDocumentId: string, locale: string): Promise<{ id: number }> => {
    const draft = await strapi.db
      .query(UID.policy)
      .findOne({ where: { documentId: policyDocumentId, locale, publishedAt: null }, select: ['id'] });
    if (!draft) throw new errors.NotFoundError(`No policy draft has the documentId "${policyDocumentId}" in locale "${locale}"`);
    return draft;
  };

  /** The version a publish recorded, found by the published entry it was recorded from; else the content was unchanged. */
  const outcomeOf = async (policyDocumentId: string, locale: string): Promise<PublishOutcome> => {
    const entry = await strapi.db
      .query(UID.policy)
      .findOne({ where: { documentId: policyDocumentId, locale, publishedAt: { $notNull: true } }, select: ['id'] });
    const history = getService('version-history', { strapi });
    const recorded: VersionRow | null = entry ? await history.recordedFromEntry(entry.id) : null;
    if (recorded) return { recorded: true, version: recorded };
    const latest = await history.latest(policyDocumentId, locale);
    if (!latest) throw new errors.ApplicationError(`The publish of policy "${policyDocumentId}" recorded no version`);
    return { recorded: false, reason: 'unchanged', version: latest };
  };

  return {
    /** The saved draft of one locale as the public would see it once published, in a format. */
    async renderDraft(policyDocumentId: string, { locale, format }: { locale: string; format: Format }) {
      const draft = await draftOf(policyDocumentId, locale);
      return render(await getService('snapshot', { strapi }).ofPolicyRow(draft.id), { version: null, upcoming: null }, format);
    },

    /** Sets the change metadata on the draft of one locale and publishes it, in one transaction; tells what was recorded. */
    async publish(policyDocumentId: string, options: PublishOptions): Promise<PublishOutcome> {
      const locale = await localeOf(options.locale);
      await draftOf(policyDocumentId, locale);
      return strapi.db.transaction(async () => {
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
        return outcomeOf(policyDocumentId, locale);
      });
    },

    /** What publishing the current draft of one locale would do: the diff, the suggestion, the compliance findings. */
    async preview(policyDocumentId: string, requestedLocale?: string) {
      const locale = await localeOf(requestedLocale);
      const draft = await draftOf(policyDocumentId, locale);
      const snapshot = await getService('snapshot', { strapi }).ofPolicyRow(draft.id);
      const history = getService('version-history', { strapi });
      const previous = await history.latest(policyDocumentId, locale);
      const recorded = await history.recordedNumbers(policyDocumentId, locale);
      const diff = previous ? diffSnapshots(previous.snapshot, snapshot) : null;
      const classification = diff ? classify(diff) : { suggestion: 'major' as const, reasons: [] };
      const next = (changeType: 'minor' | 'major') => formatVersionNumber(nextVersionNumber(previous, recorded, changeType));
      const today: string = getService('clock', { strapi }).today();
      return {
        locale,
        previous: previous ? versionMeta(previous) : null,
        unchanged: Boolean(previous && previous.contentHash === contentHash(snapshot)),
        diff,
        classification,
        compliance: checkCompliance(snapshot, { today }),
        nextNumber: { minor: next('minor'), major: next('major') },
        noticePeriodDays: strapi.plugin('privacy-policy').config<number>('noticePeriodDays'),
        pendingVersion: latestPendingVersion(recorded, today),
        today,
      };
    },
  };
};

export default publishing;
