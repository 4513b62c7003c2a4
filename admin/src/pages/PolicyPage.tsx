import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useRBAC } from '@strapi/strapi/admin';
import { AdminVersion, isPending, VersionTimeline } from '../components/VersionTimeline';
import { WithdrawDialog } from '../components/WithdrawDialog';
import { RestoreDialog } from '../components/RestoreDialog';
import { Redline } from '../components/Redline';
import { NotificationProgress } from '../components/NotificationProgress';
import { HealthCard } from '../components/HealthCard';
import { useTranslate } from '../components/use-translate';

interface Locale {
  code: string;
  name: string;
  isDefault: boolean;
}

const PUBLISH_PERMISSIONS = [{ action: 'plugin::privacy-policy.versions.publish', subject: null }];

/** Downloads the Art. 30 record through the admin's authenticated client, then hands it to the browser. */
const useRecordDownload = (documentId: string, slug: string, locale: string) => {
  const { get } = useFetchClient();
  return async (format: 'csv' | 'json') => {
    const { data } = await get(`/privacy-policy/policies/${documentId}/processing-record?format=${format}&locale=${locale}`, {
      responseType: 'text',
    } as any);
    const body = typeof data === 'string' ? data : JSON.stringify(data, null, 2);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([body], { type: format === 'csv' ? 'text/csv' : 'application/json' }));
    link.download = `${slug}-${locale}-processing-record.${format}`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
};

const LocaleSelect = ({ locales, value, onChange }: { locales: Locale[]; value: string; onChange: (code: string) => void }) => {
  const t = useTranslate();
  return (
    <Field.Root name="locale">
      <Field.Label>{t('policy.locale')}</Field.Label>
      <SingleSelect value={value} onChange={(code) => onChange(String(code))}>
        {locales.map((locale) => (
          <SingleSelectOption key={locale.code} value={locale.code}>
            {locale.name}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
};

export const PolicyPage = () => {
  const t = useTranslate();
  const { documentId } = useParams();
  const { get } = useFetchClient();
  const [locales, setLocales] = useState<Locale[]>([]);
  const [locale, setLocale] = useState<string | null>(null);
  const [versions, setVersions] = useState<AdminVersion[] | null>(null);
  const [policy, setPolicy] = useState<{ title: string; slug: string } | null>(null);
  const [today, setToday] = useState('');
  const [withdrawing, setWithdrawing] = useState<AdminVersion | null>(null);
  const [restoring, setRestoring] = useState<AdminVersion | null>(null);
  // Bumped after a withdrawal (notifications) or a restore (the draft's health), to read them again.
  const [notificationsRevision, setNotificationsRevision] = useState(0);
  const [draftRevision, setDraftRevision] = useState(0);
  const download = useRecordDownload(documentId ?? '', policy?.slug ?? '', locale ?? '');
  const { allowedActions, isLoading: permissionsLoading } = useRBAC(PUBLISH_PERMISSIONS);
  const canManage = Boolean(allowedActions.canPublish);

  useEffect(() => {
    get<Locale[]>('/i18n/locales').then(({ data }) => {
      setLocales(data);
      setLocale(data.find((entry) => entry.isDefault)?.code ?? data[0]?.code ?? 'en');
    });
  }, [get]);

  const loadVersions = useCallback(async () => {
    if (!locale) return;
    const { data } = await get<any>(`/privacy-policy/policies/${documentId}/versions?locale=${encodeURIComponent(locale)}`);
    setVersions(data.data);
    setToday(data.meta.today);
    // From the plugin's own route, so a role that may read versions but not the content-manager gets them too.
    setPolicy(data.meta.policy);
  }, [get, documentId, locale]);

  useEffect(() => {
    if (!locale) return;
    setVersions(null);
    loadVersions();
  }, [locale, loadVersions]);

  if (!versions || !policy || !locale || permissionsLoading) return <Page.Loading />;
  /** A later version that holds this one's changes, still standing: it has to be withdrawn first. */
  const laterThan = (version: AdminVersion) => {
    const index = versions.indexOf(version);
    return versions.slice(0, Math.max(index, 0)).find((later) => !later.withdrawn)?.number ?? null;
  };
  return (
    <Layouts.Root>
      <Page.Title>{policy.title}</Page.Title>
      <Layouts.Header title={policy.title} subtitle={t('policy.subtitle', { count: versions.length })} />
      <Layouts.Content>
        {locales.length > 1 && (
          <Box paddingBottom={6} maxWidth="20rem">
            <LocaleSelect locales={locales} value={locale} onChange={setLocale} />
          </Box>
        )}
        <Box paddingBottom={6}>
          <Typography variant="beta" tag="h2">
            {t('health.title')}
          </Typography>
          <HealthCard key={draftRevision} documentId={documentId!} locale={locale} />
        </Box>
        <Box paddingBottom={6}>
          <Typography variant="beta" tag="h2">
            {t('health.export')}
          </Typography>
          <Flex gap={2} paddingTop={2}>
            <Button size="M" variant="secondary" onClick={() => download('csv')}>
              {t('health.exportCsv')}
            </Button>
            <Button size="M" variant="secondary" onClick={() => download('json')}>
              {t('health.exportJson')}
            </Button>
          </Flex>
        </Box>
        <Box paddingBottom={6}>
          <Typography variant="beta" tag="h2">
            {t('versions.title')}
          </Typography>
          <VersionTimeline
            versions={versions}
            today={today}
            actions={canManage ? { onWithdraw: setWithdrawing, onRestore: setRestoring } : null}
          />
        </Box>
        {versions.length > 1 && (
          <Box paddingBottom={6}>
            <Typography variant="beta" tag="h2">
              {t('redline.title')}
            </Typography>
            <Redline
              key={versions
                .filter((version) => !version.withdrawn)
                .map((version) => version.number)
                .join()}
              slug={policy.slug}
              locale={locale}
              numbers={versions.map((version) => version.number)}
              active={versions.filter((version) => !version.withdrawn).map((version) => version.number)}
            />
          </Box>
        )}
        <Box paddingBottom={6}>
          <Typography variant="beta" tag="h2">
            {t('notifications.title')}
          </Typography>
          <NotificationProgress policyDocumentId={documentId!} revision={notificationsRevision} />
        </Box>
        {withdrawing && isPending(withdrawing, today) && (
          <WithdrawDialog
            documentId={documentId!}
            locale={locale}
            version={withdrawing}
            blockedBy={laterThan(withdrawing)}
            onClose={() => setWithdrawing(null)}
            onWithdrawn={() => {
              setWithdrawing(null);
              loadVersions();
              setNotificationsRevision((value) => value + 1);
            }}
          />
        )}
        {restoring && (
          <RestoreDialog
            documentId={documentId!}
            locale={locale}
            version={restoring}
            onClose={() => setRestoring(null)}
            onRestored={() => setDraftRevision((value) => value + 1)}
          />
        )}
      </Layouts.Content>
    </Layouts.Root>
  );
};
