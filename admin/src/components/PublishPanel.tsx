import { useCallback, useEffect, useState } from 'react';
import { Box, Button, Checkbox, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useTranslate } from './use-translate';
import { FindingList, HealthReport } from './HealthCard';

const POLICY_UID = 'plugin::privacy-policy.policy';

interface Preview {
  unchanged: boolean;
  previous: { number: string } | null;
  classification: { suggestion: 'minor' | 'major'; reasons: { rule: string; message: string }[] };
  nextNumber: { minor: string; major: string };
  compliance: HealthReport;
  noticePeriodDays: number;
  today: string;
}

const PanelContent = ({ documentId, locale }: { documentId: string; locale: string }) => {
  const t = useTranslate();
  const { get, post } = useFetchClient();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [changeType, setChangeType] = useState<'minor' | 'major'>('minor');
  const [effectiveDate, setEffectiveDate] = useState('');
  const [changeSummary, setChangeSummary] = useState('');
  const [override, setOverride] = useState(false);
  const [overrideCompliance, setOverrideCompliance] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  const load = useCallback(async () => {
    const { data } = await get<any>(`/privacy-policy/policies/${documentId}/publish-preview?locale=${encodeURIComponent(locale)}`);
    setPreview(data.data);
    setChangeType(data.data.classification.suggestion);
  }, [get, documentId, locale]);

  useEffect(() => {
    load().catch(() => setPreview(null));
  }, [load]);

  const publish = async () => {
    try {
      const { data } = await post<any>(`/privacy-policy/policies/${documentId}/versions`, { changeType, effectiveDate, changeSummary, override, overrideCompliance, locale });
      const result = data.data;
      setOutcome({ ok: true, message: result.recorded ? t('publish.recorded', { number: result.version.number }) : result.message });
      load();
    } catch (error: any) {
      setOutcome({ ok: false, message: error?.response?.data?.error?.message ?? String(error?.message ?? error) });
    }
  };

  if (!preview) return <Typography>{t('publish.unavailable')}</Typography>;
  const errors = preview.compliance.findings.filter((finding) => finding.severity === 'error');
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-publish-panel>
      <Typography variant="pi" data-suggestion={preview.classification.suggestion}>
        {preview.unchanged ? t('publish.unchanged') : t(`publish.suggestion.${preview.classification.suggestion}`)}
      </Typography>
      {preview.classification.reasons.map((reason) => (
        <Typography key={reason.rule + reason.message} variant="pi" textColor="danger600">• {reason.message}</Typography>
      ))}
      <Field.Root name="changeType">
        <Field.Label>{t('publish.changeType')}</Field.Label>
        <SingleSelect value={changeType} onChange={(value) => setChangeType(value as 'minor' | 'major')}>
          <SingleSelectOption value="minor">{t('versions.type.minor')} ({preview.nextNumber.minor})</SingleSelectOption>
          <SingleSelectOption value="major">{t('versions.type.major')} ({preview.nextNumber.major})</SingleSelectOption>
        </SingleSelect>
      </Field.Root>
      <Field.Root name="effectiveDate" hint={t('publish.noticeHint', { days: preview.noticePeriodDays, today: preview.today })}>
        <Field.Label>{t('publish.effectiveDate')}</Field.Label>
        <TextInput type="date" value={effectiveDate} onChange={(event: any) => setEffectiveDate(event.target.value)} />
        <Field.Hint />
      </Field.Root>
      <Field.Root name="changeSummary">
        <Field.Label>{t('publish.changeSummary')}</Field.Label>
        <Textarea value={changeSummary} onChange={(event: any) => setChangeSummary(event.target.value)} />
      </Field.Root>
      {preview.classification.suggestion === 'major' && changeType === 'minor' && (
        <Checkbox checked={override} onCheckedChange={(checked: boolean) => setOverride(Boolean(checked))}>
          {t('publish.override')}
        </Checkbox>
      )}
      {errors.length > 0 && (
        <Box data-publish-compliance>
          <Typography variant="pi" textColor="danger600">{t('publish.compliance', { count: errors.length })}</Typography>
          <FindingList findings={errors} />
          <Checkbox checked={overrideCompliance} onCheckedChange={(checked: boolean) => setOverrideCompliance(Boolean(checked))}>
            {t('publish.overrideCompliance')}
          </Checkbox>
        </Box>
      )}
      <Typography variant="pi">{t('publish.savedOnly')}</Typography>
      <Button onClick={publish} fullWidth>{t('publish.button', { number: preview.nextNumber[changeType] })}</Button>
      {outcome && (
        <Box data-publish-outcome={outcome.ok ? 'ok' : 'error'}>
          <Typography textColor={outcome.ok ? 'success600' : 'danger600'}>{outcome.message}</Typography>
        </Box>
      )}
    </Flex>
  );
};

/** Content-manager side panel on a policy's edit view: change type, effective date, summary, classifier advice. */
export const PublishPanel = ({ model, documentId, document }: { model: string; documentId?: string; document?: { locale?: string } }) => {
  const t = useTranslate();
  if (model !== POLICY_UID || !documentId) return null;
  const locale = document?.locale ?? new URLSearchParams(window.location.search).get('plugins[i18n][locale]') ?? '';
  return { title: t('publish.title'), content: <PanelContent key={locale} documentId={documentId} locale={locale} /> };
};
