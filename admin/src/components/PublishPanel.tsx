import { useEffect, useRef, useState } from 'react';
import {
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { useTranslate } from './use-translate';
import { useFormatDate } from './format-date';
import { errorDetails, ruleErrors, RuleError, useQueryErrorNotification } from './api-errors';
import { FindingList } from './HealthCard';
import { ReadableFields } from './ReadableFields';
import { Preview, useGetPublishPreviewQuery, usePublishPolicyVersionMutation } from '../services/api';
import { usePluginPermissions } from '../services/permissions';
import type { AdviceReason, ChangeAdvice } from '../../../shared/contracts/admin';

const POLICY_UID = 'plugin::privacy-policy.policy';
/** The panel is narrow: its labels wrap instead of ending in an ellipsis (the design system cuts them). */
const WRAPPING_LABEL = { whiteSpace: 'normal' } as const;

type ChangeType = 'minor' | 'major';
const effectOf = (reason: AdviceReason): ChangeAdvice => reason.effect ?? 'major';

type Outcome =
  | {
      ok: true;
      recorded: boolean;
      message: string;
      version: { number: string; changeType: ChangeType; effectiveDate: string; changeSummary: string | null };
    }
  | { ok: false; errors: RuleError[]; details: Record<string, any> };

const addDays = (date: string, days: number) => {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
};

/** A body the server refused before its rules ran (an empty date) carries a path but no rule. */
const ruleOf = (error: RuleError) =>
  error.rule ??
  (error.path?.[0] === 'effectiveDate' ? 'effective-date-required' : error.path?.[0] === 'changeType' ? 'change-type-required' : undefined);

/**
 * One refused rule in the editor's words and language, dates in words; the server's message for a rule
 * this panel does not know. Values come from the refusal's details, else from the preview.
 */
const useDescribeRefusal = () => {
  const t = useTranslate();
  const format = useFormatDate();
  return (error: RuleError, details: Record<string, any>, preview: Preview): string => {
    const today = preview.today;
    switch (ruleOf(error)) {
      case 'change-type-required':
        return t('publish.error.changeType');
      case 'effective-date-required':
        return t('publish.error.effectiveDate');
      case 'summary-required-for-major':
        return t('publish.error.summary');
      case 'major-notice-period':
        return t('publish.error.noticePeriod', {
          days: preview.noticePeriodDays,
          today: format.day(today),
          earliest: format.day(addDays(today, preview.noticePeriodDays)),
        });
      case 'minor-not-backdated':
        return t('publish.error.backdated', { today: format.day(today) });
      case 'before-pending-version': {
        const pending = details.pendingVersion ?? preview.pendingVersion;
        return pending
          ? t('publish.error.beforePending', { number: pending.number, date: format.day(pending.effectiveDate) })
          : error.message;
      }
      case 'classified-major': {
        // Only the reasons that make it major, as the server's rule names them.
        const reasons: AdviceReason[] = details.classification?.reasons ?? preview.classification.reasons;
        return t('publish.error.classifiedMajor', {
          reasons: reasons
            .filter((reason) => effectOf(reason) === 'major')
            .map((reason) => reason.message)
            .join('; '),
          override: t('publish.override'),
        });
      }
      case 'compliance':
        return t('publish.complianceError', { message: error.message });
      default:
        return error.message;
    }
  };
};

/**
 * The panel's content. `revision` is the saved document's `updatedAt`: it changes after every save, and
 * the classifier's advice, the publishing rules and the health check are read again. `canPublish` (the
 * role may publish versions) shows the publish button; without it the panel only advises.
 */
const PanelContent = ({
  documentId,
  locale,
  revision,
  canPublish,
}: {
  documentId: string;
  locale: string;
  revision: string;
  canPublish: boolean;
}) => {
  const t = useTranslate();
  const format = useFormatDate();
  // The revision is part of the query's key: each save reads the preview again; until it comes, the last one shows.
  const { data: preview, error, refetch } = useGetPublishPreviewQuery({ documentId, locale, revision });
  useQueryErrorNotification(error);
  const [publishVersion] = usePublishPolicyVersionMutation();
  // None until the editor picks one or the classifier suggests minor or major; a "review" suggestion preselects nothing.
  const [changeType, setChangeType] = useState<ChangeType | null>(null);
  // Until the editor picks a change type, it follows the classifier's suggestion as the draft changes.
  const chosen = useRef(false);
  const [effectiveDate, setEffectiveDate] = useState('');
  const [changeSummary, setChangeSummary] = useState('');
  const [overrideClassifier, setOverrideClassifier] = useState(false);
  const [overrideCompliance, setOverrideCompliance] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [publishing, setPublishing] = useState(false);
  const describeRefusal = useDescribeRefusal();

  useEffect(() => {
    if (!preview || chosen.current) return;
    const { suggestion } = preview.classification;
    setChangeType(suggestion === 'review' ? null : suggestion);
  }, [preview]);

  // A refusal speaks of the draft as it was: after a save it no longer holds.
  useEffect(() => {
    setOutcome((previous) => (previous && !previous.ok ? null : previous));
  }, [revision]);

  const publish = async () => {
    if (!changeType) {
      setOutcome({ ok: false, errors: [{ rule: 'change-type-required', message: '', path: ['changeType'] }], details: {} });
      return;
    }
    setPublishing(true);
    try {
      const result = await publishVersion({
        documentId,
        changeType,
        effectiveDate,
        changeSummary,
        overrideClassifier,
        overrideCompliance,
        locale,
      }).unwrap();
      if (result.recorded) {
        chosen.current = false;
        setEffectiveDate('');
        setChangeSummary('');
        setOverrideClassifier(false);
        setOverrideCompliance(false);
      }
      // The outcome shows with the panel already read again (next number, new suggestion), not before.
      await refetch();
      setOutcome({ ok: true, recorded: result.recorded, message: result.message ?? '', version: result.version });
    } catch (error) {
      setOutcome({ ok: false, errors: ruleErrors(error), details: errorDetails(error) });
    } finally {
      setPublishing(false);
    }
  };

  if (error && !preview) return <Typography>{t('publish.failed')}</Typography>;
  if (!preview) return <Typography>{t('publish.loading')}</Typography>;
  const { suggestion, reasons } = preview.classification;
  const toReview = reasons.filter((reason) => effectOf(reason) === 'review');
  const errors = preview.compliance.findings.filter((finding) => finding.severity === 'error');
  // An empty date breaks two checks of the request body (format and presence): say it once.
  const refusals =
    outcome && !outcome.ok
      ? outcome.errors
          .map((error) => ({ rule: ruleOf(error), text: describeRefusal(error, outcome.details, preview) }))
          .filter((entry, index, all) => all.findIndex((other) => other.text === entry.text) === index)
      : [];
  const hints = [t('publish.noticeHint', { days: preview.noticePeriodDays, today: format.day(preview.today) })];
  if (preview.pendingVersion)
    hints.push(t('publish.pendingHint', { number: preview.pendingVersion.number, date: format.day(preview.pendingVersion.effectiveDate) }));
  return (
    // Without an explicit width the date input's intrinsic width pushed the panel past the aside's padding.
    <ReadableFields width="100%" style={{ minWidth: 0 }}>
      <Flex direction="column" alignItems="stretch" gap={3} data-publish-panel data-unchanged={preview.unchanged ? 'true' : 'false'}>
        <Typography data-suggestion={suggestion}>
          {preview.unchanged
            ? t('publish.unchanged')
            : suggestion === 'review'
              ? t('publish.suggestion.review', { count: toReview.length })
              : t(`publish.suggestion.${suggestion}`)}
        </Typography>
        {reasons.length > 0 && (
          <Box tag="ul" paddingLeft={4} style={{ listStyle: 'disc' }} data-reasons>
            {reasons.map((reason) => (
              <li key={reason.rule + reason.message} data-reason={reason.rule} data-effect={effectOf(reason)}>
                {/* Only a major change is a warning; the others are for the editor to read. */}
                <Typography textColor={effectOf(reason) === 'major' ? 'danger600' : 'neutral800'}>{reason.message}</Typography>
              </li>
            ))}
          </Box>
        )}
        <Field.Root name="changeType">
          <Field.Label style={WRAPPING_LABEL}>{t('publish.changeType')}</Field.Label>
          <SingleSelect
            value={changeType}
            placeholder={t('publish.changeTypePlaceholder')}
            onChange={(value) => {
              chosen.current = true;
              setChangeType(value as ChangeType);
            }}
          >
            <SingleSelectOption value="minor">
              {t('versions.type.minor')} ({preview.nextNumber.minor})
            </SingleSelectOption>
            <SingleSelectOption value="major">
              {t('versions.type.major')} ({preview.nextNumber.major})
            </SingleSelectOption>
          </SingleSelect>
        </Field.Root>
        <Field.Root name="effectiveDate" hint={hints.join(' ')}>
          <Field.Label style={WRAPPING_LABEL}>{t('publish.effectiveDate')}</Field.Label>
          <TextInput
            type="date"
            value={effectiveDate}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setEffectiveDate(event.target.value)}
          />
          <Field.Hint />
        </Field.Root>
        <Field.Root name="changeSummary">
          <Field.Label style={WRAPPING_LABEL}>{t('publish.changeSummary')}</Field.Label>
          <Textarea
            value={changeSummary}
            onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setChangeSummary(event.target.value)}
          />
        </Field.Root>
        {suggestion === 'major' && changeType === 'minor' && (
          <Checkbox checked={overrideClassifier} onCheckedChange={(checked: boolean) => setOverrideClassifier(Boolean(checked))}>
            {t('publish.override')}
          </Checkbox>
        )}
        {errors.length > 0 && (
          <Box data-publish-compliance>
            <Typography textColor="danger600">{t('publish.compliance', { count: errors.length })}</Typography>
            <FindingList findings={errors} documentId={documentId} locale={locale} />
            <Checkbox checked={overrideCompliance} onCheckedChange={(checked: boolean) => setOverrideCompliance(Boolean(checked))}>
              {t('publish.overrideCompliance')}
            </Checkbox>
          </Box>
        )}
        {canPublish ? (
          <>
            <Typography textColor="neutral600">{t('publish.savedOnly')}</Typography>
            <Button size="M" onClick={publish} loading={publishing} fullWidth>
              {changeType ? t('publish.button', { number: preview.nextNumber[changeType] }) : t('publish.buttonUnchosen')}
            </Button>
          </>
        ) : (
          <Typography textColor="neutral600" data-publish-not-allowed>
            {t('publish.notAllowed')}
          </Typography>
        )}
        {outcome?.ok && (
          <Box background="success100" padding={3} hasRadius>
            <Typography tag="p" fontWeight="semiBold" textColor="success700" data-publish-outcome="ok">
              {outcome.recorded
                ? t('publish.recorded', { number: outcome.version.number, date: format.day(outcome.version.effectiveDate) })
                : outcome.message}
            </Typography>
            {outcome.recorded && (
              <Typography tag="p" textColor="neutral800" data-publish-recorded>
                {[
                  t(`publish.recordedChange.${outcome.version.changeType}`),
                  outcome.version.changeSummary ? t('publish.recordedSummary', { summary: outcome.version.changeSummary }) : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
              </Typography>
            )}
          </Box>
        )}
        {outcome && !outcome.ok && (
          <Box background="danger100" padding={3} hasRadius data-publish-outcome="error">
            <Typography tag="p" fontWeight="semiBold" textColor="danger700">
              {t('publish.refused', { count: refusals.length })}
            </Typography>
            <Box tag="ul" paddingLeft={4} style={{ listStyle: 'disc' }}>
              {refusals.map(({ rule, text }) => (
                <li key={text} data-publish-error={rule ?? ''}>
                  <Typography textColor="danger700">{text}</Typography>
                </li>
              ))}
            </Box>
          </Box>
        )}
      </Flex>
    </ReadableFields>
  );
};

/** Reads the role's permissions first: a role that may not read versions gets a sentence, not a refused request. */
const Panel = ({ documentId, locale, revision }: { documentId: string; locale: string; revision: string }) => {
  const t = useTranslate();
  const { isLoading, canRead, canPublish } = usePluginPermissions();
  if (isLoading) return <Typography>{t('publish.loading')}</Typography>;
  if (!canRead) return <Typography>{t('publish.unavailable')}</Typography>;
  return <PanelContent documentId={documentId} locale={locale} revision={revision} canPublish={canPublish} />;
};

/** Content-manager side panel on a policy's edit view: change type, effective date, summary, classifier advice. */
export const PublishPanel = ({
  model,
  documentId,
  document,
}: {
  model: string;
  documentId?: string;
  document?: { locale?: string; updatedAt?: string };
}) => {
  const t = useTranslate();
  if (model !== POLICY_UID || !documentId) return null;
  const locale = document?.locale ?? new URLSearchParams(window.location.search).get('plugins[i18n][locale]') ?? '';
  return {
    title: t('publish.title'),
    content: <Panel key={`${documentId}-${locale}`} documentId={documentId} locale={locale} revision={document?.updatedAt ?? ''} />,
  };
};
