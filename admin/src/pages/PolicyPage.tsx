import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { AdminVersion, VersionTimeline } from '../components/VersionTimeline';
import { Redline } from '../components/Redline';
import { NotificationProgress } from '../components/NotificationProgress';
import { HealthCard } from '../components/HealthCard';
import { useTranslate } from '../components/use-translate';

interface Locale {
  code: string;
  name: string;
  isDefault: boolean;
}

const POLICY_PATH = '/content-manager/collection-types/plugin::privacy-policy.policy';

/** Downloads the Art. 30 record through the admin's authenticated client, then hands it to the browser. */
const useRecordDownload = (slug: string, locale: string) => {
  const { get } = useFetchClient();
  return async (format: 'csv' | 'json') => {
    const { data } = await get(`/api/privacy-policy/policies/${slug}/processing-record?format=${format}&locale=${locale}`, { responseType: 'text' } as any);
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
          <SingleSelectOption key={locale.code} value={locale.code}>{locale.name}</SingleSelectOption>
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
  const download = useRecordDownload(policy?.slug ?? '', locale ?? '');

  useEffect(() => {
    get<Locale[]>('/i18n/locales').then(({ data }) => {
      setLocales(data);
      setLocale(data.find((entry) => entry.isDefault)?.code ?? data[0]?.code ?? 'en');
    });
  }, [get]);

  useEffect(() => {
    if (!locale) return;
    setVersions(null);
    get<any>(`/privacy-policy/policies/${documentId}/versions?locale=${locale}`).then(({ data }) => setVersions(data.data));
    get<any>(`/privacy-policy/policies/${documentId}/publish-preview?locale=${locale}`).then(({ data }) => setToday(data.data.today)).catch(() => undefined);
    get<any>(`${POLICY_PATH}/${documentId}?locale=${locale}`).then(({ data }) => setPolicy(data.data));
  }, [get, documentId, locale]);

  if (!versions || !policy || !locale) return <Page.Loading />;
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
          <Typography variant="beta" tag="h2">{t('health.title')}</Typography>
          <HealthCard slug={policy.slug} locale={locale} />
        </Box>
        <Box paddingBottom={6}>
          <Typography variant="beta" tag="h2">{t('health.export')}</Typography>
          <Flex gap={2} paddingTop={2}>
            <Button variant="secondary" onClick={() => download('csv')}>{t('health.exportCsv')}</Button>
            <Button variant="secondary" onClick={() => download('json')}>{t('health.exportJson')}</Button>
          </Flex>
        </Box>
        <Box paddingBottom={6}>
          <Typography variant="beta" tag="h2">{t('versions.title')}</Typography>
          <VersionTimeline versions={versions} today={today} />
        </Box>
        {versions.length > 1 && (
          <Box paddingBottom={6}>
            <Typography variant="beta" tag="h2">{t('redline.title')}</Typography>
            <Redline slug={policy.slug} locale={locale} numbers={versions.map((version) => version.number)} />
          </Box>
        )}
        <Box paddingBottom={6}>
          <Typography variant="beta" tag="h2">{t('notifications.title')}</Typography>
          <NotificationProgress policyDocumentId={documentId!} />
        </Box>
      </Layouts.Content>
    </Layouts.Root>
  );
};
